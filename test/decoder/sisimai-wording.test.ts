/**
 * Wording seen in the wild as Sisimai's reason modules record it (sisimai/rb-sisimai
 * lib/sisimai/reason/*.rb, their Index lists), each said as a bare reply and as a remote reply in a
 * Postfix notice at RCPT TO: the reason it names. The phrases are those the rules added from that
 * record; every input is written here.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {postfixRefusal} from './templates/common.ts';

const wording: readonly (readonly [string, string])[] = [
  ['extreme bad ip profile', 'blocked'],
  ['is in a black list', 'blocked'],
  ['is not allowed to send mail from', 'blocked'],
  ['rejected - multi-blacklist', 'blocked'],
  ['said: 550 blocked', 'blocked'],
  ['destination server rejected recipients', 'userunknown'],
  ['recipient is not accepted', 'userunknown'],
  ['recipient is not local', 'userunknown'],
  ['recipient not ok', 'userunknown'],
  ['recipients was undeliverable', 'userunknown'],
  ['user missing home directory', 'userunknown'],
  ['5.1.0 address rejected.', 'userunknown'],
  ['all host address lookups failed', 'hostunknown'],
  ['couldn\'t find any host example.org', 'hostunknown'],
  ['dns server returned answer with no data', 'hostunknown'],
  ['domain must exist', 'hostunknown'],
  ['responded with code nxdomain', 'hostunknown'],
  ['access denied (in reply to mail from command)', 'rejected'],
  ['denied by secumail valid-address-filter', 'rejected'],
  ['email address is on senderfilterconfig list', 'rejected'],
  ['empty email address', 'rejected'],
  ['fully qualified email address required', 'rejected'],
  ['is not a registered gateway user', 'rejected'],
  ['sender domain listed at example.org', 'rejected'],
  ['you are not allowed to post to this mailing list', 'rejected'],
  ['has been suspended', 'suspend'],
  ['as a relay', 'norelaying'],
  ['not a gateway', 'norelaying'],
  ['relaying mail to example.org', 'norelaying'],
  ['specified domain is not allowed', 'norelaying'],
  ['size limit', 'mesgtoobig'],
  ['automatic homedir creator crashed', 'systemerror'],
  ['delivery to file forbidden', 'systemerror'],
  ['delivery to pipe forbidden', 'systemerror'],
  ['input/output error', 'systemerror'],
  ['lmtp error after example.org', 'systemerror'],
  ['loop back warning:', 'systemerror'],
  ['mail transport unavailable', 'systemerror'],
  ['error while executing qmail-forward', 'systemerror'],
  ['several matches found in domino directory', 'systemerror'],
  ['too many results returned but needs to be unique', 'systemerror'],
  ['cannot send e-mail to yourself', 'systemerror'],
  ['address family mismatch on destination mxs', 'networkerror'],
  ['all routes to destination blocked', 'networkerror'],
  ['could not contact dns servers', 'networkerror'],
  ['could not retrieve source address', 'networkerror'],
  ['exceeded maximum hop count', 'networkerror'],
  ['host name lookup failure', 'networkerror'],
  ['listed as a best-preference mx', 'networkerror'],
  ['no relevant answers', 'networkerror'],
  ['establish an smtp connection', 'networkerror'],
  ['delivery not authorized, message refused', 'policyviolation'],
  ['message given low priority', 'policyviolation'],
  ['5322.from address doesn\'t meet the authentication requirements', 'authfailure'],
  ['doesn\'t meet the required authentication level', 'authfailure'],
  ['has been replaced by example.org', 'hasmoved'],
  ['destination seem to reject all mails', 'notaccept'],
  ['mail receiving disabled', 'notaccept'],
  ['mx or srv record indicated no smtp example.org', 'notaccept'],
  ['no host found for existing smtp example.org', 'notaccept'],
  ['no route for current request', 'notaccept'],
  ['charset not supported', 'contenterror'],
  // Not a filter's verdict, as an unsourced weak phrase of filtered had it.
  ['header error', 'contenterror'],
  ['could not find a gateway for', 'expired'],
  ['failed to deliver to domain example.org', 'expired'],
  ['frozen on arrival', 'expired'],
  ['has been frozen', 'expired'],
  ['account is protected by', 'filtered'],
  ['is not accepting any mail', 'filtered'],
  ['message rejected due to user rules', 'filtered'],
  ['not found recipient account', 'filtered'],
  ['user refuses to receive this mail', 'filtered'],
  ['user reject', 'filtered'],
  ['rfc 1035 violation', 'notcompliantrfc'],
  // A limit on how fast a client connects is on its connections, not on its messages' rate.
  ['4.3.2 connection rate limit exceeded.', 'toomanyconn'],
  // A relay refused in the words of an insecure one, not a security condition.
  ['insecure mail relay', 'norelaying'],
];

const layouts = [
  ['a bare reply', (words: string) => `550 ${words}`],
  ['a Postfix notice at RCPT TO', (words: string) => postfixRefusal(`550 ${words}`)],
] as const;

describe('the reason Sisimai\'s record gives a reply\'s words', () => {
  test.each(layouts.flatMap(([layout, render]) => wording.map(([words, reason]) => [layout, words, reason, render(words)] as const)))('%s: "%s" → %s', (_layout, _words, reason, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });

  test.each([
    // A more precise reason whose words hold one of them wins, by the one precedence of src/rules/index.ts.
    ['552 5.2.2 Mailbox size limit exceeded', 'mailboxfull'],
    ['550 5.1.1 Recipient is not local and no such user here', 'userunknown'],
    // The other way: a message rate limit is speeding, and "insecure" alone no relay's refusal.
    ['450 4.7.0 Message rate limit exceeded, slow down', 'speeding'],
    ['554 Rejected: insecure client', 'securityerror'],
  ])('%s → %s, not the weaker words inside it', (reply, reason) => {
    expect(decodeText(reply).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});

/**
 * The rest of the record's Index and Pairs (rb-sisimai lib/sisimai/reason/*.rb, as the rules cite
 * each with its commit): a pair's fragments stand with a variable middle ("example.org") between
 * them, as Sisimai's aligned match reads them. A reason the server gives only for a deferral is said
 * with a 4xx code, and one of the message's content after the data.
 */
const recordedWording: readonly (readonly [string, string])[] = [
  ['helo command rejected:', 'blocked'],
  ['smtp error from remote mail server after initial connection:', 'blocked'],
  ['connection example.org dropped', 'blocked'],
  ['dynamic example.org ip', 'blocked'],
  ['from example.org ip address', 'blocked'],
  ['host example.org refused to talk to me: example.org blocked', 'blocked'],
  ['mail from example.org refused', 'blocked'],
  ['veuillez essayer plus tard. service refused, please try later. example.org 103', 'blocked'],
  ['veuillez essayer plus tard. service refused, please try later. example.org 510', 'blocked'],
  ['your access ip example.org has been rejected', 'blocked'],
  ['too many "received" headers', 'contenterror'],
  ['delivery example.org expired', 'expired'],
  ['exceed example.org time example.org out', 'expired'],
  ['not example.org reach example.org period', 'expired'],
  ['the account or domain may not exist', 'hostunknown'],
  ['452 insufficient disk space', 'mailboxfull'],
  ['not sufficient disk space', 'mailboxfull'],
  ['account is example.org quota', 'mailboxfull'],
  ['disk example.org quota', 'mailboxfull'],
  ['enough example.org space', 'mailboxfull'],
  ['mailbox example.org exceeded example.org limit', 'mailboxfull'],
  ['mailbox example.org quota', 'mailboxfull'],
  ['maildir example.org quota', 'mailboxfull'],
  ['over example.org quota', 'mailboxfull'],
  ['quota example.org exceeded', 'mailboxfull'],
  ['bin/maidrop', 'mailererror'],
  ['command failed:', 'mailererror'],
  ['line limit exceeded', 'mesgtoobig'],
  ['exceeded the maximum incoming message size', 'mesgtoobig'],
  ['exceeded example.org message size', 'mesgtoobig'],
  ['message example.org exceeds example.org limit', 'mesgtoobig'],
  ['message example.org size example.org exceed', 'mesgtoobig'],
  ['message example.org too example.org big', 'mesgtoobig'],
  ['mail example.org loop', 'networkerror'],
  ['message example.org loop', 'networkerror'],
  ['no example.org route to', 'networkerror'],
  ['not local host', 'norelaying'],
  ['no mx example.org found for', 'notaccept'],
  ['administrative prohibition', 'rejected'],
  ['because the sender isn\'t on the recipient\'s list of senders to accept mail from', 'rejected'],
  ['recipient addresses rejected : access denied', 'rejected'],
  ['rule imposed mailbox access for', 'rejected'],
  ['sending this from a different address or alias using the', 'rejected'],
  ['sender is in my black list', 'rejected'],
  ['spam reporting address', 'rejected'],
  ['ptr example.org record', 'requireptr'],
  ['reverse example.org dns', 'requireptr'],
  ['authentication failure', 'securityerror'],
  ['verification failure', 'securityerror'],
  ['identified spam', 'spamdetected'],
  ['accept example.org spam', 'spamdetected'],
  ['appears example.org to example.org spam', 'spamdetected'],
  ['bulk example.org mail', 'spamdetected'],
  ['considered example.org spam', 'spamdetected'],
  ['contain example.org spam', 'spamdetected'],
  ['detected example.org spam', 'spamdetected'],
  ['mail score ( example.org over', 'spamdetected'],
  ['mail rejete. mail rejected. example.org 506', 'spamdetected'],
  ['message example.org like spam', 'spamdetected'],
  ['probab example.org spam', 'spamdetected'],
  ['reject example.org content', 'spamdetected'],
  ['reject, id= example.org spam', 'spamdetected'],
  ['score example.org spam', 'spamdetected'],
  ['spam example.org block', 'spamdetected'],
  ['spam example.org filter', 'spamdetected'],
  ['spam example.org exceeded', 'spamdetected'],
  ['spam example.org score', 'spamdetected'],
  ['archived recipient', 'suspend'],
  ['this account has been temporarily suspended', 'suspend'],
  ['user or domain is disabled', 'suspend'],
  ['ldap attribute', 'systemerror'],
  ['ldap lookup', 'systemerror'],
  ['ldap server', 'systemerror'],
  ['no such file or directory', 'systemerror'],
  ['config example.org error', 'systemerror'],
  ['internal example.org error', 'systemerror'],
  ['local example.org error', 'systemerror'],
  ['proxy example.org broken pipe', 'systemerror'],
  ['connection example.org limit', 'toomanyconn'],
  ['too many con example.org s', 'toomanyconn'],
  ['domain or user isn\'t in my list of allowed rcpthosts', 'userunknown'],
  ['not a local address', 'userunknown'],
  ['not email addresses', 'userunknown'],
  ['recipient refuses to accept your mail', 'userunknown'],
  ['weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann', 'userunknown'],
  ['address example.org not exist', 'userunknown'],
  ['bad example.org recipient', 'userunknown'],
  ['invalid example.org recipient', 'userunknown'],
  ['invalid example.org user', 'userunknown'],
  ['no example.org mail example.org box', 'userunknown'],
  ['no example.org such example.org address', 'userunknown'],
  ['non example.org existent user', 'userunknown'],
  ['rcpt ( example.org t exist', 'userunknown'],
  ['recipient no example.org found', 'userunknown'],
  ['recipient example.org not exist', 'userunknown'],
  ['unknown e example.org mail address', 'userunknown'],
  ['unknown local example.org part', 'userunknown'],
  ['user example.org not exist', 'userunknown'],
];

const temporaryReasons = new Set(['expired', 'toomanyconn', 'networkerror']);
const contentReasons = new Set(['contenterror', 'mesgtoobig', 'spamdetected']);

/** The reasons of `reply` ("550 words") said by a remote server in a Postfix notice, at `command`. */
function reasonsOfReply(reply: string, command = 'RCPT TO'): string[] {
  return decodeText(postfixRefusal(reply, {command})).recipients.map((recipient) => recipient.reason.id);
}

describe('the reason Sisimai\'s record gives its other words', () => {
  test.each(recordedWording)('"%s" → %s', (words, reason) => {
    const code = temporaryReasons.has(reason) ? '451' : '550';
    const command = contentReasons.has(reason) ? 'end of DATA' : 'RCPT TO';
    expect(reasonsOfReply(`${code} ${words}`, command)).toEqual([reason]);
  });
});

describe('words near the record\'s pairs that name another cause', () => {
  test.each([
    // The record's pair "address … no longer" is not taken: a sending IP address can be "no longer allowed".
    ['550 Your IP address is no longer allowed to send', 'blocked'],
    // Nor "mailbox … unavailable": RFC 5321's own words for a 450 or 550 of any cause.
    ['450 4.2.0 Mailbox temporarily unavailable', 'onhold'],
    // "invalid … user" stands in a refusal of the sender, which an earlier reason names.
    ['550 5.7.1 Invalid sender domain, user authentication required', 'rejected'],
  ])('%s → %s', (reply, reason) => {
    expect(reasonsOfReply(reply)).toEqual([reason]);
  });
});

/**
 * Wording the record's mail-server modules map to a reason (rb-sisimai lib/sisimai/lhost/*.rb,
 * MessagesOf: Exim's address errors, qmail-ldap's, Domino's and Notes' localized "not in the
 * directory", fml's list refusals and alerts, ...), said the same way.
 */
const serverWording: readonly (readonly [string, string])[] = [
  ['exeeded the maximum size the user accepts', 'exceedlimit'],
  ['cannot route mail to user', 'filtered'],
  ['as the remote domain doesnt exist', 'hostunknown'],
  ['reject spammers:', 'rejected'],
  ['are not member', 'rejected'],
  ['security alert', 'securityerror'],
  ['could not retrieve credentials', 'securityerror'],
  ['the user(s) account is temporarily limited', 'suspend'],
  ['angle-brackets nested too deep', 'syntaxerror'],
  ['expected word or "<"', 'syntaxerror'],
  ['domain missing in source-routed address', 'syntaxerror'],
  ['malformed address:', 'syntaxerror'],
  ['temporary error in automatic homedir creation', 'systemerror'],
  ['- temporary mta failure on relaying', 'systemerror'],
  ['- rejected by next-hop mta on relaying', 'systemerror'],
  ['this domain\'s dns violates rfc 1035', 'systemerror'],
  ['duplicated message-id', 'systemerror'],
  ['loop alert:', 'systemerror'],
  ['unix from loop', 'systemerror'],
  ['non répertorié dans l\'annuaire domino', 'userunknown'],
  ['no se encuentra en el directorio de domino', 'userunknown'],
  ['domino ディレクトリには見つかりません', 'userunknown'],
  ['ディレクトリのリストにありません', 'userunknown'],
];

describe('the reason Sisimai\'s mail-server modules give their words', () => {
  test.each(serverWording)('"%s" → %s', (words, reason) => {
    const command = contentReasons.has(reason) || reason === 'filtered' ? 'end of DATA' : 'RCPT TO';
    expect(reasonsOfReply(`550 ${words}`, command)).toEqual([reason]);
  });
});

/**
 * Lotus Notes lists each recipient under its reason ("------- Failure Reasons  --------", the
 * reason, then the address; rb-sisimai lib/sisimai/lhost/notes.rb): its directory's words that no
 * such person is listed are about that address, with no reply and no stage to say so.
 */
function notesReport(reason: string): string {
  return ['------- Failure Reasons  --------', '', reason, 'bob@example.org', '', '', '------- Returned Message --------', 'Subject: Hello', '', 'Hi.'].join('\n');
}

describe('Lotus Notes\' reasons above their recipient', () => {
  test.each([
    ['User  not listed in public Name & Address Book', 'userunknown', true],
    ['User not listed in Domino Directory', 'userunknown', true],
    ['Router: Unable to transfer message', 'undefined', false],
  ] as const)('%s → %s', (reason, id, hardBounce) => {
    expect(decodeText(notesReport(reason)).recipients.map((got) => [got.recipient, got.reason.id, got.hardBounce])).toEqual([['bob@example.org', id, hardBounce]]);
  });
});

/**
 * Providers' own reply wording as the record's remote-host modules map it (rb-sisimai
 * lib/sisimai/rhost/*.rb, MessagesOf: Cox, GoDaddy, Google, Microsoft, Mimecast, Tencent, Yahoo,
 * Zoho, Apple), said the same way.
 */
const providerWording: readonly (readonly [string, string])[] = [
  ['dkim = did not pass', 'authfailure'],
  ['senders to authenticate their email with dkim', 'authfailure'],
  ['too many bad commands from', 'blocked'],
  ['suspected bounce attacks', 'blocked'],
  ['attachment extension is forbidden', 'contenterror'],
  ['senders to use tls/ssl for smtp', 'failedstarttls'],
  ['tls not available due to temporary reason', 'failedstarttls'],
  ['this route requires tls version 1.2 or greater', 'failedstarttls'],
  ['this route requires high-strength ciphers', 'failedstarttls'],
  ['account storage limit', 'mailboxfull'],
  ['the incorrect hostname used for inbounds', 'networkerror'],
  ['account inbounds disabled', 'notaccept'],
  ['message threshold exceeded', 'policyviolation'],
  ['rejected by header-based anti-spoofing policy', 'policyviolation'],
  ['mailbox delivery restricted by policy error', 'policyviolation'],
  ['host network, not allowed', 'policyviolation'],
  ['bad outbound sender', 'rejected'],
  ['block policy for envelope from address', 'rejected'],
  ['dns check failure', 'requireptr'],
  ['incorrect authentication data', 'securityerror'],
  ['submitter failed to authenticate', 'securityerror'],
  ['spam is embedded in the email', 'spamdetected'],
  ['due to excessive volume', 'speeding'],
  ['exceeded its daily limit', 'speeding'],
  ['tenant has exceeded threshold', 'speeding'],
  ['exceeding outbound thread limit', 'speeding'],
  ['frequency of receiving messages is limited', 'speeding'],
  ['max message per connection reached', 'speeding'],
  ['esmtp server temporarily not available', 'systemerror'],
  ['temporary system problem', 'systemerror'],
  ['mail server temporarily rejected message', 'systemerror'],
  ['misconfigured forwarding address', 'systemerror'],
  ['message failed to be replicated', 'systemerror'],
  ['pfa agent busy', 'systemerror'],
  ['unable to process connection at this time', 'systemerror'],
  ['unable to process an email at this time', 'systemerror'],
  ['recipient address reserved by rfc 2606', 'userunknown'],
];

describe('the reason Sisimai\'s remote-host modules give providers\' words', () => {
  test.each(providerWording)('"%s" → %s', (words, reason) => {
    const command = contentReasons.has(reason) ? 'end of DATA' : 'RCPT TO';
    expect(reasonsOfReply(`550 ${words}`, command)).toEqual([reason]);
  });
});
