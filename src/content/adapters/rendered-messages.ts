import {closest, queryAll, queryBefore, queryFirst} from '../query.ts';
import {headerText} from '../read-text.ts';
import {fallbackMessage} from '../text-fallback.ts';
import type {OpenMessage, Selectors} from './types.ts';

/** The selectors a webmail's rendered message view needs. */
export interface MessageSelectors {
  readonly subject: Selectors;
  readonly body: Selectors;
  readonly message: Selectors;
  readonly sender: Selectors;
}

/**
 * The element that names the sender of the message around `body`: the first one the sender
 * alternatives match ahead of the body (a header names its sender first, whichever alternative
 * finds it: a role, an attribute, or a label in the interface's language); else the first match of
 * the alternatives in their order, as long as it is not inside the body, whose text anyone can write.
 */
function senderElement(message: Element, body: Element, selectors: Selectors): Element | undefined {
  const found = queryBefore(message, selectors, body) ?? queryFirst(message, selectors);
  return found === undefined || body.contains(found) ? undefined : found;
}

/**
 * The messages of a pane that shows rendered mail: one per body, with the thread's subject and the
 * sender shown in that message's header (read by `senderOf`, which differs by webmail). When the
 * selectors find no body, the webmail changed its markup: the text fallback takes over.
 */
export function renderedMessages(pane: Element, selectors: MessageSelectors, senderOf: (header: Element | undefined) => string): OpenMessage[] {
  const subject = headerText(queryFirst(pane, selectors.subject)) ?? '';
  const messages = queryAll(pane, selectors.body).map((body): OpenMessage => {
    const message = closest(body, selectors.message) ?? pane;
    return {subject, sender: senderOf(senderElement(message, body, selectors.sender)), body, format: 'rendered'};
  });
  if (messages.length > 0) return messages;
  const found = fallbackMessage(pane);
  return found ? [found] : [];
}

/** The parts that name a sender (display name, address, title), blanks left out, joined by spaces. */
export function joinSender(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((part): part is string => part !== undefined && part !== null && part !== '').join(' ');
}
