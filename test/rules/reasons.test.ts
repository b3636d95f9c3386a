import {readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {broadStatusReasons, fallbackReasonOrder, reasonOrder, reasons} from '../../src/rules/index.ts';
import {reasonIds} from '../../src/rules/types.ts';

const reasonDirectory = new URL('../../src/rules/reasons/', import.meta.url);
const reasonFiles = readdirSync(reasonDirectory).filter((name) => name.endsWith('.ts') && name !== 'index.ts');

describe('reasons', () => {
  test('every reason id of reasons.md has a rule, and every rule a known id', () => {
    expect(Object.keys(reasons).sort()).toEqual([...reasonIds].sort());
  });

  test('one file per reason, the file name being the id with dashes', () => {
    expect(reasonFiles).toHaveLength(reasonIds.length);
    const idsFromNames = reasonFiles.map((name) => name.replace(/\.ts$/, '').replaceAll('-', ''));
    expect(idsFromNames.sort()).toEqual([...reasonIds].sort());
  });

  test.each(Object.values(reasons).map((rule) => [rule.id, rule] as const))('%s: phrases are lower-case, unique and not blank', (_id, rule) => {
    const phrases = [...rule.phrases, ...(rule.exceptWhen ?? []), ...(rule.phraseSequences ?? []).flat()];
    for (const phrase of phrases) {
      expect(phrase).toBe(phrase.toLowerCase());
      expect(phrase.trim()).not.toBe('');
    }
    expect(new Set(rule.phrases).size).toBe(rule.phrases.length);
    expect(rule.title.length).toBeGreaterThan(0);
    expect(rule.action.summary.length).toBeGreaterThan(0);
  });
});

describe('reasonOrder and fallbackReasonOrder', () => {
  const both = [...reasonOrder, ...fallbackReasonOrder];

  test('no reason is listed twice', () => {
    expect(new Set(both).size).toBe(both.length);
  });

  test.each(both.map((id) => [id] as const))('%s has phrases to try', (id) => {
    expect(reasons[id].phrases.length + (reasons[id].phraseSequences?.length ?? 0)).toBeGreaterThan(0);
  });

  test.each([
    ['onhold'], ['undefined'], ['delivered'], ['vacation'], ['feedback'],
  ] as const)('%s is never concluded from the words of a reply', (id) => {
    expect(both).not.toContain(id);
  });

  test('every broad status reason is a known id', () => {
    for (const id of broadStatusReasons) expect(reasonIds).toContain(id);
  });
});
