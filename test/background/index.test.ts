/**
 * The background as the browser sees it: the listeners `src/background/index.ts` registers at
 * import, called with the arguments the browser would pass.
 */
import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {Runtime} from '../../src/shared/browser.ts';
import type {Envelope} from '../../src/shared/messages.ts';
import type {TabDiagnosis} from '../../src/shared/storage.ts';
import {extensionId, extensionOrigin, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
await import('../../src/background/index.ts');

beforeEach(resetFakeBrowser);

const popup: Runtime.MessageSender = {id: extensionId, url: `${extensionOrigin}src/popup/index.html`};
const bounce: TabDiagnosis = {
  text: '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown',
  result: {kind: 'bounce', format: 'text', recipients: []},
};

/** What the browser does with a message: hand it to every onMessage listener; one may answer. */
async function deliver(message: Envelope, sender: Runtime.MessageSender = popup): Promise<unknown> {
  const answers = fakeBrowser.runtime.onMessage.dispatch(message, sender).filter((answer) => answer !== undefined);
  expect(answers).toHaveLength(1);
  return answers[0];
}

const getTabDiagnosis = (tabId: unknown): Envelope => ({direction: 'popupToBackground', name: 'getTabDiagnosis', data: {tabId}});
const setTabDiagnosis = (tabId: unknown, diagnosis: TabDiagnosis | undefined): Envelope => ({
  direction: 'popupToBackground',
  name: 'setTabDiagnosis',
  data: {tabId, diagnosis},
});

describe('popupToBackground.getTabDiagnosis', () => {
  test('answers undefined for a tab with nothing kept', async () => {
    await expect(deliver(getTabDiagnosis(5))).resolves.toBeUndefined();
  });

  test('answers with what setTabDiagnosis kept for that tab, and only that tab', async () => {
    await deliver(setTabDiagnosis(5, bounce));
    await expect(deliver(getTabDiagnosis(5))).resolves.toEqual(bounce);
    await expect(deliver(getTabDiagnosis(6))).resolves.toBeUndefined();
  });
});

describe('popupToBackground.setTabDiagnosis', () => {
  test('keeps the diagnosis in session storage, never on disk', async () => {
    await deliver(setTabDiagnosis(5, bounce));
    expect(fakeBrowser.storage.session.items.get('tabDiagnosis:5')).toEqual(bounce);
    expect(fakeBrowser.storage.local.set).not.toHaveBeenCalled();
  });

  test('forgets the tab\'s diagnosis when sent undefined', async () => {
    await deliver(setTabDiagnosis(5, bounce));
    await deliver(setTabDiagnosis(5, undefined));
    expect(fakeBrowser.storage.session.items.has('tabDiagnosis:5')).toBe(false);
  });

  test('drops the older diagnosis when the new one does not fit, and says so', async () => {
    await deliver(setTabDiagnosis(5, bounce));
    fakeBrowser.storage.session.set.mockRejectedValueOnce(new Error('Session storage quota bytes exceeded'));
    await expect(deliver(setTabDiagnosis(5, {...bounce, text: 'huge'}))).rejects.toThrow('quota');
    expect(fakeBrowser.storage.session.items.has('tabDiagnosis:5')).toBe(false);
  });
});

describe('senders', () => {
  const sendersThatMayAsk: Array<[string, Runtime.MessageSender]> = [
    ['the popup', popup],
    ['the popup page opened in a tab', {...popup, tab: {id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false}}],
  ];
  const sendersThatMayNot: Array<[string, Runtime.MessageSender]> = [
    ['our content script on a web page', {id: extensionId, url: 'https://mail.example.com/', tab: {id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false}, frameId: 0}],
    ['another extension', {id: 'other-extension', url: 'chrome-extension://other-extension/popup.html'}],
    ['a web page', {url: 'https://evil.example/'}],
  ];

  test.each(sendersThatMayAsk)('%s may read and write tab diagnoses', async (_name, sender) => {
    await deliver(setTabDiagnosis(5, bounce), sender);
    await expect(deliver(getTabDiagnosis(5), sender)).resolves.toEqual(bounce);
  });

  test.each(sendersThatMayNot)('%s may not read a tab diagnosis', async (_name, sender) => {
    await deliver(setTabDiagnosis(5, bounce));
    await expect(deliver(getTabDiagnosis(5), sender)).rejects.toThrow('refused');
    expect(fakeBrowser.storage.session.get).not.toHaveBeenCalled();
  });

  test.each(sendersThatMayNot)('%s may not write a tab diagnosis', async (_name, sender) => {
    await expect(deliver(setTabDiagnosis(5, bounce), sender)).rejects.toThrow('refused');
    expect(fakeBrowser.storage.session.items.size).toBe(0);
  });
});

describe('tab ids', () => {
  test.each([[-1], [1.5], [Number.NaN], ['5'], [undefined], [null]])('refuses %s, storing nothing', async (tabId) => {
    await expect(deliver(setTabDiagnosis(tabId, bounce))).rejects.toThrow('Not a tab id');
    await expect(deliver(getTabDiagnosis(tabId))).rejects.toThrow('Not a tab id');
    expect(fakeBrowser.storage.session.items.size).toBe(0);
  });

  test.each([[0], [1], [2 ** 31]])('accepts %s', async (tabId) => {
    await deliver(setTabDiagnosis(tabId, bounce));
    await expect(deliver(getTabDiagnosis(tabId))).resolves.toEqual(bounce);
  });
});

describe('tabs.onRemoved', () => {
  test('forgets the closed tab and keeps the others', async () => {
    await deliver(setTabDiagnosis(5, bounce));
    await deliver(setTabDiagnosis(6, bounce));

    fakeBrowser.tabs.onRemoved.dispatch(5, {windowId: 1, isWindowClosing: false});
    await vi.waitFor(() => {
      expect(fakeBrowser.storage.session.items.has('tabDiagnosis:5')).toBe(false);
    });
    expect(fakeBrowser.storage.session.items.get('tabDiagnosis:6')).toEqual(bounce);
  });
});
