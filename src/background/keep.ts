/**
 * Keeping what the background decodes (a notice found in a webmail, a page read on request, a
 * context-menu selection, a message displayed in Thunderbird) in the history. The background runs
 * in the extension's origin, where the history lives; the content script, in the page's, must never
 * open it.
 *
 * Keeping never holds up what the user sees: it runs beside the answer, and a refused write is
 * noted in `keepRefusal` for the popup's line, never thrown.
 */
import type {DecodeResult} from '../decoder/types.ts';
import {keepDecoding, noticeKeyOf} from '../history/store.ts';
import type {KeepOutcome, KeptSource} from '../history/types.ts';
import {browser} from '../shared/browser.ts';
import type {Handlers, PopupToBackground} from '../shared/messages.ts';
import {keepRefusal} from '../shared/storage.ts';

/** The host name of `url`, or `undefined` when there is none to read. */
export function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) {
    return undefined;
  }

  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The host of the page a tab shows, or `undefined`: the browser gives a tab's URL only with access to
 * it (`activeTab`, granted by the shortcut or the click that asked for the page).
 */
export async function hostOfTab(tabId: number): Promise<string | undefined> {
  try {
    return hostOf((await browser.tabs.get(tabId)).url);
  } catch {
    return undefined;
  }
}

/**
 * Keeps one decoding of `text` (a page's text, or a raw message's bytes) in the history, the notice's
 * key taken from it (its Message-ID, or its hash). Never rejects: a refused write is logged and noted
 * in `keepRefusal`; a kept one clears the note.
 *
 * @example
 * void keepFromBackground(result, text, {source: 'webmail', sourceHost: 'mail.google.com'})
 */
export async function keepFromBackground(
  result: DecodeResult,
  text: string | Uint8Array,
  from: {readonly source: KeptSource; readonly sourceHost?: string | Promise<string | undefined>},
): Promise<KeepOutcome> {
  if (result.kind === 'none' || result.recipients.length === 0) {
    return {ok: true, added: 0, duplicates: 0};
  }

  try {
    const [noticeKey, sourceHost] = await Promise.all([noticeKeyOf(text), from.sourceHost]);
    return await keepWithKey(result, noticeKey, {source: from.source, ...(sourceHost === undefined ? {} : {sourceHost})});
  } catch (error) {
    // Hashing the text failed: the decoding on screen is right either way.
    console.warn('Could not keep a decoding', error);
    return {ok: false, reason: 'refused', message: String(error)};
  }
}

/**
 * Keeps one decoding under a notice key already made, and notes a refusal for the popup's line (a
 * kept one clears the note). Never rejects.
 */
async function keepWithKey(result: DecodeResult, noticeKey: string, from: {readonly source: KeptSource; readonly sourceHost?: string}): Promise<KeepOutcome> {
  try {
    const outcome = await keepDecoding(result, {...from, noticeKey});
    if (outcome.ok) {
      if (outcome.added > 0) {
        await keepRefusal.remove();
      }
    } else if (outcome.reason === 'refused') {
      console.warn('The history refused a decoding', outcome.message);
      await keepRefusal.set({message: outcome.message, at: Date.now()});
    }
    return outcome;
  } catch (error) {
    // Noting the refusal failed: the decoding on screen is right either way.
    console.warn('Could not keep a decoding', error);
    return {ok: false, reason: 'refused', message: String(error)};
  }
}

/** The sources a popup's decoding may come from: what it reads itself, never a webmail. */
const popupSources: ReadonlySet<KeptSource> = new Set(['paste', 'file', 'selection']);

/**
 * The background's answers to the popup (`PopupToBackground`): its decodings are kept here, where
 * the write finishes even when the popup closes the moment its answer shows.
 */
export const popupHandlers: Handlers<PopupToBackground> = {
  keepDecoding: async ({result, noticeKey, source}) => {
    if (!popupSources.has(source) || typeof noticeKey !== 'string' || !Array.isArray(result?.recipients)) {
      return {ok: false, reason: 'refused', message: 'not a decoding the popup makes'};
    }
    return keepWithKey(result, noticeKey, {source});
  },
};
