import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {Runtime} from '../../src/shared/browser.ts';
import {type Envelope, handle, type Handlers, popupToBackground, type PopupToBackground} from '../../src/shared/messages.ts';
import {extensionId, extensionOrigin, fakeBrowser, resetFakeBrowser} from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

beforeEach(resetFakeBrowser);

const popup: Runtime.MessageSender = {id: extensionId, url: `${extensionOrigin}src/popup/index.html`};
const diagnosis = {text: '550 5.1.1', result: {kind: 'none', format: 'text', recipients: []}} as const;

describe('popupToBackground', () => {
  test('sends an envelope naming the direction and the message', async () => {
    await popupToBackground.getTabDiagnosis({tabId: 3});
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({
      direction: 'popupToBackground',
      name: 'getTabDiagnosis',
      data: {tabId: 3},
    } satisfies Envelope);
  });

  test('resolves to the answer', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue(diagnosis);
    await expect(popupToBackground.getTabDiagnosis({tabId: 3})).resolves.toEqual(diagnosis);
  });

  test('turns a null answer (Chromium\'s undefined) into undefined', async () => {
    fakeBrowser.runtime.sendMessage.mockResolvedValue(null);
    await expect(popupToBackground.getTabDiagnosis({tabId: 3})).resolves.toBeUndefined();
  });

  test('rejects when the background refuses', async () => {
    fakeBrowser.runtime.sendMessage.mockRejectedValue(new Error('refused'));
    await expect(popupToBackground.setTabDiagnosis({tabId: 3, diagnosis: undefined})).rejects.toThrow('refused');
  });
});

describe('handle()', () => {
  const handlers: Handlers<PopupToBackground> = {
    getTabDiagnosis: vi.fn(() => diagnosis),
    setTabDiagnosis: vi.fn(),
  };
  const listener = handle('popupToBackground', handlers, (sender) => sender.id === extensionId);

  beforeEach(() => {
    vi.mocked(handlers.getTabDiagnosis).mockClear();
    vi.mocked(handlers.setTabDiagnosis).mockClear();
  });

  test('answers with the named handler, passing data and sender', async () => {
    const message: Envelope = {direction: 'popupToBackground', name: 'getTabDiagnosis', data: {tabId: 8}};
    await expect(listener(message, popup)).resolves.toEqual(diagnosis);
    expect(handlers.getTabDiagnosis).toHaveBeenCalledWith({tabId: 8}, popup);
  });

  test('turns a handler that throws into a rejection', async () => {
    vi.mocked(handlers.setTabDiagnosis).mockImplementationOnce(() => {
      throw new TypeError('bad data');
    });
    const message: Envelope = {direction: 'popupToBackground', name: 'setTabDiagnosis', data: {}};
    await expect(listener(message, popup)).rejects.toThrow('bad data');
  });

  test('rejects a sender that `accept` refuses, without calling the handler', async () => {
    const message: Envelope = {direction: 'popupToBackground', name: 'getTabDiagnosis', data: {tabId: 8}};
    await expect(listener(message, {id: 'someone-else'})).rejects.toThrow(
      "popupToBackground.getTabDiagnosis refused: the sender is not one of this extension's pages",
    );
    expect(handlers.getTabDiagnosis).not.toHaveBeenCalled();
  });

  test.each<[string, unknown]>([
    ['another direction', {direction: 'contentToBackground', name: 'getTabDiagnosis', data: {}}],
    ['an unknown name', {direction: 'popupToBackground', name: 'deleteEverything', data: {}}],
    ['a name inherited from Object.prototype', {direction: 'popupToBackground', name: 'toString', data: {}}],
    ['a string', 'getTabDiagnosis'],
    ['null', null],
    ['an object without a name', {direction: 'popupToBackground'}],
  ])('leaves %s to other listeners', (_name, message) => {
    expect(listener(message, popup)).toBeUndefined();
  });
});
