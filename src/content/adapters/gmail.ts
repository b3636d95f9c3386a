/**
 * Gmail (mail.google.com): the conversation view, where Gmail shows its own bounces ("Address not
 * found", "Message not delivered", "Delivery incomplete") and everyone else's, and the "Show
 * original" page (`view=om`), which shows the raw message in a `<pre>`.
 *
 * No selector here reads a label: Gmail's class names, its `email`, `name` and `data-message-id`
 * attributes, its roles and its routes (`#inbox/…`) are the same in every interface language, and
 * its own notices keep their English subject and sender in every language.
 *
 * Fixtures: test/fixtures/dom/gmail-*.html (gmail-<language>-<bounce|delay|normal>.html for the
 * interface languages).
 */
import {closest, queryAll, queryFirst} from '../query.ts';
import {maxHeaderLength, rawHeaders} from '../raw-headers.ts';
import {headerText, readText} from '../read-text.ts';
import {fallbackMessage} from '../text-fallback.ts';
import type {OpenMessage, Selectors, WebmailAdapter} from './types.ts';

const selectors = {
  /** The view that holds the open conversation. */
  pane: [
    'div[role="main"]', // conversation view, every layout since 2018 (also the inbox list: see messageKey)
  ],
  /** The conversation's subject. */
  subject: [
    'h2.hP', // conversation view
    'h2[data-thread-perm-id]', // conversation view, by attribute, should the class be renamed
    'h2', // any heading of the pane: Gmail shows one per conversation
  ],
  /** One expanded message of the conversation; collapsed ones have no body to read. */
  message: [
    'div.adn[data-message-id]', // conversation view: expanded message
    'div[data-message-id]', // the same by attribute, should the class be renamed
    'div[data-legacy-message-id]', // older conversation view
  ],
  /** The sender of one message: a span carrying `email` and `name` attributes. */
  sender: [
    'span.gD[email]', // conversation view: sender of an expanded message
    'h3 span[email]', // the same without the class
    'span[email]', // any address chip of the message header
  ],
  /** The body of one message. */
  body: [
    'div.a3s', // conversation view: message body (`a3s aiL` since 2019)
    'div.ii.gt', // the body's wrapper
  ],
  /** "Show original": the raw message. */
  rawSource: [
    'pre#raw_message_text', // "Show original" page (view=om)
    'pre.raw_message_text', // the same by class
    'pre', // the page's only preformatted block
  ],
} as const satisfies Record<string, Selectors>;

/** "Show original" opens in its own tab at `/mail/u/0/?ik=…&view=om&permmsgid=msg-f:…`. */
function isShowOriginal(url: URL): boolean {
  return url.searchParams.get('view') === 'om';
}

function senderOf(element: Element | undefined): string {
  if (!element) {
    return '';
  }

  const name = element.getAttribute('name') ?? headerText(element) ?? '';
  const address = element.getAttribute('email');
  return address ? `${name} <${address}>` : name;
}

function rawMessage(document: Document): OpenMessage[] {
  const pre = queryFirst(document, selectors.rawSource);
  if (!pre) {
    return [];
  }

  // The header block sits at the top of the source: no more of it is read than rawHeaders looks at.
  const {sender, subject} = rawHeaders(readText(pre, maxHeaderLength));
  return [{subject, sender, body: pre, format: 'raw'}];
}

function findPane(document: Document): Element | undefined {
  if (isShowOriginal(new URL(document.URL))) {
    return document.body;
  }

  // Gmail keeps views it has shown in the page, hidden: the pane with a subject is the conversation's.
  const panes = queryAll(document, selectors.pane);
  return panes.find((pane) => queryFirst(pane, selectors.subject.slice(0, 2)) !== undefined) ?? panes[0];
}

function messageKey(url: URL): string | undefined {
  if (isShowOriginal(url)) {
    return `original:${url.searchParams.get('permmsgid') ?? url.search}`;
  }

  // `#inbox/FMfcgzQbfL…`, `#label/Work/FMfcg…`, `#search/bounce/18c5a1b2c3d4e5f6`: a list's
  // route followed by a conversation id. Lists themselves (`#inbox`, `#inbox/p2`) have none.
  const last = url.hash.split('/').at(-1) ?? '';
  return url.hash.includes('/') && /^[A-Za-z0-9]{16,}$/.test(last) ? last : undefined;
}

function findMessages(document: Document): OpenMessage[] {
  const url = new URL(document.URL);
  if (isShowOriginal(url)) {
    return rawMessage(document);
  }

  // The URL first: it is cheap, and most changes happen on lists, which show no message.
  const pane = messageKey(url) === undefined ? undefined : findPane(document);
  if (!pane) {
    return [];
  }

  const subject = headerText(queryFirst(pane, selectors.subject)) ?? '';
  const messages: OpenMessage[] = [];
  const bodies = queryAll(pane, selectors.body);
  for (const body of bodies) {
    // A body inside a body is a quoted part of the outer message, not a message of its own.
    if (bodies.some((outer) => outer !== body && outer.contains(body))) {
      continue;
    }

    const message = closest(body, selectors.message);
    const sender = senderOf(message ? queryFirst(message, selectors.sender) : undefined);
    messages.push({subject, sender, body, format: 'rendered'});
  }

  if (messages.length === 0) {
    const found = fallbackMessage(pane);
    return found ? [found] : [];
  }

  return messages;
}

export const gmail: WebmailAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  findPane,
  findMessages,
  messageKey,
};
