// @ts-check
/**
 * What the end-to-end scenarios may ask of a browser (`Driver`, `Tab`), and the runner that runs one
 * area's scenario table in each browser.
 *
 * Layout: one test file per area (foundation, popup, content) holds that area's scenarios, each
 * written once, and runs the whole table in Chromium, then in Firefox. A file per area rather than
 * per browser, because a scenario is read and changed with the others of its area, not with the
 * other scenarios of its browser; and the area's test servers start once, for both browsers. The
 * browsers still run one at a time: each gets a describe block that launches it in `before` and
 * closes it in `after`, and node runs a file's describe blocks one after the other.
 *
 * How each browser is driven (which library, how a page opens, where the extension's APIs are
 * reached, how requests are recorded) is in driver-chromium.mjs and driver-firefox.mjs. A test
 * that only one browser can run is a scenario made with `onlyIn`, which says why.
 */
import assert from 'node:assert/strict';
import {after, before, describe, test} from 'node:test';
import {tally} from './support.mjs';

/**
 * Runs `fn` in a page or worker of the browser and resolves to what it returns. `fn` travels to the
 * browser as source, so it may use its argument and the browser's globals, nothing from this side.
 * @typedef {<Arg, Result>(fn: (arg: Arg) => Result, arg?: Arg) => Promise<Awaited<Result>>} Evaluate
 */

/**
 * A tab a scenario opened: one of the extension's pages, or a web page.
 * @typedef {object} Tab
 * @property {number} id  the tab's id, as the extension knows it
 * @property {Evaluate} evaluate
 * @property {<Arg>(fn: (arg: Arg) => unknown, arg: Arg, options?: {timeout?: number}) => Promise<void>} waitForFunction
 *   until `fn` returns something truthy
 * @property {(label: string, text: string) => Promise<void>} fill  replaces the text of the field that `label` names
 * @property {(name: string) => Promise<void>} click  presses the button named `name`
 * @property {(name: string) => Promise<number>} buttons  how many buttons are named `name`
 * @property {(key: string) => Promise<void>} press  a key, on whatever has the focus
 * @property {(selector: string, file: string) => Promise<void>} chooseFile  as the file input's dialog would
 * @property {(url: string) => Promise<void>} goto  loads another web page in the tab
 * @property {() => Promise<void>} reload  resolves once the new document has loaded
 * @property {() => Promise<string>} title
 * @property {(width: number, height: number) => Promise<void>} resize  the viewport, as a popup window of that size has
 * @property {(source: string) => Promise<void>} runScript  a script's source, run in the page as the browser's
 *   devtools would (the page's content security policy forbids any other way for code that is not the extension's)
 * @property {() => Promise<void>} close
 */

/**
 * What `decodePageOnRequest` (the handler of the popup's button, the shortcut and the context menu)
 * gave for a tab, or the error it threw.
 * @typedef {{diagnosis?: import('../../src/shared/storage.ts').PageDiagnosis, error?: string}} Decoded
 */

/**
 * One browser with the extension installed, as the scenarios see it.
 * @typedef {object} Driver
 * @property {string} name  as people say it, for messages
 * @property {string} extensionOrigin  e.g. `chrome-extension://<id>/`, with the closing slash
 * @property {(path?: string) => Promise<Tab>} openExtensionPage  the popup page unless `path` says otherwise, in a tab of its own
 * @property {(url: string) => Promise<Tab>} openWebPage  in a new tab, which becomes the active one
 * @property {(url: string) => string} address  where this browser reaches a test host's URL
 * @property {Evaluate} inExtension  runs where the extension's APIs are, under the name `chrome`
 * @property {(tabId: number) => Promise<Decoded>} decodePageOnRequest
 * @property {(tabId: number, selection: string) => Promise<void>} clickContextMenu
 *   what a click on "Decode SMTP error" over `selection` in the tab does
 * @property {RegExp} refusal  how this browser words its refusal to script a page the extension has no grant for
 * @property {(allowed: (url: string) => boolean) => string[]} strayRequests
 *   the requests recorded since launch that `allowed` does not allow, and any that left the browser
 * @property {readonly string[]} pageErrors  uncaught errors of the pages opened, and console errors of (at least) the extension's pages
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} LaunchOptions
 * @property {string} [extension]  the extension's directory; the production build by default
 * @property {{names: readonly string[], port: number}} [hosts]
 *   host names the browser must find at 127.0.0.1:`port`, served over HTTPS with the test's own certificate
 * @property {boolean} [toolbarButton]  a scenario presses the extension's toolbar button
 */

/**
 * @typedef {object} BrowserUnderTest
 * @property {'chromium' | 'firefox'} id
 * @property {string} name
 * @property {string | false} skip  why its tests are skipped, when it is not installed
 * @property {(options: LaunchOptions) => Promise<Driver>} launch
 */

/**
 * @typedef {object} Scenario
 * @property {string} name
 * @property {'chromium' | 'firefox'} [only]
 * @property {(driver: Driver) => Promise<void>} run
 */

/**
 * A scenario that only one browser runs, because it checks a fact of that browser or needs what only
 * its driver can do; the caller's comment says which.
 * @template {Driver} D
 * @param {(abstract new (...args: never[]) => D) & {browser: 'chromium' | 'firefox'}} kind  the driver class
 * @param {string} name
 * @param {(driver: D) => Promise<void>} run
 * @returns {Scenario}
 */
export function onlyIn(kind, name, run) {
  return {
    name,
    only: kind.browser,
    run: async (driver) => {
      assert.ok(driver instanceof kind, `"${name}" needs a ${kind.name}; it was given the ${driver.name} driver`);
      await run(driver);
    },
  };
}

/**
 * Runs `scenarios`, in their order, in each browser, one browser after the other.
 * @param {object} area
 * @param {(browserName: string) => string} area.title  the describe block's name
 * @param {readonly Scenario[]} area.scenarios
 * @param {readonly BrowserUnderTest[]} area.browsers  in the order they run
 * @param {() => LaunchOptions} [area.launchOptions]  read in `before`, once the area's servers are up
 */
export function inEachBrowser({title, scenarios, browsers, launchOptions = () => ({})}) {
  for (const browser of browsers) {
    const name = title(browser.name);
    const {counted, print} = tally(name);
    describe(name, {skip: browser.skip}, () => {
      /** @type {Driver | undefined} */
      let driver;

      before(async () => {
        driver = await browser.launch(launchOptions());
      });

      after(async () => {
        await driver?.close();
        print();
      });

      for (const scenario of scenarios.filter(({only}) => only === undefined || only === browser.id)) {
        test(scenario.name, counted(async () => {
          assert.ok(driver, `${browser.name} did not start`);
          await scenario.run(driver);
        }));
      }
    });
  }
}

/**
 * The id of the tab the user is looking at, as the extension sees it. A web page's tab is found this
 * way because its URL is hidden from the extension unless the extension holds a grant for it.
 * @param {Driver} driver
 */
export async function activeTabId(driver) {
  const id = await driver.inExtension(async () => (await chrome.tabs.query({active: true, lastFocusedWindow: true}))[0]?.id);
  assert.equal(typeof id, 'number', 'no tab is active');
  return /** @type {number} */ (id);
}
