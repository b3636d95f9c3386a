// @ts-check
/**
 * Chromium as the scenarios see it (driver.mjs's `Driver`). Two libraries drive it: playwright-core
 * by default, which reports every request of the extension's pages and of its service worker and
 * finds elements by their ARIA role and name; puppeteer-core where a scenario presses the
 * extension's toolbar button (`triggerExtensionAction`, the gesture that grants `activeTab`), which
 * playwright-core cannot do.
 *
 * What is Chromium's own, in either:
 * - the extension's APIs are reached in its service worker;
 * - `chrome.contextMenus.onClicked.dispatch` (undocumented) fires the real registered listener;
 * - --host-resolver-rules sends a test host's name and port to the test server, so URLs stay as they are.
 */
import assert from 'node:assert/strict';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium as playwright} from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {activeTabId} from './driver.mjs';
import {PageRecorder, PuppeteerTab, openWebPage} from './puppeteer-tab.mjs';
import {builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser, popupPath, quietChromiumSwitches} from './support.mjs';

/** @typedef {import('./driver.mjs').Tab} Tab */
/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Evaluate} Evaluate */
/** @typedef {import('./driver.mjs').LaunchOptions} LaunchOptions */

const {executablePath, skip} = findBrowser(chromiumSpec);

/**
 * Command-line switches for the test hosts: their names lead to the test server, whose certificate
 * is made for the test.
 * @param {LaunchOptions['hosts']} hosts
 */
function hostSwitches(hosts) {
  return hosts === undefined ? [] : [
    `--host-resolver-rules=${hosts.names.map((host) => `MAP ${host} 127.0.0.1:${hosts.port}`).join(', ')}`,
    '--ignore-certificate-errors',
  ];
}

/** What the two Chromium drivers do alike, in the extension's service worker. */
class ChromiumDriver {
  static browser = /** @type {const} */ ('chromium');
  name = 'Chromium';
  refusal = /Cannot access contents of the page/;

  /**
   * @param {string} extensionOrigin
   * @param {Evaluate} inWorker  evaluates in the extension's service worker
   * @param {string[]} pageErrors  filled as pages fail
   */
  constructor(extensionOrigin, inWorker, pageErrors) {
    this.extensionOrigin = extensionOrigin;
    this.inExtension = inWorker;
    this.pageErrors = pageErrors;
  }

  /** @param {string} url */
  address(url) {
    return url;
  }

  /** @param {number} tabId */
  async decodePageOnRequest(tabId) {
    return this.inExtension(async (tabId) => {
      const handler = /** @type {(tabId: number) => Promise<import('../../src/shared/storage.ts').PageDiagnosis | undefined>} */ (
        Reflect.get(globalThis, 'decodePageOnRequest'));
      try {
        return {diagnosis: await handler(tabId)};
      } catch (error) {
        return {error: String(error)};
      }
    }, tabId);
  }

  /**
   * @param {number} tabId
   * @param {string} selection
   */
  async clickContextMenu(tabId, selection) {
    await this.inExtension(async ({tabId, selection}) => {
      // The tab as the browser would pass it; tabs hide their URL without the `tabs` permission.
      const tab = await chrome.tabs.get(tabId);
      // `dispatch` is Chromium's own, undocumented, and absent from the types.
      /** @type {{dispatch: (info: object, tab: unknown) => void}} */ (/** @type {unknown} */ (chrome.contextMenus.onClicked))
        .dispatch({menuItemId: 'decode-selection', selectionText: selection, editable: false, frameId: 0, pageUrl: ''}, tab);
    }, {tabId, selection});
  }
}

/** @implements {Tab} */
class PlaywrightTab {
  /**
   * @param {import('playwright-core').Page} page
   * @param {number} id
   */
  constructor(page, id) {
    this.page = page;
    this.id = id;
  }

  /**
   * @template Arg, Result
   * @param {(arg: Arg) => Result} fn
   * @param {Arg} [arg]
   * @returns {Promise<Awaited<Result>>}
   */
  async evaluate(fn, arg) {
    return /** @type {Awaited<Result>} */ (await this.page.evaluate(/** @type {(arg: unknown) => unknown} */ (fn), arg));
  }

  /**
   * @template Arg
   * @param {(arg: Arg) => unknown} fn
   * @param {Arg} arg
   * @param {{timeout?: number}} [options]
   */
  async waitForFunction(fn, arg, {timeout} = {}) {
    await this.page.waitForFunction(/** @type {(arg: unknown) => unknown} */ (fn), arg, {polling: 20, timeout});
  }

  /**
   * @param {string} label
   * @param {string} text
   */
  async fill(label, text) {
    await this.page.getByLabel(label, {exact: true}).fill(text);
  }

  /** @param {string} name */
  async click(name) {
    await this.page.getByRole('button', {name, exact: true}).click();
  }

  /** @param {string} name */
  async buttons(name) {
    return this.page.getByRole('button', {name, exact: true}).count();
  }

  /** @param {string} key */
  async press(key) {
    await this.page.keyboard.press(key);
  }

  /**
   * @param {string} selector
   * @param {string} file
   */
  async chooseFile(selector, file) {
    await this.page.locator(selector).setInputFiles(file);
  }

  /** @param {string} url */
  async goto(url) {
    await this.page.goto(url);
  }

  async reload() {
    await this.page.reload();
  }

  async title() {
    return this.page.title();
  }

  /** @param {number} width @param {number} height */
  async resize(width, height) {
    await this.page.setViewportSize({width, height});
  }

  /** @param {string} source */
  async runScript(source) {
    await this.page.evaluate(source);
  }

  async close() {
    await this.page.close();
  }
}

/**
 * Chromium under playwright-core. It records every request of the context, which holds nothing but
 * the extension's pages, the test's pages and the service worker, unlike a proxy, which would also
 * catch Chromium's own update and sign-in traffic.
 * @implements {Driver}
 */
export class PlaywrightChromium extends ChromiumDriver {
  /**
   * @param {import('playwright-core').BrowserContext} context
   * @param {import('playwright-core').Worker} worker
   * @param {string} userDataDir
   * @param {{requests: Array<{url: string, from: string}>, pageErrors: string[]}} record  kept since launch
   */
  constructor(context, worker, userDataDir, record) {
    super(`chrome-extension://${new URL(worker.url()).host}/`, async (fn, arg) => worker.evaluate(/** @type {(arg: unknown) => never} */ (fn), arg),
      record.pageErrors);
    this.context = context;
    this.worker = worker;
    this.userDataDir = userDataDir;
    /** Every request, with the page that made it or `service worker`. */
    this.requests = record.requests;
  }

  /** @param {LaunchOptions} options */
  static async launch({extension = builtExtension('chrome'), hosts}) {
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-chromium-'));
    const options = chromiumLaunchOptions(/** @type {string} */ (executablePath), extension);
    const context = await playwright.launchPersistentContext(userDataDir, {...options, args: [...options.args, ...hostSwitches(hosts)]});
    // Listening before anything loads: the service worker's first requests count too.
    const record = {requests: /** @type {Array<{url: string, from: string}>} */ ([]), pageErrors: /** @type {string[]} */ ([])};
    context.on('request', (request) => {
      record.requests.push({url: request.url(), from: request.serviceWorker() ? 'service worker' : request.frame().url()});
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => record.pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') {
          record.pageErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
    });
    try {
      const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
      return new PlaywrightChromium(context, worker, userDataDir, record);
    } catch (error) {
      await context.close();
      await rm(userDataDir, {recursive: true, force: true});
      throw error;
    }
  }

  /** @param {string} [path] */
  async openExtensionPage(path = popupPath) {
    const page = await this.context.newPage();
    await page.goto(`${this.extensionOrigin}${path}`);
    const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    assert.equal(typeof id, 'number', `${page.url()} is in no tab`);
    return new PlaywrightTab(page, /** @type {number} */ (id));
  }

  /** @param {string} url */
  async openWebPage(url) {
    const page = await this.context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return new PlaywrightTab(page, await activeTabId(this));
  }

  /** @param {(url: string) => boolean} allowed */
  strayRequests(allowed) {
    return this.requests.map(({url}) => url).filter((url) => !allowed(url));
  }

  async close() {
    await this.context.close();
    await rm(this.userDataDir, {recursive: true, force: true});
  }
}

/**
 * Chromium under puppeteer-core, for the scenarios that press the toolbar button. It records the
 * requests of the pages it opens.
 * @implements {Driver}
 */
export class PuppeteerChromium extends ChromiumDriver {
  /** @type {PageRecorder} */
  #recorder;

  /**
   * @param {import('puppeteer-core').Browser} browser
   * @param {import('puppeteer-core').Extension} extension
   * @param {PageRecorder} recorder
   */
  constructor(browser, extension, recorder) {
    super(`chrome-extension://${extension.id}/`, async (fn, arg) => {
      // Asked each time: Chromium stops an idle service worker, and starts another. The extension's
      // workers include the popup's decoder worker when a popup is open: the background is the one
      // the manifest names.
      const worker = (await extension.workers()).find((candidate) => candidate.url() === `chrome-extension://${extension.id}/service-worker-loader.js`);
      assert.ok(worker, 'the background service worker runs');
      // A worker Chromium has just started again can be reached before its extension APIs are
      // bound ("chrome is not defined" on a loaded machine), or even before its timers are
      // ("setTimeout is not defined"): wait for both, from this side, a few seconds at most.
      for (let waited = 0; ; waited += 50) {
        const ready = await worker.evaluate(() => typeof chrome !== 'undefined' && typeof setTimeout !== 'undefined').catch(() => false);
        if (ready || waited >= 5000) break;
        await new Promise((resolve) => {
          setTimeout(resolve, 50);
        });
      }
      return /** @type {never} */ (await worker.evaluate(/** @type {(arg: unknown) => unknown} */ (fn), arg));
    }, recorder.pageErrors);
    this.browser = browser;
    this.extension = extension;
    this.#recorder = recorder;
  }

  /** @param {LaunchOptions} options */
  static async launch({extension = builtExtension('chrome'), hosts}) {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: [...quietChromiumSwitches, ...hostSwitches(hosts)],
    });
    try {
      const id = await browser.installExtension(extension);
      const installed = (await browser.extensions()).get(id);
      assert.ok(installed, 'the extension is installed');
      return new PuppeteerChromium(browser, installed, new PageRecorder());
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** @param {string} [path] */
  async openExtensionPage(path = popupPath) {
    const page = await this.browser.newPage();
    this.#recorder.watch(page, {consoleErrors: true});
    await page.goto(`${this.extensionOrigin}${path}`);
    const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    assert.equal(typeof id, 'number', `${page.url()} is in no tab`);
    return new PuppeteerTab(page, /** @type {number} */ (id), (url) => url);
  }

  /** @param {string} url */
  async openWebPage(url) {
    return openWebPage(this, this.browser, this.#recorder, url);
  }

  /**
   * Presses the extension's toolbar button over the tab, the gesture that grants `activeTab`.
   * @param {PuppeteerTab} tab
   */
  async pressToolbarButton(tab) {
    await tab.page.triggerExtensionAction(this.extension);
  }

  /** @param {(url: string) => boolean} allowed */
  strayRequests(allowed) {
    return this.#recorder.requests.filter((url) => !allowed(url));
  }

  async close() {
    await this.browser.close();
  }
}

/** @type {import('./driver.mjs').BrowserUnderTest} */
export const chromium = {
  id: 'chromium',
  name: 'Chromium',
  skip,
  launch: async (options) => (options.toolbarButton ? PuppeteerChromium.launch(options) : PlaywrightChromium.launch(options)),
};
