/**
 * Where Thunderbird's differences live: its mail APIs are there only in Thunderbird (and only with
 * the manifest's `messagesRead` and `message_display_action`), and the badge goes on the button
 * above the message there, on the toolbar button elsewhere.
 */
import {afterEach, describe, expect, test, vi} from 'vitest';
import {badgeButton, mailApis} from '../../src/shared/thunderbird.ts';
import {fakeBrowser} from './fake-browser.ts';
import {fakeMessenger} from './fake-messenger.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

const mailApiNames = ['messageDisplay', 'messages', 'messageDisplayAction'] as const;

/** Gives the fake browser these of Thunderbird's APIs, and only these. */
function withMailApis(...names: Array<(typeof mailApiNames)[number]>): void {
  for (const name of names) {
    Object.assign(fakeBrowser, {[name]: fakeMessenger[name]});
  }
}

afterEach(() => {
  for (const name of mailApiNames) {
    Reflect.deleteProperty(fakeBrowser, name);
  }
});

describe('mailApis()', () => {
  test('gives Thunderbird\'s mail APIs where all three are there', () => {
    withMailApis(...mailApiNames);
    expect(mailApis()?.messages).toBe(fakeMessenger.messages);
    expect(mailApis()?.messageDisplay).toBe(fakeMessenger.messageDisplay);
  });

  test.each<[string, Array<(typeof mailApiNames)[number]>]>([
    ['Chrome and Firefox: none of them', []],
    ['Thunderbird without messagesRead: the button alone', ['messageDisplayAction']],
    ['Thunderbird without the button in the manifest', ['messageDisplay', 'messages']],
  ])('gives undefined in %s', (_name, names) => {
    withMailApis(...names);
    expect(mailApis()).toBeUndefined();
  });
});

describe('badgeButton()', () => {
  test('is the toolbar button in a browser', () => {
    expect(badgeButton()).toBe(fakeBrowser.action);
  });

  test('is the button above the displayed message in Thunderbird', () => {
    withMailApis(...mailApiNames);
    expect(badgeButton()).toBe(fakeMessenger.messageDisplayAction);
  });
});
