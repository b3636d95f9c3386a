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
import type {Menus, Runtime, Tabs} from '../../src/shared/browser.ts';
import englishMessages from '../../public/_locales/en/messages.json';

export const extensionId = 'fake-extension-id';
export const extensionOrigin = `chrome-extension://${extensionId}/`;

/** An event whose listeners a test can call directly, with the arguments the browser would pass. */
export class FakeEvent<Listener extends (...args: never[]) => unknown> {
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

type StorageChanges = Record<string, {oldValue?: unknown; newValue?: unknown}>;

/** `storage.onChanged`: every area's writes are reported here, with the area's name, as in the browser. */
const storageChanged = new FakeEvent<(changes: StorageChanges, areaName: string) => void>();

/** A storage area that, like the real ones, hands out copies rather than the stored objects. */
class FakeStorageArea {
  readonly items = new Map<string, unknown>();

  constructor(readonly areaName: 'local' | 'session' = 'local') {}

  private report(keys: readonly string[], write: () => void): void {
    const changes: StorageChanges = {};
    for (const key of keys) {
      changes[key] = {oldValue: structuredClone(this.items.get(key))};
    }
    write();
    for (const key of keys) {
      changes[key] = {...changes[key], newValue: structuredClone(this.items.get(key))};
    }
    storageChanged.dispatch(changes, this.areaName);
  }

  get = vi.fn(async (keys?: string | string[] | null): Promise<Record<string, unknown>> => {
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : [keys].flat();
    return Object.fromEntries(
      wanted.filter((key) => this.items.has(key)).map((key) => [key, structuredClone(this.items.get(key))]),
    );
  });

  set = vi.fn(async (items: Record<string, unknown>): Promise<void> => {
    this.report(Object.keys(items), () => {
      for (const [key, value] of Object.entries(items)) {
        this.items.set(key, structuredClone(value));
      }
    });
  });

  remove = vi.fn(async (keys: string | string[]): Promise<void> => {
    this.report([keys].flat().filter((key) => this.items.has(key)), () => {
      for (const key of [keys].flat()) {
        this.items.delete(key);
      }
    });
  });
}

type MessageListener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * `i18n.getMessage` as the browsers do it, over the real English messages: named placeholders
 * become their content, `$1`…`$9` the substitutions, `$$` a dollar sign; an unknown name gives ''.
 */
function getMessage(name: string, substitutions: string | string[] = []): string {
  const entry = (englishMessages as Record<string, {message: string; placeholders?: Record<string, {content: string}>} | undefined>)[name];
  if (entry === undefined) {
    return '';
  }

  const values = [substitutions].flat();
  const substitute = (text: string): string => text.replaceAll(/\$(\d)/g, (_match, digit: string) => values[Number(digit) - 1] ?? '');
  return entry.message
    .replaceAll(/\$([a-z0-9_@]+)\$/gi, (_match, placeholder: string) => substitute(entry.placeholders?.[placeholder.toLowerCase()]?.content ?? ''))
    .replaceAll('$$', '$');
}

/** What `scripting.executeScript` resolves to: one result per frame. */
type InjectionResults = Array<{frameId: number; result?: unknown}>;

const browser = {
  runtime: {
    id: extensionId,
    getURL: (path: string) => `${extensionOrigin}${path.replace(/^\//, '')}`,
    sendMessage: vi.fn(async (_message: unknown): Promise<unknown> => undefined),
    onMessage: new FakeEvent<MessageListener>(),
    onInstalled: new FakeEvent<() => void>(),
    onStartup: new FakeEvent<() => void>(),
    getManifest: () => ({manifest_version: 3, action: {default_popup: 'src/popup/index.html'}}),
  },
  i18n: {
    getMessage: vi.fn(getMessage),
  },
  contextMenus: {
    create: vi.fn((_properties: Menus.CreateCreatePropertiesType): number | string => 1),
    removeAll: vi.fn(async (): Promise<void> => undefined),
    onClicked: new FakeEvent<(info: Menus.OnClickData, tab?: Tabs.Tab) => void>(),
  },
  action: {
    openPopup: vi.fn(async (): Promise<void> => undefined),
    /** Per-tab badge state, as `setBadge*` and `setTitle` left it: what a test reads back. */
    badges: new Map<number, {text?: string | null; background?: unknown; color?: unknown; title?: string | null}>(),
    setBadgeText: vi.fn(async ({tabId, text}: {tabId?: number; text: string | null}): Promise<void> => {
      browser.action.badges.set(tabId ?? -1, {...browser.action.badges.get(tabId ?? -1), text});
    }),
    setBadgeBackgroundColor: vi.fn(async ({tabId, color}: {tabId?: number; color: unknown}): Promise<void> => {
      browser.action.badges.set(tabId ?? -1, {...browser.action.badges.get(tabId ?? -1), background: color});
    }),
    setBadgeTextColor: vi.fn(async ({tabId, color}: {tabId?: number; color: unknown}): Promise<void> => {
      browser.action.badges.set(tabId ?? -1, {...browser.action.badges.get(tabId ?? -1), color});
    }),
    setTitle: vi.fn(async ({tabId, title}: {tabId?: number; title: string | null}): Promise<void> => {
      browser.action.badges.set(tabId ?? -1, {...browser.action.badges.get(tabId ?? -1), title});
    }),
  },
  commands: {
    onCommand: new FakeEvent<(command: string, tab?: Tabs.Tab) => void>(),
  },
  windows: {
    create: vi.fn(async (_data: Record<string, unknown>): Promise<{id: number}> => ({id: 1})),
  },
  scripting: {
    executeScript: vi.fn(async (_injection: Record<string, unknown>): Promise<InjectionResults> => []),
  },
  tabs: {
    query: vi.fn(async (_query: Tabs.QueryQueryInfoType): Promise<Array<Partial<Tabs.Tab>>> => []),
    onRemoved: new FakeEvent<(tabId: number, removeInfo: Tabs.OnRemovedRemoveInfoType) => void>(),
    onUpdated: new FakeEvent<(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => void>(),
    sendMessage: vi.fn(async (_tabId: number, _message: unknown, _options?: {frameId?: number}): Promise<unknown> => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }),
  },
  storage: {
    local: new FakeStorageArea(),
    session: new FakeStorageArea('session'),
    onChanged: storageChanged,
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
  browser.action.badges.clear();
  browser.tabs.sendMessage.mockReset();
  browser.tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  for (const mock of [
    browser.contextMenus.create, browser.contextMenus.removeAll, browser.action.openPopup, browser.windows.create,
    browser.scripting.executeScript,
  ]) {
    mock.mockReset();
  }
}

// The polyfill's type, for the modules under test; only the members above exist.
export default browser as unknown as typeof PolyfillBrowser;
