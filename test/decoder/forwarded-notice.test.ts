/**
 * A bounce sent on as an attachment: a person forwards it ("Fwd: ...", Outlook's and Thunderbird's
 * "forward as attachment") to whoever can tell why it bounced. The forward is no notice (a person
 * wrote it), so the notice it attaches speaks for it: its text, its report and its own headers (its
 * subject, sender and X-Failed-Recipients), whatever family wrote it and whether or not its sender
 * and subject are ones a notice is known by. Under a notice, on the contrary, an attached message is
 * the returned original: one that quotes a bounce of its own is not read, nor is a message a person
 * forwards that is no notice.
 */
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {generatedCases, project} from './generate.ts';

/**
 * A person's message that forwards `notice` as an attachment, under `subject`. `disposition` is
 * `attachment`, or `inline` (RFC 2183 lets the sender ask for the message shown in place; a parser
 * that honoured it would read the notice's headers as text of the forward).
 */
function forwardOf(notice: string, subject: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  return [
    'From: Pat Sender <pat@company.example>',
    'To: helpdesk@company.example',
    `Subject: ${subject}`,
    'Date: Tue, 3 Mar 2026 09:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="forward-boundary"',
    '',
    '--forward-boundary',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi, this came back when I wrote to a customer. Can you tell me why?',
    '',
    'Pat',
    '',
    '--forward-boundary',
    'Content-Type: message/rfc822',
    `Content-Disposition: ${disposition}; filename="Undeliverable.eml"`,
    '',
    notice.replace(/\r\n?/g, '\n').trimEnd(),
    '',
    '--forward-boundary--',
    '',
  ].join('\n');
}

function subjectOf(message: string): string {
  return /^subject:[ \t]*(.*)$/im.exec(message.slice(0, message.indexOf('\n\n')))?.[1]?.trim() ?? '';
}

/** Three notices of each family, as a raw message. */
const sample = [...new Set(generatedCases.map((item) => item.family))]
  .flatMap((family) => generatedCases.filter((item) => item.family === family && item.form === 'raw-lf').filter((_item, index) => index % 7 === 0).slice(0, 3));

describe('a notice forwarded as an attachment decodes as the notice itself', () => {
  test.each(sample.flatMap((item) => [
    {name: `${item.name} | "Fwd: why did this bounce?"`, item, subject: 'Fwd: why did this bounce?', disposition: 'attachment' as const},
    {name: `${item.name} | "Fwd: " and its own subject`, item, subject: `Fwd: ${subjectOf(item.input)}`, disposition: 'attachment' as const},
    {name: `${item.name} | "Fwd: why did this bounce?", marked inline`, item, subject: 'Fwd: why did this bounce?', disposition: 'inline' as const},
  ]))('$name', async ({item, subject, disposition}) => {
    const alone = await decode(item.input);
    const forwarded = await decode(forwardOf(item.input, subject, disposition));
    expect(project(forwarded, item)).toEqual(project(alone, item));
    expect(project(forwarded, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/** A family-less notice: the signs it carries are chosen per test. */
function plainNotice({from, subject, text}: {from: string; subject: string; text: string}): string {
  return `From: ${from}\nTo: pat@company.example\nSubject: ${subject}\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\n${text}\n`;
}

const recipientLine = '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)';

describe('which attached message speaks for the forward', () => {
  test.each([
    ['a notice sender alone', {from: 'MAILER-DAEMON@mail.example.net', subject: 'Ihre Nachricht', text: recipientLine}],
    ['a notice subject alone', {from: 'mail@example.net', subject: 'Undelivered Mail Returned to Sender', text: recipientLine}],
    ['a template\'s fixed line alone', {from: 'mail@example.net', subject: 'Ihre Nachricht', text: `This is the mail system at host mail.example.net.\n\n${recipientLine}`}],
  ])('%s makes the attached message the notice', async (_name, notice) => {
    const result = await decode(forwardOf(plainNotice(notice), 'Fwd: look at this'));
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code])).toEqual([['bob@example.org', '550', '5.1.1']]);
  });

  test('an ordinary message forwarded as an attachment is no notice', async () => {
    const memo = plainNotice({from: 'carol@example.org', subject: 'Lunch on Friday', text: 'Shall we meet at noon? Write to bob@example.org too.'});
    const result = await decode(forwardOf(memo, 'Fwd: Lunch on Friday'));
    expect([result.kind, result.recipients.length]).toEqual(['none', 0]);
  });

  test('under a notice, an attached forward that quotes a bounce is the returned original, not read', async () => {
    const quotedBounce = forwardOf(plainNotice({from: 'MAILER-DAEMON@old.example.net', subject: 'Undelivered Mail Returned to Sender', text: recipientLine}), 'Fwd: Undelivered Mail Returned to Sender');
    const notice = [
      'From: Mail Delivery System <MAILER-DAEMON@mail.example.com>',
      'To: pat@company.example',
      'Subject: Mail delivery failed: returning message to sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: text/plain',
      '',
      'This message was created automatically by mail delivery software.',
      '',
      'A message that you sent could not be delivered to one or more of its',
      'recipients. This is a permanent error. The following address(es) failed:',
      '',
      '  helpdesk@example.com',
      '    mailbox is full: retry timeout exceeded',
      '',
      '--outer',
      'Content-Type: message/rfc822',
      '',
      quotedBounce.trimEnd(),
      '',
      '--outer--',
      '',
    ].join('\n');
    const result = await decode(notice);
    expect(result.recipients.map((found) => found.recipient)).toEqual(['helpdesk@example.com']);
  });
});

/**
 * Whatever a program wrote in reply that a person sends on as an attachment is what the forward is
 * about, as it would be given alone: a complaint feed's report (RFC 5965), a read receipt (RFC
 * 8098), an automatic reply (RFC 3834 §5, Auto-Submitted), and a notice whose only sign is the
 * failure its words state.
 */
describe('a program\'s message forwarded as an attachment decodes as that message', () => {
  const complaint = [
    'From: feedback@isp.example', 'To: abuse@sender.example', 'Subject: Abuse report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="arf"', '',
    '--arf', 'Content-Type: text/plain', '', 'This is an email abuse report.', '',
    '--arf', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: isp-fbl/1.0', 'Version: 1', 'Original-Rcpt-To: <reader@isp.example>', '',
    '--arf', 'Content-Type: message/rfc822', '', 'From: news@sender.example', 'To: reader@isp.example', 'Subject: Offers', '', 'Buy now.', '',
    '--arf--', '',
  ].join('\n');
  const receipt = [
    'From: reader@example.org', 'To: pat@company.example', 'Subject: Read: Quarterly report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn"', '',
    '--mdn', 'Content-Type: text/plain', '', 'Your message was read.', '',
    '--mdn', 'Content-Type: message/disposition-notification', '', 'Reporting-UA: example.org; Webmail', 'Final-Recipient: rfc822; reader@example.org', 'Disposition: manual-action/MDN-sent-manually; displayed', '',
    '--mdn--', '',
  ].join('\n');
  const autoReply = 'From: carol@example.org\nTo: pat@company.example\nSubject: Away\nAuto-Submitted: auto-replied\n\nI am out of the office until Monday and will answer your message on my return.\n';
  const wordsOnly = `From: gateway@example.net\nTo: pat@company.example\nSubject: Re: Quarterly report\n\n${recipientLine}\n`;

  test.each([
    ['a complaint feed\'s report', complaint, 'feedback'],
    ['a read receipt', receipt, 'delivered'],
    ['an automatic reply', autoReply, 'autoreply'],
    ['a notice whose words alone state the failure', wordsOnly, 'bounce'],
  ] as const)('%s', async (_name, message, kind) => {
    const alone = await decode(message);
    expect(alone.kind).toBe(kind);
    const forwarded = await decode(forwardOf(message, 'Fwd: what is this?'));
    expect([forwarded.kind, forwarded.recipients.map((found) => [found.recipient, found.reason.id])]).toEqual([alone.kind, alone.recipients.map((found) => [found.recipient, found.reason.id])]);
  });
});
