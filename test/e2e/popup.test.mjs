// @ts-check
/**
 * The popup and the context menu of the built extension, in real Chromium and Firefox ESR: what a
 * person reads, files, hostile bounces, the UI strings, the keyboard, and the "Decode SMTP error"
 * menu. Each scenario runs in both browsers (driver.mjs) unless it says why not.
 */
import assert from 'node:assert/strict';
import http from 'node:http';
import {after, before} from 'node:test';
import {inEachBrowser, onlyIn} from './driver.mjs';
import {PlaywrightChromium, chromium} from './driver-chromium.mjs';
import {FirefoxDriver, firefox} from './driver-firefox.mjs';
import {dropFileInPage, droppedExample, fileForPage, openedExample} from './files.mjs';
import {attackTraces, evilHost, hostileBounce, hostileVerdict, noTraces, pwnedTitle} from './hostile.mjs';
import {axeViolations, pasteBoxLabel, sessionItem, texts, verdictIs, waitForText} from './steps.mjs';
import {listenOnLoopback, popupPath, staysInside, waitUntil} from './support.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Tab} Tab */

const selection = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown';
const selectionVerdict = 'Permanent failure: the address does not exist';

/** How long the popup may take to show the next text's card after the hostile megabyte. */
const responsiveMs = 2000;

/** A web page holding a bounce, for the context menu. */
const mailPage = http.createServer((_request, response) => {
  response.writeHead(200, {'content-type': 'text/html; charset=utf-8'})
    .end(`<!doctype html><title>Mail</title><p>Hello</p><p id="bounce">${selection.replace(/</g, '&lt;')}</p>`);
});
let mailPageUrl = '';
/** @type {(() => Promise<void>) | undefined} */
let closeMailPage;

before(async () => {
  const {port, close} = await listenOnLoopback(mailPage, 'The mail page server');
  mailPageUrl = `http://127.0.0.1:${port}/`;
  closeMailPage = close;
});

after(async () => {
  await closeMailPage?.();
});

/**
 * Opens the mail page and selects its bounce, as a person does before right-clicking it.
 * @param {Driver} driver
 */
async function selectBounce(driver) {
  const tab = await driver.openWebPage(mailPageUrl);
  await tab.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(/** @type {Element} */ (document.querySelector('#bounce')));
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  return tab;
}

/**
 * Opens the details of every card, as a click on "Codes, provider and why" does, and waits for them.
 * @param {Tab} tab
 */
async function openDetails(tab) {
  await tab.evaluate(() => {
    for (const details of document.querySelectorAll('details.more')) /** @type {HTMLDetailsElement} */ (details).open = true;
  });
  await tab.waitForFunction(() => [...document.querySelectorAll('details.more')].every((details) => details.querySelector('.why') !== null), undefined);
}

/** A notice to three recipients: two dead addresses and a full mailbox. */
const threeRecipients = [
  '<dead1@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead1@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '<full@example.org>: host mx.example.org[192.0.2.2] said: 452 4.2.2 <full@example.org>: Mailbox full (in reply to RCPT TO command)',
  '<dead2@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead2@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
].join('\n\n');

/**
 * The elements matched by each selector that do not lie wholly inside the viewport, as "selector:
 * top–bottom" (none when everything shows without scrolling).
 * @param {Tab} tab
 * @param {string[]} selectors
 */
async function outsideViewport(tab, selectors) {
  return tab.evaluate((selectors) => selectors.flatMap((selector) => {
    const elements = [...document.querySelectorAll(selector)];
    if (elements.length === 0) return [`${selector}: missing`];
    return elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && box.right <= innerWidth ? [] : [`${selector}: ${Math.round(box.top)}–${Math.round(box.bottom)} px`];
    });
  }), selectors);
}

/**
 * The alert the popup shows when "Decode this page" cannot read the tab: the popup page is in a tab
 * of its own here, which no extension may script.
 * @param {Tab} tab
 */
async function alertText(tab) {
  await tab.waitForFunction(() => document.querySelector('[role="alert"]') !== null, undefined);
  return (await texts(tab, '[role="alert"]')).join('\n');
}

inEachBrowser({
  title: (browserName) => `${browserName} popup`,
  browsers: [chromium, firefox],
  scenarios: [
    {
      name: 'the UI strings and the extension\'s name come from _locales/en',
      run: async (driver) => {
        const strings = await driver.inExtension(() => ({
          name: chrome.i18n.getMessage('extensionName'),
          // Firefox gives the manifest with its __MSG_…__ placeholders filled in, Chromium as written.
          manifestName: chrome.runtime.getManifest().name.replace(/^__MSG_(\w+)__$/, (_, key) => chrome.i18n.getMessage(/** @type {string} */ (key))),
          label: chrome.i18n.getMessage('inputLabel'),
          placeholder: chrome.i18n.getMessage('inputPlaceholder'),
        }));
        assert.equal(strings.name, 'Bounce Decoder');
        assert.equal(strings.manifestName, 'Bounce Decoder');
        assert.equal(strings.label, pasteBoxLabel);

        const tab = await driver.openExtensionPage();
        await waitForText(tab, 'label', pasteBoxLabel);
        const box = await tab.evaluate((label) => {
          const control = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === label)?.control;
          return {id: control?.id, placeholder: control?.getAttribute('placeholder')};
        }, pasteBoxLabel);
        assert.deepEqual(box, {id: 'bounce-text', placeholder: strings.placeholder});
        assert.equal(await tab.buttons('Decode this page'), 1);
        await tab.close();
      },
    },
    {
      name: 'a bare code decodes into a card',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        for (const [code, verdict] of /** @type {const} */ ([['5.7.26', 'Permanent failure: SPF, DKIM or DMARC failed'], ['421', 'Temporary: the server will retry']])) {
          await tab.fill(pasteBoxLabel, code);
          await verdictIs(tab, verdict);
        }
        await tab.close();
      },
    },
    {
      name: 'an .eml dropped on the popup, or opened with "Open a file…", decodes into its cards',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.evaluate(dropFileInPage, fileForPage(droppedExample.file));
        await verdictIs(tab, droppedExample.verdict);
        assert.match((await texts(tab, '.file-chip'))[0] ?? '', /^Decoding the file gmail-address-not-found\.eml \(\d+ KB\)/);

        await tab.chooseFile('input[type="file"]', openedExample.file);
        await verdictIs(tab, openedExample.verdict);
        assert.match((await texts(tab, '.file-chip'))[0] ?? '', /postfix-mailbox-full-delay\.eml/);
        await tab.close();
      },
    },
    {
      name: 'a hostile bounce runs nothing, links nothing, keeps its layout, and the popup stays responsive',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.fill(pasteBoxLabel, hostileBounce);
        await verdictIs(tab, hostileVerdict);
        await openDetails(tab);

        // The markup is on screen as text, and did nothing.
        assert.match((await texts(tab, '.diagnostic'))[0] ?? '', /<img src=x onerror=/);
        assert.deepEqual(await tab.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
        assert.equal(await tab.title(), 'Bounce Decoder');

        // A megabyte without a space wraps inside the popup's width and scrolls inside its box.
        const layout = await tab.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          diagnosticHeight: document.querySelector('.diagnostic')?.getBoundingClientRect().height ?? 0,
        }));
        assert.ok(layout.width <= layout.viewport, `the page is ${layout.width} px wide in a ${layout.viewport} px viewport`);
        assert.ok(layout.diagnosticHeight < 250, `the diagnostic box is ${layout.diagnosticHeight} px high`);

        // Typing after it still updates the cards within the bound.
        const started = Date.now();
        await tab.fill(pasteBoxLabel, '421 4.7.0 Try again later');
        await verdictIs(tab, 'Temporary: the server will retry', responsiveMs);
        const elapsed = Date.now() - started;
        assert.ok(elapsed < responsiveMs, `the next card took ${elapsed} ms`);
        assert.deepEqual(await tab.evaluate(attackTraces, {pwnedTitle, evilHost}), noTraces);
        await tab.close();
      },
    },
    {
      name: 'the links are the provider\'s documentation and the lookup of the validated IP, opened safely',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.fill(pasteBoxLabel, '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints');
        await verdictIs(tab, 'Temporary: the server will retry');
        await openDetails(tab);
        await tab.waitForFunction(() => document.querySelector('article a') !== null, undefined);
        const links = await tab.evaluate(() => [...document.querySelectorAll('article a')].map((link) => ({
          href: link.getAttribute('href'), target: link.getAttribute('target'), rel: link.getAttribute('rel'),
        })));
        assert.deepEqual(links, [
          {href: 'https://check.spamhaus.org/results/?query=192.0.2.10', target: '_blank', rel: 'noopener noreferrer'},
          {href: 'https://senders.yahooinc.com/smtp-error-codes/', target: '_blank', rel: 'noopener noreferrer'},
        ]);
        await tab.close();
      },
    },
    {
      name: 'the copy buttons put a plain-text summary and the JSON on the clipboard, and say "Copied"',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        // Reading the clipboard back needs a permission the extension does not ask for (and that an
        // extension page cannot be granted here), so what reaches the real writeText is recorded on its way.
        await tab.evaluate(() => {
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
        await tab.fill(pasteBoxLabel, selection);
        await verdictIs(tab, selectionVerdict);
        await tab.click('Copy summary');
        await waitForText(tab, 'article', 'Copied');
        await tab.click('Copy JSON');
        const copied = async () => tab.evaluate(() => /** @type {{copied: string[]}} */ (/** @type {unknown} */ (window)).copied);
        await waitUntil(async () => (await copied()).length === 2, 'the JSON never reached the clipboard');
        const [summary = '', json = ''] = await copied();
        assert.match(summary, /^Recipient: .+\nVerdict: Permanent failure: the address does not exist\n/);
        assert.equal(JSON.parse(json).reason, 'userunknown');
        await tab.close();
      },
    },
    {
      name: 'keyboard: Tab reaches the buttons with a visible focus ring, and Enter presses them',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        // The paste box takes the focus once the page has rendered; the next stop is "Decode this page".
        await tab.waitForFunction(() => document.activeElement?.id === 'bounce-text', undefined);
        await tab.press('Tab');
        const focused = await tab.evaluate(() => {
          const element = document.activeElement;
          return {text: element?.textContent, outline: element ? getComputedStyle(element).outlineStyle : ''};
        });
        assert.deepEqual(focused, {text: 'Decode this page', outline: 'solid'});
        await tab.press('Enter');
        assert.match(await alertText(tab), /This page cannot be read/);
        await tab.close();
      },
    },
    {
      name: '"Decode this page" says so when the page cannot be read',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.click('Decode this page');
        assert.match(await alertText(tab), /This page cannot be read/);
        await tab.close();
      },
    },
    {
      name: 'at 400 x 600, the answer shows without scrolling: one recipient\'s card, and the overview of several',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.resize(400, 600);
        await tab.fill(pasteBoxLabel, selection);
        await verdictIs(tab, selectionVerdict);
        assert.deepEqual(await outsideViewport(tab, ['.card .verdict h2', '.card .recipient', '.card .address-advice', '.card .todo p']), []);

        await tab.fill(pasteBoxLabel, threeRecipients);
        await waitForText(tab, '.overview', '3 recipients');
        assert.deepEqual(await outsideViewport(tab, ['.overview .section-title', '.overview .group-label', '.overview .members button']), []);
        await tab.close();
      },
    },
    {
      name: 'axe-core finds no serious or critical accessibility violation in a decoded notice, details open',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.resize(400, 600);
        await tab.fill(pasteBoxLabel, threeRecipients);
        await waitForText(tab, '.overview', '3 recipients');
        await openDetails(tab);
        assert.deepEqual(await axeViolations(tab), []);
        await tab.close();
      },
    },
    onlyIn(PlaywrightChromium, 'axe-core finds no serious or critical violation in the dark theme either', async (driver) => {
      const tab = await driver.openExtensionPage();
      await tab.page.emulateMedia({colorScheme: 'dark'});
      await tab.fill(pasteBoxLabel, threeRecipients);
      await waitForText(tab, '.overview', '3 recipients');
      await openDetails(tab);
      assert.deepEqual(await axeViolations(tab), []);
      await tab.close();
    }),
    // WebDriver BiDi cannot emulate prefers-color-scheme in this Firefox (puppeteer: "CDP support is
    // required"), and a theme set by a pref at launch could not be switched within the test.
    onlyIn(PlaywrightChromium, 'the dark theme follows the system', async (driver) => {
      const tab = await driver.openExtensionPage();
      const background = async () => tab.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await tab.page.emulateMedia({colorScheme: 'light'});
      assert.equal(await background(), 'rgb(255, 255, 255)');
      await tab.page.emulateMedia({colorScheme: 'dark'});
      assert.equal(await background(), 'rgb(31, 32, 35)');
      await tab.close();
    }),
    {
      name: 'what the background found in a tab shows as cards when the popup opens on that tab',
      run: async (driver) => {
        const webPage = await driver.openWebPage(mailPageUrl);
        // The background forgets a page-read result when its tab finishes loading a page the extension
        // has no grant for (as this test page is): the result is stored once that moment has passed.
        await waitUntil(async () => (await driver.inExtension(async (id) => (await chrome.tabs.get(id)).status, webPage.id)) === 'complete',
          'the web page never finished loading');
        const found = {source: 'generic', notices: [{subject: '', result: {kind: 'bounce', format: 'text', recipients: [{
          recipient: 'found@example.com', reason: {id: 'mailboxfull', title: 'The mailbox is full'}, hardBounce: false, permanent: false,
          action: {id: 'wait', summary: 'Wait.', steps: []}, evidence: [], conflicts: [], ips: [], diagnostic: '452 4.2.2 Mailbox full',
        }]}}]};
        const key = `pageDiagnosis:${webPage.id}`;
        await driver.inExtension(async ([key, value]) => chrome.storage.session.set({[key]: value}), /** @type {const} */ ([key, found]));

        // The popup page about that tab, as the context menu's window opens it.
        const tab = await driver.openExtensionPage(`${popupPath}?tab=${webPage.id}`);
        await waitForText(tab, '.page-results .recipient', 'found@example.com');
        assert.deepEqual(await texts(tab, '.page-results .section-title'), ['Found in the page open in this tab']);
        assert.deepEqual(await texts(tab, '.page-results article h2'), ['Temporary: the server will retry']);
        await driver.inExtension(async (key) => chrome.storage.session.remove(key), key);
        await tab.close();
        await webPage.close();
      },
    },
    {
      name: '"Decode SMTP error" on a selection opens the popup on it',
      run: async (driver) => {
        const tab = await selectBounce(driver);
        // The menu item exists: updating a missing one fails.
        await driver.inExtension(async () => chrome.contextMenus.update('decode-selection', {}));
        await driver.clickContextMenu(tab.id, selection);

        // The popup opened (both browsers allow it here), took the selection, decoded it and kept it for the tab.
        const key = `tabDiagnosis:${tab.id}`;
        await waitUntil(async () => (await sessionItem(driver, key)) !== undefined, 'the popup never decoded the selection');
        const {text, result} = /** @type {{text: string, result: {recipients: Array<{reason: {id: string}}>}}} */ (await sessionItem(driver, key));
        assert.equal(text, selection);
        assert.equal(result.recipients[0]?.reason.id, 'userunknown');
        assert.equal(await sessionItem(driver, 'pendingSelection'), undefined);
        await tab.close();
      },
    },
    // Firefox refuses action.openPopup without a user gesture, where the menu opens the popup page in
    // a small window instead; the refusal is simulated, since this Firefox allows it under automation.
    onlyIn(FirefoxDriver, '"Decode SMTP error" opens the popup page in a small window where the popup cannot open', async (driver) => {
      await driver.closePopup();
      const tab = await selectBounce(driver);
      await driver.clickContextMenu(tab.id, selection, {refusePopup: true});

      const window = await driver.pageAt(`${driver.extensionOrigin}${popupPath}?view=window&tab=${tab.id}`);
      await verdictIs(window, selectionVerdict);
      assert.equal(await window.evaluate(() => /** @type {HTMLTextAreaElement | null} */ (document.querySelector('#bounce-text'))?.value), selection);
      assert.equal(await window.evaluate(async () => (await chrome.windows.getCurrent()).type), 'popup');
      await window.close();
      await tab.close();
    }),
    {
      name: 'nothing reached the network, and no page logged an error',
      run: async (driver) => {
        assert.deepEqual(driver.strayRequests((url) => staysInside(url, driver.extensionOrigin) || url.startsWith(mailPageUrl)), []);
        assert.deepEqual(driver.pageErrors, []);
      },
    },
  ],
});
