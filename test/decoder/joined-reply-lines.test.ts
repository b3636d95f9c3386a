// A multi-line SMTP reply copied from a page or a log viewer that lost its line ends comes as one
// line, the lines' prefixes ("421-4.7.0 ") inside it, and a selection may start after the first
// line's codes. Alone, it is still the reply: a temporary one a delay (its sender tries again, RFC
// 5321 §4.5.4.1), a permanent one a bounce. Generated from the pool's multi-line replies and
// provider replies that have enhanced codes, and every failure code of the registry's pool in three
// lines, joined, with and without the first line's codes.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';

const pool = replyPool();
/** Every failure code of the registry's pool written as a server writes a reply of three lines. */
const fromStatusCodes = pool['status-code'].flatMap((spec) => {
  const match = /^([45]\d\d) ([45]\.\d{1,3}\.\d{1,3}) /.exec(spec.reply);
  if (match === null) return [];
  const [, code, status] = match;
  return [`${code}-${status} Requested action not taken for this recipient\n${code}-${status} Please quote reference 8F3A2C1D when asking\n${code} ${status} the administrator of example.net for details`];
});
/** Replies of three or more lines with one enhanced code: a prefix with its hyphen remains when the first line's are left out. */
const multiLine = [...fromStatusCodes, ...pool['multi-line'].map((spec) => spec.reply), ...pool.provider.map((spec) => spec.reply)]
  .filter((reply) => reply.split('\n').length >= 3 && /^[45]\d\d-[45]\.\d{1,3}\.\d{1,3} /.test(reply));

const cases = multiLine.flatMap((reply) => {
  const code = reply.slice(0, 3);
  const joined = reply.split('\n').join(' ');
  const withoutFirstCodes = joined.replace(/^[45]\d\d-[45]\.\d{1,3}\.\d{1,3} +/, '');
  return [
    {name: `joined: ${joined.slice(0, 60)}`, text: joined, code},
    {name: `joined, the first line's codes left out: ${withoutFirstCodes.slice(0, 60)}`, text: withoutFirstCodes, code},
  ];
});

describe('generated: a multi-line reply whose line ends were lost reads as the reply alone', () => {
  test('the pool holds such replies of both classes', () => {
    expect(new Set(cases.map((item) => item.code[0]))).toEqual(new Set(['4', '5']));
  });

  test.each(cases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect([result.kind, ...result.recipients.map((recipient) => [recipient.replyCode?.code, recipient.permanent])])
      .toEqual([code.startsWith('4') ? 'delay' : 'bounce', [code, code.startsWith('5')]]);
  });

  test.each([
    ['a program\'s error around it', 'SMTP Error: 421-4.7.0 Try again later, closing connection. 421-4.7.0 For more information, go to 421 4.7.0 https://support.google.com/mail/?p=ReceivingRate', 'bounce'],
    ['two replies of different codes', 'Our server got 451-4.7.1 Please try again later 451-4.7.1 greylisted and then 421-4.7.0 rate limited', 'bounce'],
  ])('not a reply alone: %s', (_name, text, kind) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});
