/**
 * Issue 14's background, around Thunderbird's mail APIs (a fake messenger, test/shared/fake-messenger.ts):
 * a displayed message is read from its raw source only when its sender or subject looks like a
 * notice's, and only up to what the decoder reads; a notice is kept for the tab's popup, badged on the
 * button above the message and kept in the history as "Thunderbird"; anything else clears both.
 * The end-to-end test (test/e2e/thunderbird.test.mjs) runs the same in real Thunderbird.
 */
// The background keeps what it decodes in the history (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {deleteDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Tabs} from '../../src/shared/browser.ts';
import type {PageDiagnosis} from '../../src/shared/storage.ts';
import type {MessageHeader} from '../../src/shared/thunderbird.ts';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {fakeMessenger, installFakeMessenger, rawFilesGiven, resetFakeMessenger, storedMessage} from '../shared/fake-messenger.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
installFakeMessenger();
await import('../../src/background/index.ts');
const {candidatesAmong, maxDisplayedCandidates, onMessagesDisplayed, readRawMessage} = await import('../../src/background/message-display.ts');
const {onTabUpdated} = await import('../../src/background/page-diagnosis.ts');
const {maxInputLength} = await import('../../src/decoder/index.ts');
const {historyDatabaseName, readEntries} = await import('../../src/history/store.ts');

const examples = path.join(import.meta.dirname, '..', '..', 'public', 'examples');
const example = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(examples, name)));

const tabId = 3;
const tab: Tabs.Tab = {id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false};

const gmailDaemon = 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>';
const lunchText = 'From: Alice <alice@example.org>\nSubject: Lunch on Thursday\n\nShall we meet at noon?\n';
const memoText = 'From: Postmaster <postmaster@example.com>\nSubject: Mail team meeting on Thursday\n\nLet\'s go through last week\'s 550 5.7.26 rejections from Gmail on Thursday.\n';

const bounce = (): MessageHeader => storedMessage(gmailDaemon, 'Delivery Status Notification (Failure)', example('gmail-address-not-found.eml'));
const delay = (): MessageHeader => storedMessage('MAILER-DAEMON@mail.example.net (Mail Delivery System)', 'Delayed Mail (still being retried)', example('postfix-mailbox-full-delay.eml'));
const lunch = (): MessageHeader => storedMessage('Alice <alice@example.org>', 'Lunch on Thursday', lunchText);
const memo = (): MessageHeader => storedMessage('Postmaster <postmaster@example.com>', 'Mail team meeting on Thursday', memoText);

/** Displays `messages` in the tab, as Thunderbird's event does, and waits for the background's answer. */
async function display(...messages: MessageHeader[]): Promise<PageDiagnosis | undefined> {
  return onMessagesDisplayed(tab, {id: null, messages});
}

function kept(id = tabId): PageDiagnosis | undefined {
  return fakeBrowser.storage.session.items.get(`pageDiagnosis:${id}`) as PageDiagnosis | undefined;
}

beforeEach(async () => {
  resetFakeBrowser();
  resetFakeMessenger();
  await deleteDB(historyDatabaseName);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('candidatesAmong()', () => {
  test.each<[string, string, string]>([
    ['a Gmail notice, by sender and subject', gmailDaemon, 'Delivery Status Notification (Failure)'],
    ['a Microsoft 365 notice, by subject', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.net>', 'Undeliverable: Project kickoff'],
    ['a Postfix notice, by its sender alone', 'MAILER-DAEMON@mail.example.net (Mail Delivery System)', 'Re: your message'],
    ['a postmaster\'s memo: its sender looks like a notice\'s (the background decides)', 'Postmaster <postmaster@example.com>', 'Mail team meeting on Thursday'],
  ])('takes %s', (_name, author, subject) => {
    expect(candidatesAmong([{id: 1, author, subject}], fakeMessenger).map((candidate) => candidate.subject)).toEqual([subject]);
  });

  test.each<[string, string, string]>([
    ['an ordinary message', 'Alice <alice@example.org>', 'Lunch on Thursday'],
    ['a newsletter', 'News <news@example.com>', 'Our spring sale'],
    ['a reply about a delivery, from a person', 'Bob <bob@example.com>', 'Re: the parcel was delivered'],
  ])('passes over %s', (_name, author, subject) => {
    expect(candidatesAmong([{id: 1, author, subject}], fakeMessenger)).toEqual([]);
  });

  test('reads nothing itself: a candidate reads its raw source when it is decoded', async () => {
    const [candidate] = candidatesAmong([bounce()], fakeMessenger);
    expect(fakeMessenger.messages.getRaw).not.toHaveBeenCalled();
    expect(await candidate?.read()).toEqual(example('gmail-address-not-found.eml'));
  });

  test(`takes at most ${maxDisplayedCandidates} of a large selection`, () => {
    const selection = Array.from({length: 50}, (_, index) => ({id: index, author: gmailDaemon, subject: `Delivery Status Notification (Failure) ${index}`}));
    expect(candidatesAmong(selection, fakeMessenger)).toHaveLength(maxDisplayedCandidates);
  });
});

describe('readRawMessage()', () => {
  test('asks for a File and reads a small message whole', async () => {
    const message = bounce();
    expect(await readRawMessage(fakeMessenger, message.id)).toEqual(example('gmail-address-not-found.eml'));
    expect(fakeMessenger.messages.getRaw).toHaveBeenCalledWith(message.id, {data_format: 'File'});
  });

  test('reads a huge message only up to the decoder\'s bound, through File.slice', async () => {
    const huge = new Uint8Array(maxInputLength + 1024 * 1024).fill(0x61);
    const message = storedMessage(gmailDaemon, 'Delivery Status Notification (Failure)', huge);
    const slice = vi.spyOn(File.prototype, 'slice');
    const bytes = await readRawMessage(fakeMessenger, message.id);
    expect(bytes).toHaveLength(maxInputLength);
    expect(slice).toHaveBeenCalledWith(0, maxInputLength);
    expect(rawFilesGiven()).toHaveLength(1);
  });

  test('rejects for a message Thunderbird cannot read', async () => {
    await expect(readRawMessage(fakeMessenger, 999)).rejects.toThrow('Error reading message 999');
  });
});

describe('onMessagesDisplayed()', () => {
  test('keeps a bounce for the tab and badges the button above the message red "5xx", not the toolbar button', async () => {
    const answer = await display(bounce());
    expect(answer?.source).toBe('thunderbird');
    expect(answer?.notices.map(({subject}) => subject)).toEqual(['Delivery Status Notification (Failure)']);
    expect(answer?.notices[0]?.result.recipients.map(({recipient, replyCode, status}) => [recipient, replyCode?.code, status?.code]))
      .toEqual([['jane.doe@example.com', '550', '5.1.1']]);
    expect(kept()).toEqual(answer);
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)).toEqual({
      text: '5xx', background: '#c5221f', color: '#ffffff', title: 'Bounce Decoder: Permanent failure: the address does not exist',
    });
    expect(fakeBrowser.action.badges.size).toBe(0);
  });

  test('badges a delay amber "4xx"', async () => {
    await display(delay());
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)).toMatchObject({text: '4xx', background: '#f9ab00', color: '#000000'});
    expect(kept()?.notices[0]?.result.kind).toBe('delay');
  });

  test('reads nothing of an ordinary message, and clears what the tab showed before', async () => {
    await display(bounce());
    fakeMessenger.messages.getRaw.mockClear();
    expect(await display(lunch())).toBeUndefined();
    expect(fakeMessenger.messages.getRaw).not.toHaveBeenCalled();
    expect(kept()).toBeUndefined();
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)).toMatchObject({text: '', title: 'Bounce Decoder'});
  });

  test('reads a postmaster\'s memo, whose sender looks like a notice\'s, and finds no notice in it', async () => {
    expect(await display(memo())).toBeUndefined();
    expect(fakeMessenger.messages.getRaw).toHaveBeenCalledTimes(1);
    expect(kept()).toBeUndefined();
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)?.text).toBe('');
  });

  test('passes over a message it cannot read, and keeps the notices beside it', async () => {
    const unreadable = {id: 999, author: gmailDaemon, subject: 'Delivery Status Notification (Failure)'};
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const answer = await display(unreadable, bounce());
    expect(answer?.notices).toHaveLength(1);
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)?.text).toBe('5xx');
  });

  test('keeps every notice of several displayed messages, worst on the badge, and reads only the candidates', async () => {
    const answer = await display(delay(), lunch(), bounce());
    expect(answer?.notices.map(({result}) => result.kind)).toEqual(['delay', 'bounce']);
    expect(fakeMessenger.messages.getRaw).toHaveBeenCalledTimes(2);
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)?.text).toBe('5xx');
  });

  test('a message displayed while the one before is decoded wins', async () => {
    const first = display(bounce());
    const second = display(lunch());
    await Promise.all([first, second]);
    expect(kept()).toBeUndefined();
    expect(fakeMessenger.messageDisplayAction.badges.get(tabId)?.text).toBe('');
  });

  test('keeps each notice in the history as "Thunderbird", with no host', async () => {
    await display(bounce(), lunch());
    const entries = await vi.waitFor(async () => {
      const read = await readEntries();
      expect(read).toHaveLength(1);
      return read;
    });
    expect(entries[0]).toMatchObject({source: 'thunderbird', recipient: 'jane.doe@example.com', reason: 'userunknown'});
    expect(entries[0]).not.toHaveProperty('sourceHost');
  });

  test('does nothing for a tab without an id', async () => {
    expect(await onMessagesDisplayed({}, {id: null, messages: [bounce()]})).toBeUndefined();
    expect(fakeMessenger.messages.getRaw).not.toHaveBeenCalled();
  });
});

describe('the Thunderbird background (src/background/index.ts)', () => {
  test('listens to messageDisplay.onMessagesDisplayed, and to no context menu or shortcut', async () => {
    expect(fakeMessenger.messageDisplay.onMessagesDisplayed.listeners).toHaveLength(1);
    expect(fakeBrowser.contextMenus.onClicked.listeners).toHaveLength(0);
    expect(fakeBrowser.commands.onCommand.listeners).toHaveLength(0);

    fakeMessenger.messageDisplay.onMessagesDisplayed.dispatch(tab, {id: null, messages: [bounce()]});
    await vi.waitFor(() => {
      expect(fakeMessenger.messageDisplayAction.badges.get(tabId)?.text).toBe('5xx');
    });
  });

  test('on install, decodes what the tabs display already, and creates no context menu', async () => {
    const shown = bounce();
    fakeBrowser.tabs.query.mockResolvedValue([{id: 3}, {id: 4}, {id: 5}]);
    fakeMessenger.messageDisplay.getDisplayedMessages.mockImplementation(async (id: number) => {
      if (id === 4) {
        throw new Error('Invalid tab ID: 4');
      }
      return {id: null, messages: id === 3 ? [shown] : []};
    });
    for (const listener of fakeBrowser.runtime.onInstalled.listeners) {
      listener();
    }

    await vi.waitFor(() => {
      expect(kept(3)?.source).toBe('thunderbird');
    });
    expect(kept(4)).toBeUndefined();
    expect(fakeMessenger.messageDisplayAction.setBadgeText).not.toHaveBeenCalledWith(expect.objectContaining({tabId: 4}));
    expect(fakeMessenger.messageDisplayAction.setBadgeText).not.toHaveBeenCalledWith(expect.objectContaining({tabId: 5}));
    expect(fakeBrowser.contextMenus.create).not.toHaveBeenCalled();
  });

  test('a tab that finishes loading keeps its message\'s result: the next message displayed replaces it', async () => {
    await display(bounce());
    await onTabUpdated(tabId, {status: 'complete'}, tab);
    expect(kept()?.source).toBe('thunderbird');
    expect(fakeBrowser.tabs.sendMessage).not.toHaveBeenCalled();
  });
});
