/**
 * What tells a delivery failure notice from any other message, before and after decoding: its
 * sender and subject (the lists are in src/rules/notice-signals.ts), and the phrases its body is
 * built from. The content script uses the first two as a cheap filter (no decoding for a message
 * that fails it); the background, which decodes, makes the final call with all three and the
 * decoder's verdict.
 *
 * Plain lowercase substrings, each with the software or provider it comes from
 * (`../shared/reference/ndr-formats.md`).
 */
import type {DecodeResult} from '../decoder/types.ts';
import {noticeSenders, noticeSubjects} from '../rules/notice-signals.ts';

/**
 * Phrases that failure notices are built from and ordinary mail is not. They decide when only one
 * of sender and subject looks like a notice: a forwarded bounce ("Fw: Undeliverable: …") has them, a
 * postmaster's memo that quotes "550 5.7.26" does not.
 */
export const noticePhrases = [
  'final-recipient:', // RFC 3464 delivery-status part
  'diagnostic-code:', // RFC 3464 delivery-status part
  'the response from the remote server was', // Gmail
  'your message wasn\'t delivered to', // Gmail, current layout
  'delivery to the following recipient failed', // Gmail, legacy layout
  'remote server returned', // Exchange, classic layout
  'reported error:', // Microsoft 365, new-style NDR
  'diagnostic information for administrators', // Exchange
  'delivery has failed to these recipients', // Exchange, classic layout
  'couldn\'t be delivered', // Microsoft 365, new-style NDR
  'remote host said:', // qmail, Yahoo
  'this is the mail system at host', // Postfix
  '(in reply to ', // Postfix
  'could not be delivered to one or more', // Postfix, Exim
  'smtp error from remote mail server', // Exim
  'transcript of session follows', // Sendmail
  'wasn\'t able to deliver your message', // qmail
  'unable to deliver your message', // Yahoo
] as const;

/**
 * Lines after which a rendered notice quotes the original message. Nothing after them helps to decode
 * the notice, and the original can be megabytes: the content script stops reading there.
 */
export const originalMessageMarkers = [
  '---------- forwarded message ----------', // Gmail: an attached original, shown inline
  '----- original message -----', // Gmail, legacy layout; Sendmail
  'below this line is a copy of the message', // qmail, Yahoo
  'original message headers', // Exchange, classic layout
  'this is a copy of the message, including all the headers', // Exim
] as const;

/** Which of the two cheap signals a message shows. */
export interface NoticeSignals {
  readonly sender: boolean;
  readonly subject: boolean;
}

/** Whether `text`, lower-cased, holds one of the lower-case `patterns`. */
export function includesAny(text: string, patterns: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return patterns.some((pattern) => lower.includes(pattern));
}

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
