import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

// Fixtures written for these tests (never copied from the corpus): one per MTA shape and provider.
// Each row: [name, input, expected {recipient, replyCode, status, reason, hardBounce}].
type Expected = {recipient?: string; replyCode?: string; status?: string; reason: string; hardBounce: boolean};

const postfixNotice = `This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<alice@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
    <alice@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
`;

const eximNotice = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bob@example.org
    host mx.example.org [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<bob@example.org>:
    552 5.2.2 Mailbox full: bob@example.org is over quota
`;

const qmailNotice = `Hi. This is the qmail-send program at mail.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<carol@example.com>:
192.0.2.20 does not like recipient.
Remote host said: 554 5.7.1 <carol@example.com>: Relay access denied
Giving up on 192.0.2.20.
`;

const sendmailTranscript = `   ----- Transcript of session follows -----
... while talking to mx.example.com.:
>>> RCPT To:<dave@example.com>
<<< 550 5.1.1 <dave@example.com>... User unknown
550 5.1.1 dave@example.com... User unknown
`;

const gmailNotice = `** Address not found **

Your message wasn't delivered to erin@example.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp
`;

const googleDmarc = `550-5.7.26 Unauthenticated email from example.net is not accepted due to domain's
550-5.7.26 DMARC policy. Please contact the administrator of example.net domain if
550 5.7.26 this was a legitimate mail. - gsmtp`;

const postfixLog = 'Mar  1 10:00:00 mail postfix/smtp[1234]: 4AB12: to=<frank@example.com>, relay=mx.example.com[192.0.2.30]:25, delay=1.2, dsn=5.2.2, status=bounced (host mx.example.com[192.0.2.30] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))';

const dsnFields = `Final-Recipient: rfc822; grace@example.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.7.1 Service unavailable; client [192.0.2.40] blocked using zen.spamhaus.org`;

const yahooDeferral = '421 4.7.0 [TSS04] Messages from 192.0.2.50 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes';

const table: readonly [string, string, Expected][] = [
  ['postfix notice', postfixNotice, {recipient: 'alice@example.com', replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['exim notice', eximNotice, {recipient: 'bob@example.org', replyCode: '552', status: '5.2.2', reason: 'mailboxfull', hardBounce: false}],
  ['qmail notice', qmailNotice, {recipient: 'carol@example.com', replyCode: '554', status: '5.7.1', reason: 'norelaying', hardBounce: false}],
  ['sendmail transcript', sendmailTranscript, {recipient: 'dave@example.com', replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['gmail notice', gmailNotice, {recipient: 'erin@example.com', replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['google multi-line DMARC reply', googleDmarc, {replyCode: '550', status: '5.7.26', reason: 'authfailure', hardBounce: false}],
  ['postfix log line', postfixLog, {recipient: 'frank@example.com', replyCode: '552', status: '5.2.2', reason: 'mailboxfull', hardBounce: false}],
  ['RFC 3464 fields as text', dsnFields, {recipient: 'grace@example.com', replyCode: '550', status: '5.7.1', reason: 'blocked', hardBounce: false}],
  ['one line, user unknown', '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown', {replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['doubled reply code', '550 550 5.1.1 No such user here', {replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['status in qmail hash form', 'Sorry, no mailbox here by that name. (#5.1.1)', {status: '5.1.1', reason: 'userunknown', hardBounce: true}],
  ['yahoo deferral', yahooDeferral, {replyCode: '421', status: '4.7.0', reason: 'badreputation', hardBounce: false}],
];

describe('decode()', () => {
  test.each(table)('%s', async (_name, input, want) => {
    const result = await decode(input);
    expect(result.kind).not.toBe('none');
    const [first] = result.recipients;
    expect(first).toBeDefined();
    if (want.recipient) expect(first!.recipient).toBe(want.recipient);
    expect(first!.replyCode?.code).toBe(want.replyCode);
    expect(first!.status?.code).toBe(want.status);
    expect(first!.reason.id).toBe(want.reason);
    expect(first!.hardBounce).toBe(want.hardBounce);
  });

  test.each(table)('%s: CRLF and CR line ends give the same diagnosis', async (_name, input) => {
    const strip = (value: unknown) => JSON.stringify(value, (key, item: unknown) => (key === 'diagnostic' || key === 'text' ? undefined : item));
    const lf = strip(await decode(input));
    expect(strip(await decode(input.replace(/\n/g, '\r\n')))).toBe(lf);
    expect(strip(await decode(input.replace(/\n/g, '\r')))).toBe(lf);
  });
});

/** Report fields for one recipient, with the report's Status field and the remote server's reply. */
const reportFields = (status: string, reply: string) => `Final-Recipient: rfc822; grace@example.com
Action: failed
Status: ${status}
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; ${reply}`;

describe('decodeText() reads report fields whatever their values hold', () => {
  test.each([
    ['a plain value', 'Status: 5.1.1', '5.1.1'],
    ['blanks around the colon', 'Status  :   5.1.1', '5.1.1'],
    ['a line separator (U+2028) after the value', 'Status: 5.1.1\u2028', '5.1.1'],
  ])('%s', (_name, statusLine, status) => {
    const report = `Final-Recipient: rfc822; grace@example.com\nAction: failed\n${statusLine}\nDiagnostic-Code: smtp; 550 User unknown`;
    expect(decodeText(report).recipients[0]?.status?.code).toBe(status);
  });

  test('a line without a field name is no field', () => {
    const [first] = decodeText('Final-Recipient: rfc822; grace@example.com\n: 5.1.1\nDiagnostic-Code: smtp; 550 User unknown').recipients;
    expect(first?.status?.code).toBeUndefined();
  });
});

describe('decodeText() reads a Diagnostic-Code wrapped by a mail client onto a line of its own', () => {
  const field = 'Diagnostic-Code: smtp; 550 5.7.0 Message rejected by the recipient\'s policy - see';
  test.each([
    ['a URL (its "https:" is no field)', `${field}\nhttps://www.example.org/help/policy`, 'https://www.example.org/help/policy'],
    ['words', `${field}\nthe sender policy pages`, 'the sender policy pages'],
    ['a long URL moved down whole after a short line', 'Diagnostic-Code: smtp; 550 5.7.0 blocked - see\nhttps://support.proofpoint.com/dnsbl-lookup.cgi', 'https://support.proofpoint.com/dnsbl-lookup.cgi'],
    // The wrap cut the line short: the URL did not fit after it.
    ['a long URL after a short line', 'Diagnostic-Code: smtp; 550 5.7.0 blocked - see\nhttps://support.example.org/help/dnsbl-lookup.cgi?reference=8F3A2C1D', 'https://support.example.org/help/dnsbl-lookup.cgi'],
  ])('takes the rest of the value: %s', (_name, value, rest) => {
    const [first] = decodeText(`Final-Recipient: rfc822; grace@example.com\nAction: failed\n${value}\nStatus: 5.7.0`).recipients;
    expect(first?.diagnostic).toContain(rest);
    expect(first?.status?.code).toBe('5.7.0');
  });

  test.each([
    ['a field of the report', 'Diagnostic-Code: smtp; 550 5.7.0 Message rejected by the recipient\'s policy - see\nRemote-MTA: dns; mx.example.org', 'Remote-MTA'],
    ['an extension field', 'Diagnostic-Code: smtp; 550 5.7.0 Message rejected by the recipient\'s policy - see\nX-Postfix-Queue-ID: 4F2A81C0123', 'X-Postfix'],
    ['a line after a short value, which was not wrapped', 'Diagnostic-Code: smtp; 550 5.1.1 unknown\nPlease check the address.', 'Please check'],
    ['a short word after a short value, which would have fitted', 'Diagnostic-Code: smtp; 550 5.7.0 blocked - see\nhttps://x.org', 'https://x.org'],
    ['a URL that would have fitted after the short value', 'Diagnostic-Code: smtp; 550 5.7.0 blocked - see\nhttps://example.org/help', 'https://example.org/help'],
    ['a line of another reply', 'Diagnostic-Code: smtp; 550 Please turn on SMTP Authentication in your mail client.\n550 relay not permitted', '550 relay'],
  ])('leaves out %s', (_name, value, other) => {
    const [first] = decodeText(`Final-Recipient: rfc822; grace@example.com\nAction: failed\n${value}\nStatus: 5.7.0`).recipients;
    expect(first?.diagnostic).not.toContain(other);
  });
});

// A multi-line reply written into the field unfolded goes on in the lines with its code (RFC 5321
// §4.2.1: "550-" on each line but the last, "550 " on the last): test/decoder/unfolded-reply-field.test.ts.
test('decodeText() keeps the lines of a multi-line reply written unfolded in the field', () => {
  const [first] = decodeText('Final-Recipient: rfc822; grace@example.com\nAction: failed\nDiagnostic-Code: smtp; 550-Please turn on SMTP Authentication in your mail client.\n550 relay not permitted\nStatus: 5.7.0').recipients;
  expect(first?.diagnostic).toContain('550 relay not permitted');
});

describe('decodeText() weighs the report\'s Status field against the reply\'s own code', () => {
  test.each([
    ['the field contradicts both codes of the reply: the reply wins', '4.5.0', '550 5.5.0 Service refused', '5.5.0', true],
    ['the field is generic (x.0.0): the reply\'s precise code wins', '5.0.0', '550 5.1.1 User unknown', '5.1.1', true],
    ['the reply is more precise in the same class: it wins', '5.1.0', '550 5.1.1 User unknown', '5.1.1', true],
    ['the field agrees with the reply code: the field stands', '5.1.1', '550 4.2.2 Mailbox full', '5.1.1', true],
    ['the reply has no enhanced code: the field stands', '4.4.7', '421 Connection timed out', '4.4.7', false],
  ] as const)('%s', (_name, field, reply, status, permanent) => {
    const [first] = decodeText(reportFields(field, reply)).recipients;
    expect(first?.status?.code).toBe(status);
    expect(first?.permanent).toBe(permanent);
  });
});

describe('decodeText() decides a hard bounce by the reason and the class', () => {
  test.each([
    ['a missing mailbox', '550 5.1.1 User unknown', 'userunknown', true],
    ['a null MX, for good', '556 5.1.10 Recipient address has null MX', 'notaccept', true],
    ['a domain that takes no mail for now', '450 4.1.10 Recipient address has null MX', 'notaccept', false],
    ['a mailbox that moved', '551 5.1.6 User has moved', 'hasmoved', true],
    ['a disabled mailbox: the address exists', '550 5.1.1 Mailbox is disabled', 'suspend', false],
    ['a full mailbox', '452 4.2.2 Mailbox full', 'mailboxfull', false],
  ] as const)('%s', (_name, input, reason, hardBounce) => {
    const [first] = decodeText(input).recipients;
    expect(first?.reason.id).toBe(reason);
    expect(first?.hardBounce).toBe(hardBounce);
  });
});

describe('decodeText() says what to do, and when the codes and the words disagree', () => {
  const report = (action: string, status: string, diagnostic: string) =>
    `Final-Recipient: rfc822; x@example.org\nAction: ${action}\nStatus: ${status}\nDiagnostic-Code: ${diagnostic}`;

  test.each([
    ['a temporary failure comes with the retry schedule', '452 4.2.2 Mailbox full', 'wait', true],
    ['a permanent one does not: nothing is retried', '550 5.1.1 User unknown', 'suppress', false],
    ['a domain refusing mail for now is not removed from lists', '450 4.1.10 Recipient address has null MX', 'wait', true],
    ['a domain refusing mail for good is', '556 5.1.10 Recipient address has null MX', 'suppress', false],
    ['a delay warning is waited on, not taken for an expiry', report('delayed', '4.0.0', 'smtp; 421 try again later'), 'wait', true],
  ] as const)('%s', (_name, input, actionId, hasRetry) => {
    const [first] = decodeText(input).recipients;
    expect(first?.action.id).toBe(actionId);
    expect(first?.action.retry !== undefined).toBe(hasRetry);
  });

  test('a delay warning never says the server has given up', () => {
    const [first] = decodeText(report('delayed', '4.0.0', 'smtp; 421 try again later')).recipients;
    expect(first?.reason.id).toBe('expired');
    expect(first?.permanent).toBe(false);
    expect(first?.action.retry?.giveUpAfter).toMatch(/queue lifetime/);
    expect(first?.action.summary).toMatch(/still retrying/);
    expect(first?.reason.title).toBe('Delivery delayed: retries have been failing for a long time');
  });

  test('an expiry that is final keeps the plain title', () => {
    const [first] = decodeText(report('failed', '5.4.7', 'smtp; 550 5.4.7 Message expired')).recipients;
    expect(first?.reason).toEqual({id: 'expired', title: 'Delivery timed out after retries'});
  });

  test.each([
    ['codes and words agree: no conflict', '550 5.1.1 User unknown', 0],
    ['the words name another cause than the enhanced code', '550 5.1.1 Mailbox is disabled', 1],
    ['and the reply code\'s class differs as well', '450 5.2.1 Mailbox is disabled', 2],
  ] as const)('conflicts: %s', (_name, input, count) => {
    expect(decodeText(input).recipients[0]?.conflicts).toHaveLength(count);
  });

  test.each([
    ['a local delivery program\'s exit code (x-unix) is a mailer error', 'x-unix; 77', 'mailererror'],
    ['the same number as an SMTP diagnostic names no cause', 'smtp; 77', 'onhold'],
  ] as const)('%s', (_name, diagnostic, reason) => {
    expect(decodeText(report('failed', '5.0.0', diagnostic)).recipients[0]?.reason.id).toBe(reason);
  });
});

describe('decode() tells an automatic reply from a bounce', () => {
  test.each([
    ['an out-of-office reply', 'From: Jane <jane@example.com>\nTo: me@example.net\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n', 'vacation'],
    ['a bounce, although automatic too', 'From: MAILER-DAEMON@example.net\nTo: me@example.net\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n\n<x@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n', 'userunknown'],
  ] as const)('%s', async (_name, input, reason) => {
    expect((await decode(input)).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });

  test('an ordinary message is neither', async () => {
    const result = await decode('From: Jane <jane@example.com>\nTo: me@example.net\nSubject: Lunch\n\nNoon at the usual place?\n');
    expect(result.kind).toBe('none');
  });
});

describe('decode() tells an automatic reply by its subject alone', () => {
  const message = (subject: string, body = 'Thanks for your message. I will read it when I am back.') => `From: Jane <jane@example.com>\nTo: me@example.net\nSubject: ${subject}\n\n${body}\n`;

  test.each([
    ['Automated reply: Re: meeting'],
    ['Automatic response: project'],
    ['Auto-Response: hello'],
    ['自动回复: hello'],
    ['I am away until 5 January'],
    ['I\'m currently on leave'],
    ['I will be out of the office'],
    ['Away from the office until Monday'],
    ['Thank you for your email.'],
    ['Thank you for your e-mail'],
    ['This is an automated response'],
  ])('"%s" is an automatic reply', async (subject) => {
    const result = await decode(message(subject));
    expect(result.kind).toBe('autoreply');
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['vacation']);
  });

  test.each([
    ['the opening words inside a person\'s subject', 'Re: plans for when I am away'],
    ['"I am" with no absence after it', 'I am happy to help'],
    ['the absence too far from "I am"', 'I am writing about the budget figures that were away'],
    ['"I am" as the start of a longer word', 'I amended the contract'],
    ['away from home, not the office', 'Away from home'],
    ['thanks for an order', 'Thank you for your order'],
  ])('%s is no automatic reply', async (_name, subject) => {
    expect((await decode(message(subject, 'See you at noon.'))).kind).toBe('none');
  });

  test.each([
    ['Auto-Submitted: auto-notified', 'autoreply'],
    ['Auto-Submitted: vacation', 'autoreply'],
    ['Auto-Submitted: away', 'autoreply'],
    ['X-Precedence: auto_reply', 'autoreply'],
    ['Auto-Submitted: auto-generated', 'none'],
    ['Auto-Submitted: no', 'none'],
    ['X-Precedence: bulk', 'none'],
  ])('a reply marked "%s" is %s', async (field, kind) => {
    const input = `From: Jane <jane@example.com>\nTo: me@example.net\nSubject: Re: hello\n${field}\n\nThanks, I will be back soon.\n`;
    expect((await decode(input)).kind).toBe(kind);
  });

  test('a failure notice with such a subject and a reply code stays a bounce', async () => {
    const result = await decode(message('Automatic response: delivery failed', '<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'));
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])).toEqual([['bob@example.com', 'userunknown']]);
  });
});

describe('decode() reads a notice in prose by its subject, as bounce handlers list them', () => {
  const prose = (subject: string) => `From: Mail Administrator <admin@mail.example.net>\nTo: me@example.net\nSubject: ${subject}\n\nSorry, we could not pass on your message to bob, the mailbox is full.\n`;

  test.each([
    ['Delivery errors'],
    ['Delivery reports about your e-mail'],
    ['Failure delivery'],
    ['Mail System Error - Returned Mail'],
    ['Returned email'],
    ['Returned e-mail: see transcript'],
  ])('"%s"', async (subject) => {
    const result = await decode(prose(subject));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['mailboxfull']);
  });

  test.each([
    ['an ordinary subject', 'Lunch on Friday'],
    ['a problem that is no delivery\'s', 'Payment problem'],
    ['returned goods', 'Returned items'],
    ['a shop\'s delivery problem', 'Delivery problem with your order'],
    ['a parcel sent back', 'Your parcel was returned to sender'],
  ])('%s reads no notice', async (_name, subject) => {
    expect((await decode(prose(subject))).kind).toBe('none');
  });
});

describe('decodeText() on text that is no bounce', () => {
  test.each([
    ['an order number', 'Your order 550 has shipped and will arrive on 5 May.'],
    ['a price list', 'Item 421: 550 EUR\nItem 554: 250 EUR'],
    ['a version number', 'Upgrade to version 5.1.1 for the new features.'],
    ['empty text', ''],
    ['prose about mail', 'Please email me at someone@example.com when you can.'],
    ['a code someone said', 'He said: 550 euros, and not a cent less.'],
    ['an address before a success code', 'bob@example.com: 250 ok'],
    ['a phone number after a label', 'Call me: 555 1234'],
  ])('%s → kind none', (_name, input) => {
    expect(decodeText(input).kind).toBe('none');
  });
});

describe('decode() of a raw message with no notice\'s sender, subject or report weighs its body as free text', () => {
  const message = (subject: string, body: string, from = 'Karen <karen@example.com>') =>
    `From: ${from}\nTo: bob@example.org\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain\n\n${body}\n`;
  const html = (size: string) => `<table width="600"><tr><td><a href="mailto:<bob@example.org>"><img src="x.png" width="600" height="${size}"></a></td></tr></table>`;

  test.each([
    ['an image\'s height in HTML', 'Get a gift card on us', html('400')],
    ['an image\'s height of a failure code', 'Summer sale', html('550')],
    ['an order number beside an address', 'Your order', 'Order 550 for bob@example.org has shipped.'],
    ['a price list beside an address', 'Prices', 'bob@example.org asked for these:\nItem 421: 550 EUR\nItem 554: 250 EUR'],
  ])('%s → no failed recipient', async (_name, subject, body) => {
    const result = await decode(message(subject, body));
    expect([result.kind, result.recipients.length]).toEqual(['none', 0]);
  });

  test.each([
    // A reply the body quotes with a server's own frame, an enhanced code or a reason's phrase is a notice.
    ['a reply framed as Postfix frames it', 'hello', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown (in reply to RCPT TO command)', 'userunknown'],
    ['an enhanced code and a phrase', 'hello', 'bob@example.org: 550 5.2.2 mailbox full', 'mailboxfull'],
    ['a spam\'s subject above a real failure', 'Get a gift card on us', 'bob@example.org: 552 5.2.2 mailbox full', 'mailboxfull'],
  ])('%s → its failure', async (_name, subject, body, reason) => {
    const result = await decode(message(subject, body));
    expect([result.kind, result.recipients.map((recipient) => recipient.reason.id)]).toEqual(['bounce', [reason]]);
  });

  test('a notice\'s sender makes a reply code alone enough', async () => {
    const result = await decode(message('Returned mail', 'bob@example.org: 550 no such user here', 'MAILER-DAEMON@example.com'));
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([['bob@example.org', '550']]);
  });
});

describe('decodeText() on a notice\'s failed line, selected alone', () => {
  test.each([
    ['a reply framed by its SMTP stage', '<bob@example.com>: host mx.example.com[192.0.2.1] said: 554 error: open resolver (in reply to RCPT TO command)', '554'],
    ['a reply introduced as the remote server\'s', 'bob@example.com\n  SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n  550 Requested action not taken', '550'],
    ['a reply after the address and a colon', 'bob@example.com: 421 sender address blocked', '421'],
  ])('%s', (_name, input, code) => {
    const result = decodeText(input);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([['bob@example.com', code]]);
  });

  test.each([
    ['a reply of one line', '550 delivery not authorized, message refused', '550'],
    ['a multi-line reply', '550-Requested action not taken for this recipient\n550 Please quote reference 8F3A2C1D when asking', '550'],
    ['a reply as a transcript quotes it', '   <<< 554 account is paused', '554'],
    ['a reply, then the returned original', '553 relaying disallowed\n\n--- The header of the original message is following. ---\n\nReturn-Path: <sender@example.org>\nSubject: Hello\n', '553'],
  ])('%s, with no word the rules know', (_name, input, code) => {
    const result = decodeText(input);
    expect([result.kind, result.recipients.map((recipient) => recipient.replyCode?.code)]).toEqual(['bounce', [code]]);
  });

  test.each([
    ['lines of different codes', '550 delivery not authorized\n421 try later'],
    ['a reply line among prose', 'We tried twice.\n550 the moon is not aligned, message refused\nPlease call us.'],
    ['a success reply', '250 2.0.0 Ok: queued as 4F3A2'],
  ])('%s is no refusal alone', (_name, input) => {
    expect(decodeText(input).kind).not.toBe('bounce');
  });
});

describe('decodeText() keeps the diagnostic untouched', () => {
  test.each([
    ['single line', '550 5.7.1 Message rejected as spam by Content Filtering.'],
    ['multi-line reply', googleDmarc],
  ])('%s', (_name, input) => {
    expect(decodeText(input).recipients[0]!.diagnostic).toBe(input);
  });
});

// A multipart/report as Postfix writes it. `encoding` sets the transfer encoding of the notice:
// 7bit is read as plain text, quoted-printable goes through the MIME parser. Both must agree.
function postfixReport(encoding: '7bit' | 'quoted-printable'): string {
  return `From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
To: sender@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND"

--B0UND
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: ${encoding}

${postfixNotice}
--B0UND
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; alice@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <alice@example.com>: Recipient address rejected:
    User unknown in virtual mailbox table

--B0UND
Content-Type: message/rfc822

From: sender@example.net
To: alice@example.com
Subject: Hello

Hello.
--B0UND--
`;
}

describe('decode() of raw messages', () => {
  test('a message with nothing encoded reads the same without the MIME parser as with it', async () => {
    const plain = await decode(postfixReport('7bit'));
    const parsed = await decode(postfixReport('quoted-printable'));
    expect(plain.kind).toBe('bounce');
    expect(plain.recipients.map((r) => [r.recipient, r.replyCode?.code, r.status?.code, r.reason.id, r.remoteHost, r.command]))
      .toEqual(parsed.recipients.map((r) => [r.recipient, r.replyCode?.code, r.status?.code, r.reason.id, r.remoteHost, r.command]));
    expect(plain.recipients[0]!.command).toBe('RCPT TO');
  });

  test('the returned original message, attached as message/rfc822, is not read as part of the notice', async () => {
    const notice = `From: MAILER-DAEMON@example.net
To: sender@example.net
Subject: Mail delivery failed
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/plain; charset="ISO-2022-JP"
Content-Transfer-Encoding: quoted-printable

     Could not be delivered to: <x@example.com>
     As their mailbox is full.
--B
Content-Type: message/rfc822

From: sender@example.net
To: x@example.com
Subject: =?UTF-8?B?SGVsbG8=?=
Date: Thu, 29 Apr 2013 23:45:23 +0900

Hello.
--B--
`;
    const [first] = (await decode(notice)).recipients;
    expect(first?.reason.id).toBe('mailboxfull');
    expect(first?.diagnostic).not.toContain('sender@example.net');
  });

  /** A notice in prose from a mailer daemon, with no reply code and no recipient in a known form. */
  const proseNotice = (body: string) => `From: Mail Delivery Subsystem <mailer-daemon@example.net>
To: sender@example.net
Subject: Delivery Status Notification (Failure)

${body}
`;

  test.each([
    ['the server\'s words after "The response was:"',
      '** Message not delivered **\n\nYour settings are out of date. Check them and try again.\n\nThe response was:\n\nSmtp server does not advertise AUTH capability',
      'Smtp server does not advertise AUTH capability'],
    ['the lines after "The following address(es) failed:"',
      'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  save to /home/x/mail\n    mailbox is full: retry timeout exceeded',
      'save to /home/x/mail\n    mailbox is full: retry timeout exceeded'],
    ['the first real paragraph when nothing introduces the server\'s words',
      'Hi.\n\nYour message could not be delivered: the mailbox is full.\n\nRegards: the postmaster',
      'Your message could not be delivered: the mailbox is full.'],
  ])('a notice in prose gives as its diagnostic %s', async (_name, body, diagnostic) => {
    const [first] = (await decode(proseNotice(body))).recipients;
    expect(first?.diagnostic).toBe(diagnostic);
  });

  test('bytes and a string of the same message decode alike', async () => {
    const text = postfixReport('7bit');
    const fromBytes = await decode(new TextEncoder().encode(text));
    expect(fromBytes.recipients.map((r) => r.reason.id)).toEqual((await decode(text)).recipients.map((r) => r.reason.id));
  });
});

// At the greeting, the words of RFC 5321's own text for a reply's code (§4.2.3: "421 <domain>
// Service not available, closing transmission channel", "554 Transaction failed") name no cause:
// the server refused the client it had not heard from. Its own words for a cause still name it.
describe('a refusal at the greeting in RFC 5321\'s own words is a refusal of the sending host', () => {
  const greeting = (reply: string) => `<bob@example.org>: host mx.example.org[192.0.2.1] refused to talk to me:\n    ${reply}`;
  test.each([
    ['421 Service not available, closing transmission channel', 'blocked'],
    ['421 mx.example.org Service not available, closing transmission channel', 'blocked'],
    ['554 Transaction failed', 'blocked'],
    // Negative: the server's own words name the cause.
    ['421 Too many concurrent SMTP connections; please try again later', 'toomanyconn'],
    ['554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', 'blocked'],
    ['452 4.3.1 Insufficient system storage', 'systemfull'],
  ] as const)('%s', (reply, reason) => {
    expect(decodeText(greeting(reply)).recipients[0]?.reason.id).toBe(reason);
  });

  test('the same words after MAIL FROM keep their reason', () => {
    expect(decodeText('<bob@example.org>: host mx.example.org[192.0.2.1] said: 554 Transaction failed (in reply to MAIL FROM command)').recipients[0]?.reason.id).toBe('systemerror');
  });
});

describe('decodeText() reads the context of a reply', () => {
  test.each([
    ['a reply to MAIL FROM is about the sender', '>>> MAIL From:<me@example.net>\n<<< 550 5.7.1 Access denied', 'rejected'],
    ['a refusal at the greeting is about the sending host', 'SMTP error from remote mail server after initial connection:\n554 5.7.1 Access denied', 'blocked'],
    // No recipient is named before RCPT TO (RFC 5321 §3.3): an unknown domain or user in a reply to
    // HELO is the client's name, in one to MAIL FROM the sender's.
    ['qmail: a domain refused in reply to HELO is the client\'s name', '<bob@example.org>:\nConnected to 192.0.2.1 but my name was rejected.\nRemote host said: 501 5.0.0 Invalid domain name\n', 'blocked'],
    ['a user unknown in reply to MAIL FROM is the sender', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <me@example.net>... User unknown (in reply to MAIL FROM command)', 'rejected'],
    ['the same user unknown in reply to RCPT TO is the recipient', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>... User unknown (in reply to RCPT TO command)', 'userunknown'],
    ['a named cause at the greeting stands', 'SMTP error from remote mail server after initial connection:\n421 4.7.0 Too many concurrent connections from your IP', 'toomanyconn'],
    ['"no such user" after the data is a filter', 'host mx.example.com[192.0.2.1] said: 550 No such user (in reply to end of DATA command)', 'filtered'],
    ['"no such user" at RCPT TO is a missing mailbox', 'host mx.example.com[192.0.2.1] said: 550 No such user (in reply to RCPT TO command)', 'userunknown'],
    ['a failed name lookup is a network problem, not a missing domain', '451 4.4.3 Name service error for name=example.org type=MX: Host not found, try again', 'networkerror'],
    ['a phrase that holds its reason\'s exception still names it (Gmail\'s "DNS Error: Domain name not found")', 'Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\nTechnical details of permanent failure:\nDNS Error: Domain name not found\n', 'hostunknown'],
    ['the exception outside that phrase still rules it out', 'Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\nTechnical details of permanent failure:\nDNS Error: Domain name not found, temporary failure\n', 'networkerror'],
    ['a name server that answered badly is a network problem', '<x@example.org>: Name service error for name=example.org type=MX: Malformed or unexpected name server reply', 'networkerror'],
    ['a lookup that found no such name is a missing domain', '<x@example.org>: Host or domain name not found. Name service error for name=example.org type=A: Host not found', 'hostunknown'],
    ['a missing domain', '550 5.1.2 Domain does not exist', 'hostunknown'],
    // A subject's catch-all code (X.Y.0) names the subject only: the words decide.
    ['a spam verdict under 5.6.0', 'host mx.example.com[192.0.2.1] said: 554 5.6.0 This message has been scored as spam with a probability of more than 90% (in reply to end of DATA command)', 'spamdetected'],
    ['5.6.0 with no cause in its words keeps its subject', 'host mx.example.com[192.0.2.1] said: 554 5.6.0 Error (in reply to end of DATA command)', 'contenterror'],
    // X.3.2 says a host is not accepting messages, a condition of several causes (RFC 3463: load,
    // shutdown, maintenance); a rate limit's words say which, and decide. Without them the code
    // keeps its reason.
    ['a connection rate limit under X.3.2 (too many connections, as Postfix answers it)', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 452 4.3.2 Connection rate limit exceeded. (in reply to RCPT TO command)', 'toomanyconn'],
    ['a message rate limit under X.3.2', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 452 4.3.2 Message rate limit exceeded. (in reply to RCPT TO command)', 'speeding'],
    ['too many connections under X.3.2', '554 5.3.2 Service currently unavailable, too many concurrent connections from your IP', 'toomanyconn'],
    ['X.3.2 in its own words keeps its reason', '421 4.3.2 System not accepting network messages', 'notaccept'],
    ['X.3.2 for a shutdown keeps its reason', '421 4.3.2 Service shutting down', 'notaccept'],
    ['a null MX is no rate limit', '556 5.1.10 Recipient address has null MX', 'notaccept'],
    ['a precise code still outranks later words', 'host mx.example.com[192.0.2.1] said: 550 5.7.26 Unauthenticated email is not accepted due to the domain\'s DMARC policy; it looks like spam (in reply to end of DATA command)', 'authfailure'],
    // InterScan's notice for a recipient it could not deliver to asks to check the address.
    ['InterScan\'s notice of an undeliverable recipient', '*************************************************************\nMessage from InterScan Messaging Security Suite\n\nUnable to deliver message to <bob@example.org> (and other recipients in the same domain). Please check if address is correct.\n*************************************************************\n', 'userunknown'],
    ['advice that follows the cause does not decide it', '550 Your email to group x@example.com was rejected due to spam classification. To address this issue: * Set up SPF records for your sending domain.', 'spamdetected'],
    ['a cause stated before the advice still decides', '550 Message rejected: SPF check failed. To fix this issue, publish an SPF record that lists this server.', 'authfailure'],
  ] as const)('%s', (_name, input, reason) => {
    expect(decodeText(input).recipients[0]?.reason.id).toBe(reason);
  });

  test('a reply may stand before the list of addresses it concerns', () => {
    const notice = 'Could not be delivered because of\n\n550 5.1.1 User unknown\n\nThe following recipients were affected:\n    kim@example.org\n';
    const [first] = decodeText(notice).recipients;
    expect(first?.recipient).toBe('kim@example.org');
    expect(first?.status?.code).toBe('5.1.1');
  });
});

describe('decodeText() names the right recipients and causes', () => {
  test('the sender named under "A message sent by" is not a recipient', () => {
    const notice = 'A message sent by\n\n  <me@example.net>\n\ncould not be delivered to one or more of its recipients. The following\naddress(es) failed:\n\n  lee@example.org\n    retry timeout exceeded\n';
    const recipients = decodeText(notice).recipients;
    expect(recipients.map((recipient) => recipient.recipient)).toEqual(['lee@example.org']);
    expect(recipients[0]!.reason.id).toBe('expired');
  });

  test.each([
    ['a blocklist quoted with another code', '553 5.1.3 http://www.spamhaus.org/query/bl?ip=192.0.2.222', 'blocked', 'spamhaus'],
    ['a La Poste invalid recipient said after the data', 'host smtpz4.laposte.net[192.0.2.9] said: 550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416 (in reply to end of DATA command)', 'userunknown', 'orange'],
  ] as const)('%s', (_name, input, reason, provider) => {
    const [first] = decodeText(input).recipients;
    expect(first?.reason.id).toBe(reason);
    expect(first?.provider?.id).toBe(provider);
  });
});

describe('decode() of complaint feeds', () => {
  test('Outlook.com\'s complaint feed is feedback about the original recipient', async () => {
    const message = 'From: staff@hotmail.com\nTo: abuse@example.net\nSubject: complaint about message from 192.0.2.7\nContent-Type: text/plain\n\nX-HmXmrOriginalRecipient: ann@example.com\nFrom: news@example.net\nSubject: News\n\nNews.\n';
    const result = await decode(message);
    expect(result.kind).toBe('feedback');
    expect(result.feedbackType).toBe('abuse');
    expect(result.recipients[0]?.recipient).toBe('ann@example.com');
  });

  test.each([
    ['Outlook.com\'s feed, the recipient field in the report\'s own header', 'From: staff@hotmail.com\nTo: abuse@example.net\nSubject: Re: News\nX-HmXmrOriginalRecipient: <ann@example.com>\nContent-Type: text/plain\n\nFrom: news@example.net\nSubject: News\n\nNews.\n', 'ann@example.com'],
    ['Outlook.com\'s feed, the field in the complained-of copy only', 'From: staff@hotmail.com\nTo: abuse@example.net\nSubject: Re: News\nX-HmXmrOriginalRecipient: unknown\nContent-Type: text/plain\n\nX-HmXmrOriginalRecipient: ann@example.com\nFrom: news@example.net\nSubject: News\n\nNews.\n', 'ann@example.com'],
    ['Outlook.com\'s feed, the copy an inline message/rfc822 part whose To is another address', 'From: staff@hotmail.com\nTo: abuse@example.net\nSubject: complaint about message from 192.0.2.7\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: message/rfc822\nContent-Disposition: inline\n\nX-HmXmrOriginalRecipient: ann@example.com\nFrom: news@example.net\nTo: "list" <list@example.net>\nSubject: News\n\nNews.\n--b--\n', 'ann@example.com'],
    ['AOL\'s feed before ARF, "X-Loop: scomp", the copy\'s To', 'From: scomplaints@aol.example\nTo: abuse@example.net\nSubject: Client TOS Notification\nX-Loop: scomp\nContent-Type: text/plain\n\nThis is an email abuse report for an email message received from IP 192.0.2.7.\n\nReceived: from mail.example.net\nFrom: news@example.net\nTo: Ann <ann@example.com>\nSubject: News\n\nNews.\n', 'ann@example.com'],
  ] as const)('%s is feedback about the original recipient', async (_name, message, recipient) => {
    const result = await decode(message);
    expect(result.kind).toBe('feedback');
    expect(result.feedbackType).toBe('abuse');
    expect(result.recipients.map((entry) => entry.recipient)).toEqual([recipient]);
  });

  test.each([
    ['a list\'s own loop field', 'From: friend@example.com\nTo: me@example.net\nSubject: Re: News\nX-Loop: list@example.net\n\nSee you.\n'],
    ['"scomp" inside another loop value', 'From: friend@example.com\nTo: me@example.net\nSubject: Re: News\nX-Loop: scomp-list@example.net\n\nSee you.\n'],
    ['the Outlook.com field in the body of an ordinary message', 'From: friend@example.com\nTo: me@example.net\nSubject: headers\n\nWhat does X-HmXmrOriginalRecipient: mean?\n'],
  ])('%s is not feedback', async (_name, message) => {
    expect((await decode(message)).kind).toBe('none');
  });

  const arf = (fields: string) => `From: fbl@isp.example\nTo: abuse@example.net\nSubject: FW: News\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThis is an abuse report.\n\n--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: SomeFBL/1.0\nVersion: 1\n${fields}\n--b\nContent-Type: message/rfc822\n\nFrom: news@example.net\nTo: bob@isp.example\nSubject: News\n\nNews\n--b--\n`;

  test.each([
    ['a redacted Original-Rcpt-To gives way to the Removal-Recipient', 'Original-Rcpt-To: redacted@isp.example\nRemoval-Recipient: bob@isp.example', ['bob@isp.example']],
    ['an undisclosed Original-Rcpt-To, no address, gives way too', 'Original-Rcpt-To: <Undisclosed Recipient>\nRemoval-Recipient: bob@isp.example', ['bob@isp.example']],
    ['a redacted address alone is still what the report says', 'Original-Rcpt-To: redacted@isp.example', ['redacted@isp.example']],
    ['two complainants, both named', 'Original-Rcpt-To: ann@isp.example\nOriginal-Rcpt-To: bob@isp.example', ['ann@isp.example', 'bob@isp.example']],
    ['the same complainant twice, once', 'Original-Rcpt-To: bob@isp.example\nRemoval-Recipient: <bob@isp.example>', ['bob@isp.example']],
  ] as const)('an ARF report: %s', async (_name, fields, recipients) => {
    const result = await decode(arf(fields));
    expect(result.kind).toBe('feedback');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
  });

  const arfWithCopy = (fields: string, copyType: string, to: string, encoded = false) => `From: fbl@isp.example\nTo: abuse@example.net\nSubject: FW: News\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=feedback-report; boundary="b"\n\n--b\nContent-Type: text/plain\n${encoded ? 'Content-Transfer-Encoding: base64\n\nVGhpcyBpcyBhbiBhYnVzZSByZXBvcnQu' : '\nThis is an abuse report.'}\n\n--b\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: SomeFBL/1.0\nVersion: 1\n${fields}\n--b\nContent-Type: ${copyType}\n\nFrom: news@example.net\nTo: ${to}\nSubject: News\n\nNews\n--b--\n`;

  test.each([
    ['no complainant field: the copy\'s To', arfWithCopy('Source-IP: 192.0.2.1', 'message/rfc822', 'bob@isp.example'), ['bob@isp.example']],
    ['no complainant field, the copy\'s headers alone, a display name', arfWithCopy('Source-IP: 192.0.2.1', 'text/rfc822-headers', '"Bob B" <bob@isp.example>'), ['bob@isp.example']],
    ['no complainant field, read by the MIME parser', arfWithCopy('Source-IP: 192.0.2.1', 'message/rfc822', 'Bob <bob@isp.example>', true), ['bob@isp.example']],
    ['no complainant field, headers alone, read by the MIME parser', arfWithCopy('Source-IP: 192.0.2.1', 'text/rfc822-headers', 'bob@isp.example', true), ['bob@isp.example']],
    ['the report\'s field before the copy\'s To', arfWithCopy('Original-Rcpt-To: ann@isp.example', 'message/rfc822', 'bob@isp.example'), ['ann@isp.example']],
    ['a copy to several addresses names no one', arfWithCopy('Source-IP: 192.0.2.1', 'message/rfc822', 'bob@isp.example, ann@isp.example'), [undefined]],
    ['a copy to undisclosed recipients names no one', arfWithCopy('Source-IP: 192.0.2.1', 'message/rfc822', 'undisclosed-recipients:;'), [undefined]],
  ] as const)('an ARF report, %s', async (_name, message, recipients) => {
    const result = await decode(message);
    expect(result.kind).toBe('feedback');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
  });

  test('an ordinary message that mentions complaints is not feedback', async () => {
    const message = 'From: friend@example.com\nTo: me@example.net\nSubject: about your complaint\n\nI got your complaint about the noise.\n';
    expect((await decode(message)).kind).toBe('none');
  });
});

// Localized notices written for these tests: the prose is in the reader's language, the server's
// reply stays in English codes (or says the cause in the same language).
describe('decodeText() of localized notices', () => {
  test.each([
    ['German', 'Ihre Nachricht konnte nicht an max@beispiel.de zugestellt werden.\n\nEmpfänger unbekannt', 'max@beispiel.de', 'userunknown'],
    ['French', "Votre message n'a pas pu être remis à luc@exemple.fr.\n\n552 5.2.2 Boîte aux lettres pleine", 'luc@exemple.fr', 'mailboxfull'],
    ['Spanish', 'No se pudo entregar a ana@ejemplo.es\n\n550 Usuario desconocido', 'ana@ejemplo.es', 'userunknown'],
    ['Italian', 'Il messaggio non è stato recapitato a gio@esempio.it\n\n552 Casella di posta piena', 'gio@esempio.it', 'mailboxfull'],
    ['Dutch', 'Het bericht kan niet worden bezorgd bij jan@voorbeeld.nl\n\n550 5.1.1 Onbekende gebruiker', 'jan@voorbeeld.nl', 'userunknown'],
    ['Portuguese', 'A mensagem não pôde ser entregue a rui@exemplo.pt\n\n550 Usuário desconhecido', 'rui@exemplo.pt', 'userunknown'],
    ['Japanese', '宛先: taro@example.jp\n\n550 5.1.1 宛先のメールアドレスが存在しません', 'taro@example.jp', 'userunknown'],
  ] as const)('%s', (_language, input, recipient, reason) => {
    const [first] = decodeText(input).recipients;
    expect(first?.recipient).toBe(recipient);
    expect(first?.reason.id).toBe(reason);
  });

  test.each([
    ['German prose with no failure', 'Vielen Dank für Ihre Nachricht an max@beispiel.de. Wir melden uns.'],
    ['French prose with no failure', 'Merci pour votre message à luc@exemple.fr, nous revenons vers vous.'],
  ] as const)('%s → kind none', (_name, input) => {
    expect(decodeText(input).kind).toBe('none');
  });
});

describe('a notice\'s own template words say whether its failures are final, for each recipient', () => {
  const listed = (recipients: readonly string[]) => recipients.map((recipient) => `\n  ${recipient}\n    mailbox is full\n`).join('');
  const eximFailure = (recipients: readonly string[]) => `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:
${listed(recipients)}`;
  // No template's words: only the reply could say, and "mailbox is full" carries no code.
  const unworded = (recipients: readonly string[]) => `Delivery report for your message of Monday:\n${listed(recipients)}`;

  test.each([
    ['one recipient, a final failure', eximFailure, ['bob@example.org'], true],
    ['two recipients, a final failure', eximFailure, ['bob@example.org', 'carol@example.org'], true],
    ['one recipient, no words either way', unworded, ['bob@example.org'], undefined],
    ['two recipients, no words either way', unworded, ['bob@example.org', 'carol@example.org'], undefined],
  ] as const)('%s', (_name, notice, recipients, permanent) => {
    const found = decodeText(notice(recipients)).recipients;
    expect(found.map((recipient) => recipient.recipient)).toEqual(recipients);
    for (const recipient of found) {
      expect(recipient.permanent).toBe(permanent);
      expect(recipient.evidence.some((evidence) => evidence.about === 'kind' && /could not be delivered|permanent error/.test(evidence.text))).toBe(permanent === true);
    }
  });
});

describe('Gmail\'s "Message blocked" notice, as its web page shows it, says its failure is final', () => {
  const blocked = (response: string, reply: string) => `** Message blocked **\n\nYour message to bob@example.org has been blocked. See technical details below for more information.\n\n${response}\n${reply}\n`;
  test.each([
    ['a remote server\'s refusal without a code', 'The response from the remote server was:', 'Email rejected due to security policies'],
    ['Gmail\'s own block', 'The response was:', 'This message was blocked because its content presents a potential security issue.'],
    ['a Google Workspace administrator\'s rule', 'The response from the recipient enterprise administrator was:', 'The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent.'],
  ])('%s', (_name, response, reply) => {
    const found = decodeText(blocked(response, reply)).recipients;
    expect(found.map((recipient) => [recipient.recipient, recipient.permanent, recipient.diagnostic.includes(reply)])).toEqual([['bob@example.org', true, true]]);
  });

  test('a sentence that speaks of a block is no notice', () => {
    expect(decodeText('The road has been blocked. See technical details below for more information about the detour.').recipients).toEqual([]);
  });
});

// A reply that puts the recipient in angle brackets and a colon after its code, before its words
// (Postfix's smtpd refusal "<%s>: %s", and Yahoo's "550: <rcpt>: User unknown"), is about that
// recipient, whatever stage the notice leaves unnamed.
describe('decode() reads a reply that tags its recipient', () => {
  const notice = (lines: string) => `From: MAILER-DAEMON@mail.example.net\nTo: sender@example.net\nSubject: Failure Notice\nMIME-Version: 1.0\nContent-Type: text/plain\n\nSorry, we were unable to deliver your message to the following address.\n\n${lines}\n\n--- Below this line is a copy of the message.\n\nSubject: hello\n`;
  test.each([
    ['the recipient tagged after the code', '<bob@example.org>:\n550: <bob@example.org>: User unknown', 'userunknown'],
    ['the same words untagged: no stage, a filter', '<bob@example.org>:\n550: User unknown', 'filtered'],
    // Negative: the notice's own line names the recipient before the server's words, not the reply.
    ['the notice\'s line before "said:", no stage: a filter', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 User unknown', 'filtered'],
  ] as const)('%s', async (_name, lines, reason) => {
    const result = await decode(notice(lines));
    expect(result.recipients.find((found) => found.recipient === 'bob@example.org')?.reason.id).toBe(reason);
  });
});
