// A person pastes the refusal they got as a paragraph of its own and writes their question around
// it ("550 domain of forward path is not allowed", a blank line, "Why?"): the reply is the failure,
// whatever its words, as it is pasted alone. Generated over every reply of the generator's pool
// without an enhanced code (those count by their code already) whose code only SMTP defines, in
// each layout a person writes, with LF and CRLF. A web server's status line set apart the same way
// ("404 Not Found"), a number opening a paragraph of prose, and a reply inside a sentence are not.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';

/** The pool's replies of one line and one code, no enhanced code, each once: the words are the server's alone. */
const replies = [...new Set(Object.values(replyPool()).flat().map((spec) => spec.reply))]
  .filter((reply) => /^(?:421|45[0-5]|55[0-5]) (?![245]\.\d)/.test(reply) && !reply.includes('\n'));

/** How a person sets a reply apart in what they write: below their question, above it, between. */
const layouts: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['above the question', (reply) => `${reply}\n\nI get this every time I test the mail settings. What is wrong?`],
  ['under a heading', (reply) => `When sending I get this error:\n${reply}\n\nAny idea?`],
  ['between greeting and question', (reply) => `Hi all,\n\n${reply}\n\nWhat does the server want from me?`],
  ['above a question in another script', (reply) => `${reply}\n\n配置公司的邮箱，启动后测试报上述错误，啥原因？`],
];

describe('a reply set apart in a paragraph of its own, a person\'s words around it', () => {
  test('the pool has such replies', () => {
    expect(replies.length).toBeGreaterThan(20);
  });

  test.each(replies.flatMap((reply) => layouts.flatMap(([layout, write]) => ['\n', '\r\n'].map((eol) => ({
    name: `${layout} ${eol === '\n' ? 'LF' : 'CRLF'}: ${reply.slice(0, 50)}`,
    text: write(reply).replaceAll('\n', eol),
    code: reply.slice(0, 3),
  })))))('$name', ({text, code}) => {
    const result = decodeText(text);
    expect([result.kind === 'none', result.recipients[0]?.replyCode?.code, result.recipients[0]?.permanent]).toEqual([false, code, code.startsWith('5')]);
  });
});

describe('what is not a reply set apart', () => {
  test.each([
    ['a web server\'s "404 Not Found"', '404 Not Found\n\nThe page moved. Where is it now?'],
    ['a web API\'s "422 Unprocessable Entity"', 'POST /v1/users returned:\n422 Unprocessable Entity\n\nWhich field is wrong?'],
    ['a web server\'s "429 Too Many Requests"', '429 Too Many Requests\n\nHow long should the client wait?'],
    ['a number opening a paragraph of prose', '550 people came to the meeting.\nIt went well and we will meet again.\n\nThanks to everyone.'],
    ['a number inside a sentence', 'We sent 550 invitations and 421 were opened.\n\nA good result.'],
  ])('%s: none', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
