// @vitest-environment happy-dom
/**
 * The popup and the history: what it keeps (a paste, a file, the page read on request; not typed
 * text), and the one line that says so, with its link to the history page.
 */
import 'fake-indexeddb/auto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {deleteDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {App} from '../../src/popup/app.tsx';
import {KeepLine, type KeepState, keptSourceOf} from '../../src/popup/keep-line.tsx';
import {historyPagePath} from '../../src/history/page-path.ts';
import {historyDatabaseName, readEntries, writeSettings} from '../../src/history/store.ts';
import {defaultHistorySettings, type KeptEntry} from '../../src/history/types.ts';
import {extensionOrigin, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {popupHandlers} from '../../src/background/keep.ts';
import {isExtensionPage} from '../../src/shared/browser.ts';
import {handle} from '../../src/shared/messages.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

const tabId = 42;
const bounceLine = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const examples = path.join(import.meta.dirname, '..', '..', 'public', 'examples');
const historyUrl = `${extensionOrigin}src/history/index.html`;

/** `tabs.create`, which the fake browser lacks: the link opens the history with it. */
const createTab = vi.fn(async (_properties: {url: string}) => ({id: 99}));
Object.assign(fakeBrowser.tabs, {create: createTab});

function textarea(): HTMLTextAreaElement {
  return screen.getByLabelText<HTMLTextAreaElement>('Paste a bounce, a log line or a code');
}

async function renderApp(): Promise<void> {
  render(<App />);
  await waitFor(() => {
    expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith(`tabDiagnosis:${tabId}`);
  });
}

/** The line under the answer, once the popup knows what to say. */
async function keepLine(): Promise<HTMLElement> {
  return waitFor(() => {
    const line = document.querySelector<HTMLElement>('.keep-line');
    expect(line).not.toBeNull();
    return line!;
  });
}

/** Waits until the history holds `count` entries, and gives them. */
async function keptEntries(count: number): Promise<KeptEntry[]> {
  return waitFor(async () => {
    const entries = await readEntries();
    expect(entries).toHaveLength(count);
    return entries;
  });
}

/** Waits for the card of the text on screen: by then, anything the popup was to keep is on its way. */
async function answered(): Promise<void> {
  // The first decoding of a test file loads the decoder and its rules: on a busy machine, past the
  // default second.
  await screen.findByRole('article', {}, {timeout: 10_000});
  // Hashing and writing take a few turns of the event loop; keeping nothing must be given as long.
  await new Promise((resolve) => {
    setTimeout(resolve, 50);
  });
}

/** The background's side of the popup's messages, as the browser would route them: the popup's decodings are kept there. */
const background = handle('popupToBackground', popupHandlers, isExtensionPage);

beforeEach(async () => {
  resetFakeBrowser();
  fakeBrowser.runtime.sendMessage.mockImplementation(async (message: unknown) => background(message, {id: fakeBrowser.runtime.id, url: `${extensionOrigin}src/popup/index.html`}));
  createTab.mockClear();
  fakeBrowser.tabs.query.mockResolvedValue([{id: tabId}]);
  await deleteDB(historyDatabaseName);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('keptSourceOf()', () => {
  test.each([
    ['typed text', {kind: 'text', typed: true}, undefined],
    ['a restored text or a context-menu selection', {kind: 'text', typed: false}, undefined],
    ['a paste', {kind: 'text', typed: false, keepAs: 'paste'}, 'paste'],
    ['the page read on request', {kind: 'text', typed: false, keepAs: 'selection'}, 'selection'],
    ['a file', {kind: 'file'}, 'file'],
    ['a paste too long for the box', {kind: 'file', pasted: true}, 'paste'],
  ] as const)('%s', (_name, source, kept) => {
    expect(keptSourceOf(source)).toBe(kept);
  });
});

describe('KeepLine()', () => {
  test.each<[KeepState, string, boolean]>([
    ['on', 'Decodings are kept on this computer. History', false],
    ['off', 'Keeping is off: new decodings are not kept. History', false],
    ['refused', 'Not kept: the browser refused to store it (disk full?) History', true],
  ])('%s', (state, text, problem) => {
    const {container} = render(<KeepLine state={state} />);
    const line = container.querySelector('.keep-line')!;
    expect(line.textContent).toBe(text);
    expect(line.classList.contains('problem')).toBe(problem);
    const link = screen.getByRole<HTMLAnchorElement>('link', {name: 'History'});
    expect(link.href).toBe(historyUrl);
    expect(historyPagePath).toBe('src/history/index.html');
  });

  test('opens the history page in a tab', async () => {
    render(<KeepLine state="on" />);
    const click = fireEvent.click(screen.getByRole('link', {name: 'History'}));
    expect(click).toBe(false);
    await waitFor(() => {
      expect(createTab).toHaveBeenCalledWith({url: historyUrl});
    });
  });
});

describe('App() and the history', () => {
  test('keeps no text typed by hand', async () => {
    await renderApp();
    fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertText'});
    await answered();
    expect(await readEntries()).toEqual([]);
    expect((await keepLine()).textContent).toBe('Decodings are kept on this computer. History');
  });

  test.each([
    ['an input from a paste', () => {
      fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertFromPaste'});
    }],
    ['a paste event, then its input', () => {
      fireEvent.paste(textarea(), {clipboardData: {getData: () => bounceLine}});
      fireEvent.input(textarea(), {target: {value: bounceLine}});
    }],
    ['a drop of text', () => {
      fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertFromDrop'});
    }],
  ])('keeps pasted text: %s', async (_name, paste) => {
    await renderApp();
    paste();
    const [entry] = await keptEntries(1);
    expect(entry).toMatchObject({source: 'paste', recipient: 'x@example.com', domain: 'example.com', replyCode: '550', status: '5.1.1'});
    expect(entry).not.toHaveProperty('sourceHost');
    // Typing on after the paste keeps nothing more.
    fireEvent.input(textarea(), {target: {value: `${bounceLine}.`}, inputType: 'insertText'});
    await answered();
    expect(await readEntries()).toHaveLength(1);
  });

  test('keeps a chosen file as a file, under the notice\'s Message-ID, and the same file again once', async () => {
    await renderApp();
    const input = screen.getByLabelText<HTMLInputElement>('Open a file…');
    const file = new File([readFileSync(path.join(examples, 'gmail-address-not-found.eml'))], 'gmail-address-not-found.eml', {type: 'message/rfc822'});
    for (let time = 0; time < 2; time++) {
      Object.defineProperty(input, 'files', {value: [file], configurable: true});
      fireEvent.change(input);
      await answered();
    }
    const [entry] = await keptEntries(1);
    expect(entry).toMatchObject({source: 'file', recipient: 'jane.doe@example.com'});
    expect(entry!.noticeKey).not.toMatch(/^sha256:/);
  });

  test('keeps the page read on request as a selection', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: bounceLine}]);
    await renderApp();
    fireEvent.click(screen.getByRole('button', {name: 'Decode this page'}));
    expect((await keptEntries(1))[0]).toMatchObject({source: 'selection', recipient: 'x@example.com'});
  });

  test('says keeping is off, and keeps nothing', async () => {
    await writeSettings({...defaultHistorySettings, keep: false});
    await renderApp();
    expect((await keepLine()).textContent).toBe('Keeping is off: new decodings are not kept. History');
    fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertFromPaste'});
    await answered();
    expect(await readEntries()).toEqual([]);
  });

  test('says so plainly when the browser refuses the write, and still shows the answer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await renderApp();
    fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertFromPaste'});
    expect(await screen.findByRole('article')).toBeTruthy();
    await waitFor(() => {
      expect(document.querySelector('.keep-line')?.textContent).toBe('Not kept: the browser refused to store it (disk full?) History');
    });
  });

  test('says so when the background\'s last write was refused', async () => {
    fakeBrowser.storage.session.items.set('keepRefusal', {message: 'QuotaExceededError: full', at: Date.now()});
    await renderApp();
    expect((await keepLine()).classList.contains('problem')).toBe(true);
  });

  test('shows the answer even where there is no IndexedDB, and says nothing can be kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('indexedDB', undefined);
    try {
      await renderApp();
      fireEvent.input(textarea(), {target: {value: bounceLine}, inputType: 'insertFromPaste'});
      expect(await screen.findByRole('article')).toBeTruthy();
      expect((await keepLine()).textContent).toMatch(/^Not kept: /);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
