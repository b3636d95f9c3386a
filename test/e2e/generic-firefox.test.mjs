// @ts-check
/**
 * Issue 4's generic path in real Firefox ESR: on any other page, when the user asks (popup button,
 * Alt+Shift+B, context menu), the background reads the page through `scripting`, decodes it, badges
 * the tab and keeps the result. Those gestures grant `activeTab`, which automation cannot; so this
 * file loads a TEST-ONLY variant (`testOnlyVariant`: dist/firefox-e2e/, the production files plus a
 * host permission for http://127.0.0.1/*) in place of the gesture, and calls the handler the
 * gestures call, `decodePageOnRequest`, through the event page (`runtime.getBackgroundPage()`).
 * content-firefox.test.mjs checks that the production build, without a grant, reads nothing.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {after, before, describe, test} from 'node:test';
import {builtExtension, findBrowser, firefoxSpec, launchFirefox, popupPath, tally, testOnlyVariant, waitForExtensionPage, waitUntil} from './support.mjs';

const {executablePath, skip} = findBrowser(firefoxSpec);
const {counted, print} = tally('Firefox (generic, test-only variant)');

// Not the UUIDs of the other Firefox files.
const extensionUuid = '7b3e9f21-5c4d-4a8e-9f06-2d1c3b4a5e6f';
const extensionOrigin = `moz-extension://${extensionUuid}/`;
const testHost = 'http://127.0.0.1/*';

/** Plain pages, no webmail: a mail log a Postfix bounce was pasted into, and one with none. */
const plainPages = {
  '/notice': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Mail log</title></head><body>
<h1>Returned mail</h1>
<pre>This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

&lt;jane@example.com&gt;: host mx.example.com[192.0.2.10] said: 550 5.1.1
    &lt;jane@example.com&gt;: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)</pre>
</body></html>`,
  '/release-notes': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Release notes</title></head><body>
<h1>Version 2.3</h1><p>Dark mode, faster search, and a new settings page.</p>
</body></html>`,
};

async function startPlainServer() {
  /** @type {string[]} */
  const requests = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const html = Object.entries(plainPages).find(([route]) => route === request.url)?.[1];
    if (html === undefined) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('No such page.');
      return;
    }

    response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(html);
  });
  await new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('The plain page server has no TCP address');
  }

  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: async () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve(undefined);
      });
    }),
  };
}

describe('Firefox: the generic path decodes a plain page on request (test-only host grant)', {skip}, () => {
  /** @type {import('puppeteer-core').Browser} */
  let firefox;
  /** @type {Awaited<ReturnType<typeof startPlainServer>>} */
  let server;
  /** An extension page: it reaches the event page, storage and badges. */
  /** @type {import('puppeteer-core').Page} */
  let observer;
  /** The test-only variant's directory. */
  let variant = '';
  const pageErrors = /** @type {string[]} */ ([]);

  before(async () => {
    const extension = testOnlyVariant('firefox', [testHost]);
    variant = extension;
    server = await startPlainServer();
    firefox = await launchFirefox(executablePath, extension, extensionUuid);
    observer = await firefox.newPage();
    // `goto` on moz-extension:// pages never resolves (a puppeteer bug): start it and poll.
    observer.goto(`${extensionOrigin}${popupPath}`, {timeout: 0}).catch(() => {});
    await waitForExtensionPage(observer);
  });

  after(async () => {
    await firefox?.close();
    await server?.close();
    print();
  });

  /** @param {string} route */
  async function open(route) {
    const url = `${server.origin}${route}`;
    const page = await firefox.newPage();
    page.on('pageerror', (error) => {
      pageErrors.push(`${url}: ${String(error)}`);
    });
    await page.goto(url);
    const tabId = await observer.evaluate(async (url) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id, url);
    assert.equal(typeof tabId, 'number', `no tab shows ${url}`);
    return {page, tabId: /** @type {number} */ (tabId)};
  }

  /**
   * What the popup button, Alt+Shift+B and the context menu call, called in the event page.
   * @param {number} tabId
   */
  async function decodeOnRequest(tabId) {
    return observer.evaluate(async (tabId) => {
      const background = /** @type {{decodePageOnRequest: (tabId: number) => Promise<unknown>}} */ (/** @type {unknown} */ (await browser.runtime.getBackgroundPage()));
      try {
        return {diagnosis: /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (await background.decodePageOnRequest(tabId))};
      } catch (error) {
        return {error: String(error)};
      }
    }, tabId);
  }

  /** @param {number} tabId */
  async function badge(tabId) {
    return observer.evaluate(async (tabId) => browser.action.getBadgeText({tabId}), tabId);
  }

  /** @param {number} tabId */
  async function kept(tabId) {
    return observer.evaluate(async (key) => {
      const {[key]: value} = await browser.storage.session.get(key);
      const diagnosis = /** @type {import('../../src/shared/storage.ts').PageDiagnosis | undefined} */ (value);
      return diagnosis && {
        source: diagnosis.source,
        recipients: diagnosis.notices.flatMap((notice) => notice.result.recipients.map((recipient) =>
          `${recipient.recipient ?? '?'} ${recipient.replyCode?.code ?? ''} ${recipient.status?.code ?? ''}`)),
      };
    }, `pageDiagnosis:${tabId}`);
  }

  test('the test-only variant is the production build plus one host permission, and Firefox granted it', counted(async () => {
    const read = (/** @type {string} */ directory) => /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(path.join(directory, 'manifest.json'), 'utf8')));
    const {host_permissions: added, ...rest} = read(variant);
    assert.deepEqual(added, [testHost]);
    assert.deepEqual(rest, read(builtExtension('firefox')));
    assert.equal(await observer.evaluate(async (origin) => browser.permissions.contains({origins: [origin]}), testHost), true);
  }));

  test('a Postfix bounce on a plain page: decoded on request, its tab badged "5xx", the result kept', counted(async () => {
    const {page, tabId} = await open('/notice');
    // The content script never runs here: nothing is kept until the user asks.
    assert.equal(await kept(tabId), undefined);
    assert.equal(await badge(tabId), '');

    const {diagnosis, error} = await decodeOnRequest(tabId);
    assert.equal(error, undefined);
    assert.equal(diagnosis?.source, 'generic');
    assert.equal(diagnosis?.notices[0]?.result.recipients[0]?.recipient, 'jane@example.com');
    await waitUntil(async () => (await badge(tabId)) === '5xx', `the badge of tab ${tabId} never showed "5xx" (it shows "${await badge(tabId)}")`);
    assert.deepEqual(await kept(tabId), {source: 'generic', recipients: ['jane@example.com 550 5.1.1']});

    await page.close();
    await waitUntil(async () => (await kept(tabId)) === undefined, `pageDiagnosis:${tabId} is still kept after its tab closed`);
  }));

  test('a plain page without a bounce: read on request, no badge, nothing kept', counted(async () => {
    const {page, tabId} = await open('/release-notes');
    const {diagnosis, error} = await decodeOnRequest(tabId);
    assert.equal(error, undefined);
    assert.equal(diagnosis, undefined);
    assert.equal(await badge(tabId), '');
    assert.equal(await kept(tabId), undefined);
    const stored = await observer.evaluate(async () => Object.keys(await browser.storage.session.get(null)));
    assert.deepEqual(stored.filter((key) => key.startsWith('pageDiagnosis:')), []);
    await page.close();
  }));

  test('no page logged an error, and the server saw only the pages opened', counted(async () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(server.requests.filter((request) => !(request in plainPages) && request !== '/favicon.ico'), []);
  }));
});
