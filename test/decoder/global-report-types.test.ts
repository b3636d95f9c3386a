// RFC 6533's internationalized report parts, message/global-delivery-status and
// message/global-headers, are report parts like their RFC 3464 forms; only message/global itself
// (RFC 6532, an attached UTF-8 message) is a returned original, as message/rfc822 is.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

function notice(statusType: string, extraPart = ''): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mail.example.org>',
    'To: alice@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Delivery failed.',
    '',
    '--B',
    `Content-Type: ${statusType}`,
    '',
    'Reporting-MTA: dns; mail.example.org',
    '',
    'Final-Recipient: utf-8; bob@example.com',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 Requested action not taken',
    '',
    extraPart,
    '--B--',
    '',
  ].join('\n');
}

const attachedOriginal = '--B\nContent-Type: message/global\n\nFrom: alice@example.org\nTo: carol@example.net\nSubject: Hello\n\nHi Carol, see you at 550 Main Street.\n\n';

describe('a report in an RFC 6533 part', () => {
  test.each([
    ['message/delivery-status (RFC 3464)', notice('message/delivery-status')],
    ['message/global-delivery-status (RFC 6533)', notice('message/global-delivery-status')],
    ['message/global-delivery-status, with the original as message/global', notice('message/global-delivery-status', attachedOriginal)],
    ['message/global-delivery-status, its returned header as message/global-headers', notice('message/global-delivery-status', '--B\nContent-Type: message/global-headers\n\nFrom: alice@example.org\nTo: carol@example.net\n\n')],
  ])('%s gives its recipient and codes', async (_name, input) => {
    const result = await decode(input);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code])).toEqual([['bob@example.com', '550', '5.1.1']]);
  });

  test('an original attached as message/global gives no recipient of its own', async () => {
    const result = await decode(notice('message/global-delivery-status', attachedOriginal));
    expect(result.recipients.map((recipient) => recipient.recipient)).not.toContain('carol@example.net');
  });
});

// RFC 3834 §5 asks every automatic response to say "Auto-Submitted: auto-replied", a delivery report
// included: a report of either type (RFC 3464's or RFC 6533's) is the notice it is, not an
// automatic reply, whoever its sender and whatever its subject.
describe('an automatic response\'s header on a delivery report', () => {
  const marked = (reportType: string, statusType: string) => notice(statusType)
    .replace('From: Mail Delivery System <MAILER-DAEMON@mail.example.org>', 'From: Mail System <notify@mail.example.org>\nAuto-Submitted: auto-replied')
    .replace('Subject: Undelivered Mail Returned to Sender', 'Subject: Report')
    .replace('report-type=delivery-status', `report-type=${reportType}`);

  test.each([
    ['delivery-status', 'message/delivery-status'],
    ['global-delivery-status', 'message/global-delivery-status'],
  ])('report-type=%s is a bounce', async (reportType, statusType) => {
    const result = await decode(marked(reportType, statusType));
    expect([result.kind, result.recipients.map((recipient) => recipient.recipient)]).toEqual(['bounce', ['bob@example.com']]);
  });

  test('the same header on a plain message is an automatic reply', async () => {
    const reply = 'From: Bob <bob@example.com>\nTo: alice@example.org\nSubject: Re: Hello\nAuto-Submitted: auto-replied\n\nThanks, I will read your message when I am back.\n';
    expect((await decode(reply)).kind).toBe('autoreply');
  });
});
