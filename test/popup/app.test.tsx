// @vitest-environment happy-dom
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Envelope} from '../../src/shared/messages.ts';
import {App} from '../../src/popup/app.tsx';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

const bounceLine = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table';
const tabId = 42;

/** The popup's messages to the background, in order. */
function sentMessages(): Envelope[] {
  return fakeBrowser.runtime.sendMessage.mock.calls.map(([message]) => message as Envelope);
}

function textarea(): HTMLTextAreaElement {
  return screen.getByLabelText<HTMLTextAreaElement>('Paste a bounce, a log line or a code');
}

async function renderApp(): Promise<void> {
  render(<App />);
  // The popup asks the background for the tab's kept text once it knows the tab.
  await waitFor(() => {
    expect(sentMessages().map((message) => message.name)).toContain('getTabDiagnosis');
  });
}

beforeEach(() => {
  resetFakeBrowser();
  fakeBrowser.tabs.query.mockResolvedValue([{id: tabId}]);
});

afterEach(cleanup);

describe('App()', () => {
  test('shows nothing below an empty paste box', async () => {
    await renderApp();
    expect(textarea().value).toBe('');
    expect(screen.queryByText('No SMTP error found in this text')).toBeNull();
    expect(document.querySelector('.card')).toBeNull();
  });

  test('decodes a bounce line as it is typed into one card per recipient', async () => {
    await renderApp();
    fireEvent.input(textarea(), {target: {value: bounceLine}});

    const card = await screen.findByRole('article');
    const fields = Object.fromEntries(
      [...card.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(fields).toEqual({'Reply code': '550', 'Status code': '5.1.1', 'Hard bounce': 'yes'});
    expect(card.querySelector('h2')?.textContent).not.toBe('');
    expect(card.querySelector('.action')?.textContent).not.toBe('');
  });

  test.each(['hello, world', 'Meeting moved to 5 pm in room 550'])('says so when %j holds no SMTP error', async (text) => {
    await renderApp();
    fireEvent.input(textarea(), {target: {value: text}});
    expect(await screen.findByText('No SMTP error found in this text')).toBeTruthy();
    expect(document.querySelector('.card')).toBeNull();
  });

  test('renders markup in the input as text, never as HTML', async () => {
    await renderApp();
    const hostile = `550 5.1.1 <img src=x onerror="alert(1)">@example.com>: <b>User unknown</b>`;
    fireEvent.input(textarea(), {target: {value: hostile}});

    await screen.findByRole('article');
    expect(document.querySelector('img, b, script')).toBeNull();
  });

  test('keeps what was typed for this tab in the background', async () => {
    await renderApp();
    fireEvent.input(textarea(), {target: {value: bounceLine}});

    await waitFor(() => {
      const last = sentMessages().at(-1);
      expect(last).toMatchObject({direction: 'popupToBackground', name: 'setTabDiagnosis', data: {tabId, diagnosis: {text: bounceLine}}});
    });
    const kept = sentMessages().at(-1)?.data as {diagnosis: {result: {kind: string}}};
    expect(kept.diagnosis.result.kind).toBe('bounce');
  });

  test('forgets the tab\'s text when the box is emptied', async () => {
    await renderApp();
    fireEvent.input(textarea(), {target: {value: bounceLine}});
    fireEvent.input(textarea(), {target: {value: '  '}});

    await waitFor(() => {
      expect(sentMessages().at(-1)).toEqual({direction: 'popupToBackground', name: 'setTabDiagnosis', data: {tabId, diagnosis: undefined}});
    });
  });

  test('shows again what was kept for this tab when it reopens', async () => {
    fakeBrowser.runtime.sendMessage.mockImplementation(async (message) =>
      (message as Envelope).name === 'getTabDiagnosis' ? {text: bounceLine, result: {kind: 'bounce', format: 'text', recipients: []}} : undefined);
    await renderApp();

    await waitFor(() => {
      expect(textarea().value).toBe(bounceLine);
    });
    expect(sentMessages()[0]).toEqual({direction: 'popupToBackground', name: 'getTabDiagnosis', data: {tabId}});
    // The card comes from decoding the text again, not from the kept (here: empty) result.
    expect(await screen.findByRole('article')).toBeTruthy();
  });

  test('still decodes, and keeps nothing, when there is no active tab', async () => {
    fakeBrowser.tabs.query.mockResolvedValue([]);
    render(<App />);
    await waitFor(() => {
      expect(fakeBrowser.tabs.query).toHaveBeenCalled();
    });
    fireEvent.input(textarea(), {target: {value: bounceLine}});

    expect(await screen.findByRole('article')).toBeTruthy();
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });
});
