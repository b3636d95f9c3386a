// A recipient's lines end where its MIME part ends. A raw message with nothing encoded is read as
// it stands, boundary lines and all; the MIME parser would show its text part alone. Each row is a
// notice in two forms, as written (read as it stands) and with its text part quoted-printable
// (read by the MIME parser): both must give the same recipients and diagnostics, and no diagnostic
// may hold the next part's boundary or header.
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

interface Shape {
  readonly name: string;
  /** The text part's lines. */
  readonly text: readonly string[];
  /** Whether the text part's last line touches the next boundary (no empty line between). */
  readonly tight: boolean;
  readonly recipient: string;
  /** Words the diagnostic must hold. */
  readonly says: string;
}

const shapes: Shape[] = [
  {
    name: 'Messaging Server: recipient and reason, no reply',
    text: ['Your message cannot be delivered to the following recipients:', '', '  Recipient address: ann@example.jp', '  Reason: Illegal host/domain name found'],
    tight: false,
    recipient: 'ann@example.jp',
    says: 'Illegal host/domain name found',
  },
  {
    name: 'Messaging Server, the boundary right after the reason',
    text: ['Your message cannot be delivered to the following recipients:', '', '  Recipient address: ann@example.jp', '  Reason: Over quota'],
    tight: true,
    recipient: 'ann@example.jp',
    says: 'Over quota',
  },
  {
    name: 'Postfix: the reply, folded, right before the boundary',
    text: ['This is the mail system at host mx.example.org.', '', '<ann@example.net>: host mx.example.net[192.0.2.9] said: 452 4.2.2', '    Mailbox full (in reply to RCPT TO command)'],
    tight: true,
    recipient: 'ann@example.net',
    says: 'Mailbox full',
  },
];

/** A multipart/report notice around `shape`, its text part as written or quoted-printable. */
function notice(shape: Shape, encoded: boolean): string {
  const body = shape.text.join('\n');
  return [
    'From: Mail Delivery System <mailer-daemon@mx.example.org>',
    'To: sender@example.com',
    'Subject: Delivery Notification: Delivery has failed',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="Boundary_(ID_abc123)"',
    '',
    '--Boundary_(ID_abc123)',
    'Content-Type: text/plain; charset=us-ascii',
    ...(encoded ? ['Content-Transfer-Encoding: quoted-printable'] : []),
    '',
    // Quoted-printable leaves these lines as they are: only `=` would change, and none holds one.
    body,
    ...(shape.tight ? [] : ['', '']),
    '--Boundary_(ID_abc123)',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    '--Boundary_(ID_abc123)--',
    '',
  ].join('\n');
}

describe('a recipient\'s lines end with its MIME part', () => {
  test.each(shapes)('$name', async (shape) => {
    const asWritten = await decode(new TextEncoder().encode(notice(shape, false)));
    const parsed = await decode(new TextEncoder().encode(notice(shape, true)));
    expect(asWritten.recipients.map((recipient) => recipient.recipient)).toEqual([shape.recipient]);
    const diagnostic = asWritten.recipients[0]!.diagnostic;
    expect(diagnostic).toContain(shape.says);
    expect(diagnostic).not.toMatch(/Boundary_|Content-Type/i);
    expect(parsed.recipients.map(({recipient, diagnostic: words, status, reason}) => ({recipient, words, status: status?.code, reason: reason.id})))
      .toEqual(asWritten.recipients.map(({recipient, diagnostic: words, status, reason}) => ({recipient, words, status: status?.code, reason: reason.id})));
  });

  test('a line of dashes in the text that opens no part does not end it', async () => {
    const text = [
      'From: Mail Delivery System <mailer-daemon@mx.example.org>',
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'I\'m sorry to have to inform you that your message could not be delivered.',
      '',
      '  Recipient address: ann@example.jp',
      '--signature-of-the-relay',
      '  Reason: Illegal host/domain name found',
      '',
    ].join('\n');
    const result = await decode(text);
    expect(result.recipients[0]?.diagnostic).toContain('Illegal host/domain name found');
  });
});
