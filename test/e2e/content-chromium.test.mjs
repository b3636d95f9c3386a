// @ts-check
/**
 * Issue 4 in real Chromium with the built, production extension (dist/chrome): the content script
 * runs on the webmail hosts (served from test/fixtures/dom over HTTPS on 127.0.0.1 under their real
 * names), finds the bounce open there, and the background badges the tab and keeps the result;
 * opening an ordinary message clears both. The generic adapter reads a plain page only after the
 * user's gesture (the toolbar button) grants it.
 *
 * Driven by puppeteer-core rather than playwright-core: puppeteer can press the extension's toolbar
 * button (`triggerExtensionAction`), the gesture that grants `activeTab`.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import puppeteer from 'puppeteer-core';
import {builtExtension, chromiumSpec, findBrowser, tally, waitUntil} from './support.mjs';
import {allHosts, fixtureHtml, openInPage, pages, startWebmailServer} from './webmail-server.mjs';

const {executablePath, skip} = findBrowser(chromiumSpec);
const {counted, print} = tally('Chromium (content script)');

describe('Chromium: bounces open in a webmail', {skip}, () => {
  /** @type {import('puppeteer-core').Browser} */
  let chromium;
  /** @type {import('puppeteer-core').Extension} */
  let extension;
  /** @type {Awaited<ReturnType<typeof startWebmailServer>>} */
  let server;
  /** Requests the test pages made that did not go to the fixture server's hosts. */
  const strayRequests = /** @type {string[]} */ ([]);
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    server = await startWebmailServer();
    chromium = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
        // The webmails' names lead to the fixture server; its certificate is made for the test.
        `--host-resolver-rules=${allHosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ')}`,
        '--ignore-certificate-errors',
      ],
    });
    const id = await chromium.installExtension(builtExtension('chrome'));
    const found = (await chromium.extensions()).get(id);
    assert.ok(found, 'the extension is installed');
    extension = found;
  });

  after(async () => {
    await chromium?.close();
    await server?.close();
    print();
  });

  async function worker() {
    const [serviceWorker] = await extension.workers();
    assert.ok(serviceWorker, 'the background service worker runs');
    return serviceWorker;
  }

  /** @param {string} url */
  async function open(url) {
    const page = await chromium.newPage();
    page.on('request', (request) => {
      const {protocol, hostname} = new URL(request.url());
      if (!(protocol === 'https:' && allHosts.includes(hostname)) && protocol !== 'data:') {
        strayRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => {
      pageErrors.push(`${url}: ${String(error)}`);
    });
    await page.goto(url);
    await page.bringToFront();
    const tabId = await (await worker()).evaluate(async () => (await chrome.tabs.query({active: true, lastFocusedWindow: true}))[0]?.id);
    assert.equal(typeof tabId, 'number');
    return {page, tabId: /** @type {number} */ (tabId)};
  }

  /** @param {number} tabId */
  async function badge(tabId) {
    return (await worker()).evaluate(async (tabId) => chrome.action.getBadgeText({tabId}), tabId);
  }

  /**
   * The tab's kept result, reduced to its recipients' addresses, reply and status codes.
   * @param {number} tabId
   */
  async function kept(tabId) {
    return (await worker()).evaluate(async (key) => {
      const {[key]: value} = await chrome.storage.session.get(key);
      const diagnosis = /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (value);
      return diagnosis && {
        source: diagnosis.source,
        recipients: diagnosis.notices.flatMap((notice) => notice.result.recipients.map((recipient) =>
          `${recipient.recipient ?? '?'} ${recipient.replyCode?.code ?? ''} ${recipient.status?.code ?? ''}`)),
        json: JSON.stringify(diagnosis),
      };
    }, `pageDiagnosis:${tabId}`);
  }

  /**
   * @param {number} tabId
   * @param {string} text
   */
  async function badgeBecomes(tabId, text) {
    await waitUntil(async () => (await badge(tabId)) === text, `the badge of tab ${tabId} never showed "${text}" (it shows "${await badge(tabId)}")`);
  }

  /**
   * @param {import('puppeteer-core').Page} page
   * @param {{url: string, fixture: string}} next
   */
  async function openMessageInPage(page, next) {
    await page.evaluate(openInPage, {html: await fixtureHtml(next.fixture), url: next.url});
  }

  test('a Gmail bounce badges its tab "5xx" and its recipient is kept, without its text', counted(async () => {
    const {page, tabId} = await open(pages.gmailBounce.url);
    await badgeBecomes(tabId, '5xx');
    const result = await kept(tabId);
    assert.equal(result?.source, 'gmail');
    assert.deepEqual(result?.recipients, ['jane.doe@example.com 550 5.1.1']);
    assert.ok(!result?.json.includes('Are you free for lunch'), 'the message text is not kept');
    assert.equal(await (await worker()).evaluate(async () => Object.keys(await chrome.storage.local.get(null)).length), 0);

    // Gmail opens the next message in the same page: a new hash, a new conversation view.
    await openMessageInPage(page, pages.gmailNewsletter);
    await badgeBecomes(tabId, '');
    await waitUntil(async () => (await kept(tabId)) === undefined, 'the bounce is still kept after an ordinary message was opened');
    await page.close();
  }));

  test('Gmail\'s "Show original" page is decoded as a raw message', counted(async () => {
    const {page, tabId} = await open(pages.gmailOriginal.url);
    await badgeBecomes(tabId, '5xx');
    assert.deepEqual((await kept(tabId))?.recipients, ['jane.doe@example.com 550 5.1.1']);
    await page.close();
  }));

  test('a Gmail delay notice badges its tab "4xx"', counted(async () => {
    const {page, tabId} = await open(pages.gmailDelay.url);
    await badgeBecomes(tabId, '4xx');
    await page.close();
  }));

  test('an Outlook NDR badges its tab; the postmaster\'s memo opened next clears it', counted(async () => {
    const {page, tabId} = await open(pages.outlookBounce.url);
    await badgeBecomes(tabId, '5xx');
    assert.ok((await kept(tabId))?.recipients.includes('bob@fabrikam.com 550 5.1.10'));

    // Outlook changes the path with history.pushState.
    await openMessageInPage(page, pages.outlookMemo);
    await badgeBecomes(tabId, '');
    assert.equal(await kept(tabId), undefined);
    await page.close();
  }));

  test('a Yahoo failure notice badges its tab; loading another message clears it', counted(async () => {
    const {page, tabId} = await open(pages.yahooBounce.url);
    await badgeBecomes(tabId, '5xx');
    assert.deepEqual((await kept(tabId))?.recipients, ['info@closed-shop.example 550 5.1.1']);

    await page.goto(pages.yahooOrder.url);
    await badgeBecomes(tabId, '');
    await waitUntil(async () => (await kept(tabId)) === undefined, 'the Yahoo bounce is still kept after another page loaded');
    await page.close();
  }));

  test('closing a tab forgets its result', counted(async () => {
    const {page, tabId} = await open(pages.gmailBounce.url);
    await badgeBecomes(tabId, '5xx');
    await page.close();
    await waitUntil(async () => (await kept(tabId)) === undefined, `pageDiagnosis:${tabId} is still kept after its tab closed`);
  }));

  test('the generic adapter reads a plain page only once the user\'s gesture grants it', counted(async () => {
    const {page, tabId} = await open(pages.plainTicket.url);
    const decode = async () => (await worker()).evaluate(async (tabId) => {
      const handler = /** @type {(tabId: number) => Promise<unknown>} */ (Reflect.get(globalThis, 'decodePageOnRequest'));
      try {
        return {diagnosis: /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (await handler(tabId))};
      } catch (error) {
        return {error: String(error)};
      }
    }, tabId);

    // No standing host permission: without the gesture, the page cannot be read.
    const refused = await decode();
    assert.match(refused.error ?? '', /Cannot access contents of the page/);
    assert.equal(await kept(tabId), undefined);

    // The toolbar button (like the keyboard shortcut or the context menu) grants activeTab.
    await page.triggerExtensionAction(extension);
    const {diagnosis, error} = await decode();
    assert.equal(error, undefined);
    assert.equal(diagnosis?.source, 'generic');
    assert.equal(diagnosis?.notices[0]?.result.recipients[0]?.recipient, 'bob@fabrikam.com');
    await badgeBecomes(tabId, '5xx');
    await page.close();
  }));

  test('the pages asked nothing of any other host, and logged no error', counted(async () => {
    assert.deepEqual(strayRequests, []);
    assert.deepEqual(pageErrors, []);
    // The fixture server saw the pages the tests opened, and nothing the extension asked for.
    assert.deepEqual(server.requests.filter((request) => !/\/(mail|d|tickets)\//.test(request) && !request.endsWith('/favicon.ico')), []);
  }));
});
