/**
 * Failure notices open in a tab: the content script on a webmail page sends the messages that may
 * be notices, or, when the user asks, the generic adapter reads any page; in Thunderbird,
 * message-display.ts hands over the displayed messages' raw sources. Here they are decoded,
 * judged, kept per tab in `storage.session` for the popup, and shown on the tab's badge; they are
 * forgotten when the user moves to another message, leaves the page, or closes the tab.
 *
 * Decoding happens here and not in the page: the decoder and its rules are larger than the content
 * script may be, and the page's main thread is the user's.
 */
import {adapterFor} from '../content/adapters/index.ts';
import type {PageReport, ReportedMessage} from '../content/scan.ts';
import {maxRawText} from '../content/scan.ts';
import {decode} from '../decoder/index.ts';
import type {DecodeResult} from '../decoder/types.ts';
import {isNotice, noticeSignals} from '../shared/bounce-signals.ts';
import {browser, isExtensionPage, type Runtime, type Tabs} from '../shared/browser.ts';
import {type ContentToBackground, contentPing, type Handlers} from '../shared/messages.ts';
import {type PageDiagnosis, type PageNotice, pageDiagnosis} from '../shared/storage.ts';
import {readPageText} from '../shared/read-page.ts';
import {type Badge, badgeFor, showBadge} from './badge.ts';
import {hostOf, hostOfTab, keepFromBackground} from './keep.ts';
import type {KeptSource} from '../history/types.ts';

/**
 * Each tab's latest change, counted: a decoding that finishes after a newer report, or after the
 * tab navigated, must not overwrite what replaced it.
 */
const generations = new Map<number, number>();

function nextGeneration(tabId: number): number {
  const generation = (generations.get(tabId) ?? 0) + 1;
  generations.set(tabId, generation);
  return generation;
}

/**
 * Each tab's last badge drawing. A badge is drawn in four calls (colours, text, title): two
 * drawings that ran together would leave one's text beside the other's title, or the older badge
 * over the newer clearing, so each waits for the one before and is skipped when a newer change
 * came meanwhile.
 */
const badgeDrawings = new Map<number, Promise<void>>();

async function badgeTab(tabId: number, generation: number, badge: Badge | undefined): Promise<void> {
  const drawing = (badgeDrawings.get(tabId) ?? Promise.resolve()).then(async () => {
    if (generations.get(tabId) === generation) {
      await showBadge(tabId, badge);
    }
  });
  // A drawing that failed must not stop the ones after it.
  badgeDrawings.set(tabId, drawing.catch(() => undefined));
  await drawing;
}

/**
 * Whether a message comes from this extension's content script, in the top frame of a tab showing
 * one of the webmail pages the manifest injects it into: not from an extension page, another
 * extension, a frame inside the page, or a page elsewhere.
 *
 * @example
 * isWebmailContentScript({id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab, frameId: 0})
 * //=> true
 */
export function isWebmailContentScript(sender: Runtime.MessageSender): boolean {
  const tabId = sender.tab?.id;
  if (sender.id !== browser.runtime.id || isExtensionPage(sender) || typeof tabId !== 'number' || tabId < 0
    || sender.frameId !== 0 || typeof sender.url !== 'string') {
    return false;
  }

  try {
    const url = new URL(sender.url);
    return url.protocol === 'https:' && adapterFor(url.hostname) !== undefined;
  } catch {
    return false;
  }
}

/** The report's messages, checked field by field: the text comes from a web page. */
function readReport(data: unknown): ReportedMessage[] {
  const messages: unknown = (data as Partial<PageReport> | undefined)?.messages;
  if (!Array.isArray(messages)) {
    throw new TypeError('reportDiagnosis: no messages');
  }

  return messages.slice(0, 20).map((message: unknown) => {
    const {subject, sender, text} = (message ?? {}) as Partial<Record<keyof ReportedMessage, unknown>>;
    if (typeof subject !== 'string' || typeof sender !== 'string' || typeof text !== 'string') {
      throw new TypeError('reportDiagnosis: a message without subject, sender or text');
    }

    return {subject: subject.slice(0, 1000), sender: sender.slice(0, 1000), text: text.slice(0, maxRawText)};
  });
}

function hasRecipients(result: DecodeResult): boolean {
  return result.kind !== 'none' && result.recipients.length > 0;
}

/**
 * A message that may be a failure notice, by its sender and subject, as `keepPage` takes it: its
 * content is read only when its turn to be decoded comes (in Thunderbird, a raw message is read from
 * its store then, one at a time).
 */
export interface NoticeCandidate {
  readonly subject: string;
  readonly sender: string;
  /** The text a page showed, or the bytes of a raw message (the decoder reads its charsets and MIME). */
  read(): Promise<string | Uint8Array>;
}

/** A reported message as a candidate: its text is already there. */
function candidateOf({subject, sender, text}: ReportedMessage): NoticeCandidate {
  return {subject, sender, read: () => Promise.resolve(text)};
}

/** What the notice phrases are looked for in: the text, or a raw message's bytes as text. */
function textOf(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/**
 * Decodes the messages, keeps the notices among them as the tab's `pageDiagnosis` and badges the tab;
 * with no notice, forgets and clears both. `requested`: the user asked, so the decoder's verdict alone
 * decides; otherwise sender, subject and body must agree (`isNotice`). Each notice found also goes to
 * the history (`keptAs`: where it came from), beside the rest and as soon as it is found: the same
 * notice reported again counts once there. A message that cannot be read (in Thunderbird, one whose
 * body was never downloaded, or a folder that went offline) is passed over.
 */
export async function keepPage(
  tabId: number,
  source: PageDiagnosis['source'],
  messages: readonly NoticeCandidate[],
  requested: boolean,
  keptAs: {readonly source: KeptSource; readonly sourceHost?: string | Promise<string | undefined>},
): Promise<PageDiagnosis | undefined> {
  const generation = nextGeneration(tabId);
  const notices: PageNotice[] = [];
  for (const message of messages) {
    let content: string | Uint8Array;
    try {
      content = await message.read();
    } catch (error) {
      console.warn('Could not read a message that may be a failure notice', error);
      continue;
    }

    // A page's text is read under the subject and sender the page showed above it.
    const result = await decode(content, {subject: message.subject, sender: message.sender});
    const notice = requested ? hasRecipients(result) : isNotice(noticeSignals(message.sender, message.subject), textOf(content), result);
    if (notice) {
      notices.push({subject: message.subject, result});
      void keepFromBackground(result, content, keptAs);
    }
  }

  if (generations.get(tabId) !== generation) {
    return undefined;
  }

  const diagnosis: PageDiagnosis | undefined = notices.length > 0 ? {source, notices} : undefined;
  await pageDiagnosis(tabId).set(diagnosis);

  // A newer report, a navigation or the tab's closing may have come while the result was stored:
  // the badge is theirs to set now. (Storage needs no such check: its writes apply in order.)
  await badgeTab(tabId, generation, badgeFor(notices));
  return diagnosis;
}

export const contentHandlers: Handlers<ContentToBackground> = {
  async reportDiagnosis(data, sender) {
    // `handle` let the message through `isWebmailContentScript`, which checked both.
    const tabId = sender.tab?.id ?? -1;
    const adapter = adapterFor(new URL(sender.url ?? '').hostname);
    if (adapter === undefined || tabId < 0) {
      throw new TypeError('reportDiagnosis: not from a webmail tab');
    }

    // The source is the sender's host, not what the page-side data claims.
    return keepPage(tabId, adapter.id, readReport(data).map(candidateOf), false, {source: 'webmail', sourceHost: hostOf(sender.url)});
  },
};

/**
 * Decodes the page the user asked about (keyboard shortcut, or any other request): its selection,
 * or else its text, read through `activeTab` + `scripting`. Keeps and badges what it finds, like a
 * webmail report, but with no sender or subject to filter on: the user asked, so the decoder's
 * verdict alone decides. Answers `undefined` when the page holds no notice. Rejects when the page
 * cannot be read (browser pages, add-on stores, a tab without the user's grant).
 *
 * @example
 * await decodePageOnRequest(tabId)
 * //=> {source: 'generic', notices: [{subject: '', result: {kind: 'bounce', …}}]}
 */
export async function decodePageOnRequest(tabId: number): Promise<PageDiagnosis | undefined> {
  const text = await readPageText(tabId);
  // In the history, a page read on request counts as a selection from that page.
  return keepPage(tabId, 'generic', [candidateOf({subject: '', sender: '', text})], true, {source: 'selection', sourceHost: hostOfTab(tabId)});
}

/** Forgets a tab's page result and clears its badge. */
async function forgetPage(tabId: number): Promise<void> {
  const generation = nextGeneration(tabId);
  await pageDiagnosis(tabId).remove();
  await badgeTab(tabId, generation, undefined);
}

/**
 * After a tab finished loading or changed its URL: forgets its result when the page it came from is
 * gone. A webmail result stays while the tab still runs the content script, which reports every change
 * itself (a frame inside the page that loads does not count as leaving); a result read on request
 * stays until the URL changes or the page's grant lapses, i.e. until the tab shows another page.
 */
export async function onTabUpdated(tabId: number, changeInfo: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): Promise<void> {
  if (changeInfo.status !== 'complete' && changeInfo.url === undefined) {
    return;
  }

  const kept = await pageDiagnosis(tabId).get();
  // Thunderbird's tabs load each message they display; the next message displayed replaces the result.
  if (kept === undefined || kept.source === 'thunderbird') {
    return;
  }

  if (kept.source === 'generic') {
    if (changeInfo.url !== undefined || tab.url === undefined) {
      await forgetPage(tabId);
    }
    return;
  }

  const alive = await browser.tabs.sendMessage(tabId, contentPing, {frameId: 0}).then((answer) => answer === true, () => false);
  if (!alive) {
    await forgetPage(tabId);
  }
}

/** Forgets a closed tab's page result; its badge went with it. */
export async function onTabRemoved(tabId: number): Promise<void> {
  generations.delete(tabId);
  badgeDrawings.delete(tabId);
  await pageDiagnosis(tabId).remove();
}
