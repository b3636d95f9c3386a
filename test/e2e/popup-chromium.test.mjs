// @ts-check
/**
 * The popup and the context menu of the built extension (dist/chrome) in real Chromium: what a person
 * reads, hostile bounces, the UI strings, and the "Decode SMTP error" menu.
 */
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import http from 'node:http';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {chromium} from 'playwright-core';
import {dropFileInPage, droppedExample, fileForPage, openedExample} from './files.mjs';
import {attackTraces, evilHost, hostileBounce, hostileVerdict, noTraces, pwnedTitle} from './hostile.mjs';
import {
  builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser, popupPath, staysInside, tally, waitUntil,
} from './support.mjs';

const {executablePath, skip} = findBrowser(chromiumSpec);
const {counted, print} = tally('Chromium popup');

const label = 'Paste a bounce, a log line or a code';
const selection = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown';

/** How long the popup may take to show the next text's card after the hostile megabyte. */
const responsiveMs = 2000;

describe('Chromium popup', {skip}, () => {
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Worker} */
  let worker;
  /** @type {string} */
  let extensionOrigin;
  /** @type {string} */
  let userDataDir;
  /** @type {http.Server} */
  let server;
  /** @type {string} */
  let pageUrl;
  const requests = /** @type {string[]} */ ([]);
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    // A web page holding a bounce, for the context menu.
    server = http.createServer((_request, response) => {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
        .end(`<!doctype html><title>Mail</title><p>Hello</p><p id="bounce">${selection.replace(/</g, '&lt;')}</p>`);
    });
    await new Promise((resolve) => {
      server.listen(0, '127.0.0.1', () => {
        resolve(undefined);
      });
    });
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    pageUrl = `http://127.0.0.1:${address.port}/`;

    userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-chromium-popup-'));
    context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions(/** @type {string} */ (executablePath), builtExtension('chrome')));
    context.on('request', (request) => {
      requests.push(request.url());
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          pageErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
    });
    worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;
  });

  after(async () => {
    await context?.close();
    server?.close();
    if (userDataDir) {
      await rm(userDataDir, {recursive: true, force: true});
    }

    print();
  });

  async function openPopup() {
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}${popupPath}`);
    return page;
  }

  /** @param {import('playwright-core').Page} page */
  async function verdicts(page) {
    return page.locator('article h2').allTextContents();
  }

  test('the UI strings and the extension\'s name come from _locales/en', counted(async () => {
    assert.equal(await worker.evaluate(() => chrome.i18n.getMessage('extensionName')), 'Bounce Decoder');
    const page = await openPopup();
    assert.equal(await page.getByLabel(label).getAttribute('placeholder'), await worker.evaluate(() => chrome.i18n.getMessage('inputPlaceholder')));
    assert.equal(await page.getByRole('button', {name: 'Decode this page'}).count(), 1);
    await page.close();
  }));

  test('a bare code decodes into a card', counted(async () => {
    const page = await openPopup();
    for (const [code, verdict] of /** @type {const} */ ([['5.7.26', 'Permanent failure: SPF, DKIM or DMARC failed'], ['421', 'Temporary: the server will retry']])) {
      await page.getByLabel(label).fill(code);
      await page.locator('article h2', {hasText: verdict}).waitFor();
      assert.deepEqual(await verdicts(page), [verdict]);
    }
    await page.close();
  }));

  test('an .eml dropped on the popup, or opened with "Open a file…", decodes into its cards', counted(async () => {
    const page = await openPopup();
    await page.evaluate(dropFileInPage, fileForPage(droppedExample.file));
    await page.locator('article h2', {hasText: droppedExample.verdict}).waitFor();
    assert.deepEqual(await verdicts(page), [droppedExample.verdict]);
    assert.match(await page.locator('.file-chip').innerText(), /^Decoding the file gmail-address-not-found\.eml \(\d+ KB\)/);

    await page.locator('input[type="file"]').setInputFiles(openedExample.file);
    await page.locator('article h2', {hasText: openedExample.verdict}).waitFor();
    assert.deepEqual(await verdicts(page), [openedExample.verdict]);
    assert.match(await page.locator('.file-chip').innerText(), /postfix-mailbox-full-delay\.eml/);
    await page.close();
  }));

  test('a hostile bounce runs nothing, links nothing, keeps its layout, and the popup stays responsive', counted(async () => {
    const page = await openPopup();
    await page.getByLabel(label).fill(hostileBounce);
    await page.locator('article h2', {hasText: hostileVerdict}).waitFor();

    // The markup is on screen as text, and did nothing.
    assert.match(await page.locator('.diagnostic').textContent() ?? '', /<img src=x onerror=/);
    assert.deepEqual(await page.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
    assert.equal(await page.title(), 'Bounce Decoder');

    // A megabyte without a space wraps inside the popup's width and scrolls inside its box.
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      diagnosticHeight: document.querySelector('.diagnostic')?.getBoundingClientRect().height ?? 0,
    }));
    assert.ok(layout.width <= layout.viewport, `the page is ${layout.width} px wide in a ${layout.viewport} px viewport`);
    assert.ok(layout.diagnosticHeight < 250, `the diagnostic box is ${layout.diagnosticHeight} px high`);

    // Typing after it still updates the cards within the bound.
    const started = Date.now();
    await page.getByLabel(label).fill('421 4.7.0 Try again later');
    await page.locator('article h2', {hasText: 'Temporary: the server will retry'}).waitFor({timeout: responsiveMs});
    const elapsed = Date.now() - started;
    assert.ok(elapsed < responsiveMs, `the next card took ${elapsed} ms`);
    assert.deepEqual(await page.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
    await page.close();
  }));

  test('the provider\'s documentation is the one link, opened safely', counted(async () => {
    const page = await openPopup();
    await page.getByLabel(label).fill('421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints');
    const link = page.locator('article a');
    await link.waitFor();
    assert.equal(await link.count(), 1);
    assert.deepEqual(await link.evaluate((element) => ({
      href: element.getAttribute('href'), target: element.getAttribute('target'), rel: element.getAttribute('rel'),
    })), {href: 'https://senders.yahooinc.com/smtp-error-codes/', target: '_blank', rel: 'noopener noreferrer'});
    await page.close();
  }));

  test('the copy buttons put a plain-text summary and the JSON on the clipboard, and say "Copied"', counted(async () => {
    const page = await context.newPage();
    // Extension pages cannot be granted clipboard reading here (an opaque origin for the permission
    // API), so what reaches the real writeText is recorded on its way.
    await page.addInitScript(() => {
      const {clipboard} = navigator;
      const writeText = clipboard.writeText.bind(clipboard);
      /** @type {string[]} */
      const copied = [];
      Object.assign(window, {copied});
      clipboard.writeText = async (text) => {
        await writeText(text);
        copied.push(text);
      };
    });
    await page.goto(`${extensionOrigin}${popupPath}`);
    await page.getByLabel(label).fill(selection);
    const card = page.locator('article');
    await card.getByRole('button', {name: 'Copy summary'}).click();
    await card.getByText('Copied').waitFor();
    await card.getByRole('button', {name: 'Copy JSON'}).click();
    await waitUntil(async () => (await page.evaluate(() => /** @type {{copied: string[]}} */ (/** @type {unknown} */ (window)).copied.length)) === 2,
      'the JSON never reached the clipboard');
    const [summary = '', json = ''] = await page.evaluate(() => /** @type {{copied: string[]}} */ (/** @type {unknown} */ (window)).copied);
    assert.match(summary, /^Recipient: .+\nVerdict: Permanent failure: the address does not exist\n/);
    assert.equal(JSON.parse(json).reason.id, 'userunknown');
    await page.close();
  }));

  test('keyboard: Tab reaches the buttons with a visible focus ring, and Enter presses them', counted(async () => {
    const page = await openPopup();
    try {
      // The paste box takes the focus once the page has rendered; the next stop is "Decode this page".
      await page.waitForFunction(() => document.activeElement?.id === 'bounce-text');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return {text: element?.textContent, outline: element ? getComputedStyle(element).outlineStyle : ''};
      });
      assert.deepEqual(focused, {text: 'Decode this page', outline: 'solid'});
      // The popup page is in a tab of its own here, which no extension may script: it says so.
      await page.keyboard.press('Enter');
      assert.match(await page.getByRole('alert').textContent() ?? '', /This page cannot be read/);
    } finally {
      await page.close();
    }
  }));

  test('the dark theme follows the system', counted(async () => {
    const page = await openPopup();
    const background = async () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({colorScheme: 'light'});
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.emulateMedia({colorScheme: 'dark'});
    assert.equal(await background(), 'rgb(31, 32, 35)');
    await page.close();
  }));

  test('what the background found in the tab shows as cards on opening', counted(async () => {
    const page = await openPopup();
    const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    const found = {source: 'generic', notices: [{subject: '', result: {kind: 'bounce', format: 'text', recipients: [{
      recipient: 'found@example.com', reason: {id: 'mailboxfull', title: 'The mailbox is full'}, hardBounce: false, permanent: false,
      action: {id: 'wait', summary: 'Wait.', steps: []}, evidence: [], conflicts: [], ips: [], diagnostic: '452 4.2.2 Mailbox full',
    }]}}]};
    await worker.evaluate(async ([key, value]) => chrome.storage.session.set({[key]: value}), /** @type {const} */ ([`pageDiagnosis:${id}`, found]));
    await page.reload();
    const region = page.getByRole('region', {name: 'Found in the page open in this tab'});
    await region.locator('article').waitFor();
    assert.equal(await region.locator('.recipient').textContent(), 'found@example.com');
    await worker.evaluate(async (key) => chrome.storage.session.remove(key), `pageDiagnosis:${id}`);
    await page.close();
  }));

  test('"Decode SMTP error" on a selection opens the popup on it', counted(async () => {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.locator('#bounce').selectText();
    // The tab as the browser would pass it; tabs hide their URL without the `tabs` permission.
    const tab = await worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({active: true, currentWindow: true});
      return active;
    });
    assert.ok(tab?.id !== undefined);

    // The menu item exists: updating a missing one fails.
    await worker.evaluate(async () => chrome.contextMenus.update('decode-selection', {}));
    // The real registered listener, as a click would call it.
    await worker.evaluate(async ({selection, tab}) => {
      // `dispatch` is Chromium's own, undocumented, and absent from the types.
      /** @type {{dispatch: (info: object, tab: unknown) => void}} */ (/** @type {unknown} */ (chrome.contextMenus.onClicked)).dispatch({menuItemId: 'decode-selection', selectionText: selection, editable: false, frameId: 0, pageUrl: ''}, tab);
    }, {selection, tab});

    // The popup opened (Chromium allows it here), took the selection, decoded it and kept it for the tab.
    const key = `tabDiagnosis:${tab.id}`;
    await waitUntil(async () => worker.evaluate(async (key) => Object.hasOwn(await chrome.storage.session.get(key), key), key),
      'the popup never decoded the selection');
    const kept = await worker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], key);
    const {text, result} = /** @type {{text: string, result: {recipients: Array<{reason: {id: string}}>}}} */ (kept);
    assert.equal(text, selection);
    assert.equal(result.recipients[0]?.reason.id, 'userunknown');
    assert.equal(await worker.evaluate(async () => Object.hasOwn(await chrome.storage.session.get('pendingSelection'), 'pendingSelection')), false);
    await page.close();
  }));

  test('nothing reached the network, and no page logged an error', counted(async () => {
    assert.deepEqual(requests.filter((url) => !staysInside(url, extensionOrigin) && !url.startsWith(pageUrl)), []);
    assert.deepEqual(pageErrors, []);
  }));
});
