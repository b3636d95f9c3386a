/**
 * Background entry: a service worker in Chromium, an event page in Firefox and Thunderbird. All are
 * stopped when idle and started again by the events below, which is why every listener is registered
 * synchronously, at the top level: one added later (after an `await`) would miss the event that
 * woke the background up.
 *
 * Thunderbird's build has no context menu, shortcut or content script (its manifest leaves out what
 * reads web pages), and decodes the messages it displays instead: `mail` says which one runs.
 */
import {browser, isExtensionPage} from '../shared/browser.ts';
import {handle} from '../shared/messages.ts';
import {tabDiagnosis} from '../shared/storage.ts';
import {mailApis} from '../shared/thunderbird.ts';
import {pruneHistory} from '../history/store.ts';
import {createContextMenu, onContextMenuClicked} from './context-menu.ts';
import {popupHandlers} from './keep.ts';
import {decodeDisplayedNow, onMessagesDisplayed} from './message-display.ts';
import {
  contentHandlers, decodePageOnRequest, isWebmailContentScript, onTabRemoved, onTabUpdated,
} from './page-diagnosis.ts';

const mail = mailApis();

/** Logs a listener's failure: the browser ignores what listeners return. */
function logFailure(what: string): (error: unknown) => void {
  return (error) => {
    console.error(what, error);
  };
}

/** What a browser or Thunderbird does when the extension is installed, updated or started. */
function setUp(): void {
  if (mail === undefined) {
    createContextMenu().catch(logFailure('Could not create the context menu'));
  } else {
    // A message open before the extension came has not been displayed for it.
    decodeDisplayedNow().catch(logFailure('Could not decode the messages displayed'));
  }
}

browser.runtime.onInstalled.addListener(() => {
  setUp();
});
browser.runtime.onStartup.addListener(() => {
  setUp();
  // Issue 12: kept decodings past their retention go at each browser start too, not only when one is kept.
  pruneHistory().catch(logFailure('Could not apply the history\'s retention'));
});
// The popup keeps what was pasted in a tab in storage.session; a closed tab's text goes with it.
browser.tabs.onRemoved.addListener((tabId) => {
  tabDiagnosis(tabId).remove().catch(logFailure('Could not forget the text kept for a closed tab'));
});
if (mail === undefined) {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    onContextMenuClicked(info, tab).catch(logFailure('Could not decode the selection'));
  });
  // Firefox has no contextMenus.onClicked.dispatch: its end-to-end tests call the handler through
  // runtime.getBackgroundPage(), which sees this page's globals and nothing else.
  Object.assign(globalThis, {onContextMenuClicked});
} else {
  // Issue 14: a message displayed in Thunderbird, read from its raw source when it may be a notice.
  mail.messageDisplay.onMessagesDisplayed.addListener((tab, displayed) => {
    onMessagesDisplayed(tab, displayed).catch(logFailure('Could not decode the message displayed'));
  });
}

// Issue 4: failure notices open in a webmail tab (content script), or in any page on request.
browser.runtime.onMessage.addListener(handle('contentToBackground', contentHandlers, isWebmailContentScript));
// Issue 12: the popup's decodings are kept from here, which outlives the popup.
browser.runtime.onMessage.addListener(handle('popupToBackground', popupHandlers, isExtensionPage));
browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
  onTabUpdated(tabId, changeInfo, tab).catch(logFailure('Could not check the page result of a tab'));
});
browser.tabs.onRemoved.addListener((tabId) => {
  onTabRemoved(tabId).catch(logFailure('Could not forget the page result of a closed tab'));
});
if (mail === undefined) {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'decode-page' && tab?.id !== undefined && tab.id >= 0) {
      decodePageOnRequest(tab.id).catch(logFailure('Could not decode the page'));
    }
  });
  // As for onContextMenuClicked: the end-to-end tests call the on-request handler directly.
  Object.assign(globalThis, {decodePageOnRequest});
}
