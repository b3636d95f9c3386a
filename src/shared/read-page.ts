/**
 * Reading text out of a web page: the popup's "Decode this page" button, the "Decode SMTP error"
 * context menu and the keyboard shortcut (background/page-diagnosis.ts) use it; it lives in
 * src/shared because the popup and the background both do. It needs the `scripting` permission plus
 * access to the tab, which `activeTab` grants for the tab where the user clicked the toolbar button
 * or the context menu, or pressed the shortcut.
 */
import {browser} from './browser.ts';

/**
 * Longest text taken from a page: a bounce is a few kilobytes, and the decoder reads at most 4 MiB.
 * A whole webmail inbox is cut here rather than copied across processes in full.
 */
export const maxPageText = 1_000_000;

/**
 * Runs inside the page, through `scripting.executeScript`, which sends the function's source, not a
 * reference: it must use nothing from outside its own body. The selection wins over the page text;
 * a selection inside a text field (a log viewer, a compose box) counts too, though
 * `getSelection()` does not see it.
 *
 * @example
 * pageText(1_000_000, false)
 * //=> '550 5.1.1 <x@example.com>: User unknown' (the selection), or else the whole page's text
 */
export function pageText(limit: number, selectionOnly: boolean): string {
  const field = document.activeElement;
  let selected = '';
  if ((field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)
    && typeof field.selectionStart === 'number' && typeof field.selectionEnd === 'number') {
    selected = field.value.slice(field.selectionStart, field.selectionEnd);
  }
  if (selected.trim() === '') {
    selected = String(getSelection() ?? '');
  }
  const text = selected.trim() !== '' || selectionOnly ? selected : (document.body?.innerText ?? '');
  return text.slice(0, limit);
}

/**
 * The selection, or else the text, of a tab (of one frame of it, with `frameId`), at most
 * `maxPageText` characters. Rejects when the page cannot be read: browser pages, add-on stores,
 * and tabs the extension holds no grant for.
 *
 * @example
 * await readPageText(tabId)
 * //=> 'Delivery has failed to these recipients or groups: …'
 */
export async function readPageText(tabId: number, {frameId, selectionOnly = false}: {
  readonly frameId?: number;
  /** Only the selection: empty when nothing is selected. @default false */
  readonly selectionOnly?: boolean;
} = {}): Promise<string> {
  const [injection] = await browser.scripting.executeScript({
    target: frameId === undefined ? {tabId} : {tabId, frameIds: [frameId]},
    func: pageText,
    args: [maxPageText, selectionOnly],
  });
  // The page's own scripts can replace getSelection and friends: trust only a string, and cap it again.
  const result: unknown = injection?.result;
  return typeof result === 'string' ? result.slice(0, maxPageText) : '';
}
