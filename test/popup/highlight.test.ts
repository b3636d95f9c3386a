import {describe, expect, test} from 'vitest';
import {highlightSegments, type Segment} from '../../src/popup/highlight.ts';

/** Segments written short: plain text as a string, a marked run as [text, ...needle indexes]. */
type Short = string | [string, ...number[]];

function short(segments: readonly Segment[]): Short[] {
  return segments.map(({text, marks}) => (marks.length === 0 ? text : [text, ...marks]));
}

describe('highlightSegments()', () => {
  test.each<[string, string, string[], Short[]]>([
    ['marks each needle where it first occurs', '550 5.1.1 User unknown', ['5.1.1', 'user unknown'], ['550 ', ['5.1.1', 0], ' ', ['User unknown', 1]]],
    ['ignores case', 'Messages [TSS04] deferred', ['[tss04]'], ['Messages ', ['[TSS04]', 0], ' deferred']],
    ['treats any run of white space as one space', 'does not\n 550-5.1.1   exist', ['does not 550-5.1.1 exist'], [['does not\n 550-5.1.1   exist', 0]]],
    ['takes regex-special characters literally', 'a.b*c (x)+? [y] $1 \\d', ['(x)+?', '[y]', '$1', '\\d'], ['a.b*c ', ['(x)+?', 0], ' ', ['[y]', 1], ' ', ['$1', 2], ' ', ['\\d', 3]]],
    ['does not read a dot as any character', 'code 5x1x1 and 5.1.1', ['5.1.1'], ['code 5x1x1 and ', ['5.1.1', 0]]],
    ['prefers a whole number to one inside another', 'id 45501: 550 rejected', ['550'], ['id 45501: ', ['550', 0], ' rejected']],
    ['falls back to a match inside a word when there is no other', 'error4550x', ['550'], ['error4', ['550', 0], 'x']],
    ['splits overlapping matches by who covers what', 'abcdef', ['abcd', 'cdef'], [['ab', 0], ['cd', 0, 1], ['ef', 1]]],
    ['merges a needle inside another into segments', 'the user unknown here', ['user unknown', 'unknown'], ['the ', ['user ', 0], ['unknown', 0, 1], ' here']],
    ['marks the same text for two needles once, covered by both', '421 try later', ['421', '421'], [['421', 0, 1], ' try later']],
    ['marks adjacent needles as separate segments', '550-5.1.1', ['550', '5.1.1'], [['550', 0], '-', ['5.1.1', 1]]],
    ['trims the needle', 'a  user unknown b', ['  user unknown\n'], ['a  ', ['user unknown', 0], ' b']],
    ['keeps astral characters whole', '📧 550 ✉️', ['550'], ['📧 ', ['550', 0], ' ✉️']],
    ['maps matches after a character whose lower case is longer', 'İstanbul 550', ['550'], ['İstanbul ', ['550', 0]]],
  ])('%s', (_name, text, needles, expected) => {
    expect(short(highlightSegments(text, needles))).toEqual(expected);
  });

  test.each<[string, string, string[]]>([
    ['a needle that is not in the text', '550 5.1.1 User unknown', ['mailbox full']],
    ['an empty needle', '550 5.1.1', ['']],
    ['a needle of white space only', '550 5.1.1', ['   ']],
    ['no needles at all', '550 5.1.1', []],
    ['a needle longer than the text', '550', ['550 5.1.1']],
    ['a regex that would match but is not in the text literally', '550 5.1.1', ['5.1.?']],
  ])('marks nothing for %s', (_name, text, needles) => {
    expect(short(highlightSegments(text, needles))).toEqual([text]);
  });

  test('gives back the text unchanged, segment by segment', () => {
    const text = 'Diagnostic-Code: smtp; 550-5.1.1 The email account\n 550-5.1.1 that you tried to reach does not exist - gsmtp';
    const segments = highlightSegments(text, ['550', '5.1.1', 'email account that you tried to reach does not exist', '- gsmtp']);
    expect(segments.map(({text: part}) => part).join('')).toBe(text);
    // The phrase is cut by a continuation line's "550-5.1.1", so it is not in the text as such: no mark.
    expect(segments.filter(({marks}) => marks.length > 0).map(({text: part}) => part)).toEqual(['550', '5.1.1', '- gsmtp']);
  });

  test('is empty for an empty text', () => {
    expect(highlightSegments('', ['550'])).toEqual([]);
  });
});
