/**
 * IMail's failure lines, "<error>: <recipient>" above "Original message follows." (its wording as
 * Sisimai's record lists it, sisimai/rb-sisimai lib/sisimai/lhost/imailserver.rb ReFailures),
 * generated for each line, as the raw notice and as its pasted text, LF and CRLF.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const original = 'Received: from mail.example.com [192.0.2.1] by mx.example.org\nFrom: sender@example.com\nTo: bob@example.org\nSubject: hello\n\nhello\n';
const body = (line: string) => `${line}\n\n\nOriginal message follows.\n\n${original}`;
const raw = (line: string) => `From: postmaster@example.org\nTo: sender@example.com\nSubject: Undeliverable Mail\nX-Mailer: <SMTP32 v8.22>\n\n${body(line)}`;

describe('IMail\'s "<error>: <recipient>" lines', () => {
  test.each([
    ['Unknown user: bob@example.org', 'userunknown'],
    ['Invalid final delivery userid: bob@example.org', 'userunknown'],
    ['User mailbox exceeds allowed size: bob@example.org', 'mailboxfull'],
  ])('%s', async (line, reason) => {
    for (const lineEnd of ['\n', '\r\n']) {
      for (const result of [await decode(raw(line).replace(/\n/g, lineEnd)), decodeText(body(line).replace(/\n/g, lineEnd))]) {
        expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])]).toEqual(['bounce', [['bob@example.org', reason]]]);
      }
    }
  });

  test('the returned message\'s addresses are no failed recipient', async () => {
    const result = await decode(raw('User mailbox exceeds allowed size: bob@example.org'));
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });
});
