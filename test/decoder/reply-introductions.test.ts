// A reply code right after a mail server's reply introduction ("Remote host said: 550 ...", "SMTP
// Protocol Returned a Permanent Error 550 ...") is a reply, whatever the case and the white space the
// template or a mail client gave the introduction; a number after other words is not.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {findReplyCodes} from '../../src/decoder/find-codes.ts';
import {escapeRegExp} from '../../src/decoder/match-text.ts';
import {templateReplyIntroductions} from '../../src/decoder/templates.ts';

/** ASCII letters in capitals: other letters' capitals may change a text's length. */
const capitals = (text: string) => text.replace(/[a-z]/g, (letter) => letter.toUpperCase());

describe('a reply code after a template reply introduction', () => {
  const cases = templateReplyIntroductions.flatMap((introduction) => [
    {name: `${introduction} | as written`, text: `Delivery failed. ${introduction.trimEnd()} 550 rejected`, introduction, found: true},
    {name: `${introduction} | capitals, blanks widened and folded`, text: `Delivery failed. ${capitals(introduction).replace(/ /g, ' \n\t ')}  550 rejected`, introduction, found: true},
    {name: `${introduction} | a word between`, text: `Delivery failed. ${introduction.trimEnd()} zzq 550 rejected`, introduction, found: false},
  ]);
  test.each(cases)('$name', ({text, found}) => {
    const codes = findReplyCodes(text).filter((code) => code.code === '550');
    expect(codes.length > 0).toBe(found);
  });

  test.each([
    ['a number in prose', 'Your order 550 has shipped', []],
    ['a line start', 'x\n550 5.1.1 unknown', ['550']],
    ['the introduction further back', 'Remote host said: hello 550 items', []],
    ['the introduction inside a longer word', 'Remote host saidx 550 items', []],
  ])('%s', (_name, text, codes) => {
    expect(findReplyCodes(text).map((found) => found.code)).toEqual(codes);
  });
});

/** Where the introductions end, as a scan of the whole text for every one of them finds them. */
function referenceIntroductionEnds(text: string): Set<number> {
  const pattern = new RegExp(templateReplyIntroductions.map((text) => escapeRegExp(text).replace(/ /g, '\\s+')).join('|'), 'gi');
  return new Set([...text.matchAll(pattern)].map((match) => match.index + match[0].length));
}

describe('the introductions read before a code, against a scan of the whole text', () => {
  const pieces = fc.constantFrom(...templateReplyIntroductions, ' ', '  ', '\n', 'word', '550', '421 ', '5.1.1', ': ', 'said', 'x');
  test('every code that follows an introduction the scan finds is a reply', () => {
    fc.assert(fc.property(fc.array(pieces, {maxLength: 24}), (parts) => {
      const text = parts.join('');
      const ends = referenceIntroductionEnds(text);
      const found = new Set(findReplyCodes(text).map((code) => code.index));
      for (const match of text.matchAll(/(?<![\w.\-/@+])[245][0-5]\d(?=[ \-'"\]):;,]|$)/gm)) {
        let at = match.index;
        while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
        if (ends.has(at) || ends.has(match.index)) expect(found.has(match.index)).toBe(true);
      }
    }), {numRuns: 2000});
  });
});
