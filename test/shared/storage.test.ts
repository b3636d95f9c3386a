import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {DecodeResult} from '../../src/decoder/types.ts';
import {onItemChanged, pendingSelection, storageItem, tabDiagnosis} from '../../src/shared/storage.ts';
import {fakeBrowser, resetFakeBrowser} from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

beforeEach(resetFakeBrowser);

const noError: DecodeResult = {kind: 'none', format: 'text', recipients: []};

describe('storageItem()', () => {
  const theme = storageItem<'light' | 'dark'>('local', 'theme', 'light');

  test('reads the fallback while nothing is stored', async () => {
    await expect(theme.get()).resolves.toBe('light');
  });

  test('reads back what it stored, under its own key in its own area', async () => {
    await theme.set('dark');
    await expect(theme.get()).resolves.toBe('dark');
    expect(fakeBrowser.storage.local.items.get('theme')).toBe('dark');
    expect(fakeBrowser.storage.session.items.size).toBe(0);
  });

  test('reads a stored falsy value as itself, not as the fallback', async () => {
    const count = storageItem('local', 'count', 10);
    await count.set(0);
    await expect(count.get()).resolves.toBe(0);
  });

  test('remove() brings the fallback back', async () => {
    await theme.set('dark');
    await theme.remove();
    await expect(theme.get()).resolves.toBe('light');
    expect(fakeBrowser.storage.local.items.has('theme')).toBe(false);
  });

  test('a value that does not fit removes the key, so the older value is not read back as current, and rejects', async () => {
    await theme.set('dark');
    fakeBrowser.storage.local.set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(theme.set('light')).rejects.toThrow('quota');
    expect(fakeBrowser.storage.local.items.has('theme')).toBe(false);
  });

  test('set(undefined) removes the key instead of storing undefined', async () => {
    const note = storageItem<string | undefined>('session', 'note', undefined);
    await note.set('kept');
    await note.set(undefined);
    expect(fakeBrowser.storage.session.items.has('note')).toBe(false);
    expect(fakeBrowser.storage.session.set).toHaveBeenCalledTimes(1);
  });
});

describe('tabDiagnosis().set()', () => {
  const kept = {text: '550 5.1.1', result: noError};

  test('keeps the diagnosis in session storage, never on disk', async () => {
    await tabDiagnosis(5).set(kept);
    expect(fakeBrowser.storage.session.items.get('tabDiagnosis:5')).toEqual(kept);
    expect(fakeBrowser.storage.local.set).not.toHaveBeenCalled();
  });

  test('forgets the tab\'s diagnosis when given undefined, and only that tab\'s', async () => {
    await tabDiagnosis(5).set(kept);
    await tabDiagnosis(6).set(kept);
    await tabDiagnosis(5).set(undefined);
    expect([...fakeBrowser.storage.session.items.keys()]).toEqual(['tabDiagnosis:6']);
  });

  test('drops the older diagnosis when the new one does not fit, and says so', async () => {
    await tabDiagnosis(5).set(kept);
    fakeBrowser.storage.session.set.mockRejectedValueOnce(new Error('Session storage quota bytes exceeded'));
    await expect(tabDiagnosis(5).set({...kept, text: 'huge'})).rejects.toThrow('quota');
    expect(fakeBrowser.storage.session.items.has('tabDiagnosis:5')).toBe(false);
  });
});

describe('tabDiagnosis()', () => {
  test('keeps one entry per tab, in session storage only', async () => {
    await tabDiagnosis(1).set({text: 'first', result: noError});
    await tabDiagnosis(2).set({text: 'second', result: noError});

    await expect(tabDiagnosis(1).get()).resolves.toEqual({text: 'first', result: noError});
    await expect(tabDiagnosis(2).get()).resolves.toEqual({text: 'second', result: noError});
    await expect(tabDiagnosis(3).get()).resolves.toBeUndefined();
    expect([...fakeBrowser.storage.session.items.keys()]).toEqual(['tabDiagnosis:1', 'tabDiagnosis:2']);
    expect(fakeBrowser.storage.local.items.size).toBe(0);
  });
});

describe('onItemChanged()', () => {
  const theme = storageItem<'light' | 'dark'>('local', 'theme', 'light');

  test('reports the item\'s new values, and undefined once it is removed', async () => {
    const seen: unknown[] = [];
    const stop = onItemChanged(theme, (value) => seen.push(value));
    await theme.set('dark');
    await theme.remove();
    stop();
    expect(seen).toEqual(['dark', undefined]);
  });

  test.each([
    ['another key in the same area', async () => storageItem('local', 'other', 0).set(1)],
    ['the same key in another area', async () => storageItem('session', 'theme', 'light').set('dark')],
  ])('ignores %s', async (_name, write) => {
    const listener = vi.fn();
    const stop = onItemChanged(theme, listener);
    await write();
    stop();
    expect(listener).not.toHaveBeenCalled();
  });

  test('stops when told to', async () => {
    const listener = vi.fn();
    onItemChanged(theme, listener)();
    await theme.set('dark');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('pendingSelection', () => {
  test('lives in session storage, never on disk', async () => {
    await pendingSelection.set({text: '550 5.1.1', at: 1, decoded: noError});
    expect(fakeBrowser.storage.session.items.get('pendingSelection')).toEqual({text: '550 5.1.1', at: 1, decoded: noError});
    expect(fakeBrowser.storage.local.items.size).toBe(0);
  });
});
