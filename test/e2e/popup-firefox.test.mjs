// @ts-check
/**
 * The popup and the context menu of the built extension (dist/firefox) in real Firefox ESR, driven
 * by puppeteer-core over WebDriver BiDi: what a person reads, hostile bounces, the UI strings, and
 * "Decode SMTP error", whose popup Firefox refuses without a user gesture, so the small window opens.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {dropFileInPage, droppedExample, fileForPage, openedExample} from './files.mjs';
import {attackTraces, evilHost, hostileBounce, hostileVerdict, noTraces, pwnedTitle} from './hostile.mjs';
import {builtExtension, findBrowser, firefoxSpec, launchFirefox, popupPath, tally, waitUntil} from './support.mjs';

const {executablePath, skip} = findBrowser(firefoxSpec);
const {counted, print} = tally('Firefox popup');

// A fixed UUID makes the moz-extension:// origin known before the add-on is installed.
const extensionUuid = '0c7b3f2e-9d41-4c55-8f0a-5e2b7c9d1a34';
const extensionOrigin = `moz-extension://${extensionUuid}/`;
const selection = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown';

/** How long the popup may take to show the next text's card after the hostile megabyte. */
const responsiveMs = 2000;

describe('Firefox popup', {skip}, () => {
  /** @type {import('puppeteer-core').Browser} */
  let firefox;
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    const extension = builtExtension('firefox');
    firefox = await launchFirefox(executablePath, extension, extensionUuid);
  });

  after(async () => {
    await firefox?.close();
    print();
  });

  /** @param {import('puppeteer-core').Page} page */
  function recordErrors(page) {
    page.on('pageerror', (error) => {
      pageErrors.push(`${page.url()}: ${String(error)}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        pageErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
  }

  /**
   * Opens the popup page in a new tab. `page.goto` loads moz-extension:// pages but never resolves
   * (a puppeteer bug), so it is started without waiting and the page is polled instead.
   */
  async function openPopup() {
    const page = await firefox.newPage();
    recordErrors(page);
    page.goto(`${extensionOrigin}${popupPath}`, {timeout: 0}).catch(() => {});
    // Polled by hand: a wait that spans the navigation from about:blank can fail with the old document.
    await waitUntil(async () => page.evaluate(() => location.protocol === 'moz-extension:' && document.querySelector('#bounce-text') !== null)
      .catch(() => false), 'the popup page never loaded');
    return page;
  }

  /**
   * Puts text in the paste box as a paste does: the value at once, then one input event. Typing a
   * megabyte key by key would take minutes.
   * @param {import('puppeteer-core').Page} page
   * @param {string} text
   */
  async function paste(page, text) {
    await page.evaluate((text) => {
      const box = /** @type {HTMLTextAreaElement} */ (document.querySelector('#bounce-text'));
      box.value = text;
      box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
    }, text);
  }

  /**
   * Waits until the cards' verdicts are `expected`, top to bottom.
   * @param {import('puppeteer-core').Page} page
   * @param {string[]} expected
   * @param {number} [timeout]
   */
  async function verdictsAre(page, expected, timeout = 5000) {
    await page.waitForFunction((expected) => JSON.stringify([...document.querySelectorAll('article h2')].map((heading) => heading.textContent)) === expected,
      {polling: 20, timeout}, JSON.stringify(expected));
  }

  test('the UI strings and the extension\'s name come from _locales/en', counted(async () => {
    const page = await openPopup();
    const strings = await page.evaluate(() => ({
      name: browser.runtime.getManifest().name,
      label: document.querySelector('label[for="bounce-text"]')?.textContent,
      expectedLabel: browser.i18n.getMessage('inputLabel'),
    }));
    assert.deepEqual(strings, {name: 'Bounce Decoder', label: 'Paste a bounce, a log line or a code', expectedLabel: 'Paste a bounce, a log line or a code'});
    await page.close();
  }));

  test('a bare code decodes into a card', counted(async () => {
    const page = await openPopup();
    for (const [code, verdict] of /** @type {const} */ ([['5.7.26', 'Permanent failure: SPF, DKIM or DMARC failed'], ['421', 'Temporary: the server will retry']])) {
      await page.locator('#bounce-text').fill(code);
      await verdictsAre(page, [verdict]);
    }
    await page.close();
  }));

  test('an .eml dropped on the popup, or opened with "Open a file…", decodes into its cards', counted(async () => {
    const page = await openPopup();
    await page.evaluate(dropFileInPage, fileForPage(droppedExample.file));
    await verdictsAre(page, [droppedExample.verdict]);
    assert.match(await page.$eval('.file-chip', (chip) => chip.textContent ?? ''), /^Decoding the file gmail-address-not-found\.eml \(\d+ KB\)/);

    const input = await page.$('input[type="file"]');
    assert.ok(input, 'the popup has no file input');
    await input.uploadFile(openedExample.file);
    await verdictsAre(page, [openedExample.verdict]);
    assert.match(await page.$eval('.file-chip', (chip) => chip.textContent ?? ''), /postfix-mailbox-full-delay\.eml/);
    await page.close();
  }));

  test('a hostile bounce runs nothing, links nothing, keeps its layout, and the popup stays responsive', counted(async () => {
    const page = await openPopup();
    await paste(page, hostileBounce);
    await verdictsAre(page, [hostileVerdict]);

    assert.match(await page.$eval('.diagnostic', (element) => element.textContent ?? ''), /<img src=x onerror=/);
    assert.deepEqual(await page.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
    assert.equal(await page.title(), 'Bounce Decoder');

    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      diagnosticHeight: document.querySelector('.diagnostic')?.getBoundingClientRect().height ?? 0,
    }));
    assert.ok(layout.width <= layout.viewport, `the page is ${layout.width} px wide in a ${layout.viewport} px viewport`);
    assert.ok(layout.diagnosticHeight < 250, `the diagnostic box is ${layout.diagnosticHeight} px high`);

    const started = Date.now();
    await page.locator('#bounce-text').fill('421 4.7.0 Try again later');
    await verdictsAre(page, ['Temporary: the server will retry'], responsiveMs);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < responsiveMs, `the next card took ${elapsed} ms`);
    assert.deepEqual(await page.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
    await page.close();
  }));

  test('the copy buttons put a plain-text summary and the JSON on the clipboard, and say "Copied"', counted(async () => {
    const page = await openPopup();
    await page.locator('#bounce-text').fill(selection);
    await verdictsAre(page, ['Permanent failure: the address does not exist']);
    // Reading the clipboard back needs a permission the extension does not ask for, so what reaches
    // the real writeText is recorded on its way.
    await page.evaluate(() => {
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
    await page.locator('::-p-text(Copy summary)').click();
    await page.waitForSelector('::-p-text(Copied)');
    await page.locator('::-p-text(Copy JSON)').click();
    await waitUntil(async () => (await page.evaluate(() => /** @type {{copied: string[]}} */ (/** @type {unknown} */ (window)).copied.length)) === 2,
      'the JSON never reached the clipboard');
    const [summary = '', json = ''] = await page.evaluate(() => /** @type {{copied: string[]}} */ (/** @type {unknown} */ (window)).copied);
    assert.match(summary, /^Recipient: .+\nVerdict: Permanent failure: the address does not exist\n/);
    assert.equal(JSON.parse(json).reason.id, 'userunknown');
    await page.close();
  }));

  test('"Decode this page" says so when the page cannot be read', counted(async () => {
    const page = await openPopup();
    // The popup page is in a tab of its own here, which no extension may script.
    await page.locator('::-p-text(Decode this page)').click();
    const alert = await page.waitForSelector('[role="alert"]');
    assert.match(await alert?.evaluate((element) => element.textContent) ?? '', /This page cannot be read/);
    await page.close();
  }));

  /**
   * Calls the background's context-menu handler from `page`, as a click on `tab` would. Firefox has
   * no contextMenus.onClicked.dispatch; the background page exposes the handler for this.
   * @param {import('puppeteer-core').Page} page
   * @param {unknown} tab
   * @param {{refusePopup?: boolean}} [options]  make action.openPopup fail, as without a user gesture
   */
  async function clickContextMenu(page, tab, {refusePopup = false} = {}) {
    await page.evaluate(async (selection, tab, refusePopup) => {
      const background = /** @type {{onContextMenuClicked: (info: object, tab: unknown) => Promise<void>, browser: typeof browser}} */ (
        /** @type {unknown} */ (await browser.runtime.getBackgroundPage()));
      const {openPopup} = background.browser.action;
      if (refusePopup) {
        background.browser.action.openPopup = async () => {
          throw new Error('openPopup requires a user gesture');
        };
      }

      try {
        await background.onContextMenuClicked({menuItemId: 'decode-selection', selectionText: selection, editable: false, frameId: 0, modifiers: []}, tab);
      } finally {
        background.browser.action.openPopup = openPopup;
      }
    }, selection, tab, refusePopup);
  }

  /**
   * The page showing `url`, once one does. Over BiDi, moz-extension:// pages show as about:blank
   * targets, so each page is asked where it is; pages that close meanwhile (a popup losing focus)
   * are passed over.
   * @param {string} url
   */
  async function pageAt(url) {
    for (let tries = 0; tries < 100; tries++) {
      for (const target of firefox.targets().filter((candidate) => candidate.type() === 'page')) {
        const page = await target.page();
        const href = await page?.evaluate(() => location.href).catch(() => undefined);
        if (page && href === url) {
          return page;
        }
      }

      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    throw new Error(`No page at ${url}`);
  }

  test('"Decode SMTP error" opens the popup on the selection', counted(async () => {
    const page = await openPopup();
    const tab = await page.evaluate(async () => browser.tabs.getCurrent());
    await clickContextMenu(page, tab);

    // The popup opened (this Firefox allows it under automation), took the selection, decoded it and
    // kept it for the tab under it.
    const key = `tabDiagnosis:${tab?.id}`;
    await waitUntil(async () => page.evaluate(async (key) => Object.hasOwn(await browser.storage.session.get(key), key), key),
      'the popup never decoded the selection');
    const kept = await page.evaluate(async (key) => (await browser.storage.session.get(key))[key], key);
    assert.equal(/** @type {{text: string}} */ (kept).text, selection);
    assert.equal(await page.evaluate(async () => Object.hasOwn(await browser.storage.session.get('pendingSelection'), 'pendingSelection')), false);
    await page.close();
  }));

  test('"Decode SMTP error" opens the popup page in a small window where the popup cannot open', counted(async () => {
    const page = await openPopup();
    const tab = await page.evaluate(async () => browser.tabs.getCurrent());
    await clickContextMenu(page, tab, {refusePopup: true});

    const expected = `${extensionOrigin}${popupPath}?view=window&tab=${tab?.id}`;
    const window = await pageAt(expected);
    await waitUntil(async () => window.evaluate(() => document.querySelector('#bounce-text') !== null).catch(() => false), 'the window never showed the popup');
    recordErrors(window);
    await verdictsAre(window, ['Permanent failure: the address does not exist']);
    assert.equal(await window.$eval('#bounce-text', (box) => /** @type {HTMLTextAreaElement} */ (box).value), selection);
    const windowType = await window.evaluate(async () => (await browser.windows.getCurrent()).type);
    assert.equal(windowType, 'popup');
    await window.close();
    await page.close();
  }));

  test('no page logged an error', counted(async () => {
    assert.deepEqual(pageErrors, []);
  }));
});
