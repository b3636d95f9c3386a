// A reply of the success class (RFC 5321 §4.2.1, 2yz: positive completion) says the recipient was
// delivered, with or without an enhanced code. Generated from Postfix's report of a verified or
// verbose delivery (bounce_templates.c, def_bounce_verify_body: "This is the mail system at host
// $myhostname. Enclosed is the mail delivery report that you requested."; each recipient as its
// smtp client words a delivery, "<rcpt>: delivery via host[ip]:port: <reply>"), around the 2yz
// replies servers send after the message data. The same words above a failure keep it a failure.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

function verifyReport(lines: readonly string[]): string {
  return ['This is the mail system at host mail.example.net.', '', 'Enclosed is the mail delivery report that you requested.', '', '                   The mail system', '', ...lines, ''].join('\n');
}

const successReplies = [
  '250 Ok',
  '250 OK id=1tXYZa-000abc-2D',
  '250 2.0.0 Ok: queued as 16D6E203B5C4',
  '250 2.0.0 OK 1388846660 m49si75804958eeg.199 - gsmtp',
  '250 2.1.5 kcollins@example.org',
  '250 Message accepted for delivery',
  '251 User not local; will forward to <bob@example.com>',
];
const addresses = ['alice@example.org', 'bob.smith@example.net', 'carol+news@example.com'];

describe('a success reply is a delivery, whatever its enhanced code', () => {
  test.each(successReplies.flatMap((reply) => [1, 3].map((count) => [reply, count] as const)))('"%s", %i recipients', (reply, count) => {
    const lines = addresses.slice(0, count).map((address) => `<${address}>: delivery via mx.example.org[192.0.2.25]:25: ${reply}`);
    const result = decodeText(verifyReport(lines));
    expect(result.kind).toBe('delivered');
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.replyCode?.code])).toEqual(addresses.slice(0, count).map((address) => [address, 'delivered', reply.slice(0, 3)]));
  });
});

describe('a success code is no delivery when a failure is the reply', () => {
  test.each([
    ['the same report with a failed connection', verifyReport(['<alice@example.org>: connect to mx.example.org[192.0.2.25]:25: Connection timed out']), undefined],
    ['the same report with a refusal', verifyReport(['<alice@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <alice@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)']), 'bounce'],
    ['a transcript that accepted the recipient, then refused the data',
      'This is the mail system at host mail.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<alice@example.org>: host mx.example.org[192.0.2.25] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command)\n', 'bounce'],
  ] as const)('%s', (_name, text, kind) => {
    const result = decodeText(text);
    expect(result.kind).not.toBe('delivered');
    if (kind !== undefined) expect(result.kind).toBe(kind);
    expect(result.recipients.map((recipient) => recipient.reason.id)).not.toContain('delivered');
  });
});
