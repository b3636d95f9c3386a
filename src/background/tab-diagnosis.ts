/**
 * The background's one job for now: keep what was decoded in each tab, for as long as the tab lives,
 * and hand it back to the popup when it reopens there.
 */
import type {Handlers, PopupToBackground} from '../shared/messages.ts';
import {tabDiagnosis} from '../shared/storage.ts';

function assertTabId(tabId: unknown): asserts tabId is number {
  // The id becomes part of a storage key; a bug that sends `undefined` must not create `tabDiagnosis:undefined`.
  if (!Number.isSafeInteger(tabId) || (tabId as number) < 0) {
    throw new TypeError(`Not a tab id: ${String(tabId)}`);
  }
}

export const popupHandlers: Handlers<PopupToBackground> = {
  async getTabDiagnosis({tabId}) {
    assertTabId(tabId);
    return tabDiagnosis(tabId).get();
  },
  async setTabDiagnosis({tabId, diagnosis}) {
    assertTabId(tabId);
    const item = tabDiagnosis(tabId);
    try {
      await item.set(diagnosis);
    } catch (error) {
      // A paste larger than the session quota: drop the older diagnosis rather than hand it back later
      // as if it were the current one.
      await item.remove();
      throw error;
    }
  },
};

/** Forgets a closed tab, so session storage holds only tabs that still exist. */
export async function forgetTab(tabId: number): Promise<void> {
  await tabDiagnosis(tabId).remove();
}
