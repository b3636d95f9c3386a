// @vitest-environment happy-dom
// The popup keeps decodings in the history (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {act, cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, beforeEach, describe, expect, onTestFinished, test, vi} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import type {DecodeResult} from '../../src/decoder/types.ts';
import type {PageDiagnosis, PendingSelection, TabDiagnosis} from '../../src/shared/storage.ts';
import {App, maxBoxedLength, maxKeptLength} from '../../src/popup/app.tsx';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {hardBounce, temporary} from './diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

// Preact listens for `drop` (not `Drop`) when elements have an `ondrop` property, as they have in
// browsers; happy-dom's lack these three.
for (const name of ['ondragover', 'ondragleave', 'ondrop']) {
  if (!(name in HTMLElement.prototype)) {
    Object.defineProperty(HTMLElement.prototype, name, {value: null, writable: true, configurable: true});
  }
}

const bounceLine = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const tabId = 42;
const examples = path.join(import.meta.dirname, '..', '..', 'public', 'examples');

/**
 * What the popup wrote for its tab, in order: each text it kept, `undefined` for each time it forgot.
 * Read from the storage calls, so that a removal of an absent item counts too.
 */
function keptTexts(): Array<string | undefined> {
  const key = `tabDiagnosis:${tabId}`;
  const {set, remove} = fakeBrowser.storage.session;
  const writes = [
    ...set.mock.calls.flatMap(([items], index) => (Object.hasOwn(items, key)
      ? [{order: set.mock.invocationCallOrder[index] ?? 0, text: (items[key] as TabDiagnosis).text}]
      : [])),
    ...remove.mock.calls.flatMap(([keys], index) => ([keys].flat().includes(key)
      ? [{order: remove.mock.invocationCallOrder[index] ?? 0, text: undefined}]
      : [])),
  ];
  return writes.sort((a, b) => a.order - b.order).map(({text}) => text);
}

/** Every `tabDiagnosis:` key the popup wrote or removed, whatever the tab. */
function tabDiagnosisWrites(): string[] {
  const {set, remove} = fakeBrowser.storage.session;
  return [...set.mock.calls.flatMap(([items]) => Object.keys(items)), ...remove.mock.calls.flatMap(([keys]) => [keys].flat())]
    .filter((key) => key.startsWith('tabDiagnosis:'));
}

/**
 * Lets whatever the popup chained on answers it already has run to its end, and renders what that
 * changed, so that a test can assert that something did not happen. It waits for an order, not for a
 * time: the fake browser answers in microtasks, and all of them run before the next macrotask.
 * Each test that relies on it has a row where the thing does happen, asserted the same way.
 */
async function settled(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => {
      setTimeout(resolve, 0);
    });
  });
}

/** Waits until the popup has read `key` from storage.session and done what the answer called for. */
async function afterReading(key: string): Promise<void> {
  await waitFor(() => {
    expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith(key);
  });
  await settled();
}

function textarea(): HTMLTextAreaElement {
  return screen.getByLabelText<HTMLTextAreaElement>('Paste a bounce, a log line or a code');
}

function type(text: string): void {
  fireEvent.input(textarea(), {target: {value: text}});
}

/** The verdicts of the cards on screen, top to bottom. */
function verdicts(): string[] {
  return screen.queryAllByRole('article').map((card) => card.querySelector('h2')?.textContent ?? '');
}

/** A card's facts, label → text. */
/** Opens a card's details, as a click on "Codes, provider and why" does. */
function openDetails(card: HTMLElement): void {
  const details = card.querySelector<HTMLDetailsElement>('details.more')!;
  void act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}

/** A card's facts (in its details, opened first) by label. */
function facts(card: HTMLElement): Record<string, string> {
  openDetails(card);
  return Object.fromEntries([...card.querySelectorAll('.facts > dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

async function renderApp(): Promise<void> {
  render(<App />);
  // The popup reads the tab's kept text once it knows the tab.
  await waitFor(() => {
    expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith(expect.stringMatching(/^tabDiagnosis:\d+$/));
  });
}

beforeEach(() => {
  resetFakeBrowser();
  fakeBrowser.tabs.query.mockResolvedValue([{id: tabId}]);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('App()', () => {
  test('shows nothing below an empty paste box', async () => {
    await renderApp();
    expect(textarea().value).toBe('');
    expect(screen.queryByText('No SMTP error found in this text')).toBeNull();
    expect(document.querySelector('.card')).toBeNull();
  });

  test('decodes a bounce line as it is typed into one card per recipient', async () => {
    await renderApp();
    type(bounceLine);

    const card = await screen.findByRole('article');
    expect(within(card).getByRole('heading', {level: 2}).textContent).toBe('Permanent failure: the address does not exist');
    // The answer first: the address, what to do about it and the next step, with the details closed.
    expect(card.querySelector('.recipient')?.textContent).toBe('x@example.com');
    expect(card.querySelector('.address-advice')?.textContent).toBe('Yes: remove this address from your lists');
    expect(card.querySelector('.todo')?.textContent).toContain('What to do');
    expect(card.querySelector('.facts')).toBeNull();
    const fields = facts(card);
    expect(fields['Reply code']).toMatch(/^550 /);
    expect(fields['Status code']).toMatch(/^5\.1\.1/);
  });

  test('waits for a pause in the typing before decoding', async () => {
    await renderApp();
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    type('550 5.1');
    type(bounceLine);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    vi.useRealTimers();
    expect(await screen.findByRole('article')).toBeTruthy();
    // Only the last text was decoded and kept.
    expect(keptTexts()).toEqual([bounceLine]);
  });

  test.each([
    ['replaces the text with a file that finishes reading before anything else', false, 'Permanent failure: the address does not exist'],
    ['keeps the typed text when a file chosen before it finishes reading later', true, 'Temporary: the server will retry'],
  ])('%s', async (_name, typeWhileReading, verdict) => {
    await renderApp();
    const input = screen.getByLabelText<HTMLInputElement>('Open a file…');
    Object.defineProperty(input, 'files', {value: [exampleFile('gmail-address-not-found.eml')], configurable: true});
    // The popup empties the input once it is done with the file, read and chosen or not.
    const emptied = vi.spyOn(input, 'value', 'set');
    fireEvent.change(input);
    if (typeWhileReading) {
      type('421 4.7.0 Try again later');
    }

    await waitFor(() => {
      expect(emptied).toHaveBeenCalledWith('');
    });
    expect(screen.queryByText(/^Decoding the file/) !== null).toBe(!typeWhileReading);
    await waitFor(() => {
      expect(verdicts()).toEqual([verdict]);
    });
  });

  test.each([
    ['5.7.26', 'Permanent failure: SPF, DKIM or DMARC failed'],
    ['5.1.1', 'Permanent failure: the address does not exist'],
    ['421', 'Temporary: the server will retry'],
    ['4.2.2', 'Temporary: the server will retry'],
    ['550', 'Permanent failure: not enough information to decide'],
  ])('decodes the bare code %s into a card', async (code, verdict) => {
    await renderApp();
    type(code);
    await waitFor(() => {
      expect(verdicts()).toEqual([verdict]);
    });
  });

  test.each(['hello, world', 'Meeting moved to 5 pm in room 550', 'Invoice 421: 550 EUR'])('says so when %j holds no SMTP error', async (text) => {
    await renderApp();
    type(text);
    expect(await screen.findByText('No SMTP error found in this text')).toBeTruthy();
    expect(screen.getByText(/one code such as 550 or 5\.1\.1/)).toBeTruthy();
    expect(document.querySelector('.card')).toBeNull();
  });

  test.each([
    'Error: Invalid login: 535 5.7.8 Authentication credentials invalid',
    'smtplib.SMTPAuthenticationError: (535, b\'5.7.8 Username and Password not accepted.\')',
  ])('says a login refused is no bounce, and still explains its reply: %j', async (text) => {
    await renderApp();
    type(text);
    await waitFor(() => {
      expect(document.querySelector('.empty-title')?.textContent).toBe('Not a bounce: no message was sent');
    });
    expect(screen.queryByText('No SMTP error found in this text')).toBeNull();
    expect(document.querySelectorAll('.card')).toHaveLength(1);
  });

  test('a refusal pasted alone is no login\'s: no such banner', async () => {
    await renderApp();
    type('550 5.7.1 Relay access denied');
    await waitFor(() => {
      expect(document.querySelectorAll('.card')).toHaveLength(1);
    });
    expect(screen.queryByText('Not a bounce: no message was sent')).toBeNull();
  });

  test('puts the worst recipient first', async () => {
    await renderApp();
    type([
      '<a@example.com>: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)',
      '<b@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
      '<c@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command)',
    ].join('\n'));
    await waitFor(() => {
      expect(screen.queryAllByRole('article')).toHaveLength(3);
    });
    expect([...document.querySelectorAll('.recipient')].map((line) => line.textContent)).toEqual(['b@example.com', 'c@example.com', 'a@example.com']);
    expect(verdicts()[2]).toBe('Temporary: the server will retry');
  });

  test('announces the verdict to screen readers', async () => {
    await renderApp();
    type(bounceLine);
    await screen.findByRole('article');
    expect(screen.getByText('One recipient. Permanent failure: the address does not exist')).toBeTruthy();
  });

  test('renders markup in the input as text, never as HTML, and links nothing from it', async () => {
    await renderApp();
    const hostile = '550 5.1.1 <img src=x onerror="alert(1)">@example.com>: <b>User unknown</b> <script>alert(2)</script> <a href="javascript:alert(3)">see</a> https://evil.example/';
    type(hostile);

    const card = await screen.findByRole('article');
    openDetails(card);
    expect(document.querySelector('img, b, script, iframe')).toBeNull();
    expect(card.querySelectorAll('a')).toHaveLength(0);
    expect(card.querySelector('.diagnostic')?.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  test('keeps what was typed for this tab, with its decoding, in session storage', async () => {
    await renderApp();
    type(bounceLine);

    await waitFor(() => {
      expect(keptTexts()).toEqual([bounceLine]);
    });
    const kept = fakeBrowser.storage.session.items.get(`tabDiagnosis:${tabId}`) as TabDiagnosis;
    expect(kept.result.kind).toBe('bounce');
    expect(fakeBrowser.storage.local.set).not.toHaveBeenCalled();
    // Nothing goes through the background: it would have to wake up first.
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  test.each([
    ['a text of the longest kept length is kept', maxKeptLength, true],
    ['a longer text is decoded and shown, not kept', maxKeptLength + 1, false],
  ] as const)('%s', async (_name, length, kept) => {
    await renderApp();
    const text = `${bounceLine}\n${'x'.repeat(length - bounceLine.length - 1)}`;
    type(text);
    await screen.findByRole('article');
    await waitFor(() => {
      expect(keptTexts().includes(text)).toBe(kept);
    });
  });

  test('forgets the tab\'s text when the box is emptied', async () => {
    await renderApp();
    type(bounceLine);
    await waitFor(() => {
      expect(keptTexts()).toEqual([bounceLine]);
    });
    type('  ');

    await waitFor(() => {
      expect(keptTexts()).toEqual([bounceLine, undefined]);
    });
    expect(fakeBrowser.storage.session.items.has(`tabDiagnosis:${tabId}`)).toBe(false);
  });

  test('shows again what was kept for this tab when it reopens', async () => {
    fakeBrowser.storage.session.items.set(`tabDiagnosis:${tabId}`, {text: bounceLine, result: {kind: 'none', format: 'text', recipients: []}});
    await renderApp();

    await waitFor(() => {
      expect(textarea().value).toBe(bounceLine);
    });
    // Shown, not written back.
    expect(keptTexts()).toEqual([]);
    // The kept decoding is shown as it is, with no second decoding: here it says "nothing found"
    // although the text would decode into a card, which proves it was not decoded again.
    expect(await screen.findByText(/No SMTP error found/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  test.each<[string, Array<{id?: number}>, string[]]>([
    ['keeps nothing, when there is no active tab', [], []],
    ['keeps nothing, when the active tab has no id (a devtools window)', [{}], []],
    ['keeps the text for the active tab', [{id: tabId}], [`tabDiagnosis:${tabId}`]],
  ])('still decodes, and %s', async (_name, tabs, written) => {
    fakeBrowser.tabs.query.mockResolvedValue(tabs);
    render(<App />);
    await waitFor(() => {
      expect(fakeBrowser.tabs.query).toHaveBeenCalled();
    });
    type(bounceLine);

    expect(await screen.findByRole('article')).toBeTruthy();
    // The text is kept once the decoding has landed, with the tab already known.
    await settled();
    expect(tabDiagnosisWrites()).toEqual(written);
  });
});

describe('what the background found in the tab', () => {
  const found: PageDiagnosis = {
    source: 'gmail',
    notices: [
      {subject: 'Delayed', result: {kind: 'delay', format: 'raw-message', recipients: [temporary]}},
      {subject: 'Undeliverable', result: {kind: 'bounce', format: 'raw-message', recipients: [hardBounce]}},
      {subject: 'Nothing', result: {kind: 'none', format: 'text', recipients: []}},
    ],
  };

  test('shows its cards, worst first, above the paste box', async () => {
    fakeBrowser.storage.session.items.set(`pageDiagnosis:${tabId}`, found);
    await renderApp();
    const section = await screen.findByRole('region', {name: 'Found in the page open in this tab'});
    await waitFor(() => {
      expect(within(section).getAllByRole('article')).toHaveLength(2);
    });
    expect(verdicts()).toEqual(['Permanent failure: the address does not exist', 'Temporary: the server will retry']);
    expect(section.compareDocumentPosition(textarea()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('follows it while the popup is open', async () => {
    await renderApp();
    expect(screen.queryByRole('region', {name: 'Found in the page open in this tab'})).toBeNull();
    await act(async () => {
      await fakeBrowser.storage.session.set({[`pageDiagnosis:${tabId}`]: found});
    });
    expect(await screen.findByRole('region', {name: 'Found in the page open in this tab'})).toBeTruthy();
    await act(async () => {
      await fakeBrowser.storage.session.remove(`pageDiagnosis:${tabId}`);
    });
    expect(screen.queryByRole('region', {name: 'Found in the page open in this tab'})).toBeNull();
  });

  test.each([
    ['shows this tab\'s findings as soon as it has read them', tabId, 2],
    ['shows nothing for another tab\'s findings', tabId + 1, 0],
  ])('%s', async (_name, foundIn, cards) => {
    fakeBrowser.storage.session.items.set(`pageDiagnosis:${foundIn}`, found);
    await renderApp();
    await afterReading(`pageDiagnosis:${tabId}`);
    expect(screen.queryAllByRole('article')).toHaveLength(cards);
    expect(fakeBrowser.storage.session.get).not.toHaveBeenCalledWith(`pageDiagnosis:${tabId + 1}`);
  });
});

function exampleFile(name: string, type = 'message/rfc822'): File {
  return new File([readFileSync(path.join(examples, name))], name, {type});
}

describe('files', () => {
  test('decodes a dropped .eml file as bytes', async () => {
    await renderApp();
    fireEvent.drop(screen.getByRole('main'), {dataTransfer: {files: [exampleFile('gmail-address-not-found.eml')], types: ['Files']}});

    await waitFor(() => {
      expect(verdicts()).toEqual(['Permanent failure: the address does not exist']);
    });
    expect(screen.getByText(/^Decoding the file gmail-address-not-found\.eml \(\d+ KB\)$/)).toBeTruthy();
    expect(textarea().value).toBe('');
    expect(document.querySelector('.recipient')?.textContent).toBe('jane.doe@example.com');
  });

  test('decodes a file chosen with "Open a file…"', async () => {
    await renderApp();
    const input = screen.getByLabelText<HTMLInputElement>('Open a file…');
    Object.defineProperty(input, 'files', {value: [exampleFile('yahoo-tss04-deferral.txt', 'text/plain')], configurable: true});
    fireEvent.change(input);
    await waitFor(() => {
      expect(verdicts()).toEqual(['Temporary: the server will retry']);
    });
  });

  test('goes back to the paste box when the file is cleared', async () => {
    await renderApp();
    fireEvent.drop(screen.getByRole('main'), {dataTransfer: {files: [exampleFile('gmail-address-not-found.eml')], types: ['Files']}});
    await screen.findByRole('article');
    fireEvent.click(screen.getByRole('button', {name: 'Clear'}));
    await waitFor(() => {
      expect(screen.queryAllByRole('article')).toHaveLength(0);
    });
    expect(screen.queryByText(/^Decoding the file/)).toBeNull();
  });

  test('says so when a file says nothing about SMTP', async () => {
    await renderApp();
    const file = new File(['Dear team, lunch is at noon.'], 'note.txt', {type: 'text/plain'});
    fireEvent.drop(screen.getByRole('main'), {dataTransfer: {files: [file], types: ['Files']}});
    expect(await screen.findByText('No SMTP error found in this text')).toBeTruthy();
  });

  test('says so when a file cannot be read', async () => {
    await renderApp();
    const file = exampleFile('gmail-address-not-found.eml');
    vi.spyOn(file, 'slice').mockImplementation(() => {
      throw new Error('NotReadableError');
    });
    fireEvent.drop(screen.getByRole('main'), {dataTransfer: {files: [file], types: ['Files']}});
    expect((await screen.findByRole('alert')).textContent).toBe('That file could not be read.');
  });

  test('leaves a drop without files to the text box', async () => {
    await renderApp();
    const drop = fireEvent.drop(screen.getByRole('main'), {dataTransfer: {files: [], types: ['text/plain']}});
    // Not prevented: the text box inserts dropped text itself.
    expect(drop).toBe(true);
  });
});

describe('"Decode this page"', () => {
  test('decodes the text the page gives, and shows it in the box', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: bounceLine}]);
    await renderApp();
    fireEvent.click(screen.getByRole('button', {name: 'Decode this page'}));

    await waitFor(() => {
      expect(verdicts()).toEqual(['Permanent failure: the address does not exist']);
    });
    expect(textarea().value).toBe(bounceLine);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({target: {tabId}}));
  });

  test.each([
    ['the page cannot be read', () => Promise.reject(new Error('Cannot access a chrome:// URL')), 'This page cannot be read'],
    ['the page has no text', async () => [{frameId: 0, result: '  '}], 'This page has no text to decode.'],
    ['the page answers with something else than text', async () => [{frameId: 0, result: {length: 3}}], 'This page has no text to decode.'],
  ])('says so when %s', async (_name, answer, said) => {
    fakeBrowser.scripting.executeScript.mockImplementation(answer);
    await renderApp();
    fireEvent.click(screen.getByRole('button', {name: 'Decode this page'}));
    expect((await screen.findByRole('alert')).textContent).toContain(said);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });

  test('reads the tab named in the address, in the context menu\'s window', async () => {
    window.history.replaceState(null, '', '?view=window&tab=7');
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: bounceLine}]);
    try {
      await renderApp();
      fireEvent.click(screen.getByRole('button', {name: 'Decode this page'}));
      await screen.findByRole('article');
      expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({target: {tabId: 7}}));
      expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith('tabDiagnosis:7');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

describe('the tab the popup is about', () => {
  test('a text decoded before the tab is known is kept for it once it is', async () => {
    let answer: (tabs: Array<{id: number}>) => void = () => undefined;
    fakeBrowser.tabs.query.mockReturnValue(new Promise((resolve) => {
      answer = resolve;
    }));
    render(<App />);
    type(bounceLine);
    expect(await screen.findByRole('article')).toBeTruthy();
    await settled();
    expect(keptTexts()).toEqual([]);

    answer([{id: tabId}]);
    await waitFor(() => {
      expect(keptTexts()).toEqual([bounceLine]);
    });
  });
});

/** A selection as the context menu stashes it. */
function selection(text: string, at = Date.now()): PendingSelection {
  return {text, at, decoded: decodeText(text)};
}

describe('the context menu\'s selection', () => {
  test.each([
    ['made in this tab is shown', tabId, true],
    ['made in no tab (a click outside any page) is shown', undefined, true],
    ['made in another tab is left for that tab\'s popup or window', 7, false],
  ] as const)('%s', async (_name, selectedIn, shown) => {
    fakeBrowser.storage.session.items.set('pendingSelection', {...selection('421 4.7.0 Try later'), ...(selectedIn === undefined ? {} : {tabId: selectedIn})});
    await renderApp();
    await afterReading('pendingSelection');
    await settled();
    expect(verdicts()).toEqual(shown ? ['Temporary: the server will retry'] : []);
    expect(fakeBrowser.storage.session.items.has('pendingSelection')).toBe(!shown);
  });

  test('is decoded when the popup opens, and then forgotten', async () => {
    fakeBrowser.storage.session.items.set('pendingSelection', selection(bounceLine));
    await renderApp();
    await waitFor(() => {
      expect(verdicts()).toEqual(['Permanent failure: the address does not exist']);
    });
    expect(textarea().value).toBe(bounceLine);
    expect(fakeBrowser.storage.session.items.has('pendingSelection')).toBe(false);
  });

  test('paints the decoding the background made, as it is, and keeps it for the tab', async () => {
    // A decoding that disagrees with the text proves the popup did not decode it again.
    const nothing: DecodeResult = {kind: 'none', format: 'text', recipients: []};
    fakeBrowser.storage.session.items.set('pendingSelection', {...selection(bounceLine), decoded: nothing});
    await renderApp();
    expect(await screen.findByText(/No SMTP error found/)).toBeTruthy();
    expect(textarea().value).toBe(bounceLine);
    await waitFor(() => {
      expect(fakeBrowser.storage.session.items.get(`tabDiagnosis:${tabId}`)).toEqual({text: bounceLine, result: nothing});
    });
  });

  test('decodes a selection that came without a decoding', async () => {
    fakeBrowser.storage.session.items.set('pendingSelection', {text: '421 4.7.0 Try later', at: Date.now()});
    await renderApp();
    await waitFor(() => {
      expect(verdicts()).toEqual(['Temporary: the server will retry']);
    });
  });

  test('arriving while the popup is open is decoded', async () => {
    await renderApp();
    await act(async () => {
      await fakeBrowser.storage.session.set({pendingSelection: selection('421 4.7.0 Try later')});
    });
    await waitFor(() => {
      expect(verdicts()).toEqual(['Temporary: the server will retry']);
    });
  });

  // The popup takes a selection made up to a minute before it opened: the clock stands still at
  // `now` (only `Date` is fake), so each age is exact.
  test.each([
    ['is shown when it was made just now', 0, true],
    ['is shown when it is 59 s old', 59_000, true],
    ['is ignored when it is 61 s old', 61_000, false],
    ['is ignored when it is 10 min old', 10 * 60_000, false],
  ])('%s', async (_name, age, shown) => {
    const now = new Date('2026-03-02T10:00:00Z').getTime();
    vi.useFakeTimers({toFake: ['Date']});
    vi.setSystemTime(now);
    fakeBrowser.storage.session.items.set('pendingSelection', selection(bounceLine, now - age));
    await renderApp();
    await afterReading('pendingSelection');
    expect(textarea().value).toBe(shown ? bounceLine : '');
    expect(verdicts()).toEqual(shown ? ['Permanent failure: the address does not exist'] : []);
  });

  test('wins over the text kept for the tab', async () => {
    fakeBrowser.storage.session.items.set('pendingSelection', selection('421 4.7.0 Try later'));
    fakeBrowser.storage.session.items.set(`tabDiagnosis:${tabId}`, {text: bounceLine, result: {kind: 'bounce', format: 'text', recipients: []}});
    await renderApp();
    await waitFor(() => {
      expect(verdicts()).toEqual(['Temporary: the server will retry']);
    });
    expect(textarea().value).toBe('421 4.7.0 Try later');
  });
});

/** Replaces the clipboard for one test: happy-dom's own refuses to write without a permission. */
function fakeClipboard(writeText: (text: string) => Promise<void>) {
  const mock = vi.fn(writeText);
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {value: {writeText: mock}, configurable: true});
  onTestFinished(() => {
    if (original) {
      Object.defineProperty(navigator, 'clipboard', original);
    } else {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
  return mock;
}

describe('copy buttons', () => {
  test.each([
    ['Copy summary', (text: string) => expect(text).toMatch(/^Recipient: .+\nVerdict: Permanent failure: the address does not exist\nReason: The address does not exist \(userunknown\)\n/)],
    ['Copy JSON', (text: string) => expect(JSON.parse(text)).toMatchObject({replyCode: '550', reason: 'userunknown', diagnostic: bounceLine})],
  ])('%s puts it on the clipboard and says "Copied"', async (button, check) => {
    const writeText = fakeClipboard(async () => undefined);
    await renderApp();
    type(bounceLine);
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', {name: button}));

    await waitFor(() => {
      expect(within(card).getByText('Copied')).toBeTruthy();
    });
    expect(writeText).toHaveBeenCalledTimes(1);
    check(writeText.mock.calls[0]?.[0] ?? '');
  });

  test('say so when the clipboard refuses', async () => {
    fakeClipboard(async () => {
      throw new Error('Document is not focused');
    });
    await renderApp();
    type(bounceLine);
    const card = await screen.findByRole('article');
    fireEvent.click(within(card).getByRole('button', {name: 'Copy summary'}));
    expect(await within(card).findByText('Could not copy')).toBeTruthy();
    expect(within(card).queryByText('Copied')).toBeNull();
  });
});

describe('a notice to several recipients', () => {
  const notice = [
    '<dead1@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead1@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
    '<full@example.org>: host mx.example.org[192.0.2.2] said: 452 4.2.2 <full@example.org>: Mailbox full (in reply to RCPT TO command)',
    '<dead2@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead2@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  ].join('\n\n');

  test('opens on an overview grouped by what to do, worst first', async () => {
    await renderApp();
    type(notice);
    const overview = await screen.findByRole('region', {name: '3 recipients'});
    expect([...overview.querySelectorAll('.group-label')].map((label) => label.textContent)).toEqual([
      '2 to remove from your lists',
      '1 × Temporary: the server will retry',
    ]);
    expect([...overview.querySelectorAll('.members button')].map((button) => button.textContent)).toEqual(['dead1@example.com', 'dead2@example.com', 'full@example.org']);
  });

  test('an overview entry focuses its card', async () => {
    await renderApp();
    type(notice);
    const entry = await screen.findByRole('button', {name: 'Show the card of full@example.org'});
    fireEvent.click(entry);
    await waitFor(() => {
      expect((document.activeElement as HTMLElement | null)?.querySelector('.recipient')?.textContent).toBe('full@example.org');
    });
  });

  test.each([
    ['Copy addresses to remove', (text: string) => expect(text).toBe('dead1@example.com\ndead2@example.com\n')],
    ['Copy as CSV', (text: string) => expect(text.split('\r\n').map((row) => row.split(',')[0])).toEqual(['recipient', 'dead1@example.com', 'dead2@example.com', 'full@example.org', ''])],
  ])('%s copies the recipients in bulk', async (button, check) => {
    const writeText = fakeClipboard(async () => undefined);
    await renderApp();
    type(notice);
    fireEvent.click(await screen.findByRole('button', {name: button}));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledTimes(1);
    });
    check(writeText.mock.calls[0]?.[0] ?? '');
  });

  test('one recipient has no overview', async () => {
    await renderApp();
    type(bounceLine);
    await screen.findByRole('article');
    expect(document.querySelector('.overview')).toBeNull();
  });

  test('a thousand recipients render their first cards and a way to the rest', async () => {
    await renderApp();
    const many = Array.from({length: 1000}, (_, index) => `<u${index}@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`).join('\n\n');
    type(many);
    await screen.findByRole('region', {name: '1000 recipients'});
    expect(screen.getAllByRole('article')).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', {name: 'Show 20 more'}));
    expect(screen.getAllByRole('article')).toHaveLength(40);
    // An entry past the cards shown renders the cards up to its own first.
    fireEvent.click(screen.getByRole('button', {name: 'Show the card of u45@example.com'}));
    await waitFor(() => {
      expect(screen.getAllByRole('article')).toHaveLength(46);
    });
  });
});

describe('a paste longer than the decoder reads', () => {
  test.each([
    ['at the cap: nothing said', 4 * 1024 * 1024, false],
    ['past the cap: says what is read', 4 * 1024 * 1024 + 1, true],
  ] as const)('%s', async (_name, length, said) => {
    await renderApp();
    type(`${bounceLine}\n${'x'.repeat(length - bounceLine.length - 1)}`);
    expect(screen.queryByText('Only the first 4 MB are read; the rest of this text is left out.') !== null).toBe(said);
  });
});

describe('a paste too long for the box', () => {
  test.each([
    ['a paste of the longest boxed length goes into the box', maxBoxedLength, false],
    ['a longer paste is decoded beside the box, which stays empty', maxBoxedLength + 1, true],
  ] as const)('%s', async (_name, length, beside) => {
    await renderApp();
    const text = `${bounceLine}\n${'x'.repeat(length - bounceLine.length - 1)}`;
    const box = screen.getByLabelText<HTMLTextAreaElement>('Paste a bounce, a log line or a code');
    const notPrevented = fireEvent.paste(box, {clipboardData: {getData: (type: string) => (type === 'text/plain' ? text : '')}});
    expect(notPrevented).toBe(!beside);
    if (beside) {
      expect(await screen.findByText(/^Decoding the pasted text \(\d[\d,]* KB\): too long to show in the box$/)).toBeTruthy();
      expect(box.value).toBe('');
      expect((await screen.findByRole('article')).querySelector('.recipient')?.textContent).toBe('x@example.com');
    } else {
      expect(screen.queryByText(/^Decoding the pasted text/)).toBeNull();
    }
  });
});
