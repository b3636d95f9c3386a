// A message disposition notification (RFC 8098, a read receipt) says what the recipient's mail
// program did with a message that reached it: no failure, its recipient delivered. A Sieve reject
// is written as one too (RFC 5429 §2.2.1, "deleted" by an automatic action), and stays a refusal.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

function mdn(disposition: string, {encoding = '7bit', text = 'Your message was displayed.'} = {}): string {
  const fields = `Reporting-UA: mail.example.org; Example Mail\nFinal-Recipient: rfc822; bob@example.org\nOriginal-Message-ID: <123@example.net>\nDisposition: ${disposition}\n`;
  return [
    'From: Bob <bob@example.org>',
    'To: alice@example.net',
    'Subject: Read: Quarterly report',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=disposition-notification; boundary="MDN"',
    '',
    '--MDN',
    'Content-Type: text/plain',
    '',
    text,
    '',
    '--MDN',
    'Content-Type: message/disposition-notification',
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    encoding === 'base64' ? Buffer.from(fields).toString('base64') : fields,
    '--MDN--',
    '',
  ].join('\n');
}

describe('a read receipt is no failure', () => {
  test.each([
    ['displayed by a person', 'manual-action/MDN-sent-manually; displayed', '7bit'],
    ['displayed, the report base64-encoded', 'manual-action/MDN-sent-manually; displayed', 'base64'],
    ['displayed, sent automatically', 'manual-action/MDN-sent-automatically; displayed', '7bit'],
    ['dispatched (forwarded, printed)', 'automatic-action/MDN-sent-automatically; dispatched', '7bit'],
    ['processed by a rule', 'automatic-action/MDN-sent-automatically; processed', '7bit'],
    ['deleted by a person', 'manual-action/MDN-sent-manually; deleted', '7bit'],
  ])('%s', async (_name, disposition, encoding) => {
    const result = await decode(mdn(disposition, {encoding}));
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])]).toEqual(['delivered', [['bob@example.org', 'delivered']]]);
  });

  test('its fields pasted as text', async () => {
    const result = await decode('Final-Recipient: rfc822; bob@example.org\nDisposition: manual-action/MDN-sent-manually; displayed\n');
    expect(result.kind).toBe('delivered');
  });
});

describe('a Sieve reject, an MDN of a message deleted by an automatic action, is a refusal', () => {
  test('it is not called delivered', async () => {
    const result = await decode(mdn('automatic-action/MDN-sent-automatically; deleted', {text: 'Your message to <bob@example.org> was automatically rejected:\nI am not taking mail from you.'}));
    expect(result.kind).not.toBe('delivered');
    expect(result.recipients.map((recipient) => recipient.reason.id)).not.toContain('delivered');
  });
});
