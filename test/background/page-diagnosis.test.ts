/**
 * The background's side of issue 4, as the browser drives it: a webmail content script's report is
 * decoded, judged, kept per tab and shown on the badge; a normal message, a navigation away or a
 * closed tab clears it; senders that are not our content script on a webmail tab are refused.
 */
// The background keeps what it decodes in the history (IndexedDB): an in-memory one here.
import 'fake-indexeddb/auto';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import type {PageReport} from '../../src/content/scan.ts';
import type {Runtime, Tabs} from '../../src/shared/browser.ts';
import type {Envelope} from '../../src/shared/messages.ts';
import type {PageDiagnosis} from '../../src/shared/storage.ts';
import {extensionId, extensionOrigin, fakeBrowser, resetFakeBrowser} from '../shared/fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));
await import('../../src/background/index.ts');
const {decodePageOnRequest, onTabUpdated} = await import('../../src/background/page-diagnosis.ts');

beforeEach(resetFakeBrowser);

const tabId = 7;
const tab: Tabs.Tab = {id: tabId, index: 0, highlighted: true, active: true, pinned: false, incognito: false};
const gmailTab: Runtime.MessageSender = {id: extensionId, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ', tab, frameId: 0};

const gmailBounce: PageReport = {
  source: 'gmail',
  messages: [{
    sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Failure)',
    text: 'Address not found\nYour message wasn\'t delivered to jane.doe@example.com because the address couldn\'t be found.\nThe response from the remote server was:\n550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  }],
};
const gmailDelay: PageReport = {
  source: 'gmail',
  messages: [{
    sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    subject: 'Delivery Status Notification (Delay)',
    text: 'Delivery incomplete\nThere was a temporary problem delivering your message to ops@slow.example. Gmail will retry for 47 more hours.\nThe response from the remote server was:\n451 4.7.1 Greylisting in action, please come back later',
  }],
};
const postmasterMemo: PageReport = {
  source: 'gmail',
  messages: [{sender: 'Postmaster <postmaster@example.com>', subject: 'Mail team meeting on Thursday', text: 'Let\'s go through last week\'s 550 5.7.26 rejections from Gmail on Thursday.'}],
};
const nothingOpen: PageReport = {source: 'gmail', messages: []};

const report = (data: unknown): Envelope => ({direction: 'contentToBackground', name: 'reportDiagnosis', data});

/** Hands a message to every onMessage listener, as the browser does; exactly one must answer. */
async function deliver(message: Envelope, sender: Runtime.MessageSender = gmailTab): Promise<unknown> {
  const answers = fakeBrowser.runtime.onMessage.dispatch(message, sender).filter((answer) => answer !== undefined);
  expect(answers).toHaveLength(1);
  return answers[0];
}

function kept(id = tabId): PageDiagnosis | undefined {
  return fakeBrowser.storage.session.items.get(`pageDiagnosis:${id}`) as PageDiagnosis | undefined;
}

describe('contentToBackground.reportDiagnosis', () => {
  test('keeps a bounce for the tab in session storage and badges the tab red "5xx"', async () => {
    const answer = await deliver(report(gmailBounce)) as PageDiagnosis;
    expect(answer.source).toBe('gmail');
    expect(answer.notices[0]?.result.recipients.map((recipient) => recipient.recipient)).toEqual(['jane.doe@example.com']);
    expect(kept()).toEqual(answer);
    expect(fakeBrowser.action.badges.get(tabId)).toMatchObject({text: '5xx', background: '#c5221f'});
    expect(fakeBrowser.action.badges.get(tabId)?.title).toMatch(/^Bounce Decoder: Permanent failure: /);
    expect(fakeBrowser.storage.local.set).not.toHaveBeenCalled();
  });

  test('keeps no message text, only its decoding', async () => {
    await deliver(report(gmailBounce));
    expect(JSON.stringify(kept())).not.toContain('Your message wasn\'t delivered');
  });

  test('badges a delay amber "4xx"', async () => {
    await deliver(report(gmailDelay));
    expect(fakeBrowser.action.badges.get(tabId)).toMatchObject({text: '4xx', background: '#f9ab00', color: '#000000'});
  });

  test('refuses a postmaster\'s memo that quotes codes: nothing kept, badge cleared', async () => {
    await expect(deliver(report(postmasterMemo))).resolves.toBeUndefined();
    expect(kept()).toBeUndefined();
    expect(fakeBrowser.action.badges.get(tabId)?.text).toBe('');
  });

  test('moving on to a message that is no bounce clears what the bounce left', async () => {
    await deliver(report(gmailBounce));
    await deliver(report(nothingOpen));
    expect(kept()).toBeUndefined();
    expect(fakeBrowser.action.badges.get(tabId)).toMatchObject({text: '', title: 'Bounce Decoder'});
  });

  test('a slow decoding does not overwrite the newer report that followed it', async () => {
    const first = deliver(report(gmailBounce));
    const second = deliver(report(nothingOpen));
    await Promise.all([first, second]);
    expect(kept()).toBeUndefined();
  });

  test('a report whose result is still being stored when a newer one clears the tab does not set the badge back', async () => {
    // Storage answers the first write only once the test says so; the fake applies writes at once,
    // in order, as the browsers do.
    const setItems = fakeBrowser.storage.session.set.getMockImplementation()!;
    let release: () => void = () => undefined;
    fakeBrowser.storage.session.set.mockImplementationOnce(async (items) => {
      await setItems(items);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const first = deliver(report(gmailBounce));
    await vi.waitFor(() => {
      expect(kept()).toBeDefined();
    });
    await deliver(report(nothingOpen));
    expect(fakeBrowser.action.badges.get(tabId)?.text).toBe('');

    release();
    await first;
    expect(kept()).toBeUndefined();
    expect(fakeBrowser.action.badges.get(tabId)?.text).toBe('');
  });

  test('a report that clears the tab while the badge of the one before is being drawn is drawn last', async () => {
    // The badge is four calls; the first report's second call waits until the test says so, and the
    // clearing report comes in between, as when a user clicks on from a bounce to an ordinary message.
    const setColor = fakeBrowser.action.setBadgeBackgroundColor.getMockImplementation()!;
    let release: () => void = () => undefined;
    fakeBrowser.action.setBadgeBackgroundColor.mockImplementationOnce(async (details) => {
      await setColor(details);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const first = deliver(report(gmailBounce));
    await vi.waitFor(() => {
      expect(fakeBrowser.action.badges.get(tabId)?.background).toBe('#c5221f');
    });
    const second = deliver(report(nothingOpen));
    release();
    await Promise.all([first, second]);
    expect(kept()).toBeUndefined();
    expect(fakeBrowser.action.badges.get(tabId)).toMatchObject({text: '', title: 'Bounce Decoder'});
  });

  test('takes the source from the sender\'s host, not from the page\'s data', async () => {
    await deliver(report({...gmailBounce, source: 'generic'}), {...gmailTab, url: 'https://outlook.office.com/mail/inbox/id/AAQk'});
    expect(kept()?.source).toBe('outlook');
  });

  test.each([
    ['no messages', {source: 'gmail'}],
    ['a message without text', {source: 'gmail', messages: [{sender: 'x', subject: 'y'}]}],
  ])('rejects a report with %s', async (_name, data) => {
    await expect(deliver(report(data))).rejects.toThrow(TypeError);
    expect(kept()).toBeUndefined();
  });
});

describe('senders', () => {
  const refused: Array<[string, Runtime.MessageSender]> = [
    ['our content script in a frame of the page', {...gmailTab, frameId: 3}],
    ['our content script on a page that is no webmail', {...gmailTab, url: 'https://mail.google.com.evil.example/'}],
    ['a page over plain http', {...gmailTab, url: 'http://mail.google.com/mail/u/0/'}],
    ['the popup', {id: extensionId, url: `${extensionOrigin}src/popup/index.html`}],
    ['another extension', {id: 'other-extension', url: 'https://mail.google.com/mail/u/0/', tab, frameId: 0}],
    ['a web page', {url: 'https://mail.google.com/mail/u/0/', tab, frameId: 0}],
    ['a sender without a tab', {id: extensionId, url: 'https://mail.google.com/mail/u/0/', frameId: 0}],
  ];

  test.each(refused)('refuses %s', async (_name, sender) => {
    await expect(deliver(report(gmailBounce), sender)).rejects.toThrow('refused');
    expect(fakeBrowser.storage.session.items.size).toBe(0);
  });

  test.each([
    ['mail.google.com'], ['outlook.live.com'], ['outlook.office.com'], ['outlook.office365.com'], ['outlook.cloud.microsoft'], ['mail.yahoo.com'],
  ])('accepts our content script on %s', async (host) => {
    await deliver(report(gmailBounce), {...gmailTab, url: `https://${host}/mail/`});
    expect(kept()).toBeDefined();
  });
});

const complete: Tabs.OnUpdatedChangeInfoType = {status: 'complete'};

describe('leaving the page', () => {
  test('a tab that loaded something and no longer runs the content script is cleared', async () => {
    await deliver(report(gmailBounce));
    fakeBrowser.tabs.onUpdated.dispatch(tabId, complete, tab);
    await vi.waitFor(() => {
      expect(kept()).toBeUndefined();
    });
    expect(fakeBrowser.action.badges.get(tabId)?.text).toBe('');
  });

  test('closing the tab forgets its result and keeps the other tabs\'', async () => {
    await deliver(report(gmailBounce));
    await deliver(report(gmailBounce), {...gmailTab, tab: {...tab, id: 8}});
    fakeBrowser.tabs.onRemoved.dispatch(tabId, {windowId: 1, isWindowClosing: false});
    await vi.waitFor(() => {
      expect(kept()).toBeUndefined();
    });
    expect(kept(8)).toBeDefined();
  });
});

describe('onTabUpdated()', () => {
  const notices: PageDiagnosis['notices'] = [{subject: '', result: {kind: 'bounce', format: 'text', recipients: []}}];
  const webmail: PageDiagnosis = {source: 'gmail', notices};
  const generic: PageDiagnosis = {source: 'generic', notices};
  const page = 'https://example.org/ticket/4411';
  const next = 'https://example.org/next';

  // The content script's answer to the ping: `true` while it runs; a rejection once the tab shows
  // a page without it. Generic results must not depend on it, so their rows give no answer.
  test.each<[string, PageDiagnosis, Tabs.OnUpdatedChangeInfoType, string | undefined, boolean, boolean]>([
    ['forgets a webmail result when the tab loaded a page without the content script', webmail, complete, gmailTab.url, false, false],
    ['forgets a webmail result when the tab went to another URL without the content script', webmail, {url: next}, next, false, false],
    ['keeps a webmail result while the content script answers (a frame of the page loaded)', webmail, complete, gmailTab.url, true, true],
    ['keeps a webmail result on "loading" alone', webmail, {status: 'loading'}, gmailTab.url, false, true],
    ['forgets a generic result when the tab shows another URL', generic, {url: next}, next, false, false],
    ['forgets a generic result when the page\'s grant lapsed (its URL is hidden again)', generic, complete, undefined, false, false],
    ['keeps a generic result on "complete" at the same URL', generic, complete, page, false, true],
    ['keeps a generic result on "loading" alone', generic, {status: 'loading'}, page, false, true],
  ])('%s', async (_name, result, changeInfo, url, answers, keeps) => {
    fakeBrowser.storage.session.items.set(`pageDiagnosis:${tabId}`, result);
    if (answers) {
      fakeBrowser.tabs.sendMessage.mockResolvedValue(true);
    }

    await onTabUpdated(tabId, changeInfo, {...tab, url});
    expect(kept()).toEqual(keeps ? result : undefined);
    expect(fakeBrowser.action.badges.get(tabId)).toEqual(keeps ? undefined : {text: '', title: 'Bounce Decoder'});
  });

  test.each<[string, boolean, Tabs.OnUpdatedChangeInfoType]>([
    ['a finished load', true, complete],
    ['a new URL', true, {url: next}],
    ['"loading" alone', false, {status: 'loading'}],
    ['a new title', false, {title: 'Inbox (3)'}],
  ])('after %s, looks at the tab\'s result and asks its content script: %s', async (_name, looks, changeInfo) => {
    fakeBrowser.storage.session.items.set(`pageDiagnosis:${tabId}`, webmail);
    await onTabUpdated(tabId, changeInfo, {...tab, url: gmailTab.url});
    expect(fakeBrowser.storage.session.get).toHaveBeenCalledTimes(looks ? 1 : 0);
    expect(fakeBrowser.tabs.sendMessage.mock.calls).toEqual(looks ? [[tabId, {direction: 'backgroundToContent', name: 'ping'}, {frameId: 0}]] : []);
  });
});

describe('decodePageOnRequest() (the generic adapter)', () => {
  const pastedBounce = 'Ticket #4411\nCustomer pasted:\nDelivery has failed to these recipients or groups:\nbob@fabrikam.com\nRemote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'';

  test('reads the tab through scripting, and keeps and badges what it decodes', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: pastedBounce}]);
    const diagnosis = await decodePageOnRequest(tabId);
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith(expect.objectContaining({target: {tabId}}));
    expect(diagnosis?.source).toBe('generic');
    expect(diagnosis?.notices[0]?.result.recipients[0]?.recipient).toBe('bob@fabrikam.com');
    expect(kept()).toEqual(diagnosis);
    expect(fakeBrowser.action.badges.get(tabId)?.text).toBe('5xx');
  });

  test('keeps nothing for a page without a bounce', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: 'Lunch at noon?'}]);
    await expect(decodePageOnRequest(tabId)).resolves.toBeUndefined();
    expect(kept()).toBeUndefined();
  });

  test('the keyboard shortcut runs it on the tab it was pressed in', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: pastedBounce}]);
    fakeBrowser.commands.onCommand.dispatch('decode-page', tab);
    await vi.waitFor(() => {
      expect(kept()?.source).toBe('generic');
    });
  });

  // The listener asks `scripting` for the page before its first `await`, so a command it acts on
  // has asked by the time `dispatch` returns, and one it ignores never will. The page never answers:
  // nothing of the decoding runs on into the next test.
  test.each<[string, string, Tabs.Tab | undefined, boolean]>([
    ['the shortcut in a tab reads that tab', 'decode-page', tab, true],
    ['another command reads nothing', '_execute_action', tab, false],
    ['the shortcut outside any tab reads nothing', 'decode-page', undefined, false],
    ['the shortcut in a window without a tab (id -1) reads nothing', 'decode-page', {...tab, id: -1}, false],
  ])('commands.onCommand: %s', (_name, command, pressedIn, reads) => {
    fakeBrowser.scripting.executeScript.mockReturnValue(new Promise(() => {}));
    fakeBrowser.commands.onCommand.dispatch(command, pressedIn);
    expect(fakeBrowser.scripting.executeScript.mock.calls.map(([injection]) => injection.target)).toEqual(reads ? [{tabId}] : []);
  });

  test('a result read on request is forgotten when the tab shows another URL', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: pastedBounce}]);
    await decodePageOnRequest(tabId);
    fakeBrowser.tabs.onUpdated.dispatch(tabId, {url: 'https://example.org/next'}, {...tab, url: 'https://example.org/next'});
    await vi.waitFor(() => {
      expect(kept()).toBeUndefined();
    });
  });
});
