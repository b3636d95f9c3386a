import {describe, expect, test} from 'vitest';
import {boundForMimeParser, maxHeaderFieldLength, maxHeaderFields, maxMultipartDepth} from '../../src/decoder/bound-mime.ts';
import {decode} from '../../src/decoder/index.ts';

/** Multiparts nested `depth` deep, with `inner` as the innermost part. */
function nested(depth: number, inner: string): string {
  let message = inner;
  for (let level = depth; level > 0; level--) message = `Content-Type: multipart/mixed; boundary="n${level}"\n\n--n${level}\n${message}--n${level}--\n`;
  return `From: a@example.net\nMIME-Version: 1.0\n${message}`;
}

/** The boundary lines of a message, in order. */
const boundaryLines = (message: string) => message.split('\n').filter((line) => line.startsWith('--'));

describe('boundForMimeParser() leaves alone', () => {
  test.each([
    ['a plain message', 'From: a@example.net\nSubject: hi\n\nbody\n'],
    ['a multipart report', 'From: a@example.net\nContent-Type: multipart/report; boundary="b"\n\n--b\nContent-Type: text/plain\n\nx\n--b--\n'],
    ['a header exactly at the bound', `Subject: ${'x'.repeat(maxHeaderFieldLength - 'Subject: '.length)}\n\nbody\n`],
    ['a long body line (bodies are not bounded)', `Subject: s\n\n${'y'.repeat(maxHeaderFieldLength * 3)}\n`],
    ['a folded header under the bound', `Subject: ${'=?UTF-8?B?YWJj?=\n '.repeat(100)}end\n\nbody\n`],
    [`multiparts nested ${maxMultipartDepth} deep`, nested(maxMultipartDepth, 'Content-Type: text/plain\n\nx\n')],
    [`a header block of ${maxHeaderFields} fields, folded lines beside them`, `${'Received: from a\n by b\n'.repeat(maxHeaderFields)}\nbody\n`],
    ['a body of many more lines than a block keeps fields', `Subject: s\n\n${'line\n'.repeat(maxHeaderFields * 3)}`],
    ['a "--" line in a body that no boundary names', 'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\n-- \nsignature\n--b--\n'],
  ])('%s', (_name, message) => {
    expect(boundForMimeParser(message)).toBe(message);
    const bytes = new TextEncoder().encode(message);
    expect(boundForMimeParser(bytes)).toBe(bytes);
  });
});

describe('boundForMimeParser() cuts a header field to the bound', () => {
  test.each([
    ['one long line', `Subject: ${'x'.repeat(maxHeaderFieldLength * 4)}`],
    ['many folded lines', `Subject: ${'=?UTF-8?B?YWJj?=\n '.repeat(5000)}end`],
    ['a display name of encoded words', `To: ${'=?UTF-8?B?YWJj?= '.repeat(5000)}<a@example.org>`],
  ])('at the top: %s', (_name, header) => {
    const message = `From: a@example.net\n${header}\nX-After: kept\n\nbody 550 5.1.1\n`;
    for (const input of [message, new TextEncoder().encode(message)]) {
      const bounded = boundForMimeParser(input);
      const text = typeof bounded === 'string' ? bounded : new TextDecoder().decode(bounded);
      const field = text.slice(text.indexOf('\n') + 1, text.indexOf('\nX-After'));
      expect(field.length).toBeLessThanOrEqual(maxHeaderFieldLength);
      expect(field.length).toBeGreaterThan(maxHeaderFieldLength - 20);
      expect(text.endsWith('\nX-After: kept\n\nbody 550 5.1.1\n')).toBe(true);
    }
  });

  test('in a part: an attachment name of encoded words', () => {
    const name = '=?UTF-8?B?YWJj?=\n '.repeat(5000);
    const message = `Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename="${name}"\n\nkept\n--b--\n`;
    const bounded = boundForMimeParser(message);
    expect(bounded.length).toBeLessThan(message.length);
    expect(bounded.endsWith('\n\nkept\n--b--\n')).toBe(true);
    expect(bounded.split('\n').find((line) => line.startsWith('Content-Disposition'))!.length).toBeLessThanOrEqual(maxHeaderFieldLength);
  });
});

describe('boundForMimeParser() keeps a header block\'s first fields', () => {
  const fields = (count: number) => Array.from({length: count}, (_, index) => `X-Failed-Recipients: u${index}@example.org,\n`).join('');
  test.each([
    ['at the top, the body after it', `From: a@example.net\n${fields(maxHeaderFields * 3)}\nbody 550 5.1.1\n`, '\nbody 550 5.1.1\n'],
    ['with folded lines past the bound', `From: a@example.net\n${fields(maxHeaderFields)}${'Received: from a\n by b\n'.repeat(500)}\nbody\n`, '\nbody\n'],
    ['in a part', `Content-Type: multipart/mixed; boundary="b"\n\n--b\n${fields(maxHeaderFields + 5)}Content-Type: text/plain\n\nkept\n--b--\n`, '\nkept\n--b--\n'],
    ['a block the message ends in', `From: a@example.net\n${fields(maxHeaderFields + 5)}`, ''],
  ])('%s', (_name, message, tail) => {
    for (const input of [message, new TextEncoder().encode(message)]) {
      const bounded = boundForMimeParser(input);
      const text = typeof bounded === 'string' ? bounded : new TextDecoder().decode(bounded);
      const firstBlock = text.slice(text.lastIndexOf('--b\n') + 1 || 0).split('\n\n')[0]!;
      expect(firstBlock.split('\n').filter((line) => /^[^ \t-]/.test(line)).length).toBeLessThanOrEqual(maxHeaderFields + 1);
      expect(text.endsWith(tail)).toBe(true);
      expect(text).toContain(`u${maxHeaderFields - 2}@example.org`);
      expect(text).not.toContain(`u${maxHeaderFields + 2}@example.org`);
    }
  });

  test('a notice under a block of too many fields is still read', async () => {
    const message = `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n${fields(maxHeaderFields * 2)}\n<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n`;
    const result = await decode(message);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.status?.code])).toEqual([['bob@example.org', '5.1.1']]);
  });
});

describe('boundForMimeParser() flattens nesting past the bound into the deepest level kept', () => {
  test.each([maxMultipartDepth + 1, 300, 5000])('%i levels: every leaf part stays, under at most %i kept boundaries', (depth) => {
    const bounded = boundForMimeParser(nested(depth, 'Content-Type: text/plain\n\nthe leaf\n'));
    const boundaries = new Set(boundaryLines(bounded).map((line) => line.replace(/--$/, '')));
    expect(boundaries.size).toBe(maxMultipartDepth);
    expect(bounded).toContain('\n--n32\nContent-Type: text/plain\n\nthe leaf\n');
    // Each kept level is opened once and closed once.
    expect(boundaryLines(bounded)).toHaveLength(2 * maxMultipartDepth);
  });

  test('siblings inside a flattened level become siblings of the deepest kept level', () => {
    const inner = 'Content-Type: multipart/mixed; boundary="deep"\n\n--deep\nContent-Type: text/plain\n\none\n--deep\nContent-Type: text/plain\n\ntwo\n--deep--\n';
    const bounded = boundForMimeParser(nested(maxMultipartDepth, inner));
    expect(bounded).toContain('--n32\nContent-Type: text/plain\n\none\n--n32\nContent-Type: text/plain\n\ntwo\n');
    expect(bounded).not.toContain('deep');
  });
});

test('boundForMimeParser() reads a Content-Type folded onto the next line', () => {
  let message = 'Content-Type: text/plain\n\nthe leaf\n';
  for (let level = maxMultipartDepth + 3; level > 0; level--) message = `Content-Type:\n multipart/mixed; boundary="n${level}"\n\n--n${level}\n${message}--n${level}--\n`;
  const bounded = boundForMimeParser(`From: a@example.net\n${message}`);
  expect(new Set(boundaryLines(bounded).map((line) => line.replace(/--$/, ''))).size).toBe(maxMultipartDepth);
});

describe('boundForMimeParser() on bytes gives the same with or without the caller\'s single-byte text', () => {
  const latin1 = new TextDecoder('latin1');
  test.each([
    ['nothing to bound', 'From: a@example.net\nSubject: caf\u00e9\n\nbody\n'],
    ['a long header field', `From: a@example.net\nSubject: ${'=?utf-8?q?x?= '.repeat(2000)}\n\nbody\n`],
    ['nesting past the bound', nested(maxMultipartDepth + 4, 'Content-Type: text/plain\n\nthe leaf \u00ff\n')],
  ])('%s', (_name, message) => {
    const bytes = Uint8Array.from(message, (character) => character.charCodeAt(0));
    expect(boundForMimeParser(bytes, latin1.decode(bytes))).toEqual(boundForMimeParser(bytes));
  });
});
