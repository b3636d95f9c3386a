/**
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com,
 * outlook.cloud.microsoft): the reading pane, where Microsoft 365 shows its new-style NDRs ("Your
 * message to … couldn't be delivered", "Ihre Nachricht an … konnte nicht übermittelt werden") and
 * Exchange its classic ones ("Delivery has failed to these recipients or groups").
 *
 * Outlook's class names are generated and change with each build, so the selectors lean on roles,
 * ARIA attributes and the header's structure first. Its ARIA labels follow the user's interface
 * language ("From:", "Von:", "De :", "差出人:"): a label is one alternative among several, listed
 * below for each of the extension's interface languages (labels.ts).
 *
 * Where a label comes from: the English ones as the live site shows them (public scripts that read
 * it select them too), the German, French and Japanese ones that issue 13 quotes from the live
 * site; the others are Microsoft's usual wording in that language, not seen on the live site, and
 * each is only ever one alternative beside a role or the header's structure.
 *
 * Fixtures: test/fixtures/dom/outlook-*.html (outlook-<language>-<bounce|delay|normal>.html for the
 * interface languages).
 */
import {queryFirst} from '../query.ts';
import {headerText} from '../read-text.ts';
import {type Labels, labelled} from './labels.ts';
import {joinSender, renderedMessages} from './rendered-messages.ts';
import type {OpenMessage, Selectors, WebmailAdapter} from './types.ts';

/** The sender's persona in a message header: its aria-label starts "From:" and names the sender. */
const fromLabels = {
  en: ['From:'], // Outlook on the web, English: as the live site shows it (public scripts that read it select "From: ")
  de: ['Von:'], // Outlook on the web, German: as issue 13 quotes the live site
  fr: ['De :', 'De\u00a0:'], // Outlook on the web, French: "De :" as issue 13 quotes the live site; French sets a space, often a no-break one, before a colon
  es: ['De:'], // Outlook on the web, Spanish: Microsoft's usual wording, not seen on the live site
  it: ['Da:'], // Outlook on the web, Italian: Microsoft's usual wording, not seen on the live site
  nl: ['Van:'], // Outlook on the web, Dutch: Microsoft's usual wording, not seen on the live site
  'pt-BR': ['De:'], // Outlook on the web, Portuguese (Brazil): Microsoft's usual wording, not seen on the live site
  ja: ['差出人:', '差出人：'], // Outlook on the web, Japanese: "差出人:" as issue 13 quotes the live site; the full-width colon, Japanese typesetting's own, as well
} as const satisfies Labels;

/** A message's body: a `role="document"` region with this aria-label. */
const messageBodyLabels = {
  en: ['Message body'], // Outlook on the web, English: as the live site shows it (public scripts that read it select it)
  de: ['Nachrichtentext'], // Outlook on the web, German: as issue 13 quotes the live site (and public scripts that fill Outlook's German reply box select it)
  fr: ['Corps du message'], // Outlook on the web, French: as issue 13 quotes the live site
  es: ['Cuerpo del mensaje'], // Outlook on the web, Spanish: Microsoft's usual wording, not seen on the live site
  it: ['Corpo del messaggio'], // Outlook on the web, Italian: Microsoft's usual wording, not seen on the live site
  nl: ['Berichttekst'], // Outlook on the web, Dutch: Microsoft's usual wording, not seen on the live site
  'pt-BR': ['Corpo da mensagem'], // Outlook on the web, Portuguese (Brazil): Microsoft's usual wording, not seen on the live site
  ja: ['メッセージ本文'], // Outlook on the web, Japanese: Microsoft's usual wording, not seen on the live site
} as const satisfies Labels;

/** One message of a conversation, or the single message view: a region with this aria-label. */
const emailMessageLabels = {
  en: ['Email message'], // Outlook on the web, English: as the live site shows it (public scripts that read it select it)
  de: ['E-Mail-Nachricht'], // Outlook on the web, German: Microsoft's usual wording, not seen on the live site
  fr: ['Message électronique'], // Outlook on the web, French: Microsoft's usual wording, not seen on the live site
  es: ['Mensaje de correo electrónico'], // Outlook on the web, Spanish: Microsoft's usual wording, not seen on the live site
  it: ['Messaggio di posta elettronica'], // Outlook on the web, Italian: Microsoft's usual wording, not seen on the live site
  nl: ['E-mailbericht'], // Outlook on the web, Dutch: Microsoft's usual wording, not seen on the live site
  'pt-BR': ['Mensagem de email'], // Outlook on the web, Portuguese (Brazil): Microsoft's usual wording, not seen on the live site
  ja: ['メール メッセージ'], // Outlook on the web, Japanese: Microsoft's usual wording, not seen on the live site
} as const satisfies Labels;

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
    ...labelled('', 'aria-label', '=', emailMessageLabels), // new Outlook: one message, in each interface language
    '[role="main"]', // the reading pane itself, when it shows one message
  ],
  /**
   * The sender of one message. These count alike: the first of them in the message's header, ahead
   * of its body, is the sender (rendered-messages.ts), whatever the interface's language.
   */
  sender: [
    'span[title*="@"]', // new Outlook: sender name whose title is the address
    '.lpc-hoverTarget', // new Outlook: sender persona hover target
    ...labelled('', 'aria-label', '^=', fromLabels), // new Outlook: sender persona "From: Name <address>", in each interface language
  ],
  /** The body of one message. */
  body: [
    'div[role="document"]', // new Outlook, any interface language
    // new Outlook, by its label in each interface language; not the reply box, which has the same label
    ...labelled('div', 'aria-label', '=', messageBodyLabels, ':not([contenteditable="true"])'),
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
