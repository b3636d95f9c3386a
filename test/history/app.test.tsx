// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import {act, cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/preact';
import {openDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {App} from '../../src/history/app.tsx';
import {countEntries, deleteAll, historyDatabaseName, readSettings, writeSettings} from '../../src/history/store.ts';
import {defaultHistorySettings, type KeptEntry} from '../../src/history/types.ts';
import {resetFakeBrowser} from '../shared/fake-browser.ts';
import {entry} from './entries.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

const hour = 60 * 60 * 1000;

/** Puts entries straight into the store's database, in one transaction (the store gives them ids). */
async function seed(entries: readonly KeptEntry[]): Promise<void> {
  await countEntries();
  const database = await openDB(historyDatabaseName);
  const transaction = database.transaction('entries', 'readwrite');
  for (const kept of entries) {
    const copy: {-readonly [K in keyof KeptEntry]: KeptEntry[K]} = {...kept};
    delete copy.id;
    void transaction.store.add(copy);
  }
  await transaction.done;
  database.close();
}

/** A few entries of the last days: two Gmail hard bounces, a full mailbox, a blocked IP without a provider. */
function examples(now: number): KeptEntry[] {
  return [
    entry({at: now - hour, recipient: 'ann@example.com'}),
    entry({at: now - (2 * hour), recipient: 'zed@example.com'}),
    entry({at: now - (3 * hour), recipient: 'bob@example.org', reason: 'mailboxfull', hardBounce: false, permanent: false, action: 'retry'}),
    entry({
      at: now - (26 * hour), recipient: 'cy@example.net', reason: 'blocked', hardBounce: false, provider: undefined, sendingIp: '192.0.2.10',
      source: 'webmail', sourceHost: 'mail.google.com', action: 'request-delisting',
      diagnostic: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org',
    }),
  ];
}

/** The rows of the group table under `heading`, as their cells' texts. */
function rowsOf(heading: string): string[][] {
  const section = screen.getByRole('heading', {name: heading, level: 2}).closest('section')!;
  return within(section).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''));
}

async function opened(): Promise<void> {
  render(<App />);
  // Reading the store (10,000 entries in one test, through fake-indexeddb) may take past the default
  // second on a busy machine.
  await screen.findByRole('heading', {name: 'Bounce history', level: 1}, {timeout: 10_000});
  await waitFor(() => {
    expect(screen.queryByText('Reading the history…')).toBeNull();
  }, {timeout: 20_000});
}

beforeEach(async () => {
  resetFakeBrowser();
  await deleteAll();
  await writeSettings(defaultHistorySettings);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the history page', () => {
  test('says so when nothing is kept, and still offers the settings', async () => {
    await opened();
    expect(screen.getByRole('heading', {name: 'Nothing kept yet'})).toBeTruthy();
    expect(screen.getByLabelText('Keep every decoding on this computer')).toHaveProperty('checked', true);
    expect(screen.queryByRole('button', {name: 'Delete all…'})).toBeNull();
    expect(document.title).toBe('Bounce Decoder: history');
  });

  test('groups by provider × reason, by domain and by sending IP, with counts, shares and hard bounces', async () => {
    await seed(examples(Date.now()));
    await opened();
    expect(rowsOf('By provider and reason')).toEqual([
      ['Google (Gmail / Google Workspace) · The address does not exist', '2', '50%', '2'],
      ['Provider not recognised · Your server was refused', '1', '25%', '0'],
      ['Google (Gmail / Google Workspace) · The mailbox is full', '1', '25%', '0'],
    ]);
    expect(rowsOf('By recipient domain').map(([domain, count]) => [domain, count])).toEqual([['example.com', '2'], ['example.net', '1'], ['example.org', '1']]);
    expect(rowsOf('By sending IP').map(([ip, count, share]) => [ip, count, share])).toEqual([['192.0.2.10', '1', '25%']]);
    expect(screen.getByText('4 of 4 kept entries shown')).toBeTruthy();
  });

  test('a selected group shows the reason\'s advice at its head, its timeline with a text alternative, this week, and its entries', async () => {
    await seed(examples(Date.now()));
    await opened();
    const group = screen.getByRole('button', {name: /The address does not exist/});
    fireEvent.click(group);
    expect(group.getAttribute('aria-pressed')).toBe('true');
    const detail = screen.getByRole('heading', {level: 2, name: /Google .* The address does not exist/}).closest('section')!;
    expect(within(detail).getByText('What to do: The address does not exist')).toBeTruthy();
    expect(within(detail).getByText('Remove this address from your lists: it will never accept mail.')).toBeTruthy();
    // The chart is drawn for the eye and hidden from screen readers, which read the table.
    expect(detail.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    const table = within(detail).getByRole('table', {name: 'Entries by day'});
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(2);
    expect(within(detail).getByText(/^This week: /)).toBeTruthy();
    expect([...detail.querySelectorAll('.entry-address')].map((element) => element.textContent)).toEqual(['ann@example.com', 'zed@example.com']);
    expect(within(detail).getByRole('button', {name: 'Copy addresses to suppress (2)'})).toBeTruthy();

    // Pressed again, it lets go.
    fireEvent.click(group);
    expect(screen.getByRole('heading', {level: 2, name: 'All entries shown'})).toBeTruthy();
  });

  test('the filters and the address search narrow the groups and the entries', async () => {
    await seed(examples(Date.now()));
    await opened();
    fireEvent.change(screen.getByLabelText('Reason'), {target: {value: 'blocked'}});
    await waitFor(() => {
      expect(screen.getByText('1 of 4 kept entries shown')).toBeTruthy();
    });
    expect(rowsOf('By recipient domain').map(([domain]) => domain)).toEqual(['example.net']);

    fireEvent.change(screen.getByLabelText('Reason'), {target: {value: '*'}});
    fireEvent.input(screen.getByLabelText('Search by address'), {target: {value: 'ZED@'}});
    await waitFor(() => {
      expect(screen.getByText('1 of 4 kept entries shown')).toBeTruthy();
    });
    expect([...document.querySelectorAll('.entry-address')].map((element) => element.textContent)).toEqual(['zed@example.com']);

    fireEvent.input(screen.getByLabelText('Search by address'), {target: {value: ''}});
    fireEvent.change(screen.getByLabelText('Source'), {target: {value: 'webmail'}});
    await waitFor(() => {
      expect([...document.querySelectorAll('.entry-address')].map((element) => element.textContent)).toEqual(['cy@example.net']);
    });
    expect(screen.getByText('Webmail (mail.google.com)')).toBeTruthy();
  });

  test('the time filter reads another range from the store', async () => {
    const now = Date.now();
    await seed([...examples(now), entry({at: now - (40 * 24 * hour), recipient: 'old@example.com'})]);
    await opened();
    expect(screen.getByText('4 of 5 kept entries shown')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Time'), {target: {value: 'all'}});
    await screen.findByText('5 of 5 kept entries shown');
    fireEvent.change(screen.getByLabelText('Time'), {target: {value: '7'}});
    await screen.findByText('4 of 5 kept entries shown');
  });

  test('"Copy addresses to suppress" copies the hard bounces, one per line, sorted', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    await seed(examples(Date.now()));
    await opened();
    fireEvent.click(screen.getByRole('button', {name: 'Copy addresses to suppress (2)'}));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledWith('ann@example.com\nzed@example.com\n');
    });
  });

  test.each([
    ['Export CSV', 'csv', (text: string) => text.split('\r\n')[0] === 'at,source,recipient,domain,replyCode,status,reason,permanent,hardBounce,provider,sendingIp,diagnostic'],
    ['Export JSON Lines', 'jsonl', (text: string) => text.trimEnd().split('\n').every((line) => typeof (JSON.parse(line) as {recipient: unknown}).recipient === 'string')],
  ])('"%s" downloads the selected group as a file', async (button, extension, wellFormed) => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:history-test';
    });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    await seed(examples(Date.now()));
    await opened();
    fireEvent.click(screen.getByRole('button', {name: 'example.com'}));
    fireEvent.click(screen.getByRole('button', {name: button}));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(new RegExp(`^bounce-history-\\d{4}-\\d\\d-\\d\\d\\.${extension}$`));
    const text = await blobs[0]!.text();
    expect(wellFormed(text)).toBe(true);
    expect(text).toContain('ann@example.com');
    expect(text).toContain('zed@example.com');
    expect(text).not.toContain('bob@example.org');
  });

  test('an entry deletes on its own; "Delete all" asks first, then empties the store', async () => {
    await seed(examples(Date.now()));
    await opened();
    fireEvent.click(screen.getByRole('button', {name: 'Delete the entry for zed@example.com'}));
    await waitFor(() => {
      expect(screen.queryByText('zed@example.com')).toBeNull();
    });
    expect(await countEntries()).toBe(3);
    // The keyboard stays in the list.
    expect(document.activeElement?.textContent).toBe('Entries');

    fireEvent.click(screen.getByRole('button', {name: 'Delete all…'}));
    const question = screen.getByRole('alertdialog');
    expect(question.textContent).toContain('All 3 kept entries will be deleted from this computer');
    // The question has the focus: a keyboard user answers it at once.
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(question).getByRole('button', {name: 'Cancel'}));
    expect(await countEntries()).toBe(3);
    // Answered no, the focus goes back to the button that asked.
    expect(document.activeElement?.textContent).toBe('Delete all…');

    fireEvent.click(screen.getByRole('button', {name: 'Delete all…'}));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', {name: 'Delete all'}));
    await screen.findByRole('heading', {name: 'Nothing kept yet'});
    expect(await countEntries()).toBe(0);
  });

  test('the settings are saved; values out of bounds are refused, with the bounds', async () => {
    await opened();
    fireEvent.change(screen.getByLabelText('Keep every decoding on this computer'), {target: {checked: false}});
    fireEvent.input(screen.getByLabelText('Keep entries for (days)'), {target: {value: '30'}});
    fireEvent.input(screen.getByLabelText('Keep at most (entries)'), {target: {value: '5000'}});
    fireEvent.click(screen.getByRole('button', {name: 'Save'}));
    await screen.findByText('Saved');
    expect(await readSettings()).toEqual({keep: false, retentionDays: 30, maxEntries: 5000});
    await screen.findByText(/^Keeping is off: nothing new is kept/);

    // Out of bounds: the browser's own validation stops the form, or else the form's.
    const days = screen.getByLabelText<HTMLInputElement>('Keep entries for (days)');
    fireEvent.input(days, {target: {value: '0'}});
    expect(days.checkValidity()).toBe(false);
    fireEvent.submit(days.form!);
    await screen.findByText('Days: 1 to 3650; entries: 100 to 100,000.');
    expect(await readSettings()).toEqual({keep: false, retentionDays: 30, maxEntries: 5000});
  });

  test('bounce text shows as text, never as markup', async () => {
    await seed([entry({at: Date.now(), recipient: '<img src=x onerror=alert(1)>@evil.example', diagnostic: '<script>alert(1)</script>'})]);
    await opened();
    expect(document.querySelector('img, script')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeTruthy();
  });

  test('10,000 entries: the groups and one page of 50 entries render', async () => {
    const now = Date.now();
    await seed(Array.from({length: 10_000}, (_, index) => entry({
      at: now - (index * 60_000), recipient: `u${index}@d${index % 250}.example`, sendingIp: `192.0.2.${index % 100}`,
      reason: index % 3 === 0 ? 'blocked' : 'userunknown', hardBounce: index % 3 !== 0,
    })));
    await opened();
    expect(screen.getByText('10,000 of 10,000 kept entries shown')).toBeTruthy();
    expect(document.querySelectorAll('.entry')).toHaveLength(50);
    expect(screen.getByText('1–50 of 10,000, newest first')).toBeTruthy();
    // The largest groups first, 20 rows until "Show all".
    expect(rowsOf('By recipient domain')).toHaveLength(20);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', {name: 'Show all 250'}));
    });
    expect(rowsOf('By recipient domain')).toHaveLength(250);
    fireEvent.click(screen.getByRole('button', {name: 'Older'}));
    expect(screen.getByText('51–100 of 10,000, newest first')).toBeTruthy();
  }, 60_000);
});
