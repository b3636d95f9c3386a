// @ts-check
/**
 * What the browsers' end-to-end tests share: finding the browser (or Thunderbird) and the built
 * extension, the text to decode, test servers on 127.0.0.1, and a recording proxy that catches any
 * request leaving the browser.
 */
import {cpSync, existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** @type {{version: string}} */
export const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Where the popup page sits inside the built extension (the manifest's `action.default_popup`). */
export const popupPath = 'src/popup/index.html';

export const bounceLine = '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown in virtual mailbox table';

/**
 * @typedef {object} BrowserSpec
 * @property {string} name  as people say it
 * @property {string} envVariable  names the binary, before the well-known paths
 * @property {readonly string[]} knownPaths
 * @property {string} debianPackage  what to install when it is missing
 */

/** @type {BrowserSpec} */
export const chromiumSpec = {
  name: 'Chromium',
  envVariable: 'CHROMIUM_PATH',
  knownPaths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  debianPackage: 'chromium',
};

/** @type {BrowserSpec} */
export const firefoxSpec = {
  name: 'Firefox ESR',
  envVariable: 'FIREFOX_PATH',
  knownPaths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
  debianPackage: 'firefox-esr',
};

/** @type {BrowserSpec} */
export const thunderbirdSpec = {
  name: 'Thunderbird',
  envVariable: 'THUNDERBIRD_PATH',
  knownPaths: ['/usr/bin/thunderbird'],
  debianPackage: 'thunderbird',
};

/**
 * The browser binary to test with, or why there is none. Missing browsers fail the run on CI
 * (`CI` set), where they must be installed; elsewhere their tests are skipped with the reason,
 * so that a laptop without Firefox can still run the rest.
 * @param {BrowserSpec} spec
 * @returns {{executablePath: string, skip: false} | {executablePath: undefined, skip: string}}
 */
export function findBrowser(spec) {
  const fromEnvironment = process.env[spec.envVariable];
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`${spec.envVariable}=${fromEnvironment}, but there is no such file`);
    }

    return {executablePath: fromEnvironment, skip: false};
  }

  const found = spec.knownPaths.find((candidate) => existsSync(candidate));
  if (found) {
    return {executablePath: found, skip: false};
  }

  const reason = `${spec.name} not found (set ${spec.envVariable}, or: apt-get install -y ${spec.debianPackage}); looked in ${spec.knownPaths.join(', ')}`;
  if (process.env.CI) {
    throw new Error(`CI needs ${spec.name} for the end-to-end tests: ${reason}`);
  }

  console.warn(`\n!!! SKIPPING the ${spec.name} end-to-end tests: ${reason}\n`);
  return {executablePath: undefined, skip: `SKIPPED: ${reason}`};
}

/**
 * The built extension for one browser; the tests test what ships, so they never build it themselves.
 * @param {'chrome' | 'firefox' | 'thunderbird'} target
 */
export function builtExtension(target) {
  const directory = path.join(root, 'dist', target);
  if (!existsSync(path.join(directory, 'manifest.json'))) {
    throw new Error(`No build in dist/${target}: run \`npm run build\` first (\`npm test\` does)`);
  }

  return directory;
}

/**
 * A TEST-ONLY copy of a built extension, in dist/<target>-e2e/: the same files, byte for byte, with
 * `hostPermissions` added to the manifest's `host_permissions`. It stands in for a grant that
 * automation cannot give (Firefox's `activeTab`, which only the user's gesture grants). Made from
 * the production build at each run; never zipped, never shipped.
 * @param {'chrome' | 'firefox'} target
 * @param {readonly string[]} hostPermissions  match patterns, e.g. `http://127.0.0.1/*`
 */
export function testOnlyVariant(target, hostPermissions) {
  const directory = path.join(root, 'dist', `${target}-e2e`);
  rmSync(directory, {recursive: true, force: true});
  cpSync(builtExtension(target), directory, {recursive: true});
  const manifestPath = path.join(directory, 'manifest.json');
  /** @type {{host_permissions?: string[]}} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hostPermissions];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return directory;
}

/**
 * Whether a URL stays inside the browser: the extension's own files, or data the page made itself.
 * @param {string} url
 * @param {string} extensionOrigin  e.g. `chrome-extension://<id>/`
 */
export function staysInside(url, extensionOrigin) {
  return url.startsWith(extensionOrigin) || url.startsWith('data:') || url.startsWith('blob:');
}

/**
 * Starts a test server on 127.0.0.1 at a free port. `close` also ends open connections, which a
 * browser keeps alive.
 * @param {http.Server} server  an https.Server is one too
 * @param {string} name  for the error, should it have no TCP address
 */
export async function listenOnLoopback(server, name) {
  await new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`${name} has no TCP address`);
  }

  return {
    port: address.port,
    close: async () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve(undefined);
      });
    }),
  };
}

/**
 * An HTTP proxy on 127.0.0.1 that records every request sent through it and forwards none: the
 * browser under test is pointed at it, so any request that tries to leave the browser, from any
 * page, worker or background script, ends up in `requests`.
 */
export async function startRecordingProxy() {
  /** @type {string[]} */
  const requests = [];
  const server = http.createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(502, {'content-type': 'text/plain'}).end('The end-to-end tests allow no network.');
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  return {...await listenOnLoopback(server, 'The recording proxy'), requests};
}

/**
 * Polls `check` until it returns true, for state that settles a moment after an event (a storage
 * write after a tab closes).
 * @param {() => Promise<boolean>} check
 * @param {string} failure  the error message if it never does, within about five seconds
 */
export async function waitUntil(check, failure) {
  // Ten seconds: a loaded two-core machine can take several to start a browser's page.
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) {
      return;
    }

    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(failure);
}

/**
 * Counts one browser's passed and failed tests, for a per-browser line at the end of its run.
 * @param {string} browserName
 */
export function tally(browserName) {
  let passed = 0;
  let failed = 0;
  return {
    /**
     * Wraps a test body so its outcome is counted.
     * @template {unknown[]} Args
     * @param {(...args: Args) => Promise<void>} body
     * @returns {(...args: Args) => Promise<void>}
     */
    counted: (body) => async (...args) => {
      try {
        await body(...args);
        passed++;
      } catch (error) {
        failed++;
        throw error;
      }
    },
    print: () => {
      console.log(`${browserName} end-to-end: ${passed} passed, ${failed} failed`);
    },
  };
}

/** Switches that keep a test Chromium quiet: no sandbox or GPU, and no traffic of its own. */
export const quietChromiumSwitches = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * Launch options for Chromium with the built extension loaded, headless, quiet on the network: for
 * the scripts that drive the real extension outside the tests (benchmark, screenshots).
 * @param {string} executablePath
 * @param {string} extension  the built extension's directory
 */
export function chromiumLaunchOptions(executablePath, extension) {
  return {
    executablePath,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      ...quietChromiumSwitches,
    ],
  };
}

/**
 * Waits until a Firefox page (opened with `page.goto(url).catch(...)`, see the recipe) shows the
 * extension page fully loaded. The wait starts while the tab may still be on about:blank; when the
 * navigation replaces that document, puppeteer's wait fails ("Waiting failed") and is started again.
 * @param {import('puppeteer-core').Page} page
 */
export async function waitForExtensionPage(page) {
  for (let tries = 1; ; tries++) {
    try {
      await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {polling: 50});
      return;
    } catch (error) {
      if (tries >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * Starts Firefox with an extension installed as a temporary add-on, under a fixed internal UUID so
 * that its pages have a known `moz-extension://<uuid>/` origin (the recipe in browser-testing.md).
 * @param {string | undefined} executablePath  undefined only where the caller has skipped its tests
 * @param {string} extension  the built extension's directory
 * @param {string} uuid
 * @param {{prefs?: Record<string, unknown>, env?: Record<string, string | undefined>, acceptInsecureCerts?: boolean}} [options]
 *   prefs added to the UUID pref, the browser's environment, and whether to accept the test
 *   servers' own certificates
 */
export async function launchFirefox(executablePath, extension, uuid, options = {}) {
  const {default: puppeteer} = await import('puppeteer-core');
  /** @type {{browser_specific_settings: {gecko: {id: string}}}} */
  const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it, moz-extension:// pages cannot be opened over BiDi.
    args: ['--remote-allow-system-access'],
    ...(options.env ? {env: options.env} : {}),
    ...(options.acceptInsecureCerts ? {acceptInsecureCerts: true} : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({[manifest.browser_specific_settings.gecko.id]: uuid}),
      ...options.prefs,
    },
  });
  await firefox.installExtension(extension);
  return firefox;
}
