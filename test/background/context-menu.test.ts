// The background keeps what it decodes in the history (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {contextMenuId, createContextMenu, onContextMenuClicked} from '../../src/background/context-menu.ts';
import {decodeText} from '../../src/decoder/index.ts';
import type {Menus, Tabs} from '../../src/shared/browser.ts';
import {maxPageText} from '../../src/shared/read-page.ts';
import {extensionOrigin, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

beforeEach(resetFakeBrowser);

const selectionText = '550 5.1.1 <x@example.com>: User unknown';
const tab = {id: 12, index: 0, highlighted: true, active: true, pinned: false, incognito: false} satisfies Tabs.Tab;
const click = (info: Partial<Menus.OnClickData> = {}): Menus.OnClickData => ({menuItemId: contextMenuId, selectionText, editable: false, modifiers: [], frameId: 0, ...info});

function stashed(): unknown {
  return fakeBrowser.storage.session.items.get('pendingSelection');
}

describe('createContextMenu()', () => {
  test('creates "Decode SMTP error" on selected text, after removing what an earlier start left', async () => {
    await createContextMenu();
    expect(fakeBrowser.contextMenus.removeAll).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({id: contextMenuId, title: 'Decode SMTP error', contexts: ['selection']});
    expect(fakeBrowser.contextMenus.removeAll.mock.invocationCallOrder[0]).toBeLessThan(fakeBrowser.contextMenus.create.mock.invocationCallOrder[0]!);
  });
});

describe('onContextMenuClicked()', () => {
  test('hands the selection to the popup through session storage and opens the popup', async () => {
    const before = Date.now();
    await onContextMenuClicked(click(), tab);
    expect(stashed()).toEqual({text: selectionText, at: expect.any(Number) as number, decoded: decodeText(selectionText), tabId: 12});
    expect((stashed() as {at: number}).at).toBeGreaterThanOrEqual(before);
    expect(fakeBrowser.storage.local.set).not.toHaveBeenCalled();
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.windows.create).not.toHaveBeenCalled();
  });

  test('opens the popup before it waits for anything, while the click\'s user gesture lasts', () => {
    // Storage that never answers: whatever waits for it comes too late.
    fakeBrowser.storage.session.set.mockReturnValue(new Promise(() => {}));
    void onContextMenuClicked(click(), tab);
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.storage.session.set).toHaveBeenCalledTimes(1);
    expect(fakeBrowser.storage.session.set.mock.invocationCallOrder[0]).toBeLessThan(fakeBrowser.action.openPopup.mock.invocationCallOrder[0]!);
  });

  test.each<[string, () => void]>([
    ['the browser refuses to open the popup', () => {
      fakeBrowser.action.openPopup.mockRejectedValue(new Error('openPopup requires a user gesture'));
    }],
    ['the browser has no action.openPopup', () => {
      fakeBrowser.action.openPopup.mockImplementation(() => {
        throw new TypeError('browser.action.openPopup is not a function');
      });
    }],
  ])('opens the popup page in a small window when %s', async (_name, refuse) => {
    refuse();
    await onContextMenuClicked(click(), tab);
    expect(fakeBrowser.windows.create).toHaveBeenCalledTimes(1);
    const [{url, type, width, height}] = fakeBrowser.windows.create.mock.calls[0] as [{url: string; type: string; width: number; height: number}];
    expect(url).toBe(`${extensionOrigin}src/popup/index.html?view=window&tab=12`);
    expect(type).toBe('popup');
    expect(width).toBeGreaterThanOrEqual(400);
    expect(height).toBeGreaterThan(300);
    expect(stashed()).toMatchObject({text: selectionText});
  });

  test('names no tab in the window\'s address, nor in the selection, when the click came from no tab', async () => {
    fakeBrowser.action.openPopup.mockRejectedValue(new Error('No active browser window'));
    await onContextMenuClicked(click());
    const [{url}] = fakeBrowser.windows.create.mock.calls[0] as [{url: string}];
    expect(url).toBe(`${extensionOrigin}src/popup/index.html?view=window`);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
    expect(stashed()).not.toHaveProperty('tabId');
  });

  test('replaces the flattened selectionText with the page\'s own selection, line breaks and all', async () => {
    const fuller = '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try again';
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 3, result: fuller}]);
    await onContextMenuClicked(click({frameId: 3, selectionText: fuller.replace('\n', ' ')}), tab);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({
      target: {tabId: 12, frameIds: [3]},
      args: [maxPageText, true],
    }));
    expect(stashed()).toMatchObject({text: fuller, decoded: decodeText(fuller)});
  });

  test('decodes the selection for the popup, so that it paints with no decoder to load', async () => {
    await onContextMenuClicked(click({selectionText: 'Lunch at noon?'}), tab);
    expect(stashed()).toMatchObject({decoded: {kind: 'none'}});
    await onContextMenuClicked(click(), tab);
    expect(stashed()).toMatchObject({decoded: {kind: 'bounce', recipients: [{reason: {id: 'userunknown'}}]}});
  });

  test.each<[string, () => void]>([
    ['the page cannot be read', () => {
      fakeBrowser.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    }],
    ['the page says nothing is selected', () => {
      fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: ''}]);
    }],
    ['the page answers with something else than text', () => {
      fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: 42}]);
    }],
  ])('keeps selectionText when %s', async (_name, answer) => {
    answer();
    await onContextMenuClicked(click(), tab);
    expect(stashed()).toMatchObject({text: selectionText});
    expect(fakeBrowser.storage.session.set).toHaveBeenCalledTimes(1);
  });

  test('does nothing for another menu item', async () => {
    await onContextMenuClicked(click({menuItemId: 'something-else'}), tab);
    expect(stashed()).toBeUndefined();
    expect(fakeBrowser.action.openPopup).not.toHaveBeenCalled();
    expect(fakeBrowser.windows.create).not.toHaveBeenCalled();
  });
});
