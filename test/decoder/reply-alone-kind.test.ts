// A server's temporary reply (4yz, RFC 5321 §4.2.1 "Transient Negative Completion") pasted alone says
// the client may ask again: no notice says anyone gave up, so it is a delay. Generated over every
// temporary reply of the registry's classes and the providers' rows, each as one line, as a
// multi-line reply and as the same reply run into one line. A program's error that quotes such a
// reply (its send failed), a session's transcript, a notice around it, or a permanent reply, are not.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';

/** Every temporary reply of the generator's pool, each once. */
const temporary = [...new Set(Object.values(replyPool()).flat().map((spec) => spec.reply).filter((reply) => /^4\d\d/.test(reply)))];

/** The reply's lines as a multi-line reply writes them: each line but the last with the code and a hyphen. */
function multiLine(reply: string): string {
  const [code, ...words] = reply.replace(/\n/g, ' ').split(' ');
  const half = Math.max(1, Math.floor(words.length / 2));
  return `${code}-${words.slice(0, half).join(' ')}\n${code} ${words.slice(half).join(' ')}`;
}

describe('a temporary reply pasted alone is a delay', () => {
  test('the pool has temporary replies', () => {
    expect(temporary.length).toBeGreaterThan(20);
  });

  // A reply of a few words is not split: each line of a multi-line reply has words of its own.
  test.each(temporary.flatMap((reply) => [
    {name: `${reply.split('\n')[0]!.slice(0, 40)} | as given`, text: reply},
    ...(reply.split(/\s+/).length < 5 ? [] : [
      {name: `${reply.split('\n')[0]!.slice(0, 40)} | multi-line`, text: multiLine(reply)},
      {name: `${reply.split('\n')[0]!.slice(0, 40)} | run into one line`, text: multiLine(reply).replace('\n', ' ')},
    ]),
  ]))('$name', ({text}) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients[0]?.permanent]).toEqual(['delay', false]);
  });
});

describe('what stays a bounce', () => {
  test.each([
    ['a permanent reply alone', '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'],
    ['a program\'s error quoting a temporary reply (its send failed)', 'SMTP Error: 421 4.7.0 Try again later, closing connection.'],
    ['a session\'s transcript ending in a temporary reply', 'MAIL FROM:<alice@example.org>\n250 2.1.0 OK\nRCPT TO:<bob@example.com>\n451 4.7.1 Greylisted, please try again later'],
    ['a notice that gave up over a temporary reply', 'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<bob@example.com>:\n192.0.2.1 does not like recipient.\nRemote host said: 451 4.3.0 Temporary failure'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('bounce');
  });
});
