/**
 * Where a kept decoding came from, in words, for the history page's filter and entries: every
 * source has its own name (Thunderbird's included), and a host goes after it when there is one.
 */
import {describe, expect, test, vi} from 'vitest';
import {keptSources, sourceLabel, sourceName} from '../../src/history/source-label.ts';
import type {KeptSource} from '../../src/history/types.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

describe('sourceName()', () => {
  test.each<[KeptSource, string]>([
    ['webmail', 'Webmail'],
    ['thunderbird', 'Thunderbird'],
    ['paste', 'Pasted'],
    ['selection', 'Selected text'],
    ['file', 'File'],
  ])('names %s "%s"', (source, name) => {
    expect(sourceName(source)).toBe(name);
  });

  test('the filter lists every source once, each with a name of its own', () => {
    expect(new Set(keptSources).size).toBe(keptSources.length);
    expect(new Set(keptSources.map(sourceName)).size).toBe(keptSources.length);
    expect(keptSources).toContain('thunderbird');
  });
});

describe('sourceLabel()', () => {
  test.each<[string, {source: KeptSource; sourceHost?: string}, string]>([
    ['a webmail, with its host', {source: 'webmail', sourceHost: 'mail.google.com'}, 'Webmail (mail.google.com)'],
    ['Thunderbird, which has no host', {source: 'thunderbird'}, 'Thunderbird'],
    ['a paste', {source: 'paste'}, 'Pasted'],
    ['an empty host, as none', {source: 'selection', sourceHost: ''}, 'Selected text'],
  ])('labels %s', (_name, entry, label) => {
    expect(sourceLabel(entry)).toBe(label);
  });
});
