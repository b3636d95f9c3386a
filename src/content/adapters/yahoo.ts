/**
 * Yahoo Mail (mail.yahoo.com): the message view, where Yahoo's own "Failure Notice" bounces
 * (qmail-style: "Sorry, we were unable to deliver your message…", "Remote host said: …") and
 * everyone else's are shown. Yahoo marks its markup with `data-test-id` attributes, which outlive
 * its generated class names and are the same in every interface language: no selector here reads a
 * label.
 *
 * Fixtures: test/fixtures/dom/yahoo-*.html (yahoo-<language>-<bounce|delay|normal>.html for the
 * interface languages).
 */
import {queryFirst} from '../query.ts';
import {headerText} from '../read-text.ts';
import {joinSender, renderedMessages} from './rendered-messages.ts';
import type {OpenMessage, Selectors, WebmailAdapter} from './types.ts';

const selectors = {
  /** The message reader. */
  pane: [
    '[data-test-id="message-group-view"]', // Yahoo Mail (2019+): the open conversation
    '[data-test-id="mail-reader"]', // Yahoo Mail: reader container
    'div[role="main"]', // the main region
    'main', // the main landmark
  ],
  /** The subject of the conversation. */
  subject: [
    '[data-test-id="message-group-subject-text"]', // Yahoo Mail (2019+): conversation subject
    '[data-test-id="message-subject"]', // Yahoo Mail: single message subject
    'h2', // any heading of the reader
  ],
  /** One message of the conversation, around its body. */
  message: [
    '[data-test-id="message-view"]', // Yahoo Mail (2019+): one expanded message
    'article', // a message as an article landmark
  ],
  /** The sender of one message. */
  sender: [
    '[data-test-id="message-from"]', // Yahoo Mail (2019+): sender name and address pill
    '[data-test-id="email-pill"]', // the address pill alone
  ],
  /** The body of one message. */
  body: [
    '[data-test-id="message-view-body-content"]', // Yahoo Mail (2019+): message body
    '[data-test-id="message-view-body"]', // its wrapper
    '.msg-body', // older Yahoo Mail
  ],
} as const satisfies Record<string, Selectors>;

function findPane(document: Document): Element | undefined {
  return queryFirst(document, selectors.pane);
}

/** `/d/folders/1/messages/AJ3…`, `/d/search/keyword=x/messages/123`: one message; lists have none. */
function messageKey(url: URL): string | undefined {
  return /\/messages\/([^/?#]+)/.exec(url.pathname)?.[1];
}

function findMessages(document: Document): OpenMessage[] {
  // The URL first: it is cheap, and most changes happen on lists, which show no message.
  const pane = messageKey(new URL(document.URL)) === undefined ? undefined : findPane(document);
  if (!pane) {
    return [];
  }

  return renderedMessages(pane, selectors, (header) => {
    // The pill's title holds the address when the text shows only the name.
    const title = header?.querySelector('[title]')?.getAttribute('title') ?? header?.getAttribute('title');
    const name = headerText(header);
    return joinSender([name, title === name ? undefined : title]);
  });
}

export const yahoo: WebmailAdapter = {
  id: 'yahoo',
  hosts: ['mail.yahoo.com'],
  findPane,
  findMessages,
  messageKey,
};
