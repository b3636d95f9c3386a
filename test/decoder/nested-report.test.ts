import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

// Fixtures written for these tests (never copied from the corpus): a relay's notice that wraps the
// bounce it got from the next server, and ordinary notices whose attached message is the original.

const base64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\n');

/** The original message as the sender sent it: words and headers that look like codes and fields. */
const original = `From: sender@example.net
To: a@example.org
Subject: Hello
X-Mailman-Version: 2.1.5
Date: Thu, 29 Apr 2021 23:45:23 +0000

Hello. The build reports Status: 2.1.5 and all is well.
`;

/** An RFC 3464 report from the server that refused the recipient. */
const innerReport = (statusEncoding: '7bit' | 'base64' = '7bit') => {
  const fields = `Reporting-MTA: dns; mx.example.org

Final-Recipient: rfc822; a@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 user unknown
`;
  return `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: relay@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="INNER"

--INNER
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--INNER
Content-Type: message/delivery-status
Content-Transfer-Encoding: ${statusEncoding}

${statusEncoding === 'base64' ? base64(fields) : fields}
--INNER
Content-Type: message/rfc822

${original}
--INNER--
`;
};

/** The same failure as a notice in prose, with no report part: its sender and subject say what it is. */
const innerProse = `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: relay@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.org.

<a@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 user unknown
    (in reply to RCPT TO command)
`;

/** A notice that is multipart/mixed yet carries a delivery-status part. */
const innerMixed = innerReport().replace('multipart/report; report-type=delivery-status;', 'multipart/mixed;');

interface RelayOptions {
  readonly textEncoding?: '7bit' | 'quoted-printable';
  /** How the attached message itself is encoded (base64 is outside RFC 2046, and still seen). */
  readonly messageEncoding?: '7bit' | 'base64';
  readonly messageType?: 'message/rfc822' | 'message/global';
}

let relays = 0;

/** A relay's notice that says only "see the attached report", attaching `attached`. */
const relayNotice = (attached: string, {textEncoding = '7bit', messageEncoding = '7bit', messageType = 'message/rfc822'}: RelayOptions = {}) => {
  const text = 'Your message could not be delivered, see the attached report.';
  // Each its own boundary: a relay that wraps a relay's notice must not close the inner multipart.
  const boundary = `RELAY${++relays}`;
  return `From: postmaster@relay.example.com
To: sender@example.net
Subject: Undeliverable: Hello
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="${boundary}"

--${boundary}
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: ${textEncoding}

${textEncoding === 'quoted-printable' ? text.replace(/\.$/, '=2E') : text}

--${boundary}
Content-Type: ${messageType}
Content-Transfer-Encoding: ${messageEncoding}

${messageEncoding === 'base64' ? base64(attached) : attached}
--${boundary}--
`;
};

type Expected = {recipient: string; status: string; reason: string};
const userUnknown: Expected = {recipient: 'a@example.org', status: '5.1.1', reason: 'userunknown'};

const positive: readonly [string, string | Uint8Array, Expected][] = [
  ['an RFC 3464 report attached as message/rfc822', relayNotice(innerReport()), userUnknown],
  ['the same with the notice text quoted-printable', relayNotice(innerReport(), {textEncoding: 'quoted-printable'}), userUnknown],
  ['the same with the attached report base64-encoded whole', relayNotice(innerReport(), {messageEncoding: 'base64'}), userUnknown],
  ['the same with the inner delivery-status part base64-encoded', relayNotice(innerReport('base64')), userUnknown],
  ['the same attached as message/global', relayNotice(innerReport(), {messageType: 'message/global'}), userUnknown],
  ['the same with CRLF line ends', relayNotice(innerReport()).replace(/\n/g, '\r\n'), userUnknown],
  ['the same as bytes', new TextEncoder().encode(relayNotice(innerReport(), {messageEncoding: 'base64'})), userUnknown],
  ['a multipart/mixed notice that carries a delivery-status part', relayNotice(innerMixed), userUnknown],
  ['a notice in prose from a mailer daemon with a failure subject', relayNotice(innerProse), userUnknown],
  ['a notice in prose, attached base64-encoded', relayNotice(innerProse, {messageEncoding: 'base64'}), userUnknown],
  // The cheap test of an attached message's raw headers must not miss what only decoding shows.
  ['a notice in prose whose subject is an encoded word', relayNotice(innerProse.replace('Subject: Undelivered Mail Returned to Sender', `Subject: =?UTF-8?B?${Buffer.from('Undelivered Mail Returned to Sender').toString('base64')}?=`)), userUnknown],
  ['a notice in prose whose sender name is an encoded word', relayNotice(innerProse.replace('From: Mail Delivery System <MAILER-DAEMON@mx.example.org>', 'From: =?UTF-8?Q?Mail_Delivery_System?= <mailer@mx.example.org>')), userUnknown],
  ['a report wrapped by two relays', relayNotice(relayNotice(innerReport())), userUnknown],
  ['a report wrapped by two relays, each base64-encoded', relayNotice(relayNotice(innerReport(), {messageEncoding: 'base64'}), {messageEncoding: 'base64'}), userUnknown],
];

describe('decode() reads a delivery report nested in an attached message', () => {
  test.each(positive)('%s', async (_name, input, want) => {
    const result = await decode(input);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((r) => [r.recipient, r.status?.code, r.reason.id])).toEqual([[want.recipient, want.status, want.reason]]);
  });
});

/** An ordinary notice: the failure in its own text, the original attached. */
const ordinaryNotice = (attached: string, {textEncoding = '7bit', messageEncoding = '7bit'}: RelayOptions = {}) => {
  const text = `This is the mail system at host mail.example.com.

<b@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 user unknown
    (in reply to RCPT TO command)`;
  return `From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
To: sender@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: ${textEncoding}

${textEncoding === 'quoted-printable' ? text.replace('550', '=35=350') : text}

--OUTER
Content-Type: message/rfc822
Content-Transfer-Encoding: ${messageEncoding}

${messageEncoding === 'base64' ? base64(attached) : attached}
--OUTER--
`;
};

/** An RFC 3464 report for b@example.org, whose own records must win over anything it attaches. */
const reportWithAttachedNotice = (statusEncoding: '7bit' | 'base64') => {
  const fields = `Reporting-MTA: dns; mail.example.com

Final-Recipient: rfc822; b@example.org
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full
`;
  return `From: Mail Delivery System <MAILER-DAEMON@mail.example.com>
To: sender@example.net
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="OUTER"

--OUTER
Content-Type: text/plain; charset=us-ascii

Your message could not be delivered.

--OUTER
Content-Type: message/delivery-status
Content-Transfer-Encoding: ${statusEncoding}

${statusEncoding === 'base64' ? base64(fields) : fields}
--OUTER
Content-Type: message/rfc822

${innerReport()}
--OUTER--
`;
};

/** The original from a postmaster address, with no failure subject: it quotes report fields. */
const postmasterOriginal = `From: postmaster@example.net
To: a@example.org
Subject: Hello

Final-Recipient: rfc822; a@example.org
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
`;

/** A read receipt is a multipart/report too, of another type. */
const readReceipt = `From: a@example.org
To: sender@example.net
Subject: Read: Hello
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN"

--MDN
Content-Type: text/plain

Your message was displayed.

--MDN
Content-Type: message/disposition-notification

Final-Recipient: rfc822; a@example.org
Disposition: manual-action/MDN-sent-manually; displayed
--MDN--
`;

type Recipient = [recipient: string | undefined, status: string | undefined];
const onlyB: Recipient[] = [['b@example.org', '5.1.1']];

const negative: readonly [string, string, Recipient[]][] = [
  ['the returned original of an ordinary notice', ordinaryNotice(original), onlyB],
  ['the returned original, the notice text quoted-printable', ordinaryNotice(original, {textEncoding: 'quoted-printable'}), onlyB],
  ['the returned original, base64-encoded', ordinaryNotice(original, {messageEncoding: 'base64'}), onlyB],
  ['an original from a postmaster with no failure subject', ordinaryNotice(postmasterOriginal), onlyB],
  ['the same, the notice text quoted-printable', ordinaryNotice(postmasterOriginal, {textEncoding: 'quoted-printable'}), onlyB],
  ['an original from anyone that quotes report fields', ordinaryNotice(postmasterOriginal.replace('postmaster@', 'someone@')), onlyB],
  ['an attached read receipt', ordinaryNotice(readReceipt, {textEncoding: 'quoted-printable'}), onlyB],
  ['an attached notice when the notice has its own report', reportWithAttachedNotice('7bit'), [['b@example.org', '5.2.2']]],
  ['the same with its own report base64-encoded', reportWithAttachedNotice('base64'), [['b@example.org', '5.2.2']]],
];

describe('decode() does not read an attached message that is not a notice, nor one a report makes needless', () => {
  test.each(negative)('%s', async (_name, input, want) => {
    const result = await decode(input);
    expect(result.recipients.map((r) => [r.recipient, r.status?.code])).toEqual(want);
    expect(result.recipients.map((r) => r.diagnostic).join('\n')).not.toMatch(/2\.1\.5|a@example\.org/);
  });

  test('a report wrapped more than two levels deep is not read', async () => {
    const result = await decode(relayNotice(relayNotice(relayNotice(innerReport()))));
    expect(result.recipients.map((r) => r.recipient)).not.toContain('a@example.org');
    expect(result.recipients.map((r) => r.status?.code)).not.toContain('5.1.1');
  });

  test.each([
    ['a damaged attached message', relayNotice('From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\nContent-Type: multipart/report; report-type=delivery-status; boundary="X"\n\n--X\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n!!!not base64\n')],
    ['an empty attached message', relayNotice('')],
    ['an attached message of headers only', relayNotice('From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender')],
  ])('%s is skipped, never thrown on', async (_name, input) => {
    const result = await decode(input);
    expect(result.format).toBe('raw-message');
    expect(result.recipients.map((r) => r.status?.code)).not.toContain('5.1.1');
  });
});
