// @vitest-environment happy-dom
// The popup keeps decodings in the history (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
/**
 * Decodings that finish out of order: the decoder is replaced by one whose answers the test releases
 * one by one, so "an older decoding lands after a newer one" happens every time, not by chance.
 */
import {act, cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import type * as decoder from '../../src/decoder/index.ts';
import type {DecodeResult} from '../../src/decoder/types.ts';
import {App} from '../../src/popup/app.tsx';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {hardBounce, temporary} from './diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

const pending = vi.hoisted(() => new Map<string, (result: DecodeResult) => void>());
const failing = vi.hoisted(() => new Map<string, (error: Error) => void>());
vi.mock('../../src/decoder/index.ts', async (importOriginal) => ({
  ...await importOriginal<typeof decoder>(),
  decode: async (input: string | Uint8Array) => new Promise<DecodeResult>((resolve, reject) => {
    pending.set(String(input), resolve);
    failing.set(String(input), reject);
  }),
}));

/**
 * How long a decoding may take to start: after the typing pause, the decoder's module loads on first
 * use, which a loaded machine takes more than waitFor's default second to transform and import.
 */
const decodingStarts = {timeout: 10_000};

beforeEach(() => {
  resetFakeBrowser();
  pending.clear();
  failing.clear();
  fakeBrowser.tabs.query.mockResolvedValue([{id: 1}]);
});

afterEach(cleanup);

const bounce = (recipients: DecodeResult['recipients']): DecodeResult => ({kind: 'bounce', format: 'text', recipients});

function type(text: string): void {
  fireEvent.input(screen.getByLabelText('Paste a bounce, a log line or a code'), {target: {value: text}});
}

test('App() shows the decoding of the newest text, not of an older one that finishes later', async () => {
  render(<App />);
  type('first');
  await waitFor(() => {
    expect(pending.has('first')).toBe(true);
  }, decodingStarts);
  type('second');
  await waitFor(() => {
    expect(pending.has('second')).toBe(true);
  }, decodingStarts);

  await act(async () => {
    pending.get('second')?.(bounce([temporary]));
  });
  await act(async () => {
    pending.get('first')?.(bounce([hardBounce]));
  });

  expect(screen.getAllByRole('article').map((card) => card.querySelector('h2')?.textContent)).toEqual(['Temporary: the server will retry']);
  // Only the current text's decoding is kept for the tab.
  const kept = fakeBrowser.storage.session.set.mock.calls
    .flatMap(([items]) => (Object.hasOwn(items, 'tabDiagnosis:1') ? [(items['tabDiagnosis:1'] as {text: string}).text] : []));
  expect(kept).toEqual(['second']);
});

test.each([
  ['fails: the popup says so instead of "Decoding…" for ever', 'fails', true],
  ['succeeds: no such alert', 'succeeds', false],
] as const)('App() when the decoder %s', async (_name, outcome, alerted) => {
  // The popup logs a failed decoding for whoever debugs it: caught here, and checked.
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(<App />);
  type('550 5.1.1 x');
  await waitFor(() => {
    expect(pending.has('550 5.1.1 x')).toBe(true);
  }, decodingStarts);
  await act(async () => {
    if (outcome === 'fails') {
      failing.get('550 5.1.1 x')?.(new Error('chunk failed to load'));
    } else {
      pending.get('550 5.1.1 x')?.(bounce([temporary]));
    }
  });

  await waitFor(() => {
    expect(screen.queryByText('Decoding…')).toBeNull();
  });
  expect(screen.queryByText(/the decoder failed/) !== null).toBe(alerted);
  expect(screen.getByRole('region', {name: 'Diagnosis'}).getAttribute('aria-busy')).toBe('false');
  expect(logged.mock.calls.map(([words, error]) => `${String(words)}: ${(error as Error).message}`))
    .toEqual(alerted ? ['Could not decode: chunk failed to load'] : []);
  logged.mockRestore();
});
