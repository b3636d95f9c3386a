/**
 * "Decode SMTP error" on selected text: the selection goes to the popup through `storage.session`,
 * and the popup opens where the user looks, or, where the browser will not open it, a small
 * window with the same page.
 */
import {decodeText} from '../decoder/index.ts';
import {browser, message, type Menus, type Tabs} from '../shared/browser.ts';
import {readPageText} from '../shared/read-page.ts';
import {type PendingSelection, pendingSelection} from '../shared/storage.ts';
import {hostOf, keepFromBackground} from './keep.ts';

export const contextMenuId = 'decode-selection';

/** Size of the fallback window: the popup's width plus the window frame. */
const windowSize = {width: 440, height: 640};

/**
 * The selection as the popup takes it: decoded here, where the decoder is loaded already, so the
 * popup paints its cards without loading one. A selection is text on screen, which the synchronous
 * decoder reads in a few milliseconds, and no more than the decoder's input cap however long it is.
 */
function pending(text: string, tabId: number | undefined): PendingSelection {
  return {text, at: Date.now(), decoded: decodeText(text), ...(tabId === undefined ? {} : {tabId})};
}

/**
 * (Re)creates the menu item. Chromium and Firefox keep menu items while the background sleeps, but
 * the item must exist after an install, an update and a browser start; removing first avoids a
 * duplicate-id error when it still exists.
 */
export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({id: contextMenuId, title: message('contextMenuDecode'), contexts: ['selection']});
}

/**
 * Opens the popup, or, where that fails (no user gesture left, no focused window, a browser without
 * `action.openPopup`), the popup page in a small window of its own. `tabId` tells that page which
 * tab "Decode this page" should read.
 *
 * Must be called before the handler's first `await`: Firefox opens the popup only while the click's
 * user gesture lasts.
 */
async function showPopup(tabId: number | undefined): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // Fall through to the window.
  }

  const page = browser.runtime.getManifest().action?.default_popup ?? 'src/popup/index.html';
  const url = new URL(browser.runtime.getURL(page));
  url.searchParams.set('view', 'window');
  if (tabId !== undefined) {
    url.searchParams.set('tab', String(tabId));
  }
  await browser.windows.create({url: url.href, type: 'popup', ...windowSize});
}

/**
 * The context menu's click handler, exported so that tests can call it (Firefox has no
 * `contextMenus.onClicked.dispatch`). Hands the selection to the popup and opens it.
 *
 * `info.selectionText` comes first, since the popup may open at once; then the page is asked for the
 * selection itself (the click's `activeTab` grant allows it), because browsers flatten line breaks
 * in `selectionText` and Firefox cuts it short, and both matter to the decoder.
 *
 * @example
 * await onContextMenuClicked({menuItemId: 'decode-selection', selectionText: '550 5.1.1 …', editable: false}, tab)
 * //=> the popup (or its window) shows the selection's diagnosis
 */
export async function onContextMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId !== contextMenuId) {
    return;
  }

  const tabId = tab?.id !== undefined && tab.id >= 0 ? tab.id : undefined;
  // Both started before anything is awaited: the storage write is queued ahead of the popup's read,
  // and the popup opens within the user gesture.
  let selected = pending(info.selectionText ?? '', tabId);
  const stashed = pendingSelection.set(selected);
  const shown = showPopup(tabId);
  await stashed;

  if (tabId !== undefined) {
    const selection = await readPageText(tabId, {frameId: info.frameId, selectionOnly: true}).catch(() => '');
    if (selection.trim() !== '' && selection !== info.selectionText) {
      // The popup watches the item and decodes the fuller text when it arrives.
      selected = pending(selection, tabId);
      await pendingSelection.set(selected);
    }
  }

  // Only the text the popup ends with goes to the history: the flattened `selectionText` of the same
  // notice would hash differently and count twice.
  void keepFromBackground(selected.decoded, selected.text, {
    source: 'selection', sourceHost: hostOf(info.frameUrl ?? info.pageUrl ?? tab?.url),
  });
  await shown;
}
