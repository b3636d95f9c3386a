// @ts-check
/**
 * Steps that scenarios of more than one area take, written against driver.mjs's `Driver` and `Tab`
 * so that they read the same in every browser.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {root, waitUntil} from './support.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Tab} Tab */

/** The paste box's label: filling the box by its label checks that the label names it. */
export const pasteBoxLabel = 'Paste a bounce, a log line or a code';

/**
 * Waits until an element matching `selector` shows `text`, in whole or in part.
 * @param {Tab} tab
 * @param {string} selector
 * @param {string} text
 * @param {number} [timeout]  ms; the driver's default otherwise
 */
export async function waitForText(tab, selector, text, timeout) {
  await tab.waitForFunction(({selector, text}) => [...document.querySelectorAll(selector)].some((element) => element.textContent?.includes(text)),
    {selector, text}, {timeout});
}

/**
 * The text of every element matching `selector`, in document order.
 * @param {Tab} tab
 * @param {string} selector
 */
export async function texts(tab, selector) {
  return tab.evaluate((selector) => [...document.querySelectorAll(selector)].map((element) => element.textContent ?? ''), selector);
}

/**
 * Waits for a card with `verdict`, then checks that no other card is there.
 * @param {Tab} tab
 * @param {string} verdict
 * @param {number} [timeout]
 */
export async function verdictIs(tab, verdict, timeout) {
  await waitForText(tab, 'article h2', verdict, timeout);
  assert.deepEqual(await texts(tab, 'article h2'), [verdict]);
}

/**
 * What storage.session holds under `key`.
 * @param {Driver} driver
 * @param {string} key
 */
export async function sessionItem(driver, key) {
  return driver.inExtension(async (key) => /** @type {unknown} */ ((await chrome.storage.session.get(key))[key]), key);
}

/** @param {Driver} driver */
export async function sessionKeys(driver) {
  return driver.inExtension(async () => Object.keys(await chrome.storage.session.get(null)));
}

/**
 * Storage the extension must leave empty: what it keeps lasts the browser session only.
 * @param {Driver} driver
 */
export async function localKeys(driver) {
  return driver.inExtension(async () => Object.keys(await chrome.storage.local.get(null)));
}

/**
 * The toolbar button's badge over a tab.
 * @param {Driver} driver
 * @param {number} tabId
 */
export async function badge(driver, tabId) {
  return driver.inExtension(async (tabId) => chrome.action.getBadgeText({tabId}), tabId);
}

/**
 * @param {Driver} driver
 * @param {number} tabId
 * @param {string} text
 */
export async function badgeBecomes(driver, tabId, text) {
  await waitUntil(async () => (await badge(driver, tabId)) === text,
    `the badge of tab ${tabId} never showed "${text}" (it shows "${await badge(driver, tabId)}")`);
}

/**
 * What the background keeps of a tab's page, reduced to its source and its recipients' addresses,
 * reply and status codes; undefined when it keeps nothing.
 * @param {Driver} driver
 * @param {number} tabId
 */
export async function kept(driver, tabId) {
  return driver.inExtension(async (key) => {
    const {[key]: value} = await chrome.storage.session.get(key);
    const diagnosis = /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (value);
    return diagnosis && {
      source: diagnosis.source,
      recipients: diagnosis.notices.flatMap((notice) => notice.result.recipients.map((recipient) =>
        `${recipient.recipient ?? '?'} ${recipient.replyCode?.code ?? ''} ${recipient.status?.code ?? ''}`)),
    };
  }, `pageDiagnosis:${tabId}`);
}

/**
 * Waits until the background keeps nothing for the tab's page.
 * @param {Driver} driver
 * @param {number} tabId
 * @param {string} failure
 */
export async function keptNothing(driver, tabId, failure) {
  await waitUntil(async () => (await kept(driver, tabId)) === undefined, failure);
}

/**
 * The serious and critical accessibility violations axe-core finds in the page, as "rule: targets"
 * (the popup's and the history page's scenarios check their pages with it).
 * @param {Tab} tab
 */
export async function axeViolations(tab) {
  await tab.runScript(readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const {checked, violations} = await tab.evaluate(async () => {
    const {axe} = /** @type {{axe: {run: (context: Document, options: object) => Promise<{passes: unknown[], violations: {id: string, impact?: string, nodes: {target: unknown[]}[]}[]}>}}} */ (/** @type {unknown} */ (window));
    const {passes, violations} = await axe.run(document, {resultTypes: ['violations']});
    return {
      checked: passes.length,
      violations: violations.filter(({impact}) => impact === 'serious' || impact === 'critical')
        .map(({id, nodes}) => `${id}: ${nodes.map(({target}) => target.join(' ')).join(', ')}`),
    };
  });
  // A check that ran no rule would pass whatever the page: axe must have checked something.
  assert.ok(checked > 10, `axe-core checked ${checked} rules`);
  return violations;
}
