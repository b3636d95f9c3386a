// isBareCodes (a heading of codes only, "Status code: 550 5.1.90") against its form without the
// early test for a word's character.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {isBareCodes} from '../../src/decoder/find-failures.ts';

/** What `isBareCodes` must equal: the label, then the codes and their punctuation, cut out of the line. */
function referenceIsBareCodes(line: string): boolean {
  const value = line.length > 200 ? line : line.replace(/^[^:]{0,60}:/, '');
  return value.replace(/(?<!\d)(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?!\d)/g, '').replace(/[\s\-#;:,.()<>[\]'"]/g, '') === '';
}

describe('isBareCodes', () => {
  test.each([
    ['a label and both codes', 'Status code: 550 5.1.90', true],
    ['codes in brackets and quotes', '  (550) [5.1.1] "4.2.2" #421;', true],
    ['nothing but white space', '   ', true],
    ['a reply with its words', 'Reported error: 550 5.1.90 reached your daily limit', false],
    ['a number that is no code', 'Status code: 550 1234', false],
    ['a letter right after the codes', '550 5.1.1x', false],
    ['a word in place of the label, past 60 characters', `${'x'.repeat(61)}: 550`, false],
    ['a long line keeps its label', `Status: ${'550 '.repeat(60)}`, false],
    ['a long line of codes only', '550 '.repeat(60), true],
    ['a non-ASCII digit', 'Status: 55\u0660', false],
  ] as const)('%s', (_name, line, want) => {
    expect(isBareCodes(line)).toBe(want);
    expect(referenceIsBareCodes(line)).toBe(want);
  });

  test('equals the cut of codes and punctuation on generated lines', () => {
    const piece = fc.constantFrom('550', '5.1.1', '4.2.2', '421', '2', '5', '.', ' ', '\t', ':', '-', '(', ')', '[', ']', '#', '"', "'", ',', ';', '<', '>', 'a', 'Status', '\u00a0', '\u0660', 'x'.repeat(70));
    fc.assert(fc.property(fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join('')), (line) => {
      expect(isBareCodes(line)).toBe(referenceIsBareCodes(line));
    }), {numRuns: 2000});
  });
});
