/**
 * Typed messages between the parts of the extension, grouped by direction (`contentToBackground`).
 * Each direction is an interface of `name(data) => response`; the compiler then checks both the
 * sender's call and the background's handler against it.
 *
 * The popup reads and writes its tab's items in storage.session itself, which spares it waking the
 * background's service worker before its first paint; it sends one message, after its answer shows.
 */
import {browser, type Runtime} from './browser.ts';
import type {PageReport} from '../content/scan.ts';
import type {PageDiagnosis} from './storage.ts';
import type {DecodeResult} from '../decoder/types.ts';
import type {KeepOutcome, KeptSource} from '../history/types.ts';

/** What the content script on a webmail page tells the background. */
export interface ContentToBackground {
  /**
   * The messages open in the sender's tab that may be failure notices, by sender and subject (none
   * once the user moved away from one). The background decodes them, keeps those that are notices
   * for the popup, badges the tab, and answers with what it kept.
   */
  reportDiagnosis(data: PageReport): PageDiagnosis | undefined;
}

/**
 * What the popup asks of the background: only to keep a decoding in the history. The popup closes
 * as soon as the user clicks elsewhere, and a write it began itself would be cut off with it; the
 * background outlives it, and once the message is sent the decoding is on its way.
 */
export interface PopupToBackground {
  keepDecoding(data: {readonly result: DecodeResult; readonly noticeKey: string; readonly source: KeptSource}): KeepOutcome;
}

interface Directions {
  readonly contentToBackground: ContentToBackground;
  readonly popupToBackground: PopupToBackground;
}

export type Direction = keyof Directions;

type Data<Message> = Message extends (data: infer D) => unknown ? D : never;
type Response<Message> = Message extends (data: never) => infer R ? R : never;

/** The background's side of a direction: one handler per message, told who sent it. */
export type Handlers<Messages> = {
  readonly [Name in keyof Messages]: (
    data: Data<Messages[Name]>,
    sender: Runtime.MessageSender,
  ) => Response<Messages[Name]> | Promise<Response<Messages[Name]>>;
};

/** The sending side of a direction: one function per message, resolving to the handler's answer. */
export type Sender<Messages> = {
  readonly [Name in keyof Messages]: (data: Data<Messages[Name]>) => Promise<Response<Messages[Name]>>;
};

/** A message as it travels through `runtime.sendMessage`. */
export interface Envelope {
  readonly direction: Direction;
  readonly name: string;
  readonly data: unknown;
}

async function send<D extends Direction, Name extends keyof Directions[D] & string>(
  direction: D,
  name: Name,
  data: Data<Directions[D][Name]>,
): Promise<Response<Directions[D][Name]>> {
  const envelope: Envelope = {direction, name, data};
  const response: unknown = await browser.runtime.sendMessage(envelope);
  // Chromium serializes an `undefined` answer as `null`; this codebase speaks `undefined` only.
  return (response ?? undefined) as Response<Directions[D][Name]>;
}

/**
 * Sends a message from the content script to the background.
 *
 * @example
 * await contentToBackground.reportDiagnosis({source: 'gmail', messages: [{subject, sender, text}]});
 * //=> {source: 'gmail', notices: [{subject: 'Delivery Status Notification (Failure)', result: {kind: 'bounce', …}}]}
 */
export const contentToBackground: Sender<ContentToBackground> = {
  reportDiagnosis: async (data) => send('contentToBackground', 'reportDiagnosis', data),
};

/**
 * Sends a message from the popup to the background.
 *
 * @example
 * await popupToBackground.keepDecoding({result, noticeKey: 'sha256:…', source: 'paste'});
 * //=> {ok: true, added: 1, duplicates: 0}
 */
export const popupToBackground: Sender<PopupToBackground> = {
  keepDecoding: async (data) => send('popupToBackground', 'keepDecoding', data),
};

/**
 * The background's one question to a tab's content script: whether it is there. A tab that no longer
 * runs it has left the webmail page its kept result came from.
 */
export const contentPing = {direction: 'backgroundToContent', name: 'ping'} as const;

/** Whether `message` is the background's `contentPing`. */
export function isContentPing(message: unknown): boolean {
  return typeof message === 'object' && message !== null
    && (message as {direction?: unknown}).direction === contentPing.direction
    && (message as {name?: unknown}).name === contentPing.name;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && 'direction' in message && 'name' in message;
}

/**
 * Builds a `runtime.onMessage` listener that answers one direction's messages with `handlers`,
 * and only for senders that `accept` lets through.
 *
 * Messages of other directions get `undefined` back, the polyfill's way of saying "not mine", so another
 * listener may answer them. A refused sender gets a rejection, so a wrong caller fails loudly
 * instead of waiting for an answer that never comes.
 *
 * @example
 * browser.runtime.onMessage.addListener(handle('contentToBackground', handlers, isWebmailContentScript));
 */
export function handle<D extends Direction>(
  direction: D,
  handlers: Handlers<Directions[D]>,
  accept: (sender: Runtime.MessageSender) => boolean,
): (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!isEnvelope(message) || message.direction !== direction || !Object.hasOwn(handlers, message.name)) {
      return undefined;
    }

    const name = `${direction}.${message.name}`;
    if (!accept(sender)) {
      return Promise.reject(new Error(`${name} refused: this sender may not send it`));
    }

    // The envelope's name was checked against the handlers above; its data is the handler's `Data`
    // by construction, since only `send` above builds envelopes.
    const handler = handlers[message.name as keyof typeof handlers] as (
      data: unknown,
      sender: Runtime.MessageSender,
    ) => unknown;
    return Promise.resolve().then(() => handler(message.data, sender));
  };
}
