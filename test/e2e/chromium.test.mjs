// @ts-check
/**
 * The built extension in real Chromium (dist/chrome), driven by playwright-core: the service worker
 * starts, the popup decodes, the background keeps each tab's text, and nothing reaches the network.
 */
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {chromium} from 'playwright-core';
import {
  bounceLine, builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser, packageJson, popupPath, staysInside, tally,
  waitUntil,
} from './support.mjs';

const {executablePath, skip} = findBrowser(chromiumSpec);
const {counted, print} = tally('Chromium');

describe('Chromium', {skip}, () => {
  /** @type {import('playwright-core').BrowserContext} */
  let context;
  /** @type {import('playwright-core').Worker} */
  let worker;
  /** @type {string} */
  let extensionOrigin;
  /** @type {string} */
  let userDataDir;
  /**
   * Every request the extension's pages and service worker made. Playwright reports exactly those
   * (this context holds nothing else), unlike a proxy, which would also catch Chromium's own
   * update and sign-in traffic.
   */
  const requests = /** @type {Array<{url: string, from: string}>} */ ([]);
  /** Uncaught errors and console errors of the extension's pages (a CSP violation is one). */
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    const extension = builtExtension('chrome');
    userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions(/** @type {string} */ (executablePath), extension));
    context.on('request', (request) => {
      requests.push({url: request.url(), from: request.serviceWorker() ? 'service worker' : request.frame().url()});
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
  async function tabId(page) {
    return page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
  }

  test('the background service worker starts, from the built manifest', counted(async () => {
    assert.equal(worker.url(), `${extensionOrigin}service-worker-loader.js`);
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.version, packageJson.version);
    assert.equal(manifest.manifest_version, 3);
  }));

  test('the popup decodes a bounce line as it is typed', counted(async () => {
    const page = await openPopup();
    await page.getByLabel('Paste a bounce, a log line or a code').fill(bounceLine);
    const card = page.getByRole('article');
    await card.waitFor();
    // Each fact's code, or its text where it has no code.
    const fields = await card.locator('.facts > dt').evaluateAll((terms) =>
      Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.querySelector('code')?.textContent ?? term.nextElementSibling?.textContent])));
    const {'Reply code': reply, 'Status code': status, 'Hard bounce': hard} = fields;
    assert.deepEqual({'Reply code': reply, 'Status code': status, 'Hard bounce': hard},
      {'Reply code': '550', 'Status code': '5.1.1', 'Hard bounce': 'Yes: remove this address from your lists'});
    await page.close();
  }));

  test('the popup says so when the text holds no SMTP error', counted(async () => {
    const page = await openPopup();
    await page.getByLabel('Paste a bounce, a log line or a code').fill('Lunch at noon?');
    await page.getByText('No SMTP error found in this text').waitFor();
    assert.equal(await page.getByRole('article').count(), 0);
    await page.close();
  }));

  test('the popup keeps a tab\'s text in session storage, shows it on reopening, and the background forgets it when the tab closes', counted(async () => {
    const page = await openPopup();
    const id = await tabId(page);
    await page.getByLabel('Paste a bounce, a log line or a code').fill(bounceLine);
    await page.getByRole('article').waitFor();

    // Reopening reads it back from storage.session.
    await page.reload();
    await page.getByRole('article').waitFor();
    assert.equal(await page.getByLabel('Paste a bounce, a log line or a code').inputValue(), bounceLine);
    const keptText = await worker.evaluate(async (key) => {
      const {[key]: kept} = await chrome.storage.session.get(key);
      return /** @type {{text?: string} | undefined} */ (kept)?.text;
    }, `tabDiagnosis:${id}`);
    assert.equal(keptText, bounceLine);
    assert.equal(await worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)).length), 0);

    await page.close();
    await waitUntil(
      async () => !Object.hasOwn(await worker.evaluate(async () => chrome.storage.session.get(null)), `tabDiagnosis:${id}`),
      `tabDiagnosis:${id} is still in session storage after its tab closed`,
    );
  }));

  test('the request recorder sees the service worker\'s requests', counted(async () => {
    // Without this, an empty record could mean that worker requests are simply not reported.
    await worker.evaluate(async () => {
      await fetch(chrome.runtime.getURL('manifest.json'));
    });
    assert.ok(requests.some(({url, from}) => from === 'service worker' && url === `${extensionOrigin}manifest.json`));
  }));

  test('nothing the extension did reached the network, and no page logged an error', counted(async () => {
    assert.ok(requests.length > 0, 'the popup pages loaded their own files, so some requests were recorded');
    assert.deepEqual(requests.filter(({url}) => !staysInside(url, extensionOrigin)), []);
    assert.deepEqual(pageErrors, []);
  }));
});
