/**
 * One look at the page after it settled: which open messages may be failure notices (by sender and
 * subject alone, which costs next to nothing), and, only for those, their text, sent to the
 * background to decode. A page whose messages pass no filter costs a few selector lookups; a page
 * that shows what it showed last time costs nothing more.
 */
import {mayBeNotice, noticeSignals, originalMessageMarkers} from '../shared/bounce-signals.ts';
import type {AdapterId, OpenMessage, WebmailAdapter} from './adapters/types.ts';
import {maxBodyText, readText} from './read-text.ts';

/** A raw message's text is longer than its rendering; the notice and its report come first in it. */
export const maxRawText = 1024 * 1024;

/**
 * The text of a message as sent to the background: a raw message whole (up to 1 MiB: its report
 * part follows the notice), a rendered one up to the quoted original (and 64 KiB at most).
 */
export function messageText(message: OpenMessage): string {
  return message.format === 'raw' ? readText(message.body, maxRawText) : readText(message.body, maxBodyText, originalMessageMarkers);
}

/** A message the background is asked to decode. */
export interface ReportedMessage {
  readonly subject: string;
  readonly sender: string;
  readonly text: string;
}

/** What the content script sends: the candidates open now, or none when the user moved away from one. */
export interface PageReport {
  readonly source: AdapterId;
  readonly messages: readonly ReportedMessage[];
}

export interface Scanner {
  /**
   * Looks at the page. Returns the report it sent, or `undefined` when there was nothing new to
   * send (the same messages as last time, or still no candidate). The first look always reports.
   */
  scan(): PageReport | undefined;
}

/**
 * A scanner for one page, which remembers what it reported so that it reports only changes.
 *
 * @example
 * const scanner = createScanner(gmail, document, (report) => contentToBackground.reportDiagnosis(report));
 * scanner.scan();
 * //=> {source: 'gmail', messages: [{subject: 'Delivery Status Notification (Failure)', sender: '…', text: '…'}]}
 */
export function createScanner(
  adapter: Pick<WebmailAdapter, 'id' | 'findMessages'>,
  document: Document,
  send: (report: PageReport) => void,
): Scanner {
  const ids = new WeakMap<Element, number>();
  let nextId = 0;
  let lastSignature = '';
  // Unknown at first: the first look is always reported, so that a result kept from the page this
  // tab showed before is replaced.
  let lastCount = -1;

  function idOf(element: Element): number {
    let id = ids.get(element);
    if (id === undefined) {
      id = ++nextId;
      ids.set(element, id);
    }
    return id;
  }

  // The same message shown again (same URL, same body element, as many child nodes) is not re-read.
  const keyOf = (message: OpenMessage): string =>
    `${idOf(message.body)}:${message.body.childNodes.length}\u0000${message.sender}\u0000${message.subject}`;

  return {
    scan() {
      const candidates = adapter.findMessages(document)
        .filter((message) => mayBeNotice(noticeSignals(message.sender, message.subject)));
      const signature = [document.URL, ...candidates.map(keyOf)].join('\n');
      const unchanged = signature === lastSignature || (candidates.length === 0 && lastCount === 0);
      lastSignature = signature;
      if (unchanged) {
        return undefined;
      }

      lastCount = candidates.length;
      const report: PageReport = {
        source: adapter.id,
        messages: candidates.map((message) => ({
          subject: message.subject,
          sender: message.sender,
          text: messageText(message),
        })),
      };
      send(report);
      return report;
    },
  };
}
