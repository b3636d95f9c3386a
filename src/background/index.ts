/**
 * Background entry: a service worker in Chromium, an event page in Firefox. Both are stopped when
 * idle and started again by the events below, which is why every listener is registered
 * synchronously, at the top level: one added later (after an `await`) would miss the event that
 * woke the background up.
 */
import {browser, isExtensionPage} from '../shared/browser.ts';
import {handle} from '../shared/messages.ts';
import {forgetTab, popupHandlers} from './tab-diagnosis.ts';

browser.runtime.onMessage.addListener(handle('popupToBackground', popupHandlers, isExtensionPage));

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId).catch((error: unknown) => {
    console.error('Could not forget tab', tabId, error);
  });
});
