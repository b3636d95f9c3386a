/**
 * The bound on what the analysis reads, held to its definition: every line cut to 4,096
 * characters within the first 1 MB, then the whole cut to 128 KB. The decoder walks lines only
 * until the bound is filled; this checks it against the plain split-cut-join on random texts.
 */
import {expect, test} from 'vitest';
import {boundForAnalysis} from '../../src/decoder/decode.ts';

const maxLineLength = 4096;
const maxAnalysedLength = 128 * 1024;

function byDefinition(text: string): string {
  const lines = text.slice(0, maxAnalysedLength * 8).split('\n');
  return lines.map((line) => line.slice(0, maxLineLength)).join('\n').slice(0, maxAnalysedLength);
}

/** A deterministic generator: the same texts on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

test.each([1, 2, 3, 4, 5, 6, 7, 8])('random texts of short, long and giant lines (seed %i)', (seed) => {
  const next = random(seed);
  for (let round = 0; round < 40; round++) {
    const lines: string[] = [];
    const total = Math.floor(next() * (round % 4 === 0 ? 6000 : 1_300_000));
    for (let length = 0; length < total;) {
      const pick = next();
      const line = pick < 0.05 ? 'x'.repeat(Math.floor(next() * 300_000)) : pick < 0.5 ? '' : 'y'.repeat(Math.floor(next() * 5000));
      lines.push(line);
      length += line.length + 1;
    }
    const text = lines.join('\n') + (next() < 0.5 ? '\n' : '');
    expect(boundForAnalysis(text)).toBe(byDefinition(text));
  }
});

test.each([
  ['empty', ''],
  ['one short line', 'abc'],
  ['a line of exactly 4,096', 'z'.repeat(4096)],
  ['a line of 4,097', 'z'.repeat(4097)],
  ['a giant first line, then text', `${'z'.repeat(2_000_000)}\nthe rest`],
  ['short lines past the bound', 'ab\n'.repeat(100_000)],
])('%s', (_name, text) => {
  expect(boundForAnalysis(text)).toBe(byDefinition(text));
});
