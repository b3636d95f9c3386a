/**
 * What tells a delivery failure notice from any other message, before and after decoding: its
 * sender and subject (the lists are in src/rules/notice-signals.ts), and the phrases its body is
 * built from. The content script uses the first two as a cheap filter (no decoding for a message
 * that fails it); the background, which decodes, makes the final call with all three and the
 * decoder's verdict.
 *
 * The lists are rules data, in src/rules/notice-signals.ts.
 */
import {includesAny} from '../decoder/match-text.ts';
import type {DecodeResult} from '../decoder/types.ts';
import {noticePhrases, noticeSenders, noticeSubjects, renderedOriginalMarkers} from '../rules/notice-signals.ts';

/** Lines after which a rendered notice quotes the original (see `renderedOriginalMarkers`). */
export const originalMessageMarkers = renderedOriginalMarkers;

/** Which of the two cheap signals a message shows. */
export interface NoticeSignals {
  readonly sender: boolean;
  readonly subject: boolean;
}

export {includesAny};

/**
 * The sender and subject signals of a message: cheap, run on every message opened.
 *
 * @example
 * noticeSignals('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)')
 * //=> {sender: true, subject: true}
 * noticeSignals('Postmaster <postmaster@example.com>', 'Team meeting on Thursday')
 * //=> {sender: true, subject: false}
 */
export function noticeSignals(sender: string, subject: string): NoticeSignals {
  return {sender: includesAny(sender, noticeSenders), subject: includesAny(subject, noticeSubjects)};
}

/**
 * Whether a message is worth decoding at all: its sender or its subject looks like a notice's.
 *
 * @example
 * mayBeNotice({sender: false, subject: false})
 * //=> false
 */
export function mayBeNotice(signals: NoticeSignals): boolean {
  return signals.sender || signals.subject;
}

/** Whether `text` holds one of the phrases failure notices are built from. */
export function hasNoticePhrase(text: string): boolean {
  return includesAny(text, noticePhrases);
}

/**
 * The final call: a failure notice is a message whose sender or subject looks like one, whose body
 * the decoder read as a notice with at least one recipient, and which has both signals or, with
 * only one, the phrases of a notice in its body.
 *
 * @example
 * isNotice({sender: true, subject: true}, body, decodeText(body))
 * //=> true   (for a Gmail "Address not found" bounce)
 * isNotice({sender: true, subject: false}, '… we keep seeing 550 5.7.26 from Gmail …', result)
 * //=> false  (a postmaster's memo that quotes a code)
 */
export function isNotice(signals: NoticeSignals, body: string, result: DecodeResult): boolean {
  if (!mayBeNotice(signals) || result.kind === 'none' || result.recipients.length === 0) {
    return false;
  }

  return (signals.sender && signals.subject) || hasNoticePhrase(body);
}
