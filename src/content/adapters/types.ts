/**
 * The one interface every webmail adapter implements: where the open message is, what its subject,
 * sender and body are, and which URL means "another message". One adapter per file, file name = id.
 */

export type AdapterId = 'gmail' | 'outlook' | 'yahoo' | 'generic';

/**
 * CSS selectors tried in order, first match wins. Each entry carries a comment naming the layout it
 * serves, so that a dead one can be dropped when its layout is gone.
 */
export type Selectors = readonly string[];

/** One message as the webmail shows it. */
export interface OpenMessage {
  /** The subject as shown (for "Show original", from the raw headers). */
  readonly subject: string;
  /** The sender as shown: display name and address when the page has both. */
  readonly sender: string;
  /** The element that holds the body. Its text is read only once the message passes the cheap filter. */
  readonly body: Element;
  /** `rendered`: the body as a person reads it; `raw`: the message source ("Show original"). */
  readonly format: 'rendered' | 'raw';
  /** Found by the text fallback rather than by the adapter's selectors (the webmail changed its markup). */
  readonly fallback?: true;
}

export interface WebmailAdapter {
  readonly id: AdapterId;
  /** Host names whose pages it reads; the manifest's `content_scripts` matches list the same. */
  readonly hosts: readonly string[];
  /**
   * The element that holds the message view, observed for changes; `undefined` while the page shows
   * none (still loading, or a view without messages).
   */
  findPane(document: Document): Element | undefined;
  /** The messages open in the page: a thread can show several. Empty when none is open. */
  findMessages(document: Document): OpenMessage[];
  /**
   * Whether the URL is that of one open message (not a list or the settings), which is when the
   * text fallback may read the pane: `messageKey(url)` is undefined for URLs that show no message.
   */
  messageKey(url: URL): string | undefined;
}
