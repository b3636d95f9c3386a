// Properties of decode() and decodeText() over generated input: they never throw, give the same
// answer twice, and give the same answer whatever the line endings.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {decode, decodeText, type DecodeResult} from '../../src/decoder/index.ts';
import {reasonIds} from '../../src/rules/types.ts';

/** Enough to explore; small enough that the suite stays fast. */
const numRuns = 200;

/** Pieces of bounce text, so that generated input reaches the readers' and classifier's deep paths. */
const smtpTokens = [
  '550', '554', '552', '452', '451', '421', '250', '5.1.1', '5.7.1', '4.2.2', '4.7.0', '5.0.0', '2.0.0', '5.1.10',
  '550-', '550-5.1.1 ', '550 5.1.1 ', '<a@b.c>', 'user@example.com', '<>', '@', 'said:', 'host mx.example.com[192.0.2.1]',
  '(in reply to RCPT TO command)', 'RCPT TO:', 'Diagnostic-Code: smtp;', 'Final-Recipient: rfc822;', 'Original-Recipient: rfc822;',
  'Status: 5.1.1', 'Status: 4.4.1', 'Action: failed', 'Action: delayed', 'Action: delivered', 'Remote-MTA: dns;', 'Reporting-MTA: dns;',
  'Feedback-Type: abuse', 'User unknown', 'Mailbox full', 'blocked using zen.spamhaus.org', '[TSS04]', '- gsmtp',
  'protection.outlook.com', 'RESOLVER.ADR.RecipientNotFound', 'dsn=5.1.1,', 'status=bounced', 'to=<a@b.c>,', '#5.1.1',
  ' ', '  ', '\t', '\n', '\n\n', ' \n ', ':', ';', ',', '.', '-', '(', ')', '[', ']', '<', '>', '"', '=', '{', '}',
];

const tokenText = fc.array(fc.constantFrom(...smtpTokens), {maxLength: 60}).map((tokens) => tokens.join(''));
const spacedTokenText = fc.array(fc.constantFrom(...smtpTokens), {maxLength: 60}).map((tokens) => tokens.join(' '));
const loneSurrogates = fc.string({unit: fc.oneof(fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code)), fc.constantFrom('550', '5.1.1', '\n'))});

/** A bounce-like message: a header block (so the raw-message reader runs) and a generated body. */
const headerLines = [
  'From: Mail Delivery System <MAILER-DAEMON@example.net>', 'To: sender@example.net', 'Subject: Undelivered Mail Returned to Sender',
  'Subject: Delayed Mail (still being retried)', 'Subject: Out of office', 'Date: Mon, 3 Mar 2025 10:00:00 +0000',
  'MIME-Version: 1.0', 'Auto-Submitted: auto-replied', 'Message-ID: <1@example.net>',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', 'Content-Type: text/plain; charset=utf-8',
];
/** Tokens without line ends, for text whose line ends the test chooses. */
const inlineTokens = smtpTokens.filter((token) => !token.includes('\n'));
const bodyLines = [...inlineTokens, '--b', '--b--', 'Content-Type: message/delivery-status', 'Content-Type: text/plain', 'Content-Type: message/rfc822', ''];
const rawMessageLines = fc.tuple(
  fc.uniqueArray(fc.constantFrom(...headerLines), {minLength: 2, maxLength: 6}),
  fc.array(fc.array(fc.constantFrom(...bodyLines), {maxLength: 8}).map((tokens) => tokens.join(' ')), {maxLength: 25}),
).map(([headers, body]) => ['From: MAILER-DAEMON@example.net', ...headers, '', ...body]);

/** Multi-line text: lines without line ends of their own, joined by the caller. */
const textLines = fc.array(
  fc.array(fc.constantFrom(...inlineTokens), {maxLength: 12}).map((tokens) => tokens.join(' ')),
  {minLength: 1, maxLength: 20},
);

const anyString = fc.oneof(
  fc.string(),
  fc.string({unit: 'binary'}),
  fc.string({unit: 'binary-ascii'}),
  fc.string({unit: 'grapheme'}),
  loneSurrogates,
  tokenText,
  spacedTokenText,
  rawMessageLines.map((lines) => lines.join('\n')),
  fc.json(),
);

const kinds = new Set(['bounce', 'delay', 'delivered', 'autoreply', 'feedback', 'none']);
const reasons = new Set<string>(reasonIds);

/** What every result must look like, whatever the input. */
function expectWellFormed(result: DecodeResult): void {
  expect(kinds.has(result.kind)).toBe(true);
  expect(result.kind === 'none').toBe(result.recipients.length === 0);
  for (const recipient of result.recipients) {
    expect(reasons.has(recipient.reason.id)).toBe(true);
    if (recipient.replyCode) expect(recipient.replyCode.code).toMatch(/^[2-5]\d\d$/);
    if (recipient.status) expect(recipient.status.code).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    expect(typeof recipient.hardBounce).toBe('boolean');
    expect(typeof recipient.diagnostic).toBe('string');
  }
}

/** The result with line ends unified in the fields that quote the input as it was. */
function withoutLineEnds(result: DecodeResult): unknown {
  const unify = (text: string) => text.replace(/\r\n?/g, '\n');
  return {
    ...result,
    recipients: result.recipients.map((recipient) => ({
      ...recipient,
      diagnostic: unify(recipient.diagnostic),
      evidence: recipient.evidence.map((evidence) => ({...evidence, text: unify(evidence.text), note: unify(evidence.note)})),
    })),
  };
}

const lineEnds = {LF: '\n', CRLF: '\r\n', CR: '\r'};

describe('decodeText()', () => {
  test('never throws and always gives a well-formed result', () => {
    fc.assert(fc.property(anyString, (text) => {
      expectWellFormed(decodeText(text));
    }), {numRuns});
  });

  test('gives the same result for the same input', () => {
    fc.assert(fc.property(anyString, (text) => {
      expect(decodeText(text)).toStrictEqual(decodeText(text));
    }), {numRuns});
  });

  test('gives the same result with LF, CRLF and CR line ends', () => {
    fc.assert(fc.property(textLines, (lines) => {
      const [lf, crlf, cr] = Object.values(lineEnds).map((end) => withoutLineEnds(decodeText(lines.join(end))));
      expect(crlf).toStrictEqual(lf);
      expect(cr).toStrictEqual(lf);
    }), {numRuns});
  });
});

describe('decode()', () => {
  test('never throws on any string and always gives a well-formed result', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (text) => {
      expectWellFormed(await decode(text));
    }), {numRuns});
  });

  test('never throws on any bytes and always gives a well-formed result', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({maxLength: 2000}),
      anyString.map((text) => new TextEncoder().encode(text)),
    );
    await fc.assert(fc.asyncProperty(bytes, async (input) => {
      expectWellFormed(await decode(input));
    }), {numRuns});
  });

  test('gives the same result for the same input', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (text) => {
      expect(await decode(text)).toStrictEqual(await decode(text));
    }), {numRuns});
  });

  test('gives the same result for UTF-8 bytes and the text they encode', async () => {
    await fc.assert(fc.asyncProperty(anyString, async (generated) => {
      const bytes = new TextEncoder().encode(generated);
      // Lone surrogates have no UTF-8 form: compare with the text the bytes really hold.
      expect(await decode(bytes)).toStrictEqual(await decode(new TextDecoder().decode(bytes)));
    }), {numRuns});
  });

  test.each([
    ['text', textLines],
    ['raw message', rawMessageLines],
  ])('gives the same result with LF, CRLF and CR line ends (%s)', async (_name, linesArbitrary) => {
    await fc.assert(fc.asyncProperty(linesArbitrary, async (lines) => {
      const [lf, crlf, cr] = await Promise.all(Object.values(lineEnds).map(async (end) => withoutLineEnds(await decode(lines.join(end)))));
      expect(crlf).toStrictEqual(lf);
      expect(cr).toStrictEqual(lf);
    }), {numRuns});
  });
});
