// @ts-check
/**
 * The built extension in real Chromium (dist/chrome) and Firefox ESR (dist/firefox): the background
 * starts, the popup decodes what is typed, the popup keeps a tab's text and the background forgets it
 * with the tab, and nothing reaches the network. Each scenario runs in both browsers (driver.mjs).
 */
import assert from 'node:assert/strict';
import {inEachBrowser, onlyIn} from './driver.mjs';
import {PlaywrightChromium, chromium} from './driver-chromium.mjs';
import {FirefoxDriver, firefox} from './driver-firefox.mjs';
import {localKeys, pasteBoxLabel, sessionItem, sessionKeys, texts, waitForText} from './steps.mjs';
import {bounceLine, packageJson, staysInside, waitUntil} from './support.mjs';

/** @typedef {import('./driver.mjs').Tab} Tab */

/** The facts of `bounceLine`'s card. */
const hardBounce = {'Reply code': '550', 'Status code': '5.1.1', 'Hard bounce': 'Yes: remove this address from your lists'};

/**
 * Waits for the card, opens its details, then reads the facts that `bounceLine` decides: each code,
 * and the advice about the address that the card shows first.
 * @param {Tab} tab
 */
async function cardFacts(tab) {
  await tab.waitForFunction(() => document.querySelector('article details.more') !== null, undefined);
  await tab.evaluate(() => {
    /** @type {HTMLDetailsElement} */ (document.querySelector('article details.more')).open = true;
  });
  await tab.waitForFunction(() => document.querySelector('article .facts') !== null, undefined);
  const fields = await tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('article .facts > dt')].map((term) =>
    [term.textContent, term.nextElementSibling?.querySelector('code')?.textContent ?? term.nextElementSibling?.textContent])));
  const hard = await tab.evaluate(() => document.querySelector('article .address-advice')?.textContent);
  const {'Reply code': reply, 'Status code': status} = fields;
  return {'Reply code': reply, 'Status code': status, 'Hard bounce': hard};
}

inEachBrowser({
  title: (browserName) => browserName,
  browsers: [chromium, firefox],
  scenarios: [
    // The two backgrounds are different things: a service worker in Chromium, an event page in Firefox.
    onlyIn(PlaywrightChromium, 'the background service worker starts, from the built manifest', async (driver) => {
      assert.equal(driver.worker.url(), `${driver.extensionOrigin}service-worker-loader.js`);
      const manifest = await driver.inExtension(() => chrome.runtime.getManifest());
      assert.equal(manifest.version, packageJson.version);
      assert.equal(manifest.manifest_version, 3);
    }),
    onlyIn(FirefoxDriver, 'the background event page runs the built manifest\'s script', async (driver) => {
      const background = await driver.inExtension(async () => {
        const manifest = chrome.runtime.getManifest();
        const page = await chrome.runtime.getBackgroundPage();
        return {version: manifest.version, scripts: manifest.background?.scripts, url: page?.location.href};
      });
      assert.equal(background.version, packageJson.version);
      assert.deepEqual(background.scripts, [`${driver.extensionOrigin}service-worker-loader.js`]);
      assert.equal(background.url, `${driver.extensionOrigin}_generated_background_page.html`);
    }),
    {
      name: 'the popup decodes a bounce line as it is typed',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.fill(pasteBoxLabel, bounceLine);
        assert.deepEqual(await cardFacts(tab), hardBounce);
        await tab.close();
      },
    },
    {
      name: 'the popup says so when the text holds no SMTP error',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.fill(pasteBoxLabel, 'Lunch at noon?');
        await waitForText(tab, 'body', 'No SMTP error found in this text');
        assert.deepEqual(await texts(tab, 'article'), []);
        await tab.close();
      },
    },
    {
      name: 'the popup keeps a tab\'s text in session storage, shows it on reopening, and the background forgets it when the tab closes',
      run: async (driver) => {
        const tab = await driver.openExtensionPage();
        await tab.fill(pasteBoxLabel, bounceLine);
        await cardFacts(tab);
        // The text is kept once its decoding is done; give it that moment.
        const key = `tabDiagnosis:${tab.id}`;
        await waitUntil(async () => (await sessionItem(driver, key)) !== undefined, `${key} never reached session storage`);

        // Reopening the popup in the same tab reads it back from storage.session.
        await tab.reload();
        assert.deepEqual(await cardFacts(tab), hardBounce);
        const shown = await tab.evaluate((label) => {
          const box = [...document.querySelectorAll('label')].find((element) => element.textContent?.trim() === label)?.control;
          return box instanceof HTMLTextAreaElement ? box.value : undefined;
        }, pasteBoxLabel);
        assert.equal(shown, bounceLine);
        assert.equal(/** @type {{text?: string} | undefined} */ (await sessionItem(driver, key))?.text, bounceLine);
        assert.deepEqual(await localKeys(driver), []);

        await tab.close();
        await waitUntil(async () => !(await sessionKeys(driver)).includes(key), `${key} is still in session storage after its tab closed`);
      },
    },
    // The controls for the test after them: an empty record must mean "no request", not "not
    // recorded". Each browser's recorder is its own (driver-chromium.mjs, driver-firefox.mjs).
    onlyIn(PlaywrightChromium, 'the request recorder sees the extension pages\' and the service worker\'s requests', async (driver) => {
      assert.ok(driver.requests.length > 0, 'the popup pages loaded their own files, so some requests were recorded');
      await driver.inExtension(async () => {
        await fetch(chrome.runtime.getURL('manifest.json'));
      });
      assert.ok(driver.requests.some(({url, from}) => from === 'service worker' && url === `${driver.extensionOrigin}manifest.json`));
    }),
    {
      name: 'nothing the extension did reached the network, and no page logged an error',
      run: async (driver) => {
        assert.deepEqual(driver.strayRequests((url) => staysInside(url, driver.extensionOrigin)), []);
        assert.deepEqual(driver.pageErrors, []);
      },
    },
    // After the test above, which it would fail: this request does leave the browser.
    onlyIn(FirefoxDriver, 'the recording proxy catches a request that leaves the browser', async (driver) => {
      const page = await driver.browser.newPage();
      await page.goto('http://bounce-decoder.invalid/').catch(() => {});
      assert.ok(driver.proxy.requests.includes('GET http://bounce-decoder.invalid/'), driver.proxy.requests.join('\n'));
      await page.close();
    }),
  ],
});
