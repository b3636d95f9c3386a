/**
 * What the background decodes goes to the history: a notice found in a webmail, a page read on
 * request and a context-menu selection, each once, with where it came from.
 */
import 'fake-indexeddb/auto';
import {deleteDB, openDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Menus, Runtime, Tabs} from '../../src/shared/browser.ts';
import type {Envelope} from '../../src/shared/messages.ts';
import type {KeptEntry} from '../../src/history/types.ts';
import {extensionId, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
await import('../../src/background/index.ts');
const {decodePageOnRequest} = await import('../../src/background/page-diagnosis.ts');
const {contextMenuId, onContextMenuClicked} = await import('../../src/background/context-menu.ts');
const {keepFromBackground} = await import('../../src/background/keep.ts');
const {keepRefusal} = await import('../../src/shared/storage.ts');
const {historyDatabaseName, readEntries, writeSettings} = await import('../../src/history/store.ts');
const {decodeText} = await import('../../src/decoder/index.ts');
const {defaultHistorySettings} = await import('../../src/history/types.ts');

const tabId = 7;
const tab: Tabs.Tab = {id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
const gmailTab: Runtime.MessageSender = {id: extensionId, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ', tab, frameId: 0};
const bounceText = 'Address not found\nYour message wasn\'t delivered to jane.doe@example.com because the address couldn\'t be found.\nThe response from the remote server was:\n550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const report: Envelope = {
  direction: 'contentToBackground',
  name: 'reportDiagnosis',
  data: {
    source: 'gmail',
    messages: [
      {sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)', text: bounceText},
      {sender: 'Postmaster <postmaster@example.com>', subject: 'Mail team meeting on Thursday', text: 'Let\'s go through last week\'s 550 5.7.26 rejections from Gmail on Thursday.'},
    ],
  },
};

/** The history's entries once it holds `count` of them (keeping runs beside the answer). */
async function keptEntries(count: number): Promise<KeptEntry[]> {
  return vi.waitFor(async () => {
    const entries = await readEntries();
    expect(entries).toHaveLength(count);
    return entries;
  });
}

beforeEach(async () => {
  resetFakeBrowser();
  await deleteDB(historyDatabaseName);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('keeping in the background', () => {
  test('keeps a webmail notice as from the webmail\'s host, and the same notice reported again once', async () => {
    for (let time = 0; time < 2; time++) {
      await fakeBrowser.runtime.onMessage.dispatch(report, gmailTab)[0];
    }
    const entries = await keptEntries(1);
    expect(entries[0]).toMatchObject({source: 'webmail', sourceHost: 'mail.google.com', recipient: 'jane.doe@example.com', reason: 'userunknown'});
    expect(entries[0]!.noticeKey).toMatch(/^sha256:/);
  });

  test('keeps a page read on request as a selection from its host', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: bounceText}]);
    Object.assign(fakeBrowser.tabs, {get: vi.fn(async () => ({...tab, url: 'https://logs.example.net/view'}))});
    await decodePageOnRequest(tabId);
    expect((await keptEntries(1))[0]).toMatchObject({source: 'selection', sourceHost: 'logs.example.net', recipient: 'jane.doe@example.com'});
    Object.assign(fakeBrowser.tabs, {get: undefined});
  });

  test('keeps a context-menu selection once: the fuller text the page gave, not the flattened one', async () => {
    const flattened = bounceText.replaceAll('\n', ' ');
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: bounceText}]);
    const info: Menus.OnClickData = {menuItemId: contextMenuId, selectionText: flattened, editable: false, modifiers: [], frameId: 0, pageUrl: 'https://Logs.example.net/x'};
    await onContextMenuClicked(info, {...tab, id: 12});
    const [entry] = await keptEntries(1);
    expect(entry).toMatchObject({source: 'selection', sourceHost: 'logs.example.net', recipient: 'jane.doe@example.com'});
    const {noticeKeyOf} = await import('../../src/history/store.ts');
    expect(entry!.noticeKey).toBe(await noticeKeyOf(bounceText));
  });

  test('keeps nothing while keeping is off', async () => {
    await writeSettings({...defaultHistorySettings, keep: false});
    expect(await keepFromBackground(decodeText(bounceText), bounceText, {source: 'webmail'})).toEqual({ok: false, reason: 'off'});
    expect(await readEntries()).toEqual([]);
  });

  test('notes a refused write for the popup, and forgets the note once a write succeeds', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await keepFromBackground(decodeText(bounceText), bounceText, {source: 'webmail'})).toMatchObject({ok: false, reason: 'refused'});
    expect(await keepRefusal.get()).toMatchObject({message: expect.stringMatching(/^QuotaExceededError/) as string});

    vi.restoreAllMocks();
    expect(await keepFromBackground(decodeText(bounceText), bounceText, {source: 'webmail'})).toEqual({ok: true, added: 1, duplicates: 0});
    expect(await keepRefusal.get()).toBeUndefined();
  });

  test('applies the history\'s retention at each browser start', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await keepFromBackground(decodeText(bounceText), bounceText, {source: 'webmail'});
    // An entry from before the retention, put straight into the database.
    const database = await openDB(historyDatabaseName);
    const [kept] = await database.getAll('entries') as KeptEntry[];
    const copy: {-readonly [K in keyof KeptEntry]?: KeptEntry[K]} = {...kept!, noticeKey: 'old', at: Date.now() - (91 * 24 * 60 * 60 * 1000)};
    // The store gives the id.
    delete copy.id;
    await database.add('entries', copy);
    database.close();
    expect(await readEntries()).toHaveLength(2);

    fakeBrowser.runtime.onStartup.dispatch();
    await vi.waitFor(async () => {
      expect((await readEntries()).map(({noticeKey}) => noticeKey)).toEqual([kept!.noticeKey]);
    });
  });
});

describe('keeping what the popup decoded, from the background', () => {
  const popupPage: Runtime.MessageSender = {id: extensionId, url: `chrome-extension://${extensionId}/src/popup/index.html`};
  const keep = (data: unknown): Envelope => ({direction: 'popupToBackground', name: 'keepDecoding', data});
  /** What the background answers `envelope` from `sender`: the answer of the one listener that takes it. */
  async function answer(envelope: Envelope, sender: Runtime.MessageSender): Promise<unknown> {
    const answers = fakeBrowser.runtime.onMessage.dispatch(envelope, sender).filter((reply) => reply !== undefined);
    expect(answers).toHaveLength(1);
    return answers[0];
  }

  test.each<[string, string, number]>([
    ['a paste', 'paste', 1],
    ['a file', 'file', 1],
    ['the page read on request', 'selection', 1],
  ])('keeps %s', async (_name, source, count) => {
    const result = decodeText(bounceText);
    await expect(answer(keep({result, noticeKey: 'sha256:abc', source}), popupPage)).resolves.toEqual({ok: true, added: 1, duplicates: 0});
    const entries = await keptEntries(count);
    expect(entries[0]).toMatchObject({source, noticeKey: 'sha256:abc', recipient: 'jane.doe@example.com'});
  });

  test.each<[string, unknown, Runtime.MessageSender]>([
    ['a source the popup never has', {result: decodeText(bounceText), noticeKey: 'sha256:abc', source: 'webmail'}, popupPage],
    ['no decoding', {noticeKey: 'sha256:abc', source: 'paste'}, popupPage],
  ])('refuses %s', async (_name, data, sender) => {
    await expect(answer(keep(data), sender)).resolves.toMatchObject({ok: false, reason: 'refused'});
    expect(await readEntries()).toHaveLength(0);
  });

  test('refuses a web page that sends the popup\'s message', async () => {
    await expect(answer(keep({result: decodeText(bounceText), noticeKey: 'sha256:abc', source: 'paste'}), gmailTab)).rejects.toThrow(/refused/);
    expect(await readEntries()).toHaveLength(0);
  });
});
