/**
 * Any other page, read only when the user asks with the keyboard shortcut (manifest `commands`). It
 * has no standing access to any site: the shortcut grants `activeTab` for that one tab, and
 * `scripting` runs the page reader of src/shared/read-page.ts there, which takes the selection, or
 * else the page's text. (The popup's "Decode this page" button and the context menu use the same
 * reader, and decode in the popup.)
 *
 * Unlike the webmail adapters it runs in the background, not in the page, and it has no sender or
 * subject to filter on: the user asked, so the decoder's verdict alone decides.
 */
import {readPageText} from '../../shared/read-page.ts';

/** What the user asked to decode: the selection, or else the page's text. */
export interface RequestedText {
  readonly text: string;
}

export const generic = {
  id: 'generic',
  /**
   * Reads the tab the user asked about. Rejects where the page cannot be read (browser pages, add-on
   * stores, a tab without the user's grant).
   *
   * @example
   * await generic.read(tabId)
   * //=> {text: 'Delivery has failed to these recipients or groups: …'}
   */
  async read(tabId: number): Promise<RequestedText> {
    return {text: await readPageText(tabId)};
  },
} as const;
