// @ts-check
/**
 * The built extension in real Firefox ESR (dist/firefox), driven by puppeteer-core over WebDriver
 * BiDi: the background event page answers the popup, the popup decodes, and nothing reaches the
 * network.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {
  bounceLine, builtExtension, findBrowser, firefoxSpec, launchFirefox, packageJson, popupPath, staysInside,
  startRecordingProxy, tally, waitForExtensionPage, waitUntil,
} from './support.mjs';

const {executablePath, skip} = findBrowser(firefoxSpec);
const {counted, print} = tally('Firefox');

// A fixed UUID makes the moz-extension:// origin known before the add-on is installed.
const extensionUuid = '6f1d9c62-3b7a-4b9e-9d59-2a6f1d0c0b11';
const extensionOrigin = `moz-extension://${extensionUuid}/`;
const label = 'Paste a bounce, a log line or a code';

describe('Firefox', {skip}, () => {
  /** @type {import('puppeteer-core').Browser} */
  let firefox;
  /** @type {Awaited<ReturnType<typeof startRecordingProxy>>} */
  let proxy;
  /** Requests the extension's pages made, as far as WebDriver BiDi reports them (http(s) only). */
  const pageRequests = /** @type {string[]} */ ([]);
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    const extension = builtExtension('firefox');
    proxy = await startRecordingProxy();
    firefox = await launchFirefox(executablePath, extension, extensionUuid, {
      // Firefox fetches its remote settings even under automation; this variable lets the pref below
      // point them at nothing, so that the proxy sees only what pages and add-ons send.
      env: {...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1'},
      prefs: {
        // Every request that leaves the browser, from any page or background script, goes to the
        // recording proxy; loopback stays direct, and DNS over HTTPS is off so it cannot go around.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.trr.mode': 5,
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
    });
  });

  after(async () => {
    await firefox?.close();
    await proxy?.close();
    print();
  });

  /**
   * Opens an extension page in a new tab. `page.goto` loads moz-extension:// pages but never
   * resolves (a puppeteer bug), so it is started without waiting and the page is polled instead.
   * @param {string} url
   */
  async function openExtensionPage(url) {
    const page = await firefox.newPage();
    page.on('request', (request) => {
      pageRequests.push(request.url());
    });
    page.on('pageerror', (error) => {
      pageErrors.push(`${url}: ${String(error)}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        pageErrors.push(`${url}: ${message.text()}`);
      }
    });
    page.goto(url, {timeout: 0}).catch(() => {});
    await waitForExtensionPage(page);
    return page;
  }

  async function openPopup() {
    const page = await openExtensionPage(`${extensionOrigin}${popupPath}`);
    // Puppeteer's ARIA queries do not work over BiDi; the label is checked here instead.
    const labelText = await page.waitForSelector('label[for="bounce-text"]').then(async (element) => element?.evaluate((node) => node.textContent));
    assert.equal(labelText, label);
    return page;
  }

  /**
   * @param {import('puppeteer-core').Page} page
   * @param {string} text
   */
  async function typeInto(page, text) {
    await page.locator('#bounce-text').fill(text);
  }

  /** @param {import('puppeteer-core').Page} page */
  async function cardFields(page) {
    await page.waitForSelector('article');
    // Each fact's code, or its text where it has no code.
    const fields = await page.$$eval('article .facts > dt', (terms) =>
      Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.querySelector('code')?.textContent ?? term.nextElementSibling?.textContent])));
    const {'Reply code': reply, 'Status code': status, 'Hard bounce': hard} = fields;
    return {'Reply code': reply, 'Status code': status, 'Hard bounce': hard};
  }

  test('the background event page runs the built manifest\'s script', counted(async () => {
    const page = await openPopup();
    const background = await page.evaluate(async () => {
      const manifest = browser.runtime.getManifest();
      const page = await browser.runtime.getBackgroundPage();
      return {version: manifest.version, scripts: manifest.background?.scripts, url: page?.location.href};
    });
    assert.equal(background.version, packageJson.version);
    assert.deepEqual(background.scripts, [`${extensionOrigin}service-worker-loader.js`]);
    assert.equal(background.url, `${extensionOrigin}_generated_background_page.html`);
    await page.close();
  }));

  test('the popup decodes a bounce line as it is typed', counted(async () => {
    const page = await openPopup();
    await typeInto(page, bounceLine);
    assert.deepEqual(await cardFields(page), {'Reply code': '550', 'Status code': '5.1.1', 'Hard bounce': 'Yes: remove this address from your lists'});
    await page.close();
  }));

  test('the popup says so when the text holds no SMTP error', counted(async () => {
    const page = await openPopup();
    await typeInto(page, 'Lunch at noon?');
    await page.waitForSelector('::-p-text(No SMTP error found in this text)');
    assert.equal((await page.$$('article')).length, 0);
    await page.close();
  }));

  test('the popup keeps a tab\'s text in session storage, shows it on reopening, and the background forgets it when the tab closes', counted(async () => {
    const page = await openPopup();
    const id = await page.evaluate(async () => (await browser.tabs.getCurrent())?.id);
    await typeInto(page, bounceLine);
    await page.waitForSelector('article');
    // The decoded text is kept once decoding is done; give it that moment.
    const key = `tabDiagnosis:${id}`;
    await waitUntil(async () => page.evaluate(async (key) => Object.hasOwn(await browser.storage.session.get(key), key), key),
      `${key} never reached session storage`);

    // Reopening the popup in the same tab reads it back from storage.session.
    await page.evaluate(() => {
      location.reload();
    });
    await page.waitForFunction((text) => document.querySelector('textarea')?.value === text, {polling: 50}, bounceLine);
    assert.deepEqual(await cardFields(page), {'Reply code': '550', 'Status code': '5.1.1', 'Hard bounce': 'Yes: remove this address from your lists'});

    await page.close();
    const observer = await openExtensionPage(`${extensionOrigin}${popupPath}`);
    await waitUntil(async () => observer.evaluate(async (key) => !Object.hasOwn(await browser.storage.session.get(null), key), key),
      `${key} is still in session storage after its tab closed`);
    assert.equal(await observer.evaluate(async () => Object.keys(await browser.storage.local.get(null)).length), 0);
    await observer.close();
  }));

  test('nothing the extension did reached the network, and no page logged an error', counted(async () => {
    assert.deepEqual(pageRequests.filter((url) => !staysInside(url, extensionOrigin)), []);
    assert.deepEqual(proxy.requests, []);
    assert.deepEqual(pageErrors, []);
  }));

  test('the recording proxy catches a request that leaves the browser', counted(async () => {
    // The control for the test above: an empty record must mean "no request", not "not recorded".
    const page = await firefox.newPage();
    await page.goto('http://bounce-decoder.invalid/').catch(() => {});
    assert.ok(proxy.requests.includes('GET http://bounce-decoder.invalid/'), proxy.requests.join('\n'));
    await page.close();
  }));
});
