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

/** Hostile shapes, generated: what an attacker would try on the MIME parser and the report reader. */
describe('decode() on hostile shapes', () => {
  /** Fewer runs: each input is tens of kilobytes. */
  const hostileRuns = 12;
  const reportPart = `Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n${
    btoa('Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n')}\n`;
  const notice = (headers: string, extraPart = '') => `From: MAILER-DAEMON@example.net\n${headers}MIME-Version: 1.0\n`
    + 'Content-Type: multipart/report; report-type=delivery-status; boundary="b0"\n\n'
    + `--b0\nContent-Type: text/plain\n\nDelivery failed.\n--b0\n${reportPart}${extraPart === '' ? '' : `--b0\n${extraPart}`}--b0--\n`;
  const readsTheReport = (result: DecodeResult) => {
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.status?.code, recipient.reason.id]))
      .toStrictEqual([['a@example.org', '5.1.1', 'userunknown']]);
  };
  const encodedWords = fc.tuple(fc.integer({min: 1, max: 4000}), fc.constantFrom('=?UTF-8?B?YWJj?=', '=?UTF-8?Q?=C3=A9t=C3=A9?=', '=?ISO-8859-1?Q?caf=E9?='), fc.constantFrom(' ', '\n ', '\n\t'))
    .map(([count, word, separator]) => Array.from({length: count}, () => word).join(separator));

  test.each([
    ['a Subject', (words: string) => notice(`Subject: ${words}\n`)],
    ['a To display name', (words: string) => notice(`To: ${words} <sender@example.net>\n`)],
    ['an attachment name', (words: string) => notice('', `Content-Type: text/plain\nContent-Disposition: attachment; filename="${words}"\n\nx\n`)],
  ])('encoded words of any number in %s: the report is still read', async (_name, make) => {
    await fc.assert(fc.asyncProperty(encodedWords, async (words) => {
      readsTheReport(await decode(make(words)));
    }), {numRuns: hostileRuns});
  });

  test('multiparts nested at any depth: the report inside is read', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({min: 0, max: 600}), async (depth) => {
      let message = reportPart;
      for (let level = depth; level > 0; level--) message = `Content-Type: multipart/mixed; boundary="n${level}"\n\n--n${level}\n${message}--n${level}--\n`;
      readsTheReport(await decode(`From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n${message}`));
    }), {numRuns: hostileRuns});
  });

  test.each([
    ['UTF-16LE', [0xFF, 0xFE], 'utf16le'],
    ['UTF-16BE', [0xFE, 0xFF], 'utf16be'],
  ] as const)('%s bytes behind a byte-order mark decode like the text they encode', async (_name, mark, encoding) => {
    const encode = (text: string) => {
      const bytes = new Uint8Array(mark.length + text.length * 2);
      bytes.set(mark);
      for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        const [first, second] = encoding === 'utf16le' ? [code & 0xFF, code >> 8] : [code >> 8, code & 0xFF];
        bytes[mark.length + 2 * index] = first;
        bytes[mark.length + 2 * index + 1] = second;
      }
      return bytes;
    };
    const texts = fc.oneof(tokenText, spacedTokenText, rawMessageLines.map((lines) => lines.join('\n')), rawMessageLines.map((lines) => lines.join('\r\n')));
    await fc.assert(fc.asyncProperty(texts, async (text) => {
      expect(await decode(encode(text))).toStrictEqual(await decode(text));
    }), {numRuns});
  });

  test('a report of any number of recipients, and a list of more, give at most 1,000, in their order', async () => {
    // Pasted text: the recipients its list names beyond its report's (a report cut short) follow the report's.
    await fc.assert(fc.asyncProperty(fc.integer({min: 1, max: 4000}), fc.integer({min: 0, max: 1500}), async (fields, lines) => {
      const report = Array.from({length: fields}, (_, index) => `Final-Recipient: rfc822; u${index}@example.org\nStatus: 5.1.1\n`).join('\n');
      const prose = Array.from({length: lines}, (_, index) => `<u${index}@example.org>: 550 5.1.1 unknown`).join('\n');
      const result = await decode(`${report}\n${prose}\n`);
      expect(result.recipients.map((recipient) => recipient.recipient))
        .toStrictEqual(Array.from({length: Math.min(Math.max(fields, lines), 1000)}, (_, index) => `u${index}@example.org`));
    }), {numRuns: hostileRuns});
  });
});
