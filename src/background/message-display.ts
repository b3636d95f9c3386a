/**
 * Thunderbird (issue 14): the messages a tab displays (the main mail tab, a message tab, a message
 * window: each is a tab here) are decoded from their raw source, with the report parts and headers
 * that a webmail page never shows, by the same decoder and the same judgement as a webmail notice
 * (`keepPage` in page-diagnosis.ts): kept for the popup under the tab, shown on the badge of the
 * button above the message, and kept in the history as "Thunderbird".
 *
 * A message that is not a notice costs nothing visible: its sender and subject, which Thunderbird
 * hands over with the event, must look like a notice's (the content script's cheap filter) before
 * its raw source is read, and then no more of it is copied than the decoder reads.
 */
import {maxInputLength} from '../decoder/index.ts';
import {mayBeNotice, noticeSignals} from '../shared/bounce-signals.ts';
import {browser, type Tabs} from '../shared/browser.ts';
import type {PageDiagnosis} from '../shared/storage.ts';
import {type MailApis, type MessageHeader, type MessageId, type MessageList, mailApis} from '../shared/thunderbird.ts';
import {keepPage, type NoticeCandidate} from './page-diagnosis.ts';

/**
 * The most displayed messages read at once, as many as a webmail report carries: a selection of
 * many shows Thunderbird's summary, and the first notices of it are enough to badge it.
 */
export const maxDisplayedCandidates = 20;

/**
 * A raw message's bytes, no more than the decoder reads (`maxInputLength`): a message with a large
 * attachment is copied up to that bound only (`File.slice`), its notice and report coming first.
 * (Thunderbird itself reads the whole message to make the `File`, as it does to display it.)
 *
 * @example
 * await readRawMessage(mail, 42)
 * //=> Uint8Array(2771) [82, 101, 116, …]   ("Return-Path: …")
 */
export async function readRawMessage(mail: Pick<MailApis, 'messages'>, messageId: MessageId): Promise<Uint8Array> {
  const file = await mail.messages.getRaw(messageId, {data_format: 'File'});
  return new Uint8Array(await file.slice(0, maxInputLength).arrayBuffer());
}

/**
 * The displayed messages worth decoding, by sender and subject alone (nothing is read yet), at most
 * `maxDisplayedCandidates`; each reads its raw source when `keepPage` decodes it.
 *
 * @example
 * candidatesAmong([{id: 1, author: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>', subject: 'Delivery Status Notification (Failure)'},
 *   {id: 2, author: 'Alice <alice@example.org>', subject: 'Lunch'}], mail).map((candidate) => candidate.subject)
 * //=> ['Delivery Status Notification (Failure)']
 */
export function candidatesAmong(messages: readonly MessageHeader[], mail: Pick<MailApis, 'messages'>): NoticeCandidate[] {
  return messages
    .filter((header) => mayBeNotice(noticeSignals(header.author, header.subject)))
    .slice(0, maxDisplayedCandidates)
    .map((header) => ({subject: header.subject, sender: header.author, read: async () => readRawMessage(mail, header.id)}));
}

/**
 * `messageDisplay.onMessagesDisplayed`: decodes the notices among the messages a tab now displays,
 * keeps them for the tab's popup and badges the button above them; with none, clears both (the tab
 * displayed another message before). Resolves to what it kept.
 *
 * @example
 * await onMessagesDisplayed(tab, {id: null, messages: [bounceHeader]})
 * //=> {source: 'thunderbird', notices: [{subject: 'Undelivered Mail Returned to Sender', result: {kind: 'bounce', …}}]}
 */
export async function onMessagesDisplayed(tab: Pick<Tabs.Tab, 'id'>, displayed: MessageList): Promise<PageDiagnosis | undefined> {
  const mail = mailApis();
  if (mail === undefined || tab.id === undefined || tab.id < 0) {
    return undefined;
  }

  return keepPage(tab.id, 'thunderbird', candidatesAmong(displayed.messages, mail), false, {source: 'thunderbird'});
}

/**
 * Decodes what every tab displays now: a message already open when the extension is installed,
 * enabled or updated has not been "displayed" for it. Tabs that display nothing are left alone.
 */
export async function decodeDisplayedNow(): Promise<void> {
  const mail = mailApis();
  if (mail === undefined) {
    return;
  }

  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) {
      continue;
    }

    // A tab that displays no message (an address book, a calendar) has none to give.
    const displayed = await mail.messageDisplay.getDisplayedMessages(tab.id).catch(() => undefined);
    if (displayed !== undefined && displayed.messages.length > 0) {
      await onMessagesDisplayed(tab, displayed);
    }
  }
}
