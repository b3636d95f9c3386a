/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft): the reading pane, where Microsoft 365 shows its new-style NDRs ("Your
 * message to … couldn't be delivered") and Exchange its classic ones ("Delivery has failed to these
 * recipients or groups").
 *
 * Outlook's class names are generated and change with each build, so the selectors lean on roles
 * and ARIA attributes first. ARIA labels are localized: a label selector serves the English UI only,
 * and a role-based alternative follows it for every other language.
 *
 * Fixtures: test/fixtures/dom/outlook-*.html.
 */
import {queryFirst} from '../query.ts';
import {headerText} from '../read-text.ts';
import {joinSender, renderedMessages} from './rendered-messages.ts';
import type {OpenMessage, Selectors, WebmailAdapter} from './types.ts';

const selectors = {
  /** The reading pane. */
  pane: [
    '#ReadingPaneContainerId', // new Outlook (2019+): reading pane container
    '[data-app-section="ConversationContainer"]', // new Outlook: conversation in the reading pane
    'div[role="main"]', // new Outlook and classic OWA: the main region
  ],
  /** The subject of the conversation or message. */
  subject: [
    '[role="heading"][aria-level="2"]', // new Outlook: conversation subject
    '.allowTextSelection [role="heading"]', // classic OWA
    '[role="heading"]', // any heading of the reading pane
  ],
  /** One message of the conversation, around its body. */
  message: [
    '[role="listitem"]', // new Outlook: one item of a conversation
    '[aria-label="Email message"]', // new Outlook, English UI: the single message view
    '[role="main"]', // the reading pane itself, when it shows one message
  ],
  /** The sender of one message. */
  sender: [
    '[aria-label^="From:"]', // new Outlook, English UI: sender persona button "From: Name <address>"
    'span[title*="@"]', // new Outlook: sender name whose title is the address
    '.lpc-hoverTarget', // new Outlook: sender persona hover target
  ],
  /** The body of one message. */
  body: [
    'div[aria-label="Message body"]', // new Outlook, English UI
    'div[role="document"]', // new Outlook, any UI language
    'div.allowTextSelection', // classic OWA (Exchange 2013–2016 markup)
  ],
} as const satisfies Record<string, Selectors>;

function findPane(document: Document): Element | undefined {
  return queryFirst(document, selectors.pane);
}

/**
 * `/mail/inbox/id/AAQkAD…`, `/mail/0/id/AAMk…`, `/mail/deeplink/read/AAMk…`: new Outlook;
 * `/owa/?ItemID=…`: classic OWA.
 */
function messageKey(url: URL): string | undefined {
  const inPath = /\/(?:id|read)\/([^/?#]+)/.exec(url.pathname)?.[1];
  // A query parameter comes decoded already; a path segment does not, and may be malformed.
  const item = inPath === undefined ? url.searchParams.get('ItemID') ?? undefined : decodedSegment(inPath);
  return item === undefined || item === '' ? undefined : item;
}

/** A path segment decoded, or as it stands when its escapes are malformed (`%ZZ`). */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function findMessages(document: Document): OpenMessage[] {
  // The URL first: it is cheap, and most changes happen on lists, which show no message.
  const pane = messageKey(new URL(document.URL)) === undefined ? undefined : findPane(document);
  if (!pane) {
    return [];
  }

  return renderedMessages(pane, selectors, (header) => joinSender([header?.getAttribute('aria-label'), headerText(header), header?.getAttribute('title')]));
}

export const outlook: WebmailAdapter = {
  id: 'outlook',
  hosts: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
  findPane,
  findMessages,
  messageKey,
};
