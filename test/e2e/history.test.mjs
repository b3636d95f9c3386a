// @ts-check
/**
 * The history page of the built extension, in real Chromium and Firefox ESR: decodings made in the
 * popup are kept and show on the page, grouped; an export holds them; "Delete all" empties the store;
 * the page is the extension's options page, runs nothing remote, and passes axe-core. Each scenario
 * runs in both browsers (driver.mjs) unless it says why not. The scenarios run in order and build on
 * one another: the first keeps the decodings the others read.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {inEachBrowser, onlyIn} from './driver.mjs';
import {PlaywrightChromium, chromium} from './driver-chromium.mjs';
import {FirefoxDriver, firefox} from './driver-firefox.mjs';
import {axeViolations, pasteBoxLabel, texts, waitForText} from './steps.mjs';
import {staysInside, waitUntil} from './support.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Tab} Tab */

/** Where the history page sits in the built extension (src/history/page-path.ts, the manifest's options page). */
const historyPath = 'src/history/index.html';

/** The history's IndexedDB database in the extension's origin (src/history/store.ts). */
const databaseName = 'bounce-decoder-history';

/** A notice to three recipients, as Postfix lists them: two dead addresses at one domain, a full mailbox at another. */
const threeRecipients = [
  'This is the mail system at host mail.example.net.',
  '',
  '<dead1@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead1@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '<full@example.org>: host mx.example.org[192.0.2.2] said: 452 4.2.2 <full@example.org>: Mailbox full (in reply to RCPT TO command)',
  '',
  '<dead2@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <dead2@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
].join('\n');

/** Gmail refusing the sending server, by its IP, as Postfix reports it. */
const blockedIp = '<x@gmail.com>: host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.7.1 [192.0.2.77] The IP you\'re using to send mail is not authorized to send email directly to our servers. - gsmtp (in reply to end of DATA command)';

/**
 * Pastes `text` into the popup's box as a person's paste arrives: the text in the box, then an input
 * event of type `insertFromPaste` (the popup keeps pasted text in the history, never typed text).
 * @param {Tab} tab
 * @param {string} text
 */
async function pasteInto(tab, text) {
  await waitForText(tab, 'label', pasteBoxLabel);
  await tab.evaluate((text) => {
    const box = /** @type {HTMLTextAreaElement} */ (document.querySelector('#bounce-text'));
    box.focus();
    box.value = text;
    box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
  }, text);
}

/**
 * How many entries the history holds, read straight from its database where the extension's APIs
 * run (the background in Chromium, an extension document in Firefox: the extension's origin either
 * way). Asked only once the history page has opened the database, so this never creates it.
 * @param {Driver} driver
 */
async function storedCount(driver) {
  return driver.inExtension(async (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(new Error(String(request.error)));
    request.onsuccess = () => {
      const database = request.result;
      const count = database.transaction('entries').objectStore('entries').count();
      count.onsuccess = () => {
        database.close();
        resolve(count.result);
      };
      count.onerror = () => reject(new Error(String(count.error)));
    };
  }), databaseName);
}

/**
 * The rows of a group table, as "group | count | share | hard bounces".
 * @param {Tab} tab
 * @param {string} heading
 */
async function groupRows(tab, heading) {
  return tab.evaluate((heading) => {
    const section = [...document.querySelectorAll('section')].find((candidate) => candidate.querySelector('h2')?.textContent === heading);
    return [...section?.querySelectorAll('tbody tr') ?? []].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()).join(' | '));
  }, heading);
}

/**
 * Waits until the history page in `tab` shows what was kept: the store is written beside the popup's
 * answer, so the page is read again until it holds `recipients`.
 * @param {Tab} tab
 * @param {readonly string[]} recipients
 */
async function showing(tab, recipients) {
  await waitForText(tab, 'h1', 'Bounce history');
  await waitUntil(async () => {
    const shown = await tab.evaluate(() => [...document.querySelectorAll('.entry-address')].map((element) => element.textContent));
    if (recipients.every((recipient) => shown.includes(recipient))) return true;
    await tab.reload();
    await waitForText(tab, 'h1', 'Bounce history');
    return false;
  }, `the history page never showed ${recipients.join(', ')}`);
}

/**
 * Opens the history page and waits until it shows `recipients`.
 * @param {Driver} driver
 * @param {readonly string[]} recipients
 */
async function openHistory(driver, recipients) {
  const tab = await driver.openExtensionPage(historyPath);
  await showing(tab, recipients);
  return tab;
}

/**
 * Makes the page's downloads readable: each Blob it hands to a download link is kept as text in
 * `window.exported`. The download itself goes ahead.
 * @param {Tab} tab
 */
async function recordExports(tab) {
  await tab.evaluate(() => {
    const exported = /** @type {string[]} */ ([]);
    const original = URL.createObjectURL.bind(URL);
    Object.assign(window, {exported});
    URL.createObjectURL = (blob) => {
      if (blob instanceof Blob) void blob.text().then((text) => exported.push(text));
      return original(blob);
    };
  });
}

inEachBrowser({
  title: (browserName) => `${browserName} history`,
  browsers: [chromium, firefox],
  scenarios: [
    {
      name: 'the history page is the extension\'s options page, opened in a tab',
      run: async (driver) => {
        const options = await driver.inExtension(() => /** @type {{options_ui?: {page: string, open_in_tab?: boolean}}} */ (chrome.runtime.getManifest()).options_ui);
        // Firefox adds its defaults (browser_style) and may give the page as a full URL.
        assert.ok(options?.page.endsWith(historyPath), `options_ui.page is ${options?.page}`);
        assert.equal(options?.open_in_tab, true);
      },
    },
    {
      name: 'with nothing kept, the page says so',
      run: async (driver) => {
        const tab = await driver.openExtensionPage(historyPath);
        await waitForText(tab, 'h2', 'Nothing kept yet');
        assert.equal(await tab.title(), 'Bounce Decoder: history');
        assert.equal(await storedCount(driver), 0);
        await tab.close();
      },
    },
    {
      name: 'decodings pasted in the popup appear on the history page, grouped by provider and reason, domain and sending IP',
      run: async (driver) => {
        const popup = await driver.openExtensionPage();
        await pasteInto(popup, threeRecipients);
        await waitForText(popup, '.overview', '3 recipients');
        await pasteInto(popup, blockedIp);
        // The first paste's cards say "Permanent failure" too: wait for the second decoding's own
        // recipient, or the popup may close before that decoding (and its keeping) has left.
        await waitForText(popup, 'article .recipient', 'x@gmail.com');
        await waitForText(popup, 'article h2', 'Permanent failure');
        await popup.close();

        const tab = await openHistory(driver, ['dead1@example.com', 'dead2@example.com', 'full@example.org', 'x@gmail.com']);
        assert.equal(await storedCount(driver), 4);
        const byReason = await groupRows(tab, 'By provider and reason');
        assert.ok(byReason.some((row) => /^Provider not recognised · The address does not exist \| 2 \| 50\s?% \| 2$/.test(row)), byReason.join('\n'));
        assert.ok(byReason.some((row) => /The mailbox is full \| 1 \| 25\s?% \| 0$/.test(row)), byReason.join('\n'));
        assert.ok(byReason.some((row) => /^Google .* \| 1 \| 25\s?% \| 0$/.test(row)), byReason.join('\n'));
        assert.deepEqual((await groupRows(tab, 'By recipient domain')).map((row) => row.split(' | ').slice(0, 2).join(' | ')),
          ['example.com | 2', 'example.org | 1', 'gmail.com | 1']);
        assert.deepEqual((await groupRows(tab, 'By sending IP')).map((row) => row.split(' | ').slice(0, 2).join(' | ')), ['192.0.2.77 | 1']);

        // A group, selected: its advice at its head, and its entries only.
        await tab.click('example.com');
        await waitForText(tab, '.group-detail h2', 'example.com');
        assert.match((await texts(tab, '.advice-title'))[0] ?? '', /^What to do: The address does not exist/);
        assert.deepEqual(await texts(tab, '.group-detail .entry-address'), ['dead2@example.com', 'dead1@example.com']);
        assert.match((await texts(tab, '.timeline figcaption'))[0] ?? '', /^2 in all/);
        await tab.close();
      },
    },
    {
      name: 'the exports of a group hold its entries: CSV and JSON Lines in the command line\'s schema',
      run: async (driver) => {
        const tab = await openHistory(driver, ['dead1@example.com']);
        await tab.click('example.com');
        await waitForText(tab, '.group-detail h2', 'example.com');
        await recordExports(tab);
        await tab.click('Export CSV');
        await tab.click('Export JSON Lines');
        await tab.waitForFunction(() => /** @type {{exported: string[]}} */ (/** @type {unknown} */ (window)).exported.length === 2, undefined);
        const [csv = '', jsonLines = ''] = await tab.evaluate(() => /** @type {{exported: string[]}} */ (/** @type {unknown} */ (window)).exported);
        const rows = csv.trimEnd().split('\r\n');
        assert.equal(rows[0], 'at,source,recipient,domain,replyCode,status,reason,permanent,hardBounce,provider,sendingIp,diagnostic');
        assert.equal(rows.length, 3);
        assert.match(rows[1] ?? '', /^\d{4}-\d\d-\d\dT[\d:.]+Z,paste,dead2@example\.com,example\.com,550,5\.1\.1,userunknown,true,true,,,/);
        const records = jsonLines.trimEnd().split('\n').map((line) => /** @type {Record<string, unknown>} */ (JSON.parse(line)));
        assert.deepEqual(records.map(({recipient, reason, hardBounce, source, domain}) => ({recipient, reason, hardBounce, source, domain})), [
          {recipient: 'dead2@example.com', reason: 'userunknown', hardBounce: true, source: 'paste', domain: 'example.com'},
          {recipient: 'dead1@example.com', reason: 'userunknown', hardBounce: true, source: 'paste', domain: 'example.com'},
        ]);
        assert.deepEqual(Object.keys(records[0] ?? {}), [
          'recipient', 'replyCode', 'status', 'reason', 'hardBounce', 'permanent', 'provider', 'action', 'diagnostic', 'at', 'source', 'domain', 'sendingIp',
        ]);

        // Firefox saves the files where the driver said (Chromium under playwright keeps them out of sight).
        if (driver instanceof FirefoxDriver && driver.downloads !== undefined) {
          const folder = driver.downloads;
          const saved = () => readdirSync(folder).filter((name) => /^bounce-history-\d{4}-\d\d-\d\d\.(csv|jsonl)$/.test(name)).sort();
          await waitUntil(async () => saved().length === 2, `the exports were not saved in ${folder}`);
          const [savedCsv = '', savedJsonLines = ''] = saved();
          await waitUntil(async () => readFileSync(path.join(folder, savedCsv), 'utf8') === csv
            && readFileSync(path.join(folder, savedJsonLines), 'utf8') === jsonLines, 'the saved files differ from the exports');
        }
        await tab.close();
      },
    },
    {
      name: 'axe-core finds no serious or critical accessibility violation on the page, a group selected',
      run: async (driver) => {
        const tab = await openHistory(driver, ['dead1@example.com']);
        await tab.resize(1280, 900);
        await tab.click('example.com');
        await waitForText(tab, '.group-detail h2', 'example.com');
        assert.deepEqual(await axeViolations(tab), []);
        await tab.close();
      },
    },
    onlyIn(PlaywrightChromium, 'axe-core finds no serious or critical violation in the dark theme either', async (driver) => {
      const tab = await driver.openExtensionPage(historyPath);
      await tab.page.emulateMedia({colorScheme: 'dark'});
      await showing(tab, ['dead1@example.com']);
      await tab.click('example.com');
      await waitForText(tab, '.group-detail h2', 'example.com');
      assert.deepEqual(await axeViolations(tab), []);
      await tab.close();
    }),
    {
      name: '"Delete all" asks, then empties the store',
      run: async (driver) => {
        const tab = await openHistory(driver, ['dead1@example.com']);
        await tab.click('Delete all…');
        await waitForText(tab, '[role="alertdialog"]', 'All 4 kept entries will be deleted from this computer');
        assert.equal(await storedCount(driver), 4);
        await tab.click('Delete all');
        await waitForText(tab, 'h2', 'Nothing kept yet');
        assert.equal(await storedCount(driver), 0);
        await tab.reload();
        await waitForText(tab, 'h2', 'Nothing kept yet');
        await tab.close();
      },
    },
    {
      name: 'the page made no request beyond the extension, and logged no error',
      run: async (driver) => {
        assert.deepEqual(driver.strayRequests((url) => staysInside(url, driver.extensionOrigin)), []);
        assert.deepEqual(driver.pageErrors, []);
      },
    },
  ],
});
