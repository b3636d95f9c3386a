/**
 * Reasons from the words of a reply, in wording seen in the wild as PHP-Bounce-Handler's table of
 * bounce responses records it (cfortune/PHP-Bounce-Handler bounce_responses.php): each phrase, said
 * as a bare reply, in a Postfix notice after "host ... said:" and under the address in a notice
 * with no code, gives the reason it names. Phrases that name no single cause give none of the
 * specific reasons. Every input is written here, with example addresses.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {postfixRefusal} from './templates/common.ts';

/** The three places a reply's words stand in: alone, after a Postfix frame, under the address in a notice without a code. */
const layouts = [
  ['a bare reply', (code: string, words: string) => `${code} ${words}`],
  ['a Postfix notice', (code: string, words: string) => `This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: ${code} ${words} (in reply to RCPT TO command)\n`],
  ['a notice without a code', (_code: string, words: string) => `Your message could not be delivered.\n\nbob@example.com\n${words}\n`],
] as const;

const wording: readonly (readonly [string, string, string])[] = [
  ['451', 'Benutzer hat zuviele Mails auf dem Server', 'mailboxfull'],
  ['452', 'User has exhausted allowed storage space', 'mailboxfull'],
  ['550', 'Account is unavailable', 'userunknown'],
  ['550', 'Account not found', 'userunknown'],
  ['550', 'Address invalid', 'userunknown'],
  ['550', 'Address is unknown', 'userunknown'],
  ['550', 'ADDRESS_NOT_FOUND', 'userunknown'],
  ['550', 'destin. Sconosciuto', 'userunknown'],
  ['550', 'Destinatario errato', 'userunknown'],
  ['550', 'Email Address was not found', 'userunknown'],
  ['550', 'Indirizzo inesistente', 'userunknown'],
  ['550', 'Invalid account', 'userunknown'],
  ['550', 'Konto nie istnieje', 'userunknown'],
  ['550', 'Nie ma takiego konta', 'userunknown'],
  ['550', 'Sorry, no mailbox here.', 'userunknown'],
  ['550', 'No one with that email address here', 'userunknown'],
  ['550', 'No such email address', 'userunknown'],
  ['550', 'No such mail drop defined', 'userunknown'],
  ['550', 'This server doesn\'t handle mail for that user', 'userunknown'],
  ['550', 'This email address is not known to this system', 'userunknown'],
  ['550', 'Unknown account', 'userunknown'],
  ['550', 'unknown or illegal user', 'userunknown'],
  ['550', 'bob was not found in LDAP server', 'userunknown'],
  ['550', 'We are sorry but the address is invalid', 'userunknown'],
  ['550', 'Unable to find alias user', 'userunknown'],
  ['550', 'Adressat unbekannt oder Mailbox deaktiviert', 'userunknown'],
  ['550', 'User disabled', 'suspend'],
  ['550', 'User is suspended', 'suspend'],
  ['550', 'Mail is not currently being accepted for this mailbox', 'suspend'],
  ['550', 'El usuario esta en estado: inactivo', 'suspend'],
  ['550', 'Inactive user', 'suspend'],
  ['550', 'Your mailbox has been blocked due to inactivity', 'suspend'],
  ['550', 'Mailbox Locked or Suspended', 'suspend'],
  ['550', 'Podane konto jest zablokowane administracyjnie lub nieaktywne', 'suspend'],
  ['550', 'Questo indirizzo e\' bloccato per inutilizzo', 'suspend'],
  ['550', 'Recipient mailbox was disabled', 'suspend'],
  ['550', 'Esta casilla ha expirado por falta de uso', 'suspend'],
  ['550', 'Account deactivated', 'suspend'],
  ['550', 'Mailbox deactivated', 'suspend'],
  ['550', 'Address deactivated', 'suspend'],
  ['550', 'User deactivated', 'suspend'],
  ['550', 'Recipient inactive', 'suspend'],
  ['550', 'User inactive', 'suspend'],
  ['550', 'Mailbox inactive', 'suspend'],
  ['550', 'Recipient disabled', 'suspend'],
  ['550', 'Address disabled', 'suspend'],
  ['550', 'Account not activated', 'suspend'],
  ['550', 'Host name is unknown', 'hostunknown'],
  ['550', 'Hostname is unknown', 'hostunknown'],
  ['550', 'Couldn\'t find any host named example.org', 'hostunknown'],
  ['550', 'Couldn\'t find any host by that name', 'hostunknown'],
  ['550', 'Old address no longer valid', 'hasmoved'],
  ['550', 'Connection refused due to abuse', 'blocked'],
  ['550', 'Dial-up or dynamic-ip denied', 'blocked'],
  ['550', 'Your IP was found in a DNS blacklist', 'blocked'],
  ['550', 'IPs blocked', 'blocked'],
  ['550', 'Not allowed access from your location', 'blocked'],
  ['550', 'Messages from 192.0.2.1 permanently deferred', 'blocked'],
  ['550', 'Wiadomosc zostala odrzucona przez system antyspamowy', 'spamdetected'],
  ['550', 'Your message was declared Spam', 'spamdetected'],
  ['421', 'Server too busy', 'systemerror'],
  ['421', 'Too busy to accept mail now', 'systemerror'],
  ['421', 'System load is too high', 'systemerror'],
  ['421', 'Too much load', 'systemerror'],
];

describe('a reason from wording seen in the wild, wherever the reply stands', () => {
  test.each(layouts.flatMap(([layout, write]) => wording.map(([code, words, reason]) => [layout, words, write(code, words), reason] as const)))(
    '%s: "%s"',
    (_layout, _words, input, reason) => {
      expect(decodeText(input).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
    },
  );
});

/**
 * Words the table lists that name no single cause: they give none of the reasons their code might
 * suggest (a notice that says nothing more may give no recipient at all).
 */
const vague: readonly (readonly [string, string, readonly string[]])[] = [
  ['550', 'Delivery failed', ['userunknown', 'hostunknown', 'filtered']],
  ['550', 'Mail can not be delivered', ['userunknown', 'hostunknown', 'filtered']],
  ['550', 'Not available', ['userunknown']],
  ['550', 'Recipient rejected', ['userunknown']],
  ['550', 'Access denied', ['blocked', 'userunknown']],
  ['451', 'Try again later', ['mailboxfull', 'systemerror']],
  ['550', 'Excessive userid unknowns', ['userunknown']],
  ['550', 'Quota violation', ['mailboxfull']],
];

describe('wording that names no single cause gives none of the specific reasons', () => {
  test.each(layouts.flatMap(([layout, write]) => vague.map(([code, words, not]) => [layout, words, write(code, words), not] as const)))(
    '%s: "%s"',
    (_layout, _words, input, not) => {
      const reasons = decodeText(input).recipients.map((recipient) => recipient.reason.id);
      expect(reasons.filter((reason) => not.includes(reason))).toEqual([]);
    },
  );
});

describe('a phrase that holds a cause\'s words is that cause only as a whole', () => {
  test.each([
    ['an address that is no user\'s', '550 Unknown address or alias', 'userunknown'],
    ['a suspended mailbox, not a blocked sender', '550 This mailbox has been blocked due to inactivity', 'suspend'],
    ['a blocked sender, not a suspended mailbox', '550 Your IP address has been blocked by the administrator', 'blocked'],
    ['a host that is unknown, not a user', '550 Host name is unknown', 'hostunknown'],
    ['an account that is unknown', '550 Unknown account', 'userunknown'],
  ] as const)('%s', (_name, input, reason) => {
    expect(decodeText(input).recipients[0]?.reason.id).toBe(reason);
  });
});

describe('a sequence of words is read within one clause, not across a notice\'s frame', () => {
  const postfix = (reply: string) => `This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: ${reply} (in reply to RCPT TO command)\n`;

  test.each([
    ['"host" of the frame and "not found" of the reply', postfix('550 The mailbox you specified was not found'), 'hostunknown'],
    ['"host" of the banner and "not found" of the reply', postfix('550 Sorry, the requested entry could not be found or was not found'), 'hostunknown'],
  ] as const)('%s name no unknown host', (_name, input, not) => {
    expect(decodeText(input).recipients.map((recipient) => recipient.reason.id)).not.toContain(not);
  });

  test.each([
    ['a host named between the words', postfix('550 DNS lookup failure: host example.org not found'), 'hostunknown'],
    ['a user named between the words', postfix('550 user bob@example.com does not exist'), 'userunknown'],
  ] as const)('%s', (_name, input, reason) => {
    expect(decodeText(input).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});

/**
 * RFC 5321 §4.2.2 gives 500–504 and 555 one meaning each, all about the command or its syntax: a
 * reply that says nothing more is a syntax error. Words or an enhanced code that name a cause win.
 */
describe('a reply whose defined meaning is one cause', () => {
  test.each([
    ['500 What?', 'syntaxerror'],
    ['501 Invalid argument', 'syntaxerror'],
    ['502 5.5.1 Unimplemented command', 'syntaxerror'],
    ['503 5.5.1 MAIL first', 'syntaxerror'],
    ['503 5.5.1 RCPT first', 'syntaxerror'],
    ['504 Unrecognized authentication type', 'syntaxerror'],
    ['555 Unsupported option: SMTPUTF8', 'syntaxerror'],
    // Words that name a cause, and a precise enhanced code, outrank the reply code.
    ['503 5.7.1 Message rejected as spam', 'spamdetected'],
    ['501 5.1.3 Bad recipient address', 'userunknown'],
    ['501 5.5.4 Invalid argument', 'systemerror'],
    ['500 Line too long', 'contenterror'],
    // A 550 has no one meaning.
    ['550 Requested action not taken', 'onhold'],
  ])('%s → %s', (reply, reason) => {
    expect(decodeText(postfixRefusal(reply)).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});

// An address's local part and domain are no words of the reply: "spam@", "dmarc@", "bademail1@"
// name a mailbox, not why the server refused it.
describe('the words inside an address say nothing of the reason', () => {
  const postfix = (address: string, reply: string) => `<${address}>: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)\n`;
  test.each([
    ['a mailbox named spam, unknown', postfix('spam@example.org', '550 5.1.1 User unknown'), 'userunknown'],
    ['a mailbox named dmarc, refused', postfix('dmarc@reports.example.org', '550 5.0.1 Recipient rejected'), undefined],
    ['a mailbox named blocked-user, disabled', postfix('blocked-user@example.org', '550 5.2.1 Mailbox disabled'), 'suspend'],
    ['a mailbox named full, unknown', postfix('full@example.org', '550 5.1.1 No such user'), 'userunknown'],
  ])('%s', (_name, text, reason) => {
    const found = decodeText(text).recipients[0]?.reason.id;
    if (reason === undefined) expect(['authfailure', 'spamdetected', 'blocked']).not.toContain(found);
    else expect(found).toBe(reason);
  });

  test('the reply\'s own words still say it, the address named in them or not', () => {
    expect(decodeText(postfix('bob@example.org', '550 5.7.1 <bob@example.org>: message rejected as spam')).recipients[0]?.reason.id).toBe('spamdetected');
  });
});
