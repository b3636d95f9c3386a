// A message disposition notification (RFC 8098, a read receipt) says what the recipient's mail
// program did with a message that reached it: no failure, its recipient delivered. A Sieve reject
// is written as one too (RFC 5429 §2.2.1, "deleted" by an automatic action), and stays a refusal.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

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

/**
 * A read receipt pasted as text, its machine-readable part left behind: the sentence its
 * human-readable part says "displayed" with tells it, as SOGo, AfterLogic, Twake Mail and JMAP
 * webmails write it. Generated from each program's wording, with LF and CRLF.
 */
describe('a read receipt pasted as text is a delivery', () => {
  const receipts = [
    ['SOGo', 'This is a Return Receipt for the mail that you sent to bob@example.org.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no guarantee that the recipient has read or understood the message contents.'],
    ['Twake Mail', 'Message was read by Bob <bob@example.org> on Wed, 9 Nov 2022 10:38:52\n\nSubject: Quarterly report\n\nNote: This Return Read Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no guarantee that the recipient has read or understood the message contents.'],
    ['a Java webmail, no apostrophe', 'This is a Return Receipt for the mail that you sent to bob@example.org.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipients computer. There is no guarantee that the recipient has read or understood the message contents.'],
    ['a JMAP webmail', 'This is a return receipt for the message you sent to bob@example.org.\n\nNote: This receipt only acknowledges that the message was displayed on the recipient\'s device. There is no guarantee that the recipient has read or understood the message contents.'],
  ] as const;
  test.each(receipts.flatMap(([name, text]) => [['LF', '\n'], ['CRLF', '\r\n']].map(([end, eol]) => [`${name}, ${end}`, text.replaceAll('\n', eol!)] as const)))('%s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients.map((recipient) => recipient.reason.id)]).toEqual(['delivered', ['delivered']]);
  });

  test.each([
    ['a bounce that quotes the sentence beside a failure code', `550 5.1.1 <bob@example.org>: User unknown\n\n${receipts[0][1]}`, 'bounce'],
    ['a note that only speaks of receipts', 'Please send me a return receipt when you have read this.', 'none'],
  ] as const)('not one: %s', (_name, text, kind) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});
