// @ts-check
/**
 * What the two puppeteer-core drivers share: Firefox's (over WebDriver BiDi) and Chromium's where a
 * scenario presses the toolbar button. `PuppeteerTab` is driver.mjs's `Tab` over a puppeteer page.
 * Puppeteer's ARIA queries do not work over BiDi, so fields are found by their <label>, and buttons
 * by their aria-label, else their text: the names the popup gives them.
 */
import assert from 'node:assert/strict';
import {activeTabId} from './driver.mjs';
import {waitUntil} from './support.mjs';

/** @typedef {import('./driver.mjs').Tab} Tab */
/** @typedef {import('puppeteer-core').Page} Page */

/** @implements {Tab} */
export class PuppeteerTab {
  /**
   * @param {Page} page
   * @param {number} id
   * @param {(url: string) => string} address  where the browser reaches a test host's URL
   */
  constructor(page, id, address) {
    this.page = page;
    this.id = id;
    this.address = address;
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
    // Polled, not per animation frame: a tab in the background paints no frames.
    await this.page.waitForFunction(/** @type {(arg: unknown) => unknown} */ (fn), {polling: 20, timeout}, arg);
  }

  /**
   * @param {string} label
   * @param {string} text
   */
  async fill(label, text) {
    const handle = await this.page.waitForFunction((label) => {
      const control = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === label)?.control;
      return control?.id ? `#${CSS.escape(control.id)}` : null;
    }, {polling: 20}, label);
    // Puppeteer types a short text key by key and sets a long one at once, with an input event.
    await this.page.locator(/** @type {string} */ (await handle.jsonValue())).fill(text);
  }

  /** @param {string} name */
  async click(name) {
    await this.page.locator(`::-p-text(${name})`).click();
  }

  /** @param {string} name */
  async buttons(name) {
    return this.page.evaluate((name) => [...document.querySelectorAll('button, [role="button"]')]
      .filter((button) => (button.getAttribute('aria-label') ?? button.textContent ?? '').trim() === name).length, name);
  }

  /** @param {string} key */
  async press(key) {
    await this.page.keyboard.press(/** @type {import('puppeteer-core').KeyInput} */ (key));
  }

  /**
   * @param {string} selector
   * @param {string} file
   */
  async chooseFile(selector, file) {
    const input = /** @type {import('puppeteer-core').ElementHandle<HTMLInputElement> | null} */ (await this.page.$(selector));
    assert.ok(input, `the page has no ${selector}`);
    await input.uploadFile(file);
  }

  /** @param {string} url */
  async goto(url) {
    await this.page.goto(this.address(url));
  }

  /**
   * Reloads from the page itself and waits for the new document: Firefox's `page.reload` on an
   * extension page never resolves, as its `goto` does.
   */
  async reload() {
    await this.page.evaluate(() => {
      Object.assign(window, {beforeReload: true});
      location.reload();
    });
    await waitUntil(async () => this.page.evaluate(() => !('beforeReload' in window) && document.readyState === 'complete').catch(() => false),
      `${this.page.url()} never reloaded`);
  }

  async title() {
    return this.page.title();
  }

  /** @param {number} width @param {number} height */
  async resize(width, height) {
    await this.page.setViewport({width, height});
  }

  /** @param {string} source */
  async runScript(source) {
    await this.page.evaluate(source);
  }

  async close() {
    await this.page.close();
  }
}

/** What a driver's puppeteer pages requested, and the errors they threw or logged. */
export class PageRecorder {
  /** @type {string[]} */
  requests = [];
  /** @type {string[]} */
  pageErrors = [];

  /**
   * @param {Page} page
   * @param {{consoleErrors: boolean}} options  console errors count on the extension's own pages; a web page's are its own business
   */
  watch(page, {consoleErrors}) {
    page.on('request', (request) => {
      this.requests.push(request.url());
    });
    page.on('pageerror', (error) => {
      this.pageErrors.push(`${page.url()}: ${String(error)}`);
    });
    if (consoleErrors) {
      page.on('console', (message) => {
        if (message.type() === 'error') {
          this.pageErrors.push(`${page.url()}: ${message.text()}`);
        }
      });
    }
  }
}

/**
 * Opens a web page in a new tab and makes it the active one, as a person looks at it.
 * @param {import('./driver.mjs').Driver} driver
 * @param {import('puppeteer-core').Browser} browser  the driver's browser
 * @param {PageRecorder} recorder  the driver's recorder
 * @param {string} url
 */
export async function openWebPage(driver, browser, recorder, url) {
  const page = await browser.newPage();
  recorder.watch(page, {consoleErrors: false});
  await page.goto(driver.address(url));
  await page.bringToFront();
  return new PuppeteerTab(page, await activeTabId(driver), (next) => driver.address(next));
}
