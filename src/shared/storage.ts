/**
 * Typed storage: each stored value is declared once here, with its area, key and default, so no
 * other file spells a storage key or guesses a stored shape.
 */
import type {DecodeResult} from '../decoder/types.ts';
import {browser} from './browser.ts';

/** What the extension keeps about one tab: the text decoded there and what it decoded to. */
export interface TabDiagnosis {
  readonly text: string;
  readonly result: DecodeResult;
}

/** One value in one storage area, read back as `fallback` while nothing is stored. */
export interface StorageItem<T> {
  readonly area: 'local' | 'session';
  readonly key: string;
  get(): Promise<T>;
  /**
   * Stores the value; storing `undefined` removes the key, since storage areas cannot hold it. A
   * value that cannot be stored (over the area's quota) removes the key too, then rejects: the value
   * before must not stay behind as if it were the current one.
   */
  set(value: T): Promise<void>;
  remove(): Promise<void>;
}

/**
 * Declares a typed storage value.
 *
 * @example
 * const theme = storageItem<'light' | 'dark'>('local', 'theme', 'light');
 * await theme.get();
 * //=> 'light'
 */
export function storageItem<T>(area: StorageItem<T>['area'], key: string, fallback: T): StorageItem<T> {
  return {
    area,
    key,
    async get() {
      const stored = await browser.storage[area].get(key);
      // Only this module writes `key`, always with a `T`, so the stored value is a `T` when present.
      return Object.hasOwn(stored, key) ? (stored[key] as T) : fallback;
    },
    async set(value) {
      try {
        await (value === undefined ? browser.storage[area].remove(key) : browser.storage[area].set({[key]: value}));
      } catch (error) {
        await browser.storage[area].remove(key);
        throw error;
      }
    },
    async remove() {
      await browser.storage[area].remove(key);
    },
  };
}

/**
 * The diagnosis kept for a tab, until the tab closes (the background forgets closed tabs). It lives
 * in `storage.session`: in memory only, gone when the browser quits, because a pasted bounce is mail
 * content and must never reach the disk. The popup reads and writes it itself: asking the background
 * instead would first wake its service worker, which costs the popup tens of milliseconds.
 */
export function tabDiagnosis(tabId: number): StorageItem<TabDiagnosis | undefined> {
  return storageItem<TabDiagnosis | undefined>('session', `tabDiagnosis:${tabId}`, undefined);
}

/**
 * Calls `listener` with an item's new value (`undefined` once removed) whenever any part of the
 * extension changes it; returns the function that stops listening.
 *
 * @example
 * const stop = onItemChanged(pendingSelection, (selection) => show(selection));
 */
export function onItemChanged<T>(item: StorageItem<T>, listener: (value: T | undefined) => void): () => void {
  const onChanged = (changes: Record<string, {newValue?: unknown}>, areaName: string): void => {
    const change = changes[item.key];
    if (areaName === item.area && change !== undefined) {
      // As in `get`: only this module writes `key`, always with a `T`.
      listener(change.newValue as T | undefined);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    browser.storage.onChanged.removeListener(onChanged);
  };
}

/** Text chosen with the "Decode SMTP error" context menu, on its way to the popup. */
export interface PendingSelection {
  readonly text: string;
  /** When it was chosen (`Date.now()`): the popup takes only a fresh one. */
  readonly at: number;
  /**
   * The text's decoding, made by the background as it stashes the text: the popup paints it without
   * loading the decoder, as it paints a kept text.
   */
  readonly decoded: DecodeResult;
  /** The tab it was selected in, when it came from one: only that tab's popup takes it. */
  readonly tabId?: number;
}

/**
 * The selection the context menu hands to the popup (or to the popup's window). In `storage.session`,
 * like the tab diagnoses: it is mail content. The popup removes it once shown.
 */
export const pendingSelection: StorageItem<PendingSelection | undefined> =
  storageItem<PendingSelection | undefined>('session', 'pendingSelection', undefined);

/** A failure notice found in a message open in a tab, as the background decoded it. */
export interface PageNotice {
  /** The message's subject as the page shows it (empty for a page read on request). */
  readonly subject: string;
  readonly result: DecodeResult;
}

/**
 * What the extension found in the page open in a tab: the failure notices open there (a Gmail thread
 * can hold several), read by a webmail adapter or, on request, from any page (`generic`); in
 * Thunderbird, the notices among the messages the tab displays, read from their raw source
 * (`thunderbird`).
 */
export interface PageDiagnosis {
  readonly source: 'gmail' | 'outlook' | 'yahoo' | 'generic' | 'thunderbird';
  readonly notices: readonly PageNotice[];
}

/**
 * The notices found in the page open in a tab (in Thunderbird: the message it displays), for the
 * popup: whichever way they were found, the popup reads them here. In `storage.session`, like the
 * other tab items; replaced when the user opens another message, removed when the tab navigates or
 * closes.
 * The message itself is never kept, only its decoding, which quotes the lines that carry the server's
 * reply (the "why" of each card) and names the recipients.
 */
export function pageDiagnosis(tabId: number): StorageItem<PageDiagnosis | undefined> {
  return storageItem<PageDiagnosis | undefined>('session', `pageDiagnosis:${tabId}`, undefined);
}

/** A write to the history the browser refused, for the popup to say so. */
export interface KeepRefusal {
  /** What the browser said (`QuotaExceededError: …`). */
  readonly message: string;
  /** When (`Date.now()`). */
  readonly at: number;
}

/**
 * The background's last refused write to the history, until one succeeds. In `storage.session`, like
 * the tab items: in memory, gone when the browser quits.
 */
export const keepRefusal: StorageItem<KeepRefusal | undefined> = storageItem<KeepRefusal | undefined>('session', 'keepRefusal', undefined);
