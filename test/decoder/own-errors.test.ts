// A sending server's own error of an attempt that met no reply (src/rules/mta/*.ts `ownErrors`:
// Postfix's "connect to %s[%s]:%d: %m", its name service error, its session timeout), pasted alone
// or below a note: the line is the failure, and the class of the code the server gives it says
// whether the server retries (4.x.x a delay, 5.x.x a bounce). Generated over every row of every
// family, each in the server's sentence around it, with LF and CRLF. The words in a person's prose
// are no such error.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

/** The server's sentence around a row's words: its connection, name service and session errors. */
function sentence(text: string): string {
  if (text.startsWith(']:25: ')) return `connect to mx.example.org[192.0.2.1]:25: ${text.slice(6)}`;
  if (text.startsWith('] timed out while ')) return 'conversation with mx.example.org[192.0.2.1] timed out while sending RCPT TO';
  return `Host or domain name not found. Name service error for name=example.invalid ${text}`;
}

const rows = mtaFamilies.flatMap((family) => (family.ownErrors ?? []).map((row) => ({family: family.id, ...row})));

describe('a sending server\'s own error pasted alone is the failure, of its code\'s class', () => {
  test('the families have own errors', () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  test.each(rows.flatMap((row) => ['\n', '\r\n'].flatMap((eol) => [
    {name: `${row.family} ${row.status} alone ${eol === '\n' ? 'LF' : 'CRLF'}: ${sentence(row.text)}`, text: `${sentence(row.text)}${eol}`, status: row.status},
    {name: `${row.family} ${row.status} below a note ${eol === '\n' ? 'LF' : 'CRLF'}: ${sentence(row.text)}`, text: `Our server keeps logging this, any idea?${eol}${eol}${sentence(row.text)}${eol}`, status: row.status},
  ])))('$name', ({text, status}) => {
    const result = decodeText(text);
    const temporary = status.startsWith('4');
    expect([result.kind, result.recipients.map((found) => found.permanent)]).toEqual([temporary ? 'delay' : 'bounce', [!temporary]]);
  });
});

describe('the words in a person\'s prose are no server\'s error', () => {
  test.each([
    ['"timed out while" with no server before it', 'The upload timed out while sending the file. Why?\n'],
    ['"host not found" with no record type', 'curl: (6) Could not resolve host: example.invalid; Host not found\n'],
    ['a port that is no mail port', 'connect to localhost[127.0.0.1]:8080: Connection refused\n'],
  ])('%s: none', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
