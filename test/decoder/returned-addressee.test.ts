// A notice that names no recipient, neither in its text nor in a report's fields, but attaches the
// message it returns: a server returns the message it could not deliver (RFC 5321 §6.1; RFC 3461
// §4.3: whole or its header), so the one addressee of that copy is the one it failed. A copy to
// several names nobody of them, and the copy's sender copying itself is no addressee.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

/** A notice whose text says only that the message came back, with the original attached. */
function notice(originalFields: readonly string[], text = 'This is a nonstandard forward of a bounced message'): string {
  return [
    'From: MAILER-DAEMON@mail.example.net',
    'To: alice@example.net',
    'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    text,
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    '',
    '--B',
    'Content-Type: message/rfc822',
    '',
    'From: alice@example.net',
    ...originalFields,
    'Subject: Quarterly report',
    '',
    'Hello.',
    '--B--',
    '',
  ].join('\n');
}

describe('the returned copy\'s one addressee', () => {
  test.each([
    ['addressed to one', ['To: bob@example.org'], ['bob@example.org']],
    ['addressed to one, the sender copying itself', ['To: bob@example.org', 'Cc: alice@example.net'], ['bob@example.org']],
    ['addressed to two: which failed is not said', ['To: bob@example.org, carol@example.org'], [undefined]],
    ['addressed to one, with another copied', ['To: bob@example.org', 'Cc: carol@example.org'], [undefined]],
  ])('a notice that names nobody, its copy %s', async (_name, fields, recipients) => {
    const result = await decode(notice(fields));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => found.recipient)).toEqual(recipients);
  });

  test('a notice that names its failed recipient keeps it, whoever the copy was to', async () => {
    const result = await decode(notice(['To: bob@example.org, carol@example.org'], '<carol@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'));
    expect(result.recipients.map((found) => found.recipient)).toEqual(['carol@example.org']);
  });

  test('pasted text: a forward\'s header block names the notice\'s reader, no addressee of a copy', async () => {
    const text = 'Please see below.\n\n-----Original Message-----\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.net>\nTo: alice@example.net\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.net.\n\nYour message could not be delivered. This is a permanent error.\n';
    const result = await decode(text);
    expect(result.recipients.map((found) => found.recipient)).not.toContain('alice@example.net');
  });
});
