/**
 * The toolbar badge of a tab with failure notices: the worst class among their recipients, in text,
 * colour and words; and a tab closed before its badge is set is no failure, while anything else is.
 */
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {type Badge, badgeFor, showBadge} from '../../src/background/badge.ts';
import type {MessageKind, RecipientDiagnosis} from '../../src/decoder/types.ts';
import type {PageNotice} from '../../src/shared/storage.ts';
import {fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';
import {autoReply, delivered, diagnosisOf, hardBounce, temporary, unknownClass} from '../popup/diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

beforeEach(resetFakeBrowser);

const tabId = 7;
const red = {background: '#c5221f', color: '#ffffff'};
const amber = {background: '#f9ab00', color: '#000000'};
const green = {background: '#188038', color: '#ffffff'};
const complaint = diagnosisOf({reason: {id: 'feedback', title: 'Spam complaint report'}, hardBounce: false, permanent: undefined});

function notice(kind: MessageKind, ...recipients: RecipientDiagnosis[]): PageNotice {
  return {subject: 'Delivery Status Notification', result: {kind, format: 'raw-message', recipients}};
}

describe('badgeFor()', () => {
  test.each<[string, PageNotice[], Badge | undefined]>([
    ['a permanent failure: red "5xx", with its reason', [notice('bounce', hardBounce)],
      {text: '5xx', ...red, title: 'Bounce Decoder: Permanent failure: the address does not exist'}],
    ['a permanent failure among temporary ones: the worst wins', [notice('delay', temporary), notice('bounce', temporary, hardBounce)],
      {text: '5xx', ...red, title: 'Bounce Decoder: Permanent failure: the address does not exist'}],
    ['a permanent failure whose reason starts with an acronym, which keeps its capitals', [notice('bounce', diagnosisOf({reason: {id: 'authfailure', title: 'SPF, DKIM or DMARC failed'}}))],
      {text: '5xx', ...red, title: 'Bounce Decoder: Permanent failure: SPF, DKIM or DMARC failed'}],
    ['a temporary failure: amber "4xx"', [notice('delay', temporary)],
      {text: '4xx', ...amber, title: 'Bounce Decoder: Temporary: the server will retry'}],
    ['a temporary failure beside a delivery: still amber', [notice('delivered', delivered), notice('delay', temporary)],
      {text: '4xx', ...amber, title: 'Bounce Decoder: Temporary: the server will retry'}],
    ['a complaint: red "!"', [notice('feedback', complaint)],
      {text: '!', ...red, title: 'Bounce Decoder: Spam complaint: the recipient reported your mail'}],
    ['a failure of unknown class: red "!", never "ok"', [notice('bounce', unknownClass)],
      {text: '!', ...red, title: 'Bounce Decoder: Not delivered: unknown cause'}],
    ['a delay of unknown class: red "!"', [notice('delay', unknownClass)],
      {text: '!', ...red, title: 'Bounce Decoder: Not delivered: unknown cause'}],
    ['a failure of unknown class beside a temporary one: the unknown one, worse, wins', [notice('delay', temporary), notice('bounce', unknownClass)],
      {text: '!', ...red, title: 'Bounce Decoder: Not delivered: unknown cause'}],
    ['a delivery: green "ok"', [notice('delivered', delivered)],
      {text: 'ok', ...green, title: 'Bounce Decoder: Delivered'}],
    ['an automatic reply: green "ok"', [notice('autoreply', autoReply)],
      {text: 'ok', ...green, title: 'Bounce Decoder: Automatic reply: the message was delivered'}],
    ['no notice: no badge', [], undefined],
    ['notices without recipients: no badge', [notice('none'), notice('bounce')], undefined],
  ])('%s', (_name, notices, badge) => {
    expect(badgeFor(notices)).toEqual(badge);
  });
});

describe('showBadge()', () => {
  const badge: Badge = {text: '5xx', ...red, title: 'Bounce Decoder: Permanent failure: the address does not exist'};

  test.each<[string, Badge | undefined, Record<string, unknown>]>([
    ['shows a badge on the tab', badge, {text: '5xx', ...red, title: badge.title}],
    ['clears the tab\'s badge, back to the extension\'s name', undefined, {text: '', title: 'Bounce Decoder'}],
  ])('%s', async (_name, shown, state) => {
    await showBadge(tabId, shown);
    expect(fakeBrowser.action.badges.get(tabId)).toEqual(state);
    expect(fakeBrowser.action.badges.size).toBe(1);
  });

  test.each<[string, boolean, Badge | undefined, Error]>([
    ['a tab closed meanwhile (Chromium)', true, badge, new Error('No tab with id: 7.')],
    ['a tab closed meanwhile (Firefox)', true, badge, new Error('Invalid tab ID: 7')],
    ['a tab closed before its badge is cleared', true, undefined, new Error('No tab with id: 7.')],
    ['any other failure', false, badge, new Error('The color specification could not be parsed.')],
    ['any other failure while clearing', false, undefined, new TypeError('Cannot read properties of undefined')],
    ['a failure that merely has "tab" in a word', false, badge, new Error('The value is not acceptable')],
  ])('%s: swallowed, %s', async (_name, swallowed, shown, error) => {
    fakeBrowser.action.setBadgeText.mockRejectedValueOnce(error);
    const showing = showBadge(tabId, shown);
    await (swallowed ? expect(showing).resolves.toBeUndefined() : expect(showing).rejects.toBe(error));
  });
});
