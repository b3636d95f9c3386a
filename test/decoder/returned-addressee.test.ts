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

// The summary a notice writes of the message it could not deliver, above the returned copy, names
// that message's addressees: Exchange 2000/2003 ("Your message\n\n  To: ...\n  Subject: ...\n  Sent:
// ...\n\ndid not reach the following recipient(s):", Microsoft KB 284204) and Yahoo's notice ("I'm
// afraid I wasn't able to deliver the following message. ... Subject: ... To: ..."). One addressee,
// and nobody else named, is the one it failed.
describe('the undelivered message\'s one addressee in the notice\'s summary of it', () => {
  const summaries: readonly [name: string, text: (fields: readonly string[]) => string][] = [
    ['Exchange 2000/2003', (fields) => ['Your message', '', ...fields.map((field) => `  ${field}`), '  Sent:    Mon, 5 Oct 2026 13:00:05 -0700', '', 'did not reach the following recipient(s):', '', '<mail.example.org #5.1.1 smtp;550 5.1.1 User unknown>', ''].join('\n')],
    ['Yahoo', (fields) => ['I\'m afraid I wasn\'t able to deliver the following message.', 'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.', '', ...fields, '', '---Below this line is a copy of the message.', ''].join('\n')],
  ];
  const asMessage = (text: string) => `From: MAILER-DAEMON@mail.example.org\nTo: alice@example.net\nSubject: Undeliverable: Quarterly report\n\n${text}`;
  test.each(summaries)('%s', async (_name, summary) => {
    for (const wrap of [asMessage, (text: string) => text]) {
      const one = await decode(wrap(summary(['To:      bob@example.org', 'Subject: Quarterly report'])));
      expect(one.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
      // Two addressees: which failed, the summary does not say.
      const two = await decode(wrap(summary(['To:      bob@example.org, carol@example.org', 'Subject: Quarterly report'])));
      expect(two.recipients.map((found) => found.recipient)).toEqual([undefined]);
      // A notice's own header rows above its text name its reader, not the undelivered message's addressee.
      const rows = await decode(wrap(summary(['From: Mail Delivery System <MAILER-DAEMON@mail.example.org>', 'To: alice@example.net', 'Subject: Undeliverable: Quarterly report'])));
      expect(rows.recipients.map((found) => found.recipient)).toEqual([undefined]);
      const noticeSubject = await decode(wrap(summary(['To: alice@example.net', 'Subject: Mail delivery failed: returning message to sender'])));
      expect(noticeSubject.recipients.map((found) => found.recipient)).toEqual([undefined]);
    }
  });
});
