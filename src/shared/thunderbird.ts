/**
 * Thunderbird's mail APIs, the few this extension uses, typed here: webextension-polyfill has none
 * for them. In Thunderbird (128 ESR and later, MV3) they hang off the same `browser` object as the
 * WebExtension APIs (`messenger` is another name for it), and the polyfill hands that object out
 * as it is; in Chrome and Firefox they are absent, and `mailApis()` says so. Like browser.ts, this
 * is where Thunderbird's differences live: feature code asks `mailApis()`, never the browser's name.
 *
 * Reference: https://webextension-api.thunderbird.net/en/mv3/ (messageDisplay, messages,
 * messageDisplayAction), and Thunderbird 153's own schemas.
 */
import {browser, type Tabs} from './browser.ts';

/** A message's id in Thunderbird (`messages.MessageId`): valid while Thunderbird runs, not a Message-ID header. */
export type MessageId = number;

/** What Thunderbird knows of a message without reading it (`messages.MessageHeader`), as far as used here. */
export interface MessageHeader {
  readonly id: MessageId;
  /** The From header, decoded: `Mail Delivery Subsystem <mailer-daemon@googlemail.com>`. */
  readonly author: string;
  /** The Subject header, decoded. */
  readonly subject: string;
  /** The size of the whole message, in bytes. */
  readonly size?: number;
}

/**
 * One page of messages (`messages.MessageList`, MV3). `id` names the list when more pages follow;
 * the messages displayed at once fit the first page (100 by default), far more than are decoded.
 */
export interface MessageList {
  readonly id: string | null;
  readonly messages: readonly MessageHeader[];
}

/** A Thunderbird event, as far as used: listeners registered at the top level of the event page. */
export interface MailEvent<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** The part of an action button the badge sets: the browser's `action`, Thunderbird's `messageDisplayAction`. */
export interface BadgeButton {
  setBadgeText(details: {tabId: number; text: string}): Promise<void>;
  setBadgeBackgroundColor(details: {tabId: number; color: string}): Promise<void>;
  setBadgeTextColor(details: {tabId: number; color: string}): Promise<void>;
  setTitle(details: {tabId: number; title: string}): Promise<void>;
}

/** The mail APIs this extension uses (the manifest's `messagesRead` and `message_display_action`). */
export interface MailApis {
  readonly messageDisplay: {
    /**
     * A message, or several, now displayed in a tab: Thunderbird's main mail tab, a message tab or a
     * message window (each a tab here). Wakes the event page.
     */
    readonly onMessagesDisplayed: MailEvent<(tab: Tabs.Tab, displayed: MessageList) => void>;
    getDisplayedMessages(tabId: number): Promise<MessageList>;
  };
  readonly messages: {
    /**
     * The raw message, as Thunderbird stores it. In MV3 a `File` by default; asked for by name all
     * the same, since MV2 gave a binary string.
     */
    getRaw(messageId: MessageId, options: {readonly data_format: 'File'}): Promise<File>;
  };
  /** The button above a displayed message, whose popup is the extension's popup. */
  readonly messageDisplayAction: BadgeButton;
}

/**
 * Thunderbird's mail APIs, or `undefined` in a web browser (or in Thunderbird without the
 * manifest's `messagesRead` and `message_display_action`).
 *
 * @example
 * mailApis()?.messages.getRaw(42, {data_format: 'File'})
 * //=> Promise<File>  (in Thunderbird; undefined in Chrome and Firefox)
 */
export function mailApis(): MailApis | undefined {
  const candidate = browser as unknown as Partial<MailApis>;
  return candidate.messageDisplay !== undefined && candidate.messages !== undefined && candidate.messageDisplayAction !== undefined
    ? candidate as MailApis
    : undefined;
}

/**
 * The button whose badge tells a tab's notices: the button above the displayed message in
 * Thunderbird, the toolbar button in a browser. Both take the same calls, per tab.
 *
 * @example
 * await badgeButton().setBadgeText({tabId: 7, text: '5xx'})
 */
export function badgeButton(): BadgeButton {
  return mailApis()?.messageDisplayAction ?? browser.action;
}
