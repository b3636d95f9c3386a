// 8-bit notices are read in their charset, whichever way they are read: raw UTF-8 as it stands
// (RFC 6532: how servers write a notice in another language), any other charset, or malformed
// UTF-8, through the MIME parser. Each row builds the same Postfix-style notice around a German
// reply and asserts the reply's words arrive intact.
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const reply = '550 5.1.1 <anna@example.de>: Empfänger unbekannt, Postfach gelöscht';

/** A Postfix notice whose text part says `reply` in the charset `charset` names (none: no parameter), returning `original`. */
function notice(charset: string | undefined, original = 'Subject: Grüße\n\nHallo\n'): string {
  const type = charset === undefined ? 'text/plain' : `text/plain; charset=${charset}`;
  return [
    'From: MAILER-DAEMON@mx.example.net (Mail Delivery System)',
    'To: sender@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    `Content-Type: ${type}`,
    '',
    'This is the mail system at host mx.example.net.',
    '',
    '<anna@example.de>: host mx.example.de[192.0.2.8] said:',
    `    ${reply} (in reply to RCPT TO command)`,
    '',
    '--b1',
    'Content-Type: message/rfc822',
    '',
    original,
    '--b1--',
    '',
  ].join('\n');
}

/** Bytes of `text`, one per character (for charsets of one byte a character). */
const latin1Bytes = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf8Bytes = (text: string) => new TextEncoder().encode(text);

describe('an 8-bit notice keeps its words', () => {
  test.each<[string, Uint8Array]>([
    ['raw UTF-8, no charset named', utf8Bytes(notice(undefined))],
    ['raw UTF-8, charset=utf-8', utf8Bytes(notice('utf-8'))],
    ['raw UTF-8, charset="UTF-8" quoted', utf8Bytes(notice('"UTF-8"'))],
    ['ISO-8859-1 bytes, charset=iso-8859-1', latin1Bytes(notice('iso-8859-1'))],
    ['windows-1252 bytes, charset=windows-1252', latin1Bytes(notice('windows-1252'))],
    ['raw UTF-8 notice, its returned original in ISO-8859-1 bytes', (() => {
      const head = utf8Bytes(notice('utf-8', ''));
      const original = latin1Bytes('Subject: Gr\u00fc\u00dfe\n\nHallo\n');
      const at = head.length - '\n--b1--\n'.length;
      return Uint8Array.from([...head.subarray(0, at), ...original, ...head.subarray(at)]);
    })()],
  ])('%s', async (_name, bytes) => {
    const result = await decode(bytes);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.status?.code, recipient.reason.id])).toEqual([['anna@example.de', '5.1.1', 'userunknown']]);
    expect(result.recipients[0]!.diagnostic).toContain('Empfänger unbekannt, Postfach gelöscht');
  });
});

describe('an 8-bit notice whose bytes are not UTF-8 still decodes', () => {
  // Malformed UTF-8 goes to the MIME parser, which reads a charset it is not told as UTF-8 (so the
  // umlauts become U+FFFD there); recipient, codes and reason still come through.
  test.each<[string, Uint8Array]>([
    ['ISO-8859-1 bytes, no charset named', latin1Bytes(notice(undefined))],
    ['ISO-8859-1 bytes that claim utf-8', latin1Bytes(notice('utf-8'))],
  ])('%s', async (_name, bytes) => {
    const result = await decode(bytes);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.status?.code, recipient.reason.id])).toEqual([['anna@example.de', '5.1.1', 'userunknown']]);
    expect(result.recipients[0]!.diagnostic).toContain('unbekannt, Postfach');
  });
});

/**
 * A report part has no charset parameter, yet Japanese servers write its Diagnostic-Code in
 * ISO-2022-JP (RFC 1468): 7-bit bytes whose escapes switch to JIS X 0208. Read as UTF-8 they are
 * unreadable; the escape tells the charset.
 */
describe('a report field written in ISO-2022-JP', () => {
  // "ユーザーは見つかりません" (the user is not found) in ISO-2022-JP: ESC $ B, JIS X 0208 pairs, ESC ( B.
  const jis = '\x1b$B%f!<%6!<$O8+$D$+$j$^$;$s\x1b(B';
  const report = (diagnostic: string) => latin1Bytes([
    'From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>',
    'To: sender@example.org',
    'Subject: Returned mail: see transcript for details',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'The original message was received.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.jp',
    '',
    'Final-Recipient: rfc822; taro@example.jp',
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: X-Notes; ${diagnostic}`,
    '',
    '--b1--',
    '',
  ].join('\n'));

  test.each([
    ['escaped', jis, 'ユーザーは見つかりません'],
    ['plain ASCII, left as it is', 'User unknown', 'User unknown'],
  ])('%s', async (_name, diagnostic, words) => {
    const [recipient] = (await decode(report(diagnostic))).recipients;
    expect(recipient?.recipient).toBe('taro@example.jp');
    expect(recipient?.diagnostic).toContain(words);
  });
});
