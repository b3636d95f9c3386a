/**
 * The background as the browser sees it: the listeners `src/background/index.ts` registers at
 * import, called with the arguments the browser would pass.
 */
import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {Runtime} from '../../src/shared/browser.ts';
import {type TabDiagnosis, tabDiagnosis} from '../../src/shared/storage.ts';
import {extensionId, extensionOrigin, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
await import('../../src/background/index.ts');

beforeEach(resetFakeBrowser);

const bounce: TabDiagnosis = {
  text: '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown',
  result: {kind: 'bounce', format: 'text', recipients: []},
};
const popup: Runtime.MessageSender = {id: extensionId, url: `${extensionOrigin}src/popup/index.html`};

describe('runtime.onMessage', () => {
  // The popup reads and writes its tab's items in storage itself; the background answers it nothing,
  // so no message can read a tab's pasted text through the background.
  test.each<[string, unknown]>([
    ['a request for a tab\'s kept text', {direction: 'popupToBackground', name: 'getTabDiagnosis', data: {tabId: 5}}],
    ['a request to keep a text', {direction: 'popupToBackground', name: 'setTabDiagnosis', data: {tabId: 5, diagnosis: bounce}}],
  ])('answers no popup message: %s', async (_name, message) => {
    await tabDiagnosis(5).set(bounce);
    expect(fakeBrowser.runtime.onMessage.dispatch(message, popup).filter((answer) => answer !== undefined)).toEqual([]);
    expect(fakeBrowser.storage.session.items.get('tabDiagnosis:5')).toEqual(bounce);
  });
});

describe('tabs.onRemoved', () => {
  test('forgets the closed tab and keeps the others', async () => {
    await tabDiagnosis(5).set(bounce);
    await tabDiagnosis(6).set(bounce);

    fakeBrowser.tabs.onRemoved.dispatch(5, {windowId: 1, isWindowClosing: false});
    await vi.waitFor(() => {
      expect(fakeBrowser.storage.session.items.has('tabDiagnosis:5')).toBe(false);
    });
    expect(fakeBrowser.storage.session.items.get('tabDiagnosis:6')).toEqual(bounce);
  });
});
