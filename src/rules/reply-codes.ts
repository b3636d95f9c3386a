// Sources: RFC 5321 §4.2.1 (reply code theory), §4.2.2 and §4.2.3 (the codes, by number and by
// command); RFC 7504 (521, 556); RFC 4954 (SMTP AUTH: 235, 334, 432, 454, 500, 530, 534, 535, 538);
// RFC 3207 (STARTTLS: 220, 454, 530); RFC 1985 (ETRN: 458, 459); the basic-code column of the IANA
// enhanced status registry (422, 523, 524, 525). Facts collected in
// ../shared/reference/reply-codes.json. Meanings are in our own words.

import type {ReplyCodeRule, StatusClass} from './types.ts';

/** First digit of a basic reply code. RFC 5321 defines no 1yz replies. */
export type ReplyClass = StatusClass | '3';

/** Second digit of a basic reply code (RFC 5321 §4.2.1). */
export type ReplySubject = '0' | '1' | '2' | '3' | '4' | '5';

/**
 * What the first digit of a reply says about the outcome.
 *
 * @example
 * replyClassMeanings['4']
 * //=> 'Temporary failure: nothing was done this time, but the same command may work if tried again later, and the client is expected to retry.'
 */
export const replyClassMeanings = {
  '2': 'Done: the server carried out the command.',
  '3': 'Go on: the server accepted the command so far and waits for more from the client (the message body, or the next step of a login).',
  '4': 'Temporary failure: nothing was done this time, but the same command may work if tried again later, and the client is expected to retry.',
  '5': 'Permanent failure: nothing was done, and sending the same command again unchanged is pointless.',
} as const satisfies Readonly<Record<ReplyClass, string>>;

/**
 * What the second digit of a reply says about the area it concerns.
 *
 * @example
 * replySubjectMeanings['5']
 * //=> 'Mail system: the state of the receiving mail system or mailbox.'
 */
export const replySubjectMeanings = {
  '0': 'Syntax: the command was malformed, unknown, unneeded or not implemented.',
  '1': 'Information: answers to requests for status or help.',
  '2': 'Connection: about the transmission channel itself.',
  '3': 'Not assigned a meaning by RFC 5321.',
  '4': 'Not assigned a meaning by RFC 5321.',
  '5': 'Mail system: the state of the receiving mail system or mailbox.',
} as const satisfies Readonly<Record<ReplySubject, string>>;

/**
 * The basic reply codes of RFC 5321 and the extensions that mail bounces show.
 *
 * Typed with the row type rather than `as const`, so maps keyed by any decoded string type-check.
 *
 * @example
 * replyCodes.find(rule => rule.code === '550')?.kind
 * //=> 'core'
 */
export const replyCodes: readonly ReplyCodeRule[] = [
  // 2yz: done
  {code: '211', meaning: 'Answer to a request for system status or help.', text: 'System status, or system help reply', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '214', meaning: 'Help text meant for a person, about the server or a command.', text: 'Help message', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  // Also the "ready to start TLS" answer to STARTTLS (RFC 3207).
  {code: '220', meaning: 'Greeting: the server is ready to begin the SMTP session.', text: '<domain> Service ready', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '221', meaning: 'The server is ending the session, normally after QUIT.', text: '<domain> Service closing transmission channel', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '235', meaning: 'The SMTP AUTH login worked.', kind: 'extension', source: 'RFC 4954 §4 ("235 2.7.0 Authentication Succeeded")', answers: 'AUTH'},
  {code: '250', meaning: 'Command done; after the message body it means the server took responsibility for the message.', text: 'Requested mail action okay, completed', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '251', meaning: 'The recipient is not local, but the server will pass the message on to the right place itself.', text: 'User not local; will forward to <forward-path>', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '252', meaning: 'The server will not confirm (VRFY) the address, but it will take the message and try to deliver it.', text: 'Cannot VRFY user, but will accept message and attempt delivery', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},

  // 3yz: go on
  {code: '334', meaning: 'SMTP AUTH in progress: the server sends a base64 challenge and waits for the answer.', kind: 'extension', source: 'RFC 4954'},
  {code: '354', meaning: 'The server is ready for the message body, which ends with a line holding a single dot.', text: 'Start mail input; end with <CRLF>.<CRLF>', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},

  // 4yz: temporary failure
  {code: '421', meaning: 'The server is not available right now and is closing the connection (overload, rate limit, shutdown); it can come as the answer to any command. Try again later.', text: '<domain> Service not available, closing transmission channel', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  // Listed only in the IANA registry, next to 432, as a basic code for X.7.12.
  {code: '422', meaning: 'Listed by IANA with X.7.12: the account must switch to a new authentication method.', kind: 'extension', source: 'RFC 4954 (via the IANA enhanced status registry, X.7.12)'},
  {code: '432', meaning: 'The account must switch to the chosen authentication method first, often by logging in once with PLAIN.', kind: 'extension', source: 'RFC 4954'},
  {code: '450', meaning: 'The mailbox cannot be used right now: it is busy, or a policy such as greylisting or a rate limit is holding the message back. Try again later.', text: 'Requested mail action not taken: mailbox unavailable', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '451', meaning: 'The server hit a local error while handling the request (a failed DNS lookup, greylisting, a content scanner that failed). Try again later.', text: 'Requested action aborted: local error in processing', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  // RFC 5321 §4.5.3.1.10 also lets a server answer 452 to a RCPT beyond its recipient limit.
  {code: '452', meaning: 'Not enough storage on the server right now, or more recipients than it takes in one transaction.', text: 'Requested action not taken: insufficient system storage', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '454', meaning: 'A login failed for a temporary reason, or TLS cannot be started at the moment.', kind: 'extension', source: 'RFC 4954; RFC 3207'},
  {code: '455', meaning: 'The server cannot honour the MAIL or RCPT parameters at the moment.', text: 'Server unable to accommodate parameters', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '458', meaning: 'ETRN: the server cannot start delivering the queue for that node.', kind: 'extension', source: 'RFC 1985'},
  {code: '459', meaning: 'ETRN: that node may not ask for its queue to be delivered.', kind: 'extension', source: 'RFC 1985'},

  // 5yz: permanent failure
  // SMTP AUTH also uses it as 500 5.5.6, an authentication line that is too long (RFC 4954).
  {code: '500', meaning: 'The server does not recognise the command, or the line was too long.', text: 'Syntax error, command unrecognized', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  {code: '501', meaning: 'The arguments of the command are malformed, for example a bad address or HELO name.', text: 'Syntax error in parameters or arguments', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  {code: '502', meaning: 'The server does not implement this command.', text: 'Command not implemented', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  {code: '503', meaning: 'Commands came in the wrong order, for example RCPT before MAIL, or a step such as AUTH is required first.', text: 'Bad sequence of commands', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  {code: '504', meaning: 'The server does not implement that parameter of the command, for example an unknown AUTH method.', text: 'Command parameter not implemented', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  // May replace the 220 greeting; an alternative to "554 No SMTP service here".
  {code: '521', meaning: 'This host never takes mail.', kind: 'extension', source: 'RFC 7504'},
  {code: '523', meaning: 'Listed by IANA with X.7.10: the connection must be encrypted first.', kind: 'extension', source: 'RFC 5248 (via the IANA enhanced status registry, X.7.10)'},
  {code: '524', meaning: 'Listed by IANA with X.7.11: the chosen login method needs an encrypted connection.', kind: 'extension', source: 'RFC 4954 (via the IANA enhanced status registry, X.7.11)'},
  {code: '525', meaning: 'Listed by IANA with X.7.13: the user account is switched off.', kind: 'extension', source: 'RFC 5248 (via the IANA enhanced status registry, X.7.13)'},
  {code: '530', meaning: 'The server wants the client to log in (AUTH) or to start TLS before it takes this command.', kind: 'extension', source: 'RFC 4954; RFC 3207', reason: 'securityerror', answers: 'AUTH'},
  {code: '534', meaning: 'The login method chosen is weaker than the server allows.', kind: 'extension', source: 'RFC 4954', reason: 'securityerror', answers: 'AUTH'},
  {code: '535', meaning: 'The login failed: wrong user name, password or token.', kind: 'extension', source: 'RFC 4954', reason: 'securityerror', answers: 'AUTH'},
  {code: '538', meaning: 'Older code: the chosen login method needs an encrypted connection.', kind: 'extension', source: 'RFC 4954', reason: 'securityerror', answers: 'AUTH'},
  // The reply code bounces show most; the text and the enhanced code tell which case it is.
  {code: '550', meaning: 'Not done, for good: the mailbox does not exist or cannot be used, or policy refused the command.', text: 'Requested action not taken: mailbox unavailable', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '551', meaning: 'The recipient is not local here; the server names another address the sender should use.', text: 'User not local; please try <forward-path>', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  // Permanent by its class, but many senders treat an over-quota 552 as a soft bounce.
  {code: '552', meaning: 'Storage allowance exceeded: the mailbox is over quota or the message is too large.', text: 'Requested mail action aborted: exceeded storage allocation', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '553', meaning: 'The mailbox name is not allowed: the sender or recipient address is malformed or refused.', text: 'Requested action not taken: mailbox name not allowed', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  // As a greeting it means "no SMTP service here"; servers also use it widely for policy and spam blocks.
  {code: '554', meaning: 'The transaction failed, often because of a policy or spam rejection.', text: 'Transaction failed', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3'},
  {code: '555', meaning: 'The server does not recognise or implement a parameter given with MAIL FROM or RCPT TO.', text: 'MAIL FROM/RCPT TO parameters not recognized or not implemented', kind: 'core', source: 'RFC 5321 §4.2.2–4.2.3', reason: 'syntaxerror'},
  {code: '556', meaning: 'The recipient domain takes no mail at all, for example because it publishes a null MX.', kind: 'extension', source: 'RFC 7504'},
];
