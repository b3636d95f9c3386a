// @ts-check
/**
 * Issue 4's generic path in real Firefox ESR: on any other page, when the user asks (popup button,
 * Alt+Shift+B, context menu), the background reads the page through `scripting`, decodes it, badges
 * the tab and keeps the result. Those gestures grant `activeTab`, which automation cannot; so this
 * file loads a TEST-ONLY variant (`testOnlyVariant`: dist/firefox-e2e/, the production files plus a
 * host permission for http://127.0.0.1/*) in place of the gesture, and calls the handler the
 * gestures call, `decodePageOnRequest`, through the event page (`runtime.getBackgroundPage()`).
 * content.test.mjs checks that the production build, without a grant, reads nothing. The scenarios
 * are written against driver.mjs's `Driver` like the others; the variant is made for Firefox only.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {after, before} from 'node:test';
import {inEachBrowser} from './driver.mjs';
import {firefox} from './driver-firefox.mjs';
import {badge, badgeBecomes, kept, keptNothing, sessionKeys} from './steps.mjs';
import {builtExtension, listenOnLoopback, testOnlyVariant} from './support.mjs';

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
  const {port, close} = await listenOnLoopback(server, 'The plain page server');
  return {origin: `http://127.0.0.1:${port}`, requests, close};
}

/** The test-only variant's directory: made as the browser starts, and checked by the first test. */
let variant = '';
/** @type {Awaited<ReturnType<typeof startPlainServer>> | undefined} */
let server;

before(async () => {
  server = await startPlainServer();
});

after(async () => {
  await server?.close();
});

/**
 * Opens one of `plainPages` in a new tab.
 * @param {import('./driver.mjs').Driver} driver
 * @param {string} route
 */
async function open(driver, route) {
  return driver.openWebPage(`${server?.origin}${route}`);
}

inEachBrowser({
  title: (browserName) => `${browserName}: the generic path decodes a plain page on request (test-only host grant)`,
  browsers: [firefox],
  launchOptions: () => {
    variant = testOnlyVariant('firefox', [testHost]);
    return {extension: variant};
  },
  scenarios: [
    {
      name: 'the test-only variant is the production build plus one host permission, and Firefox granted it',
      run: async (driver) => {
        const read = (/** @type {string} */ directory) => /** @type {Record<string, unknown>} */ (JSON.parse(readFileSync(path.join(directory, 'manifest.json'), 'utf8')));
        const {host_permissions: added, ...rest} = read(variant);
        assert.deepEqual(added, [testHost]);
        assert.deepEqual(rest, read(builtExtension('firefox')));
        assert.equal(await driver.inExtension(async (origin) => chrome.permissions.contains({origins: [origin]}), testHost), true);
      },
    },
    {
      name: 'a Postfix bounce on a plain page: decoded on request, its tab badged "5xx", the result kept',
      run: async (driver) => {
        const tab = await open(driver, '/notice');
        // The content script never runs here: nothing is kept until the user asks.
        assert.equal(await kept(driver, tab.id), undefined);
        assert.equal(await badge(driver, tab.id), '');

        const {diagnosis, error} = await driver.decodePageOnRequest(tab.id);
        assert.equal(error, undefined);
        assert.equal(diagnosis?.source, 'generic');
        assert.equal(diagnosis?.notices[0]?.result.recipients[0]?.recipient, 'jane@example.com');
        await badgeBecomes(driver, tab.id, '5xx');
        assert.deepEqual(await kept(driver, tab.id), {source: 'generic', recipients: ['jane@example.com 550 5.1.1']});

        await tab.close();
        await keptNothing(driver, tab.id, `pageDiagnosis:${tab.id} is still kept after its tab closed`);
      },
    },
    {
      name: 'a plain page without a bounce: read on request, no badge, nothing kept',
      run: async (driver) => {
        const tab = await open(driver, '/release-notes');
        const {diagnosis, error} = await driver.decodePageOnRequest(tab.id);
        assert.equal(error, undefined);
        assert.equal(diagnosis, undefined);
        assert.equal(await badge(driver, tab.id), '');
        assert.equal(await kept(driver, tab.id), undefined);
        assert.deepEqual((await sessionKeys(driver)).filter((key) => key.startsWith('pageDiagnosis:')), []);
        await tab.close();
      },
    },
    {
      name: 'nothing left the browser, no page logged an error, and the server saw only the pages opened',
      run: async (driver) => {
        assert.deepEqual(driver.strayRequests((url) => url.startsWith(`${server?.origin}/`)), []);
        assert.deepEqual(driver.pageErrors, []);
        assert.deepEqual(server?.requests.filter((request) => !(request in plainPages) && request !== '/favicon.ico'), []);
      },
    },
  ],
});
