/**
 * Thunderbird's mail APIs (src/shared/thunderbird.ts's `MailApis`), in memory, added to the fake
 * browser of fake-browser.ts: with them, the extension's code takes its Thunderbird paths. A test
 * file that wants them calls `installFakeMessenger()` before it imports the modules under test
 * (the background registers its listeners at import, after asking which APIs there are).
 *
 * Raw messages are kept by id, as `File`s on demand (`getRaw`), so that a test sees how much of one
 * the extension reads.
 */
import {vi} from 'vitest';
import type {Tabs} from '../../src/shared/browser.ts';
import type {MessageHeader, MessageList} from '../../src/shared/thunderbird.ts';
import {FakeEvent, fakeBrowser} from './fake-browser.ts';

/** What a badge-carrying button shows for each tab, as `setBadge*` and `setTitle` left it. */
type Badges = Map<number, {text?: string; background?: unknown; color?: unknown; title?: string}>;

function fakeButton() {
  const badges: Badges = new Map();
  const update = (tabId: number, change: Record<string, unknown>) => {
    badges.set(tabId, {...badges.get(tabId), ...change});
  };
  return {
    badges,
    setBadgeText: vi.fn(async ({tabId, text}: {tabId: number; text: string}) => {
      update(tabId, {text});
    }),
    setBadgeBackgroundColor: vi.fn(async ({tabId, color}: {tabId: number; color: string}) => {
      update(tabId, {background: color});
    }),
    setBadgeTextColor: vi.fn(async ({tabId, color}: {tabId: number; color: string}) => {
      update(tabId, {color});
    }),
    setTitle: vi.fn(async ({tabId, title}: {tabId: number; title: string}) => {
      update(tabId, {title});
    }),
  };
}

/** Raw messages by id, as `getRaw` gives them. */
const rawMessages = new Map<number, Uint8Array>();

/** The `File`s `getRaw` handed out, to see which parts of them were read. */
const filesGiven: File[] = [];

const messenger = {
  messageDisplay: {
    onMessagesDisplayed: new FakeEvent<(tab: Tabs.Tab, displayed: MessageList) => void>(),
    getDisplayedMessages: vi.fn(async (_tabId: number): Promise<MessageList> => ({id: null, messages: []})),
  },
  messages: {
    getRaw: vi.fn(async (messageId: number, _options: {data_format: 'File'}): Promise<File> => {
      const bytes = rawMessages.get(messageId);
      if (bytes === undefined) {
        throw new Error(`Error reading message ${messageId}`);
      }

      const file = new File([bytes.slice()], `message-${messageId}.eml`, {type: 'message/rfc822'});
      filesGiven.push(file);
      return file;
    }),
  },
  messageDisplayAction: fakeButton(),
};

export const fakeMessenger = messenger;

/** The `File`s `getRaw` gave since the last reset. */
export function rawFilesGiven(): readonly File[] {
  return filesGiven;
}

let nextId = 1;

/**
 * A message Thunderbird holds: its header as the API gives it, its raw bytes behind `getRaw`.
 *
 * @example
 * const bounce = storedMessage('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'Delivery Status Notification (Failure)', raw)
 */
export function storedMessage(author: string, subject: string, raw: string | Uint8Array): MessageHeader {
  const id = nextId++;
  rawMessages.set(id, typeof raw === 'string' ? new TextEncoder().encode(raw) : raw);
  return {id, author, subject};
}

/** Adds the mail APIs to the fake browser; call before importing the modules under test. */
export function installFakeMessenger(): void {
  Object.assign(fakeBrowser, messenger);
}

/** Forgets the messages and the badges, and gives every mock its default behaviour; listeners stay. */
export function resetFakeMessenger(): void {
  rawMessages.clear();
  filesGiven.length = 0;
  messenger.messageDisplayAction.badges.clear();
  messenger.messages.getRaw.mockClear();
  messenger.messageDisplay.getDisplayedMessages.mockReset();
  messenger.messageDisplay.getDisplayedMessages.mockResolvedValue({id: null, messages: []});
  for (const mock of [
    messenger.messageDisplayAction.setBadgeText, messenger.messageDisplayAction.setBadgeBackgroundColor,
    messenger.messageDisplayAction.setBadgeTextColor, messenger.messageDisplayAction.setTitle,
  ]) {
    mock.mockClear();
  }
}
