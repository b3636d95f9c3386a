// @ts-check
/**
 * Firefox ESR as the scenarios see it (driver.mjs's `Driver`): puppeteer-core over WebDriver BiDi,
 * the extension installed as a temporary add-on under a UUID chosen here (launchFirefox).
 *
 * What is Firefox's own:
 * - `page.goto` on a moz-extension:// page loads it but never resolves (a puppeteer bug): it is
 *   started without waiting, and the page is polled.
 * - Puppeteer cannot reach the event page. The extension's APIs are called from an extension
 *   document kept open in a tab of its own: one of its icons, which runs none of the extension's
 *   code. A popup page there would be one more popup, taking the context menu's selection for its tab.
 * - No contextMenus.onClicked.dispatch: the handlers the event page exports for the tests are called
 *   through runtime.getBackgroundPage().
 * - WebDriver BiDi reports a page's http(s) requests only, so every request that would leave the
 *   browser goes to a recording proxy.
 * - Test hosts are 127.0.0.1 by name (network.dns.localDomains), so their port stays in the URL.
 */
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {PageRecorder, PuppeteerTab, openWebPage} from './puppeteer-tab.mjs';
import {
  builtExtension, findBrowser, firefoxSpec, launchFirefox, popupPath, startRecordingProxy, waitForExtensionPage, waitUntil,
} from './support.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').LaunchOptions} LaunchOptions */

const {executablePath, skip} = findBrowser(firefoxSpec);

/** @implements {Driver} */
export class FirefoxDriver {
  static browser = /** @type {const} */ ('firefox');
  name = 'Firefox';
  refusal = /Missing host permission/;
  #recorder = new PageRecorder();
  /** @type {PuppeteerTab | undefined} */
  #observer;
  /** @type {string | undefined} where the browser saves downloads, removed on close */
  downloads;

  /**
   * @param {import('puppeteer-core').Browser} browser
   * @param {Awaited<ReturnType<typeof startRecordingProxy>>} proxy
   * @param {string} uuid
   * @param {LaunchOptions['hosts']} hosts
   */
  constructor(browser, proxy, uuid, hosts) {
    this.browser = browser;
    this.proxy = proxy;
    this.extensionOrigin = `moz-extension://${uuid}/`;
    this.hosts = hosts;
    this.pageErrors = this.#recorder.pageErrors;
  }

  /** @param {LaunchOptions} options */
  static async launch({extension = builtExtension('firefox'), hosts}) {
    const proxy = await startRecordingProxy();
    const uuid = randomUUID();
    // Downloads (the history's exports) land here, not in the home folder, and go with the browser.
    const downloads = mkdtempSync(path.join(tmpdir(), 'bounce-decoder-firefox-downloads-'));
    /** @type {import('puppeteer-core').Browser | undefined} */
    let browser;
    try {
      browser = await launchFirefox(executablePath, extension, uuid, {
        // Firefox fetches its remote settings even under automation; this variable lets the pref below
        // point them at nothing, so that the proxy sees only what pages and add-ons send.
        env: {...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1'},
        acceptInsecureCerts: hosts !== undefined,
        prefs: {
          // Every request that leaves the browser, from any page or background script, goes to the
          // recording proxy; loopback and the test hosts stay direct, and DNS over HTTPS is off so that
          // nothing goes around.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': proxy.port,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': proxy.port,
          'network.proxy.no_proxies_on': hosts?.names.join(',') ?? '',
          'network.trr.mode': 5,
          'services.settings.server': 'data:,#remote-settings-dummy/v1',
          ...(hosts ? {'network.dns.localDomains': hosts.names.join(',')} : {}),
          'browser.download.folderList': 2,
          'browser.download.dir': downloads,
        },
      });
      const driver = new FirefoxDriver(browser, proxy, uuid, hosts);
      driver.downloads = downloads;
      /** @type {{icons: Record<string, string>}} */
      const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
      const [icon] = Object.values(manifest.icons);
      assert.ok(icon, 'the extension has an icon to keep open');
      driver.#observer = await driver.openExtensionPage(icon);
      return driver;
    } catch (error) {
      await browser?.close();
      await proxy.close();
      rmSync(downloads, {recursive: true, force: true});
      throw error;
    }
  }

  /** @param {string} url */
  address(url) {
    const address = new URL(url);
    if (!this.hosts?.names.includes(address.hostname)) {
      return url;
    }

    address.port = String(this.hosts.port);
    return address.href;
  }

  /**
   * @template Arg, Result
   * @param {(arg: Arg) => Result} fn
   * @param {Arg} [arg]
   * @returns {Promise<Awaited<Result>>}
   */
  async inExtension(fn, arg) {
    assert.ok(this.#observer, 'the extension document is not open yet');
    return this.#observer.evaluate(fn, arg);
  }

  /** @param {string} [path] */
  async openExtensionPage(path = popupPath) {
    const page = await this.browser.newPage();
    this.#recorder.watch(page, {consoleErrors: true});
    page.goto(`${this.extensionOrigin}${path}`, {timeout: 0}).catch(() => {});
    await waitForExtensionPage(page);
    return this.#extensionTab(page);
  }

  /** @param {string} url */
  async openWebPage(url) {
    return openWebPage(this, this.browser, this.#recorder, url);
  }

  /**
   * The extension page showing `url`, once one does: one the extension opened itself, such as the
   * popup's small window. Over BiDi, moz-extension:// pages show as about:blank targets, so each
   * page is asked where it is; pages that close meanwhile (a popup losing focus) are passed over.
   * @param {string} url
   */
  async pageAt(url) {
    /** @type {import('puppeteer-core').Page | undefined} */
    let found;
    await waitUntil(async () => {
      for (const target of this.browser.targets().filter((candidate) => candidate.type() === 'page')) {
        const page = await target.page();
        if (page && await page.evaluate(() => location.href).catch(() => undefined) === url) {
          found = page;
          return true;
        }
      }

      return false;
    }, `No page at ${url}`);
    const page = /** @type {import('puppeteer-core').Page} */ (found);
    this.#recorder.watch(page, {consoleErrors: true});
    await waitForExtensionPage(page);
    return this.#extensionTab(page);
  }

  /** @param {import('puppeteer-core').Page} page */
  async #extensionTab(page) {
    const id = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    assert.equal(typeof id, 'number', `${page.url()} is in no tab`);
    return new PuppeteerTab(page, /** @type {number} */ (id), (url) => this.address(url));
  }

  /** @param {number} tabId */
  async decodePageOnRequest(tabId) {
    return this.inExtension(async (tabId) => {
      const background = /** @type {{decodePageOnRequest: (tabId: number) => Promise<import('../../src/shared/storage.ts').PageDiagnosis | undefined>}} */ (
        /** @type {unknown} */ (await chrome.runtime.getBackgroundPage()));
      try {
        return {diagnosis: await background.decodePageOnRequest(tabId)};
      } catch (error) {
        return {error: String(error)};
      }
    }, tabId);
  }

  /**
   * @param {number} tabId
   * @param {string} selection
   * @param {{refusePopup?: boolean}} [options]  make action.openPopup fail, as it does without a user gesture
   */
  async clickContextMenu(tabId, selection, {refusePopup = false} = {}) {
    await this.inExtension(async ({tabId, selection, refusePopup}) => {
      const tab = await chrome.tabs.get(tabId);
      const background = /** @type {{onContextMenuClicked: (info: object, tab: unknown) => Promise<void>, browser: typeof browser}} */ (
        /** @type {unknown} */ (await chrome.runtime.getBackgroundPage()));
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
    }, {tabId, selection, refusePopup});
  }

  /**
   * Closes the extension's popup, as a click elsewhere would; headless Firefox keeps it open after
   * its tab has gone, and an open popup takes the next context-menu selection for itself.
   */
  async closePopup() {
    await this.inExtension(() => {
      for (const view of chrome.extension.getViews({type: 'popup'})) {
        view.close();
      }
    });
  }

  /** @param {(url: string) => boolean} allowed */
  strayRequests(allowed) {
    return [
      ...this.#recorder.requests.filter((url) => !allowed(url)),
      ...this.proxy.requests.map((request) => `${request} (reached the recording proxy)`),
    ];
  }

  async close() {
    await this.browser.close();
    await this.proxy.close();
    if (this.downloads !== undefined) rmSync(this.downloads, {recursive: true, force: true});
  }
}

/** @type {import('./driver.mjs').BrowserUnderTest} */
export const firefox = {id: 'firefox', name: 'Firefox', skip, launch: async (options) => FirefoxDriver.launch(options)};
