// Sources: IANA "SMTP Enhanced Status Codes" registry, enumerated status codes (updated 2024-12-06;
// https://www.iana.org/assignments/smtp-enhanced-status-codes/), which cites RFC 3463, RFC 3886,
// RFC 4468, RFC 4954, RFC 5248, RFC 6531, RFC 6710, RFC 7293, RFC 7372, RFC 7504, RFC 7505,
// RFC 8617, RFC 8689 and draft-levine-mailbomb-header-00. Facts collected in
// ../shared/reference/enhanced-status.json. Titles are the registry's; descriptions are ours.
//
// `classes` is derived from the registry alone (listed basic reply codes plus what the registry text
// says about permanence); the registry writes every code as "X." and has no class column. Where real
// servers use a class the registry does not allow, a comment says so; the decoder reports the
// mismatch rather than rejecting the code.

import type {StatusCodeRule} from './types.ts';

/**
 * Every enumerated code of the IANA enhanced status registry, written class-free (`X.1.1`).
 *
 * Typed with the row type rather than `as const`, so maps keyed by any decoded string type-check.
 *
 * @example
 * statusCodes.find(rule => rule.code === 'X.1.1')?.title
 * //=> 'Bad destination mailbox address'
 */
export const statusCodes: readonly StatusCodeRule[] = [
  // X.0: other or undefined
  {
    code: 'X.0.0',
    title: 'Other undefined Status',
    description: 'Generic code: it tells only whether the outcome was success, a temporary failure or a permanent one, and nothing about the cause.',
    classes: ['2', '4', '5'],
    source: 'RFC 3463',
  },

  // X.1: addressing
  {
    code: 'X.1.0',
    title: 'Other address status',
    description: 'The problem lies with the sender or recipient address, but none of the more precise address codes fits.',
    classes: ['2', '4', '5'], // seen in practice as 4.1.0 and 5.1.0
    source: 'RFC 3463',
  },
  {
    code: 'X.1.1',
    title: 'Bad destination mailbox address',
    description: 'The part of the recipient address before the @ names no mailbox the receiving system knows.',
    // The registry lists 451 next to 550 but calls the code meaningful only as permanent; Postfix
    // still sends 450 4.1.1 while it cannot yet verify a recipient.
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.1.2',
    title: 'Bad destination system address',
    description: 'The domain after the @ in the recipient address does not exist or has no host that takes mail.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.1.3',
    title: 'Bad destination mailbox address syntax',
    description: 'The recipient address is malformed, so it cannot be used to route or deliver the message.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.1.4',
    title: 'Destination mailbox address ambiguous',
    description: 'The recipient address resolves to several mailboxes, and the receiving system cannot tell which one is meant.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.1.5',
    title: 'Destination address valid',
    description: 'Success report: the recipient address was accepted as good.',
    classes: ['2'],
    source: 'RFC 3463',
  },
  {
    code: 'X.1.6',
    title: 'Destination mailbox has moved, No forwarding address',
    description: 'The recipient once had a mailbox here, it is gone now, and the system knows no new address to send the message on to.',
    classes: ['5'], // Sisimai also maps a non-registry 4.1.6 (see status-reasons.ts)
    source: 'RFC 3463',
  },
  {
    code: 'X.1.7',
    title: "Bad sender's mailbox address syntax",
    description: 'The envelope sender (return path) address is malformed.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.1.8',
    title: "Bad sender's system address",
    description: 'The domain of the envelope sender does not exist or could not take back a bounce, so the receiver refuses the message.',
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.1.9',
    title: 'Message relayed to non-compliant mailer',
    description: 'The address was fine, but the message went on to a system without delivery status notification support, so no later status will come back.',
    classes: ['2', '4', '5'],
    source: 'RFC 3886',
  },
  {
    code: 'X.1.10',
    title: 'Recipient address has null MX',
    description: 'The recipient domain publishes a null MX record, its way of declaring that it never receives mail.',
    classes: ['5'],
    source: 'RFC 7505; RFC 7504',
  },

  // X.2: mailbox
  {
    code: 'X.2.0',
    title: 'Other or undefined mailbox status',
    description: 'The recipient mailbox exists, but some condition of that mailbox stopped or delayed the message.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.2.1',
    title: 'Mailbox disabled, not accepting messages',
    description: 'The mailbox exists but is switched off for incoming mail; this can be a short-lived or a lasting state.',
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.2.2',
    title: 'Mailbox full',
    description: 'The recipient has used up the storage allowed for the mailbox; once they delete mail, delivery can work again.',
    // Meant as a persistent temporary failure, yet the registry pairs it with 552; many providers
    // send 552 5.2.2, and Gmail uses both 452 4.2.2 and 552 5.2.2.
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.2.3',
    title: 'Message length exceeds administrative limit',
    description: 'The message is larger than a size cap set for this particular mailbox, which is lower than the cap of the whole system.',
    classes: ['5'], // Sisimai also maps a non-registry 4.2.3
    source: 'RFC 3463',
  },
  {
    code: 'X.2.4',
    title: 'Mailing list expansion problem',
    description: 'The recipient is a mailing list whose member list could not be expanded; this may clear up or be lasting.',
    classes: ['4', '5'],
    source: 'RFC 3463',
  },

  // X.3: mail system
  {
    code: 'X.3.0',
    title: 'Other or undefined mail system status',
    description: 'The receiving mail system usually takes mail, but some condition of that system caused this report.',
    classes: ['2', '4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.3.1',
    title: 'Mail system full',
    description: "The receiving server has run out of storage for mail as a whole; only its operator, not the recipient, can fix that.",
    classes: ['4'], // Sisimai also maps 5.3.1, which real servers send despite the registry text
    source: 'RFC 3463',
  },
  {
    code: 'X.3.2',
    title: 'System not accepting network messages',
    description: 'The host refuses mail for now (shutting down, overloaded, under maintenance) or for good because it is not a mail server at all.',
    classes: ['4', '5'],
    source: 'RFC 3463; RFC 7504',
  },
  {
    code: 'X.3.3',
    title: 'System not capable of selected features',
    description: 'The message needs a feature the receiving system does not offer, a situation met mostly at gateways between mail systems.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.3.4',
    title: 'Message too big for system',
    description: 'The message exceeds the largest size the receiving system takes for any message; sending it again unchanged will fail again.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.3.5',
    title: 'System incorrectly configured',
    description: 'A configuration problem on the receiving system keeps it from taking this message.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.3.6',
    title: 'Requested priority was changed',
    description: 'Success with a caveat: the message was taken, but at a different MT-PRIORITY level than the sender asked for.',
    classes: ['2'],
    source: 'RFC 6710',
  },

  // X.4: network and routing
  {
    code: 'X.4.0',
    title: 'Other or undefined network or routing status',
    description: 'Something went wrong in the network or in routing, without a more exact code.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.4.1',
    title: 'No answer from host',
    description: 'The sending server tried to connect to the next host and got no reply, because that host is down, busy or unreachable.',
    classes: ['4'],
    source: 'RFC 3463',
  },
  {
    code: 'X.4.2',
    title: 'Bad connection',
    description: 'A connection was opened but broke or stalled before the transfer completed.',
    classes: ['4'],
    source: 'RFC 3463',
  },
  {
    code: 'X.4.3',
    title: 'Directory server failure',
    description: 'A lookup service needed for routing, most often DNS, failed, so the next hop could not be found.',
    // The registry text says temporary only but lists 550 next to 451.
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.4.4',
    title: 'Unable to route',
    description: 'No next hop could be worked out for the destination, for example because DNS gave no usable mail host.',
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.4.5',
    title: 'Mail system congestion',
    description: 'The mail system was too congested to pass the message on right now.',
    classes: ['4'],
    source: 'RFC 3463',
  },
  {
    code: 'X.4.6',
    title: 'Routing loop detected',
    description: 'The message went round in circles between servers or forwarders, and was stopped after too many hops.',
    classes: ['4'], // registry text: temporary only; real servers also send 5.4.6
    source: 'RFC 3463',
  },
  {
    code: 'X.4.7',
    title: 'Delivery time expired',
    description: 'The message sat in a queue longer than allowed (by the queue lifetime or a limit the sender set) and was given up; the cause that kept it queued matters more.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },

  // X.5: mail delivery protocol
  {
    code: 'X.5.0',
    title: 'Other or undefined protocol status',
    description: 'Something went wrong in the SMTP conversation with the next server, without a more exact code.',
    classes: ['2', '4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.5.1',
    title: 'Invalid command',
    description: 'The server got a command it does not support or one sent at the wrong point of the session.',
    classes: ['4', '5'], // registry text: permanent only, though 430 and 451 are listed
    source: 'RFC 3463',
  },
  {
    code: 'X.5.2',
    title: 'Syntax error',
    description: 'The server could not parse a command: the command is unknown or its syntax is wrong.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.5.3',
    title: 'Too many recipients',
    description: 'One transaction named more recipients than the server takes; the sender has to spread them over several transactions.',
    classes: ['4'], // Sisimai also maps 5.5.3 (to toomanyconn)
    source: 'RFC 3463',
  },
  {
    code: 'X.5.4',
    title: 'Invalid command arguments',
    description: 'The command itself was fine, but one of its arguments was invalid or not supported.',
    classes: ['4', '5'], // registry text: permanent only, though 451 is listed
    source: 'RFC 3463',
  },
  {
    code: 'X.5.5',
    title: 'Wrong protocol version',
    description: 'The two sides could not agree on a protocol version.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.5.6',
    title: 'Authentication Exchange line is too long',
    description: 'During SMTP AUTH the client sent a response line longer than the server is able to hold.',
    classes: ['4', '5'],
    source: 'RFC 4954',
  },

  // X.6: message content or media
  {
    code: 'X.6.0',
    title: 'Other or undefined media error',
    description: 'Something about the content or format of the message caused trouble, without a more exact code.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.6.1',
    title: 'Media not supported',
    description: 'The message uses a media type that the next system or the transfer protocol cannot carry.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.6.2',
    title: 'Conversion required and prohibited',
    description: 'Delivery needs the content converted to another form, but the message or policy forbids conversion.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.6.3',
    title: 'Conversion required but not supported',
    description: 'Delivery needs the content converted, and no converter is available, for instance to turn 8-bit data into 7-bit.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.6.4',
    title: 'Conversion with loss performed',
    description: 'A warning on success: content was converted and part of it was lost. As a failure it means such a lossy conversion was not allowed.',
    classes: ['2', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.6.5',
    title: 'Conversion Failed',
    description: 'A conversion the delivery depended on was tried and did not work.',
    classes: ['4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.6.6',
    title: 'Message content not available',
    description: 'The submission server had to fetch the message body from a URL (BURL) and could not get it.',
    classes: ['4', '5'],
    source: 'RFC 4468',
  },
  {
    code: 'X.6.7',
    title: 'Non-ASCII addresses not permitted for that sender/recipient',
    description: 'An internationalized (non-ASCII) address was used where this sender or recipient does not allow one.',
    classes: ['5'],
    source: 'RFC 6531',
  },
  {
    code: 'X.6.8',
    title: 'UTF-8 string reply is required, but not permitted by the SMTP client',
    description: 'The server would need a UTF-8 reply to show the mailbox name, and the client did not say it accepts UTF-8 replies.',
    classes: ['2', '5'],
    source: 'RFC 6531',
  },
  {
    code: 'X.6.9',
    title: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
    description: 'The message has UTF-8 header fields and at least one recipient cannot be reached with them, so the whole message is refused after its content was sent.',
    classes: ['5'],
    source: 'RFC 6531',
  },
  {
    code: 'X.6.10',
    // The registry row has no title of its own: it is a deprecated duplicate of X.6.8.
    title: '(no title; deprecated duplicate of X.6.8)',
    description: 'Retired code with the same meaning as X.6.8; read it as X.6.8.',
    classes: ['2', '5'],
    source: 'RFC 6531',
  },

  // X.7: security or policy
  {
    code: 'X.7.0',
    title: 'Other or undefined security status',
    description: 'A security or policy condition stopped the message, and the server gives no more detail, possibly because its policy keeps the reason private.',
    classes: ['2', '4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.7.1',
    title: 'Delivery not authorized, message refused',
    description: 'The receiver does not allow this sender to deliver here, for example because of a host, sender or recipient filter or another policy block.',
    classes: ['4', '5'], // registry text: permanent only, though 451 and 454 are listed
    source: 'RFC 3463',
  },
  {
    code: 'X.7.2',
    title: 'Mailing list expansion prohibited',
    description: 'The sender is not allowed to send to this mailing list.',
    classes: ['5'], // Sisimai also maps a non-registry 4.7.2
    source: 'RFC 3463',
  },
  {
    code: 'X.7.3',
    title: 'Security conversion required but not possible',
    description: 'Delivery needs the message converted from one secure messaging format to another, and that cannot be done.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.7.4',
    title: 'Security features not supported',
    description: 'The message asks for security features, such as a secure authentication method, that the delivery path cannot provide.',
    classes: ['5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.7.5',
    title: 'Cryptographic failure',
    description: 'A system meant to verify or decrypt the message could not, because the key it needs is missing or wrong.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.7.6',
    title: 'Cryptographic algorithm not supported',
    description: 'A system meant to verify or decrypt the message could not, because it does not implement the algorithm used.',
    classes: ['2', '4', '5'], // seen in practice as 4.x and 5.x only
    source: 'RFC 3463',
  },
  {
    code: 'X.7.7',
    title: 'Message integrity failure',
    description: 'An integrity check shows the message was damaged or changed on its way.',
    classes: ['2', '4', '5'],
    source: 'RFC 3463',
  },
  {
    code: 'X.7.8',
    title: 'Authentication credentials invalid',
    description: 'SMTP AUTH was refused: the user name, password or token is wrong or does not give enough rights.',
    classes: ['5'],
    source: 'RFC 4954',
  },
  {
    code: 'X.7.9',
    title: 'Authentication mechanism is too weak',
    description: 'The AUTH method the client picked is weaker than the server allows for this account.',
    classes: ['5'],
    source: 'RFC 4954',
  },
  {
    code: 'X.7.10',
    title: 'Encryption Needed',
    description: 'The connection has to be encrypted (usually with TLS) before this authentication method may be used.',
    classes: ['5'],
    source: 'RFC 5248',
  },
  {
    code: 'X.7.11',
    title: 'Encryption required for requested authentication mechanism',
    description: 'Older code saying the chosen AUTH method is only allowed on an encrypted connection.',
    classes: ['5'],
    source: 'RFC 4954',
  },
  {
    code: 'X.7.12',
    title: 'A password transition is needed',
    description: 'Before this AUTH method can be used the account must be moved to it, usually by logging in once with PLAIN.',
    classes: ['4'],
    source: 'RFC 4954',
  },
  {
    code: 'X.7.13',
    title: 'User Account Disabled',
    description: 'The login itself worked, but the account is switched off and stays that way until an administrator turns it back on.',
    classes: ['5'],
    source: 'RFC 5248',
  },
  {
    code: 'X.7.14',
    title: 'Trust relationship required',
    description: 'To fetch content from a third-party server (BURL) the submission server needs a trust arrangement with it that is not set up.',
    classes: ['5'],
    source: 'RFC 5248',
  },
  {
    code: 'X.7.15',
    title: 'Priority Level is too low',
    description: 'The MT-PRIORITY of the message is below the lowest level the server currently takes; this can change later.',
    classes: ['4', '5'], // the registry also allows other 4XX and 5XX basic codes here
    source: 'RFC 6710',
  },
  {
    code: 'X.7.16',
    title: 'Message is too big for the specified priority',
    description: 'The message is larger than the server accepts at its MT-PRIORITY level; this can change later.',
    classes: ['4', '5'], // the registry also allows other 4XX and 5XX basic codes here
    source: 'RFC 6710',
  },
  {
    code: 'X.7.17',
    title: 'Mailbox owner has changed',
    description: 'Require-Recipient-Valid-Since check: the mailbox has changed hands since the date the sender gave, so it may belong to someone else.',
    classes: ['5'],
    source: 'RFC 7293',
  },
  {
    code: 'X.7.18',
    title: 'Domain owner has changed',
    description: 'Require-Recipient-Valid-Since check: the recipient domain has had a new owner since the date the sender gave.',
    classes: ['5'],
    source: 'RFC 7293',
  },
  {
    code: 'X.7.19',
    title: 'RRVS test cannot be completed',
    description: 'Require-Recipient-Valid-Since check: the receiver keeps no record of when the mailbox began, so it cannot answer.',
    classes: ['5'],
    source: 'RFC 7293',
  },
  {
    code: 'X.7.20',
    title: 'No passing DKIM signature found',
    description: 'DKIM: none of the signatures on the message (if any) verified.',
    classes: ['5'],
    source: 'RFC 7372; RFC 6376',
  },
  {
    code: 'X.7.21',
    title: 'No acceptable DKIM signature found',
    description: 'DKIM: some signatures verified, but the receiver does not accept any of them under its policy.',
    classes: ['5'],
    source: 'RFC 7372; RFC 6376',
  },
  {
    code: 'X.7.22',
    title: 'No valid author-matched DKIM signature found',
    description: 'DKIM: no verified signature comes from the domain in the From: header.',
    classes: ['5'],
    source: 'RFC 7372; RFC 6376',
  },
  {
    code: 'X.7.23',
    title: 'SPF validation failed',
    description: 'SPF: the sending IP is not allowed by the sender domain, and the receiver refuses mail that fails SPF.',
    classes: ['5'],
    source: 'RFC 7372; RFC 7208',
  },
  {
    code: 'X.7.24',
    title: 'SPF validation error',
    description: 'SPF could not be evaluated: a temporary DNS problem (as 4.7.24) or a broken SPF record (as 5.7.24).',
    classes: ['4', '5'],
    source: 'RFC 7372; RFC 7208',
  },
  {
    code: 'X.7.25',
    title: 'Reverse DNS validation failed',
    description: 'The sending IP has no reverse DNS name, or the name does not resolve back to that IP, and the receiver requires it.',
    classes: ['5'], // Sisimai also maps 4.7.25; Gmail rate-limits missing PTR with 4.7.0 / 4.7.23
    source: 'RFC 7372',
  },
  {
    code: 'X.7.26',
    title: 'Multiple authentication checks failed',
    description: 'Several sender authentication checks (SPF, DKIM, DMARC and the like) failed together; the server does not say which.',
    classes: ['5'], // Gmail and Microsoft also send a temporary 4.7.26 for unauthenticated mail
    source: 'RFC 7372',
  },
  {
    code: 'X.7.27',
    title: 'Sender address has null MX',
    description: 'The envelope sender domain publishes a null MX, so no bounce could reach it, and the receiver refuses such mail.',
    classes: ['5'], // Gmail instead uses 4.7.27 / 5.7.27 for failed SPF of bulk senders
    source: 'RFC 7505',
  },
  {
    code: 'X.7.28',
    title: 'Mail flood detected',
    description: 'The message seems to belong to a burst of many near-identical abusive messages.',
    // The registry gives "." as the basic code and J. Levine (not the IESG) as change controller;
    // Gmail sends 421 4.7.28 and 550 5.7.28 for unsolicited-volume rate limits and blocks.
    classes: ['2', '4', '5'],
    source: 'draft-levine-mailbomb-header-00',
  },
  {
    code: 'X.7.29',
    title: 'ARC validation failure',
    description: 'The Authenticated Received Chain (ARC) headers added by forwarders did not validate.',
    classes: ['5'], // Gmail instead uses 4.7.29 / 5.7.29 for bulk mail sent without TLS
    source: 'RFC 8617',
  },
  {
    code: 'X.7.30',
    title: 'REQUIRETLS support required',
    description: 'The message is marked REQUIRETLS, and no next server on its route supports that, so it cannot go further.',
    classes: ['5'], // Gmail instead uses 4.7.30 / 5.7.30 for bulk mail without a passing DKIM signature
    source: 'RFC 8689',
  },
];
