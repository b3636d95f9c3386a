// A reply defined as the answer to AUTH (RFC 4954: 530 authentication required, 534 mechanism too
// weak, 535 credentials invalid, 538 encryption required) is about the client's login, so its
// reason is a security condition, whatever its words say of "authentication": SPF, DKIM and DMARC
// failures come with other codes. Generated from each code's own words around the framings a
// login failure is pasted in (the reply alone, a client library's error, a stack trace whose
// paths carry version numbers).

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {findStatusCodes} from '../../src/decoder/find-codes.ts';

/** Each AUTH reply, with its enhanced code where RFC 4954 gives one, in wordings servers print. */
const loginReplies: readonly string[] = [
  '530 5.7.0 Authentication required',
  '530 Authentication required',
  '534 5.7.9 Authentication mechanism is too weak',
  '535 5.7.8 Authentication credentials invalid',
  '535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6',
  '535 Error: authentication failed',
  '535 Incorrect authentication data',
  '538 5.7.11 Encryption required for requested authentication mechanism',
];

const framings: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['alone', (reply) => reply],
  ['a client library\'s error', (reply) => `Error: Invalid login: ${reply}`],
  ['a stack trace with versions in its paths', (reply) => `0|main  | Error: Invalid login: ${reply}\n0|main  |     at SMTPConnection._formatError (/srv/app/node_modules/_nodemailer@4.7.0@nodemailer/lib/smtp-connection/index.js:605:19)\n0|main  |     at SMTPConnection._actionAUTHComplete (/srv/app/node_modules/_nodemailer@4.7.0@nodemailer/lib/smtp-connection/index.js:1340:34)`],
  // symfony/mailer Transport/Smtp/SmtpTransport.php assertResponseCode(): 'Expected response code "%s" but got code "%s", with message "%s".'
  ['Symfony Mailer\'s exception', (reply) => `Expected response code "235" but got code "${reply.slice(0, 3)}", with message "${reply}".`],
  // CPython Lib/smtplib.py: SMTPAuthenticationError(code, resp), printed as the tuple (code, bytes) with the code apart
  ['Python smtplib\'s exception', (reply) => `smtplib.SMTPAuthenticationError: (${reply.slice(0, 3)}, b'${reply.slice(4)}')`],
];

const generated = loginReplies.flatMap((reply) => framings.map(([framing, frame]) => ({name: `${framing}: ${reply}`, text: frame(reply), reply})));

describe('generated: a reply to AUTH is a security condition, never SPF or DKIM, and no delivery\'s outcome', () => {
  test.each(generated)('$name', ({text, reply}) => {
    const result = decodeText(text);
    // The sending program could not log in: no message was handed over, so none bounced.
    expect(result.kind).toBe('none');
    const [recipient, ...others] = result.recipients;
    expect(others).toEqual([]);
    expect(recipient?.replyCode?.code).toBe(reply.slice(0, 3));
    expect(recipient?.status?.code).toBe(/^\d{3} (\d\.\d\.\d{1,2})/.exec(reply)?.[1]);
    expect(recipient?.reason.id).toBe('securityerror');
    expect(recipient?.permanent).toBe(true);
  });
});

describe('generated: a login done (235) is no delivery, and no failure', () => {
  const doneReplies = ['235 2.7.0 Authentication successful', '235 2.0.0 OK', '235 Authentication succeeded'];
  // Swift Mailer's AbstractSmtpTransport::assertResponseCode(): 'Expected response code %s but got code "%s", with message "%s"'.
  const doneFramings: ReadonlyArray<readonly [string, (reply: string) => string]> = [
    ...framings.filter(([framing]) => framing !== 'Python smtplib\'s exception'),
    ['Swift Mailer\'s exception after the login', (reply) => `Swift_TransportException: "Expected response code 250 but got code "${reply.slice(0, 3)}", with message "${reply} ""`],
  ];
  test.each(doneReplies.flatMap((reply) => doneFramings.map(([framing, frame]) => ({name: `${framing}: ${reply}`, text: frame(reply)}))))('$name', ({text}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('none');
    expect(result.recipients.map((recipient) => recipient.reason.id)).not.toContain('delivered');
  });
});

describe('words of authentication with another code keep their own reason', () => {
  test.each([
    ['530 5.7.0 Must issue a STARTTLS command first', 'failedstarttls'],
    ['550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'authfailure'],
    ['550 5.7.1 SPF authentication failed for example.com', 'authfailure'],
    ['550 5.7.1 Sender authentication failed', 'authfailure'],
  ] as const)('%s → %s', (reply, reason) => {
    expect(decodeText(reply).recipients[0]?.reason.id).toBe(reason);
  });
});

describe('an enhanced code stands apart from words, paths and addresses', () => {
  test.each([
    ['/node_modules/_nodemailer@4.7.0@nodemailer/lib/index.js', []],
    ['/usr/share/app/2.1.5/lib', []],
    ['release v4.4.7 of the client', []],
    ['lib5.1.1', []],
    ['550-5.1.1 The email account does not exist', ['5.1.1']],
    ['dsn=5.1.1, status=bounced', ['5.1.1']],
    ['#550 5.1.10 RESOLVER.ADR.RecipientNotFound', ['5.1.10']],
    ['(#5.7.1)', ['5.7.1']],
    ['Status: 4.4.7', ['4.4.7']],
    ['[5.2.2] mailbox full', ['5.2.2']],
    ['smtp;550 5.7.606 Access denied', ['5.7.606']],
  ] as const)('%s → %j', (text, codes) => {
    expect(findStatusCodes(text).map((found) => found.code)).toEqual(codes);
  });
});

/**
 * A login refused on a delivery's way (a smarthost that wants the sending server to log in) is that
 * delivery's failure when a notice or a log says so, or names the recipient: a bounce.
 */
describe('a login refused that a notice or a log reports as a delivery\'s failure is a bounce', () => {
  test.each([
    ['an Exchange NDR naming its recipient', 'Delivery has failed to these recipients or groups:\n\nbob@example.org\n\nRemote Server returned \'530 5.7.57 Client not authenticated to send mail\''],
    ['a Postfix notice', 'This is the mail system at host mail.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: host smtp.example.com[192.0.2.25] said: 535 5.7.8 Error: authentication failed (in reply to AUTH command)\n'],
    ['a qmail-send log line', '@400000006752a1b20c1d2e3f delivery 40: failure: 535_5.7.8_Error:_authentication_failed/'],
  ] as const)('%s', (_name, text) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients[0]?.reason.id).toBe('securityerror');
  });

  test.each(['550 5.7.1 Relay access denied', '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org'])('another refusal pasted alone stays a bounce: %s', (reply) => {
    expect(decodeText(reply).kind).toBe('bounce');
  });
});

/**
 * The same replies inside a notice's own frame: a mail server that returned the message after a
 * relay or a submission server refused it for want of a login says the delivery failed, whatever
 * its reply (Exchange Online's NDR fields; a notice's sender and subject).
 */
describe('generated: a reply to AUTH inside a notice is that message\'s failure', () => {
  const frames: ReadonlyArray<readonly [string, (reply: string) => string]> = [
    ['Exchange Online\'s NDR fields', (reply) => `Reported error: ${reply}\nDSN generated by: CWLP235MB9823.GBRP261.PROD.OUTLOOK.COM\nRemote server: AM6PR0732BE0065.outlook.office365.com\n`],
    ['a notice\'s sender and subject', (reply) => `From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nTo: alice@example.org\nSubject: Undelivered Mail Returned to Sender\n\n<bob@example.net>: SASL authentication failed; server relay.example.net[192.0.2.4] said: ${reply}\n`],
  ];
  test.each(loginReplies.flatMap((reply) => frames.map(([frame, write]) => [`${frame}: ${reply}`, write(reply)] as const)))('%s', async (_name, text) => {
    const result = await decode(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['securityerror']);
  });
});
