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
