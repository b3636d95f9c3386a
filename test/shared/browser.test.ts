import {beforeEach, describe, expect, test, vi} from 'vitest';
import {activeTabId, isExtensionPage, message, type Runtime} from '../../src/shared/browser.ts';
import {extensionId, extensionOrigin, fakeBrowser, resetFakeBrowser} from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

beforeEach(resetFakeBrowser);

const webTab = {id: 4, index: 0, highlighted: true, active: true, pinned: false, incognito: false};

describe('isExtensionPage()', () => {
  test.each<[string, Runtime.MessageSender]>([
    ['the popup', {id: extensionId, url: `${extensionOrigin}src/popup/index.html`}],
    ['an extension page open in a tab', {id: extensionId, url: `${extensionOrigin}src/popup/index.html`, tab: webTab}],
  ])('accepts %s', (_name, sender) => {
    expect(isExtensionPage(sender)).toBe(true);
  });

  test.each<[string, Runtime.MessageSender]>([
    ['our content script on a web page', {id: extensionId, url: 'https://mail.example.com/inbox', tab: webTab, frameId: 0}],
    ['a page of another extension', {id: 'other-extension', url: 'chrome-extension://other-extension/page.html'}],
    ['another extension that claims our URL', {id: 'other-extension', url: `${extensionOrigin}src/popup/index.html`}],
    ['a sender with our id but no URL', {id: extensionId}],
    ['a web page (no id)', {url: 'https://evil.example/'}],
    ['a URL that only starts like ours', {id: extensionId, url: `chrome-extension://${extensionId}.evil.example/`}],
  ])('refuses %s', (_name, sender) => {
    expect(isExtensionPage(sender)).toBe(false);
  });
});

describe('activeTabId()', () => {
  test('is the id of the active tab of the current window', async () => {
    fakeBrowser.tabs.query.mockResolvedValue([{id: 12}]);
    await expect(activeTabId()).resolves.toBe(12);
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({active: true, currentWindow: true});
  });

  test.each<[string, Array<{id?: number}>]>([
    ['no tab at all', []],
    ['a tab without an id', [{}]],
  ])('is undefined for %s', async (_name, tabs) => {
    fakeBrowser.tabs.query.mockResolvedValue(tabs);
    await expect(activeTabId()).resolves.toBeUndefined();
  });
});

describe('message()', () => {
  test.each<[Parameters<typeof message>, string]>([
    [['extensionName'], 'Bounce Decoder'],
    [['verdictPermanent', 'the address does not exist'], 'Permanent failure: the address does not exist'],
    [['statusMany', '3', 'Delivered'], '3 recipients. The worst: Delivered'],
  ])('reads %j from the English messages', (args, expected) => {
    expect(message(...args)).toBe(expected);
    expect(fakeBrowser.i18n.getMessage).toHaveBeenCalledWith(args[0], args.slice(1));
  });

  test('shows the name of a string the browser does not have, rather than nothing', () => {
    fakeBrowser.i18n.getMessage.mockReturnValueOnce('');
    expect(message('copied')).toBe('copied');
  });
});
