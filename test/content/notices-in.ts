/**
 * What the extension makes of a fixture page, end to end but without a browser: the adapter finds the
 * open messages, the cheap filter keeps the candidates, the decoder reads their text, and `isNotice`
 * decides, exactly as the content script and the background do between them.
 */
import type {WebmailAdapter} from '../../src/content/adapters/types.ts';
import {messageText} from '../../src/content/scan.ts';
import {decode} from '../../src/decoder/index.ts';
import {isNotice, mayBeNotice, noticeSignals} from '../../src/shared/bounce-signals.ts';

/**
 * One recipient of a notice: [address, reply code, status code, permanent]. The reason is left out on
 * purpose: it is the decoder's business, tested there, and these tests are about finding the notice.
 */
export type RecipientRow = [string | undefined, string | undefined, string | undefined, boolean | undefined];

/** The recipients of every notice open in `document`, one row each, in page order. */
export async function noticesIn(adapter: WebmailAdapter, document: Document): Promise<RecipientRow[]> {
  const rows: RecipientRow[] = [];
  for (const message of adapter.findMessages(document)) {
    const signals = noticeSignals(message.sender, message.subject);
    if (!mayBeNotice(signals)) {
      continue;
    }

    const text = messageText(message);
    const result = await decode(text);
    if (isNotice(signals, text, result)) {
      rows.push(...result.recipients.map((recipient): RecipientRow => [
        recipient.recipient, recipient.replyCode?.code, recipient.status?.code, recipient.permanent,
      ]));
    }
  }
  return rows;
}
