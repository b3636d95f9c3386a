/**
 * The fallback for when a webmail changes its markup and an adapter's selectors find no message:
 * on a URL that shows one message, the message pane's own text is read, and its first lines say
 * whether it looks like a failure notice (the sender's name and the subject are shown there).
 */
import {includesAny} from '../shared/bounce-signals.ts';
import {noticeSenders, noticeSubjects} from '../rules/notice-signals.ts';
import type {OpenMessage} from './adapters/types.ts';
import {readText} from './read-text.ts';

/** How much of the pane's text is searched for the sender and subject: the header area. */
const headLength = 4096;

function lineWith(lines: readonly string[], patterns: readonly string[]): string | undefined {
  return lines.find((line) => includesAny(line, patterns));
}

/**
 * The message in `pane`, read from its text, when its first lines name a notice's sender or subject;
 * otherwise `undefined`, and the pane's text beyond its first 4 KiB is never read.
 *
 * @example
 * fallbackMessage(pane)
 * //=> {subject: 'Delivery Status Notification (Failure)', sender: 'Mail Delivery Subsystem', body: pane, format: 'rendered', fallback: true}
 */
export function fallbackMessage(pane: Element): OpenMessage | undefined {
  const lines = readText(pane, headLength).split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const subject = lineWith(lines, noticeSubjects);
  const sender = lineWith(lines, noticeSenders);
  if (subject === undefined && sender === undefined) {
    return undefined;
  }

  return {subject: subject ?? '', sender: sender ?? '', body: pane, format: 'rendered', fallback: true};
}
