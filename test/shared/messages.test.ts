import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {Runtime} from '../../src/shared/browser.ts';
import {
  type ContentToBackground, contentPing, contentToBackground, type Envelope, handle, type Handlers, isContentPing,
} from '../../src/shared/messages.ts';
import type {PageDiagnosis} from '../../src/shared/storage.ts';
import {extensionId, fakeBrowser, resetFakeBrowser} from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

beforeEach(resetFakeBrowser);

const contentScript: Runtime.MessageSender = {
  id: extensionId,
  url: 'https://mail.google.com/mail/u/0/',
  tab: {id: 9, index: 0, highlighted: true, active: true, pinned: false, incognito: false},
  frameId: 0,
};
const report = {source: 'gmail', messages: [{subject: 'Undelivered Mail Returned to Sender', sender: 'MAILER-DAEMON', text: '550 5.1.1'}]} as const;
const found: PageDiagnosis = {source: 'gmail', notices: [{subject: 'Undelivered Mail Returned to Sender', result: {kind: 'none', format: 'text', recipients: []}}]};

describe('contentToBackground', () => {
  test('sends an envelope naming the direction and the message', async () => {
    await contentToBackground.reportDiagnosis(report);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      direction: 'contentToBackground',
      name: 'reportDiagnosis',
      data: report,
    } satisfies Envelope);
  });

  test('resolves to the answer', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue(found);
    await expect(contentToBackground.reportDiagnosis(report)).resolves.toEqual(found);
  });

  test('turns a null answer (Chromium\'s undefined) into undefined', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue(null);
    await expect(contentToBackground.reportDiagnosis(report)).resolves.toBeUndefined();
  });

  test('rejects when the background refuses', async () => {
    fakeBrowser.runtime.sendMessage.mockRejectedValue(new Error('refused'));
    await expect(contentToBackground.reportDiagnosis(report)).rejects.toThrow('refused');
  });
});

describe('handle()', () => {
  const handlers: Handlers<ContentToBackground> = {
    reportDiagnosis: vi.fn(() => found),
  };
  const listener = handle('contentToBackground', handlers, (sender) => sender.id === extensionId);

  beforeEach(() => {
    vi.mocked(handlers.reportDiagnosis).mockClear();
  });

  test('answers with the named handler, passing data and sender', async () => {
    const message: Envelope = {direction: 'contentToBackground', name: 'reportDiagnosis', data: report};
    await expect(listener(message, contentScript)).resolves.toEqual(found);
    expect(handlers.reportDiagnosis).toHaveBeenCalledWith(report, contentScript);
  });

  test('turns a handler that throws into a rejection', async () => {
    vi.mocked(handlers.reportDiagnosis).mockImplementationOnce(() => {
      throw new TypeError('bad data');
    });
    const message: Envelope = {direction: 'contentToBackground', name: 'reportDiagnosis', data: {}};
    await expect(listener(message, contentScript)).rejects.toThrow('bad data');
  });

  test('rejects a sender that `accept` refuses, without calling the handler', async () => {
    const message: Envelope = {direction: 'contentToBackground', name: 'reportDiagnosis', data: report};
    await expect(listener(message, {id: 'someone-else'})).rejects.toThrow(
      "contentToBackground.reportDiagnosis refused: this sender may not send it",
    );
    expect(handlers.reportDiagnosis).not.toHaveBeenCalled();
  });

  test.each<[string, unknown]>([
    ['another direction', {direction: 'popupToBackground', name: 'reportDiagnosis', data: {}}],
    ['an unknown name', {direction: 'contentToBackground', name: 'deleteEverything', data: {}}],
    ['a name inherited from Object.prototype', {direction: 'contentToBackground', name: 'toString', data: {}}],
    ['a string', 'reportDiagnosis'],
    ['null', null],
    ['an object without a name', {direction: 'contentToBackground'}],
  ])('leaves %s to other listeners', (_name, message) => {
    expect(listener(message, contentScript)).toBeUndefined();
  });
});

describe('isContentPing()', () => {
  test.each<[string, boolean, unknown]>([
    ['the background\'s ping', true, contentPing],
    ['a copy of it, as it arrives through messaging', true, structuredClone(contentPing)],
    ['the ping\'s name in another direction', false, {direction: 'contentToBackground', name: 'ping'}],
    ['another name in the ping\'s direction', false, {direction: 'backgroundToContent', name: 'reportDiagnosis'}],
    ['the ping\'s direction without a name', false, {direction: 'backgroundToContent'}],
    ['an object without fields', false, {}],
    ['the name alone, as a string', false, 'ping'],
    ['null', false, null],
    ['nothing', false, undefined],
  ])('%s → %s', (_name, expected, message) => {
    expect(isContentPing(message)).toBe(expected);
  });
});
