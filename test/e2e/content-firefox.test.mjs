// @ts-check
/**
 * Issue 4 in real Firefox ESR with the built, production extension (dist/firefox): the content
 * script runs on the webmail hosts, served from test/fixtures/dom over HTTPS on 127.0.0.1 under their
 * real names (network.dns.localDomains; the fixture server's port stays in the URL, which match
 * patterns ignore), the background badges the tab and keeps the result, and an ordinary message or
 * another page clears it.
 *
 * WebDriver BiDi cannot press the toolbar button, so `activeTab` is never granted here: the generic
 * adapter is checked to refuse a plain page without it (no standing host permission); Chromium's
 * test reads one with the grant, and generic-firefox.test.mjs reads one in Firefox through a
 * test-only variant whose host permission stands in for the grant.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {builtExtension, findBrowser, firefoxSpec, launchFirefox, popupPath, tally, waitForExtensionPage, waitUntil} from './support.mjs';
import {allHosts, fixtureHtml, openInPage, pages, startWebmailServer} from './webmail-server.mjs';

const {executablePath, skip} = findBrowser(firefoxSpec);
const {counted, print} = tally('Firefox (content script)');

// Not the UUID of firefox.test.mjs: the two files may run at once, in two browsers.
const extensionUuid = '4d0c5e2b-8a31-4f6e-b7c9-1e2f3a4b5c6d';
const extensionOrigin = `moz-extension://${extensionUuid}/`;

describe('Firefox: bounces open in a webmail', {skip}, () => {
  /** @type {import('puppeteer-core').Browser} */
  let firefox;
  /** @type {Awaited<ReturnType<typeof startWebmailServer>>} */
  let server;
  /** An extension page that reads the extension's state; it sees the same storage and badges. */
  /** @type {import('puppeteer-core').Page} */
  let observer;
  const pageErrors = /** @type {string[]} */ ([]);

  /** @param {string} url  the page's real URL, given the fixture server's port */
  function local(url) {
    const local = new URL(url);
    local.port = String(server.port);
    return local.href;
  }

  before(async () => {
    const extension = builtExtension('firefox');
    server = await startWebmailServer();
    firefox = await launchFirefox(executablePath, extension, extensionUuid, {
      // The fixture server's certificate is made for the test.
      acceptInsecureCerts: true,
      prefs: {
        // The webmails' names are 127.0.0.1; DNS over HTTPS is off so it cannot go around.
        'network.dns.localDomains': allHosts.join(','),
        'network.trr.mode': 5,
      },
    });
    observer = await firefox.newPage();
    // `goto` on moz-extension:// pages never resolves (a puppeteer bug): start it and poll.
    observer.goto(`${extensionOrigin}${popupPath}`, {timeout: 0}).catch(() => {});
    await waitForExtensionPage(observer);
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
    print();
  });

  /** @param {string} url */
  async function open(url) {
    const page = await firefox.newPage();
    page.on('pageerror', (error) => {
      pageErrors.push(`${url}: ${String(error)}`);
    });
    await page.goto(local(url));
    const tabId = await observer.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id, local(url));
    assert.equal(typeof tabId, 'number', `no tab shows ${url}`);
    return {page, tabId: /** @type {number} */ (tabId)};
  }

  /** @param {number} tabId */
  async function badge(tabId) {
    return observer.evaluate(async (tabId) => browser.action.getBadgeText({tabId}), tabId);
  }

  /** @param {number} tabId */
  async function kept(tabId) {
    return observer.evaluate(async (key) => {
      const {[key]: value} = await browser.storage.session.get(key);
      const diagnosis = /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (value);
      return diagnosis && {
        source: diagnosis.source,
        recipients: diagnosis.notices.flatMap((notice) => notice.result.recipients.map((recipient) =>
        `${recipient.recipient ?? '?'} ${recipient.replyCode?.code ?? ''} ${recipient.status?.code ?? ''}`)),
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
    await page.evaluate(openInPage, {html: await fixtureHtml(next.fixture), url: local(next.url)});
  }

  test('a Gmail bounce badges its tab "5xx"; the newsletter opened next clears it', counted(async () => {
    const {page, tabId} = await open(pages.gmailBounce.url);
    await badgeBecomes(tabId, '5xx');
    assert.deepEqual(await kept(tabId), {source: 'gmail', recipients: ['jane.doe@example.com 550 5.1.1']});

    await openMessageInPage(page, pages.gmailNewsletter);
    await badgeBecomes(tabId, '');
    assert.equal(await kept(tabId), undefined);
    await page.close();
  }));

  test('Gmail\'s "Show original" page is decoded as a raw message', counted(async () => {
    const {page, tabId} = await open(pages.gmailOriginal.url);
    await badgeBecomes(tabId, '5xx');
    assert.deepEqual((await kept(tabId))?.recipients, ['jane.doe@example.com 550 5.1.1']);
    await page.close();
  }));

  test('an Outlook NDR badges its tab; the postmaster\'s memo opened next (pushState) clears it', counted(async () => {
    const {page, tabId} = await open(pages.outlookBounce.url);
    await badgeBecomes(tabId, '5xx');
    await openMessageInPage(page, pages.outlookMemo);
    await badgeBecomes(tabId, '');
    assert.equal(await kept(tabId), undefined);
    await page.close();
  }));

  test('a Yahoo failure notice badges its tab; closing the tab forgets it', counted(async () => {
    const {page, tabId} = await open(pages.yahooBounce.url);
    await badgeBecomes(tabId, '5xx');
    assert.deepEqual((await kept(tabId))?.recipients, ['info@closed-shop.example 550 5.1.1']);
    await page.close();
    await waitUntil(async () => (await kept(tabId)) === undefined, `pageDiagnosis:${tabId} is still kept after its tab closed`);
  }));

  test('the generic adapter cannot read a plain page the user gave no grant for', counted(async () => {
    // Without any grant for its host, a plain page's URL is hidden from the extension: the plain
    // page's tab is the hidden one that was not there before it opened.
    const hiddenTabs = async () => observer.evaluate(async () => (await browser.tabs.query({})).filter((tab) => tab.url === undefined).map((tab) => tab.id ?? -1));
    const before = await hiddenTabs();
    const page = await firefox.newPage();
    await page.goto(local(pages.plainTicket.url));
    const hidden = (await hiddenTabs()).filter((id) => !before.includes(id));
    const outcome = await observer.evaluate(async (hidden) => {
      const background = /** @type {{decodePageOnRequest: (tabId: number) => Promise<unknown>}} */ (/** @type {unknown} */ (await browser.runtime.getBackgroundPage()));
      try {
        await background.decodePageOnRequest(hidden[0] ?? -1);
        return {hidden: hidden.length, stored: Object.keys(await browser.storage.session.get(null))};
      } catch (error) {
        return {hidden: hidden.length, error: String(error), stored: Object.keys(await browser.storage.session.get(null))};
      }
    }, hidden);
    assert.equal(outcome.hidden, 1);
    assert.match(outcome.error ?? '', /Missing host permission/);
    assert.deepEqual(outcome.stored.filter((key) => key.startsWith('pageDiagnosis:')), []);
    await page.close();
  }));

  test('no page logged an error, and the server saw only the pages opened', counted(async () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(server.requests.filter((request) => !/\/(mail|d|tickets)\//.test(request) && !request.endsWith('/favicon.ico')), []);
  }));
});
