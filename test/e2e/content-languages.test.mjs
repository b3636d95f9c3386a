// @ts-check
/**
 * Issue 13 in real Chromium and Firefox ESR with the built, production extension: Gmail, Outlook on
 * the web and Yahoo Mail in a German, French, Japanese and English interface (test/fixtures/dom,
 * served under the webmails' real host names by webmail-server.mjs). In each webmail's tab, every
 * bounce badges "5xx" and keeps its recipient, every delay badges "4xx", and every normal message
 * leaves no badge and nothing kept; the popup opened on the German Outlook bounce, the failure the
 * issue reports, shows its recipient and codes. The checks of one webmail run in one tab, one
 * message after the other, as the webmail opens them: a browser run is slow on two cores.
 */
import assert from 'node:assert/strict';
import {after, before} from 'node:test';
import {inEachBrowser} from './driver.mjs';
import {chromium} from './driver-chromium.mjs';
import {firefox} from './driver-firefox.mjs';
import {badgeBecomes, kept, keptNothing, texts, verdictIs, waitForText} from './steps.mjs';
import {popupPath, staysInside, waitUntil} from './support.mjs';
import {allHosts, fixtureHtml, languagePages, openInPage, startWebmailServer} from './webmail-server.mjs';

/** @typedef {import('./driver.mjs').Driver} Driver */
/** @typedef {import('./driver.mjs').Tab} Tab */
/** @typedef {{url: string, fixture: string}} Page */
/** @typedef {'gmail' | 'outlook' | 'yahoo'} Webmail */
/** @typedef {'de' | 'fr' | 'ja' | 'en'} Language */
/** @typedef {'bounce' | 'delay' | 'normal'} What */

/** @type {Awaited<ReturnType<typeof startWebmailServer>> | undefined} */
let server;

before(async () => {
  server = await startWebmailServer();
});

after(async () => {
  await server?.close();
});

/**
 * What each page must give: the badge, and the recipient the background keeps ("address reply
 * status", as steps.mjs's `kept` writes it); no recipient for a normal message.
 * @type {Record<Webmail, Record<Language, Record<What, [string, string?]>>>}
 */
const expected = {
  gmail: {
    de: {bounce: ['5xx', 'jana.beispiel@example.com 550 5.1.1'], delay: ['4xx', 'ops@slow.example.net 450 4.2.0'], normal: ['']},
    fr: {bounce: ['5xx', 'claire.exemple@example.com 550 5.1.1'], delay: ['4xx', 'ventes@slow.example.org 452 4.2.2'], normal: ['']},
    ja: {bounce: ['5xx', 'hanako.rei@example.com 550 5.1.1'], delay: ['4xx', 'info@slow.example.org 421 4.7.0'], normal: ['']},
    en: {bounce: ['5xx', 'jane.doe@example.com 550 5.1.1'], delay: ['4xx', 'ops@slow.example 451 4.7.1'], normal: ['']},
  },
  outlook: {
    de: {bounce: ['5xx', 'bob@example.org 550 5.1.10'], delay: ['4xx', 'einkauf@slow.example.net 451 4.7.1'], normal: ['']},
    fr: {bounce: ['5xx', 'paul@example.org 550 5.1.10'], delay: ['4xx', 'achats@slow.example.net 452 4.2.2'], normal: ['']},
    ja: {bounce: ['5xx', 'taro@example.org 550 5.1.10'], delay: ['4xx', 'eigyo@slow.example.net 421 4.7.0'], normal: ['']},
    en: {bounce: ['5xx', 'bob@fabrikam.com 550 5.1.10'], delay: ['4xx', 'ops@slow.example.net 451 4.7.1'], normal: ['']},
  },
  yahoo: {
    de: {bounce: ['5xx', 'info@geschlossen.example.com 550 5.1.1'], delay: ['4xx', 'einkauf@slow.example.net 450 4.2.0'], normal: ['']},
    fr: {bounce: ['5xx', 'contact@fermee.example.com 550 5.1.1'], delay: ['4xx', 'achats@slow.example.net 450 4.2.0'], normal: ['']},
    ja: {bounce: ['5xx', 'info@heisa.example.com 550 5.1.1'], delay: ['4xx', 'eigyo@slow.example.net 450 4.2.0'], normal: ['']},
    en: {bounce: ['5xx', 'info@closed-shop.example 550 5.1.1'], delay: ['4xx', 'ops@slow.example.net 450 4.2.0'], normal: ['']},
  },
};

/**
 * Waits until the tab shows `badgeText` and the background keeps `recipient` for it (or, for a
 * normal message, nothing).
 * @param {Driver} driver
 * @param {Tab} tab
 * @param {string} what  the page, for messages
 * @param {[string, string?]} expectation
 */
async function judged(driver, tab, what, [badgeText, recipient]) {
  await badgeBecomes(driver, tab.id, badgeText);
  if (recipient === undefined) {
    await keptNothing(driver, tab.id, `${what}: something is kept for a normal message`);
    return;
  }

  await waitUntil(async () => (await kept(driver, tab.id))?.recipients.includes(recipient) === true,
    `${what}: the background never kept ${recipient}`);
}

/**
 * Opens the webmail's German bounce in a new tab (and runs `onFirst` on it), then shows each
 * language's bounce, delay and normal message in that page in turn, and checks each.
 * @param {Driver} driver
 * @param {Webmail} webmail
 * @param {(tab: Tab) => Promise<void>} [onFirst]
 */
async function everyLanguage(driver, webmail, onFirst) {
  const pages = languagePages[webmail];
  const first = pages.de.bounce;
  const tab = await driver.openWebPage(first.url);
  await judged(driver, tab, `${webmail} de bounce`, expected[webmail].de.bounce);
  assert.equal((await kept(driver, tab.id))?.source, webmail);
  await onFirst?.(tab);

  for (const [language, whats] of /** @type {Array<[Language, Record<What, Page>]>} */ (Object.entries(pages))) {
    for (const [what, page] of /** @type {Array<[What, Page]>} */ (Object.entries(whats))) {
      if (page === first) {
        continue;
      }

      await tab.evaluate(openInPage, {html: await fixtureHtml(page.fixture), url: driver.address(page.url)});
      await judged(driver, tab, `${webmail} ${language} ${what}`, expected[webmail][language][what]);
    }
  }

  await tab.close();
}

/**
 * The popup on the tab of the German Outlook bounce: the card names its recipient, the verdict and,
 * under "Codes, provider and why", the reply and enhanced codes.
 * @param {Driver} driver
 * @param {Tab} webPage
 */
async function germanOutlookCard(driver, webPage) {
  const popup = await driver.openExtensionPage(`${popupPath}?tab=${webPage.id}`);
  await waitForText(popup, '.page-results .recipient', 'bob@example.org');
  await verdictIs(popup, 'Permanent failure: the address does not exist');
  await popup.evaluate(() => {
    for (const details of document.querySelectorAll('.page-results details.more')) /** @type {HTMLDetailsElement} */ (details).open = true;
  });
  await waitForText(popup, '.page-results .facts code', '5.1.10');
  const codes = await texts(popup, '.page-results .facts code');
  assert.ok(codes.includes('550') && codes.includes('5.1.10'), `the card's codes: ${codes.join(', ')}`);
  await popup.close();
}

inEachBrowser({
  title: (browserName) => `${browserName}: webmail in every language`,
  browsers: [chromium, firefox],
  launchOptions: () => ({hosts: {names: allHosts, port: /** @type {NonNullable<typeof server>} */ (server).port}}),
  scenarios: [
    {
      name: 'Outlook on the web in German, French, Japanese and English; the popup shows the German bounce\'s recipient and codes',
      // Issue 13's failure comes first: a German Exchange Online NDR in a German Outlook.
      run: async (driver) => everyLanguage(driver, 'outlook', async (tab) => germanOutlookCard(driver, tab)),
    },
    {
      name: 'Gmail in German, French, Japanese and English: bounces "5xx", delays "4xx", normal messages no badge',
      run: async (driver) => everyLanguage(driver, 'gmail'),
    },
    {
      name: 'Yahoo Mail in German, French, Japanese and English: bounces "5xx", delays "4xx", normal messages no badge',
      run: async (driver) => everyLanguage(driver, 'yahoo'),
    },
    {
      name: 'the pages asked nothing of any host but the webmails\' and the extension\'s own, and logged no error',
      run: async (driver) => {
        assert.deepEqual(driver.strayRequests((url) => {
          const {protocol, hostname} = new URL(url);
          return (protocol === 'https:' && allHosts.includes(hostname)) || protocol === 'data:' || staysInside(url, driver.extensionOrigin);
        }), []);
        assert.deepEqual(driver.pageErrors, []);
      },
    },
  ],
});
