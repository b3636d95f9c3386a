#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench:history`: the history page of the built Chrome extension (dist/chrome) in real
 * Chromium, holding 10,000 kept entries. Prints, never asserts:
 *
 * - first render: from the page's navigation start to the history read from IndexedDB
 *   (`history:read`) and to the group tables rendered from it (`history:groups`), the marks the page
 *   sets (src/history/app.tsx `benchMarks`);
 * - applying a filter: from the reason filter's `change` event to the page showing the new count;
 * - searching: from an address search's `input` event to the new count;
 * - selecting a group: from the click on the largest domain group to its detail (advice, timeline,
 *   the first page of entries) in the page;
 * each the median of several runs, and the gzipped size of every file the page loads.
 *
 * The entries are written into the store's own database (`bounce-decoder-history`, store `entries`,
 * as src/history/store.ts lays it out) from the history page, in one transaction: 10,000 decodings
 * through the popup would take minutes and measure the decoder, not the page.
 */
import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser} from '../test/e2e/support.mjs';

const historyPath = 'src/history/index.html';
const entryCount = 10_000;
const runs = 7;

const executablePath = findBrowser(chromiumSpec).executablePath;
if (executablePath === undefined) {
  console.error('No Chromium to measure with.');
  process.exit(1);
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** @param {number} ms */
const formatMs = (ms) => `${ms.toFixed(1)} ms`;

const extension = builtExtension('chrome');
const userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-bench-history-'));
const context = await chromium.launchPersistentContext(userDataDir, {...chromiumLaunchOptions(executablePath, extension), viewport: {width: 1280, height: 900}});
try {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const url = `chrome-extension://${new URL(worker.url()).host}/${historyPath}`;
  const page = await context.newPage();
  // The page opens (and so creates) the store's database.
  await page.goto(url);
  await page.getByRole('heading', {name: 'Nothing kept yet'}).waitFor();

  await page.evaluate(async (count) => {
    const providers = ['google', 'microsoft365', 'outlook-com', 'yahoo', 'apple', 'comcast', 'proofpoint', 'mimecast', undefined, undefined];
    const reasons = [
      ['userunknown', true, 'suppress'], ['mailboxfull', false, 'wait'], ['blocked', false, 'request-delisting'], ['authfailure', false, 'fix-authentication'],
      ['spamdetected', false, 'fix-content'], ['hostunknown', true, 'suppress'], ['speeding', false, 'slow-down'], ['expired', false, 'retry'],
    ];
    const sources = ['webmail', 'paste', 'selection', 'file'];
    const now = Date.now();
    const web = /** @type {Window & typeof globalThis} */ (globalThis);
    const database = await new Promise((resolve, reject) => {
      const request = web.indexedDB.open('bounce-decoder-history');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = /** @type {IDBDatabase} */ (database).transaction('entries', 'readwrite');
    const store = transaction.objectStore('entries');
    for (let index = 0; index < count; index++) {
      const [reason, hardBounce, action] = /** @type {[string, boolean, string]} */ (reasons[(index * 7) % reasons.length]);
      const provider = providers[(index * 3) % providers.length];
      const domain = `d${(index * 13) % 600}.example`;
      const recipient = `user${index}@${domain}`;
      const sendingIp = reason === 'blocked' || reason === 'spamdetected' ? `192.0.2.${index % 60}` : undefined;
      store.add({
        // Within the page's default time filter (30 days): the first render shows all of them.
        at: now - Math.floor((index / count) * 29 * 24 * 60 * 60 * 1000),
        source: sources[index % sources.length],
        noticeKey: `bench-${index}`,
        recipient,
        domain,
        kind: 'bounce',
        replyCode: hardBounce ? '550' : '451',
        status: hardBounce ? '5.1.1' : '4.7.1',
        reason,
        ...(provider === undefined ? {} : {provider}),
        permanent: hardBounce,
        hardBounce,
        action,
        diagnostic: `${hardBounce ? '550 5.1.1' : '451 4.7.1'} <${recipient}>: a reply line as a server writes it, about this long (${reason})`,
        ...(sendingIp === undefined ? {} : {sendingIp}),
      });
    }
    await new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve(undefined);
      transaction.onerror = () => reject(transaction.error);
    });
    /** @type {IDBDatabase} */ (database).close();
  }, entryCount);

  /** @type {{read: number[], groups: number[], filter: number[], search: number[], select: number[]}} */
  const times = {read: [], groups: [], filter: [], search: [], select: []};
  /** @type {Set<string>} */
  const files = new Set();
  page.on('request', (request) => {
    files.add(new URL(request.url()).pathname);
  });
  for (let run = 0; run < runs; run++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('history:groups').length > 0);
    await page.locator('.group-table tbody tr').first().waitFor();
    const marks = await page.evaluate(() => ({
      read: performance.getEntriesByName('history:read')[0]?.startTime ?? Number.NaN,
      groups: performance.getEntriesByName('history:groups')[0]?.startTime ?? Number.NaN,
    }));
    times.read.push(marks.read);
    times.groups.push(marks.groups);

    // Each interaction is timed in the page, from its event to the DOM showing its outcome.
    times.filter.push(await page.evaluate(async () => {
      const web = /** @type {Window & typeof globalThis} */ (globalThis);
      const status = () => [...web.document.querySelectorAll('[role="status"]')].map((element) => element.textContent).join('|');
      const before = status();
      const select = /** @type {HTMLSelectElement} */ ([...web.document.querySelectorAll('label')].find((label) => label.textContent?.startsWith('Reason'))?.querySelector('select'));
      const started = performance.now();
      select.value = 'blocked';
      select.dispatchEvent(new web.Event('change', {bubbles: true}));
      while (status() === before) await new Promise((resolve) => setTimeout(resolve, 0));
      const elapsed = performance.now() - started;
      select.value = '*';
      select.dispatchEvent(new web.Event('change', {bubbles: true}));
      return elapsed;
    }));
    await page.waitForFunction((count) => /** @type {Window & typeof globalThis} */ (globalThis).document.body.textContent?.includes(`${count} of`), entryCount.toLocaleString('en'));

    times.search.push(await page.evaluate(async () => {
      const web = /** @type {Window & typeof globalThis} */ (globalThis);
      const status = () => [...web.document.querySelectorAll('[role="status"]')].map((element) => element.textContent).join('|');
      const before = status();
      const input = /** @type {HTMLInputElement} */ (web.document.querySelector('input[type="search"]'));
      const started = performance.now();
      input.value = 'user12';
      input.dispatchEvent(new web.Event('input', {bubbles: true}));
      while (status() === before) await new Promise((resolve) => setTimeout(resolve, 0));
      const elapsed = performance.now() - started;
      input.value = '';
      input.dispatchEvent(new web.Event('input', {bubbles: true}));
      return elapsed;
    }));
    await page.waitForFunction((count) => /** @type {Window & typeof globalThis} */ (globalThis).document.body.textContent?.includes(`${count} of`), entryCount.toLocaleString('en'));

    times.select.push(await page.evaluate(async () => {
      const web = /** @type {Window & typeof globalThis} */ (globalThis);
      const section = [...web.document.querySelectorAll('.group-table')].find((candidate) => candidate.querySelector('h2')?.textContent === 'By recipient domain');
      const button = /** @type {HTMLButtonElement} */ (section?.querySelector('tbody button'));
      const heading = () => web.document.querySelector('.group-detail h2')?.textContent;
      const started = performance.now();
      button.click();
      while (heading() !== button.textContent) await new Promise((resolve) => setTimeout(resolve, 0));
      return performance.now() - started;
    }));
  }

  const sizes = await Promise.all([...files].filter((file) => /\.(js|css|html)$/.test(file)).sort().map(async (file) => {
    const bytes = await readFile(path.join(extension, file));
    return {file, raw: bytes.length, gzipped: gzipSync(bytes).length};
  }));

  console.log(`history page, ${entryCount.toLocaleString('en')} entries, Chromium, median of ${runs} runs:`);
  console.log(`  first render: read from IndexedDB ${formatMs(median(times.read))}, group tables rendered ${formatMs(median(times.groups))} (from navigation start)`);
  console.log(`  applying a filter (reason): ${formatMs(median(times.filter))}`);
  console.log(`  searching by address: ${formatMs(median(times.search))}`);
  console.log(`  selecting a group (largest domain): ${formatMs(median(times.select))}`);
  console.log('  files the page loads (gzipped):');
  for (const {file, raw, gzipped} of sizes) console.log(`    ${file}: ${(gzipped / 1024).toFixed(1)} KiB (${(raw / 1024).toFixed(1)} KiB raw)`);
  const total = sizes.reduce((sum, {gzipped}) => sum + gzipped, 0);
  console.log(`    total: ${(total / 1024).toFixed(1)} KiB gzipped`);
} finally {
  await context.close();
  await rm(userDataDir, {recursive: true, force: true});
}
