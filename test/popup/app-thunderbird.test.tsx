// @vitest-environment happy-dom
/**
 * The popup in Thunderbird (the message display action's popup): the displayed message's cards
 * first, under their own heading, then the paste box; no "Decode this page", since Thunderbird's
 * build reads no page and the background reads the displayed message by itself. The cards come
 * from the same per-tab item as a webmail notice's, which the background writes for the tab that
 * displays the message.
 */
// The popup reads the history's settings (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
import {cleanup, render, screen, waitFor, within} from '@testing-library/preact';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {PageDiagnosis} from '../../src/shared/storage.ts';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {installFakeMessenger, resetFakeMessenger} from '../shared/fake-messenger.ts';
import {hardBounce, temporary} from './diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
installFakeMessenger();
const {App} = await import('../../src/popup/app.tsx');

/** The mail tab that displays the message, as `tabs.query` gives it to the popup. */
const tabId = 1;

const displayed: PageDiagnosis = {
  source: 'thunderbird',
  notices: [
    {subject: 'Delayed Mail (still being retried)', result: {kind: 'delay', format: 'raw-message', recipients: [temporary]}},
    {subject: 'Undelivered Mail Returned to Sender', result: {kind: 'bounce', format: 'raw-message', recipients: [hardBounce]}},
  ],
};

beforeEach(() => {
  resetFakeBrowser();
  resetFakeMessenger();
  fakeBrowser.tabs.query.mockResolvedValue([{id: tabId}]);
});

afterEach(() => {
  cleanup();
});

describe('App() in Thunderbird', () => {
  test('shows the displayed message\'s cards first, worst first, then the paste box', async () => {
    fakeBrowser.storage.session.items.set(`pageDiagnosis:${tabId}`, displayed);
    render(<App />);
    const section = await screen.findByRole('region', {name: 'Found in the displayed message'});
    await waitFor(() => {
      expect(within(section).getAllByRole('article')).toHaveLength(2);
    });
    expect(within(section).getAllByRole('article').map((card) => card.querySelector('h2')?.textContent))
      .toEqual(['Permanent failure: the address does not exist', 'Temporary: the server will retry']);
    const pasteBox = screen.getByLabelText('Paste a bounce, a log line or a code');
    expect(section.compareDocumentPosition(pasteBox) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('has no "Decode this page", and keeps "Open a file…"', async () => {
    render(<App />);
    await waitFor(() => {
      expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith(`pageDiagnosis:${tabId}`);
    });
    expect(screen.queryByRole('button', {name: 'Decode this page'})).toBeNull();
    expect(screen.getByText('Open a file…')).toBeTruthy();
  });

  test('shows no found section for a message that is no notice (nothing kept for the tab)', async () => {
    render(<App />);
    await waitFor(() => {
      expect(fakeBrowser.storage.session.get).toHaveBeenCalledWith(`pageDiagnosis:${tabId}`);
    });
    expect(screen.queryByRole('region', {name: 'Found in the displayed message'})).toBeNull();
  });
});
