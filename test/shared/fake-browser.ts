/**
 * An in-memory stand-in for the parts of `webextension-polyfill` the extension uses. The real module
 * throws outside an extension, so unit tests swap it in with:
 *
 *   vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
 *
 * Listeners stay registered across tests (modules register them once, at import, as in the browser);
 * `resetFakeBrowser()` in `beforeEach` empties storage and resets the mocks.
 */
import {vi} from 'vitest';
import type PolyfillBrowser from 'webextension-polyfill';
import type {Runtime, Tabs} from '../../src/shared/browser.ts';

export const extensionId = 'fake-extension-id';
export const extensionOrigin = `chrome-extension://${extensionId}/`;

/** An event whose listeners a test can call directly, with the arguments the browser would pass. */
class FakeEvent<Listener extends (...args: never[]) => unknown> {
  readonly listeners: Listener[] = [];

  addListener(listener: Listener): void {
    this.listeners.push(listener);
  }

  removeListener(listener: Listener): void {
    const index = this.listeners.indexOf(listener);
    if (index !== -1) {
      this.listeners.splice(index, 1);
    }
  }

  hasListener(listener: Listener): boolean {
    return this.listeners.includes(listener);
  }

  /** Calls every listener, as the browser does, and returns what each returned. */
  dispatch(...args: Parameters<Listener>): Array<ReturnType<Listener>> {
    return this.listeners.map((listener) => listener(...args) as ReturnType<Listener>);
  }
}

/** A storage area that, like the real ones, hands out copies rather than the stored objects. */
class FakeStorageArea {
  readonly items = new Map<string, unknown>();

  get = vi.fn(async (keys?: string | string[] | null): Promise<Record<string, unknown>> => {
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : [keys].flat();
    return Object.fromEntries(
      wanted.filter((key) => this.items.has(key)).map((key) => [key, structuredClone(this.items.get(key))]),
    );
  });

  set = vi.fn(async (items: Record<string, unknown>): Promise<void> => {
    for (const [key, value] of Object.entries(items)) {
      this.items.set(key, structuredClone(value));
    }
  });

  remove = vi.fn(async (keys: string | string[]): Promise<void> => {
    for (const key of [keys].flat()) {
      this.items.delete(key);
    }
  });
}

type MessageListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

const browser = {
  runtime: {
    id: extensionId,
    getURL: (path: string) => `${extensionOrigin}${path.replace(/^\//, '')}`,
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    onMessage: new FakeEvent<MessageListener>(),
  },
  tabs: {
    query: vi.fn(async (_query: Tabs.QueryQueryInfoType): Promise<Array<Partial<Tabs.Tab>>> => []),
    onRemoved: new FakeEvent<(tabId: number, removeInfo: Tabs.OnRemovedRemoveInfoType) => void>(),
  },
  storage: {
    local: new FakeStorageArea(),
    session: new FakeStorageArea(),
  },
};

export const fakeBrowser = browser;

/** Empties storage and gives every mock back its default behaviour; registered listeners stay. */
export function resetFakeBrowser(): void {
  for (const area of [browser.storage.local, browser.storage.session]) {
    area.items.clear();
    area.get.mockReset();
    area.set.mockReset();
    area.remove.mockReset();
  }

  browser.runtime.sendMessage.mockReset();
  browser.tabs.query.mockReset();
}

// The polyfill's type, for the modules under test; only the members above exist.
export default browser as unknown as typeof PolyfillBrowser;
