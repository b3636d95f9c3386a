// @ts-check
/**
 * Thunderbird as the end-to-end test sees it: Debian's `thunderbird`, headless, on a profile made
 * for the run (a Local Folders folder holding the test's messages as an mbox), the built add-on
 * installed over WebDriver BiDi as a temporary add-on (puppeteer-core, as for Firefox).
 *
 * What is Thunderbird's own:
 * - Its WebDriver BiDi sees no content pages (it knows no tab browser: `browsingContext.create`
 *   fails, `getTree` lists nothing), but with `--remote-allow-system-access` it evaluates in the
 *   chrome of the main window (`moz:scope: chrome`). There the test does what a person does: picks
 *   the folder and a message (thunderbird-chrome.mjs), reads the button above the message as drawn
 *   (badge, tooltip, label), and clicks it to open the popup.
 * - The popup is an extension page in the extension process, which chrome code cannot read; a
 *   TEST-ONLY window actor (thunderbird-actor/, copied into the profile, never into the add-on)
 *   runs functions there (the popup, the history page), like puppeteer's `page.evaluate`.
 * - Nothing is skipped for want of automation: the message is displayed by Thunderbird itself,
 *   `messageDisplay.onMessagesDisplayed` wakes the add-on as it would for a click, and the popup is
 *   the one the real button opens.
 */
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {
  actionButton, clickActionButton, closePopups, displayedMessageId, evaluateInExtensionPage, extensionPages, registerTestActor,
  selectMessage, showFolder,
} from './thunderbird-chrome.mjs';
import {builtExtension, findBrowser, popupPath, thunderbirdSpec, waitUntil} from './support.mjs';

const {executablePath, skip} = findBrowser(thunderbirdSpec);
export {skip};

/** The test's window actor (thunderbird-actor/), and where in the profile's `chrome` folder it goes. */
const actor = {actorName: 'BounceDecoderTest', folder: 'bounce-decoder-test'};

/** How long Thunderbird may take to serve WebDriver BiDi; it takes about a second here, alone. */
const startTimeoutMs = 60_000;

/**
 * The test profile's preferences: no first-run pages or dialogs, no account wizard (Local Folders is
 * the only account), no indexing, updates or reports.
 */
const profilePrefs = {
  'mail.provider.suppress_dialog_on_startup': true,
  'mail.shell.checkDefaultClient': false,
  'mail.rights.version': 1,
  'mailnews.start_page.enabled': false,
  'mailnews.database.global.indexer.enabled': false,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  // Local Folders, in the profile's Mail/Local Folders: each file there is a folder (an mbox).
  'mail.accountmanager.accounts': 'account1',
  'mail.accountmanager.localfoldersserver': 'server1',
  'mail.account.account1.server': 'server1',
  'mail.server.server1.type': 'none',
  'mail.server.server1.hostname': 'Local Folders',
  'mail.server.server1.name': 'Local Folders',
  'mail.server.server1.userName': 'nobody',
  'mail.server.server1.directory-rel': '[ProfD]Mail/Local Folders',
};

/**
 * An mbox of raw messages (LF line ends, as written). A message with a line that starts with
 * "From " would need quoting, which changes its bytes: the test's messages have none, so Thunderbird
 * hands back each one exactly as written.
 * @param {readonly Buffer[]} messages
 */
export function mboxOf(messages) {
  const parts = messages.flatMap((message) => {
    assert.ok(!/^From /m.test(message.toString('latin1')), 'a test message has a line that starts with "From "');
    const ending = message.at(-1) === 0x0a ? '' : '\n';
    return [Buffer.from('From - Mon Mar  3 14:22:05 2025\n'), message, Buffer.from(`${ending}\n`)];
  });
  return Buffer.concat(parts);
}

/**
 * A fresh profile: the preferences, the folder's mbox, and the test's window actor.
 * @param {string} folder
 * @param {readonly Buffer[]} messages
 */
function makeProfile(folder, messages) {
  const profile = mkdtempSync(path.join(tmpdir(), 'bounce-decoder-thunderbird-'));
  writeFileSync(path.join(profile, 'user.js'),
    Object.entries(profilePrefs).map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`).join(''));
  const localFolders = path.join(profile, 'Mail', 'Local Folders');
  mkdirSync(localFolders, {recursive: true});
  writeFileSync(path.join(localFolders, folder), mboxOf(messages));
  cpSync(path.join(import.meta.dirname, 'thunderbird-actor'), path.join(profile, 'chrome', actor.folder), {recursive: true});
  return profile;
}

/**
 * Starts Thunderbird and resolves to its WebDriver BiDi address; rejects, with what Thunderbird
 * printed last, when it exits first or is not serving within `startTimeoutMs`.
 * @param {import('node:child_process').ChildProcess} child
 */
async function bidiAddress(child) {
  let output = '';
  const lastLines = () => output.split('\n').filter((line) => line.trim() !== '' && !/Gtk-WARNING|GLib|gtk_icon_theme/.test(line)).slice(-15).join('\n');
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Thunderbird did not serve WebDriver BiDi within ${startTimeoutMs / 1000} s. It printed:\n${lastLines()}`));
    }, startTimeoutMs);
    /** @param {Buffer} chunk */
    const read = (chunk) => {
      // Read for as long as Thunderbird runs (a full pipe would stall it); the last lines are enough.
      output = (output + chunk.toString()).slice(-64 * 1024);
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address !== undefined) {
        clearTimeout(timer);
        resolve(address);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start Thunderbird (${executablePath}): ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Thunderbird exited (${signal ?? `code ${code}`}) before serving WebDriver BiDi. It printed:\n${lastLines()}`));
    });
  });
}

/**
 * The part of puppeteer's BiDi connection the driver uses: raw commands, for the chrome scope that
 * puppeteer has no API for.
 * @typedef {{send: (method: string, params: object) => Promise<{result: any}>}} BidiConnection
 */

/**
 * One of the extension's pages open in Thunderbird (the popup above the displayed message, the
 * history page in a tab), as the test sees it: driver.mjs's `Tab`, as far as the steps use it.
 */
export class ThunderbirdPage {
  /**
   * @param {ThunderbirdDriver} driver
   * @param {string} address  the page's moz-extension:// URL
   */
  constructor(driver, address) {
    this.driver = driver;
    this.address = address;
  }

  /**
   * Runs `fn` in the page, with its globals (`document`, `chrome`, `browser`).
   * @template Arg, Result
   * @param {(arg: Arg) => Result} fn
   * @param {Arg} [arg]
   * @returns {Promise<Awaited<Result>>}
   */
  async evaluate(fn, arg) {
    return /** @type {Awaited<Result>} */ (await this.driver.inChrome(evaluateInExtensionPage,
      {...actor, address: this.address, source: fn.toString(), arg: JSON.stringify(arg ?? null)}));
  }

  /**
   * @template Arg
   * @param {(arg: Arg) => unknown} fn
   * @param {Arg} arg
   * @param {{timeout?: number}} [options]
   */
  async waitForFunction(fn, arg, {timeout = 10_000} = {}) {
    const until = Date.now() + timeout;
    while (!await this.evaluate(fn, arg)) {
      if (Date.now() > until) {
        throw new Error(`${this.address} never met ${fn.toString().slice(0, 200)}`);
      }

      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The popup above the displayed message. */
export class ThunderbirdPopup extends ThunderbirdPage {
  /** Closes it, as a click elsewhere does. */
  async close() {
    await this.driver.inChrome(closePopups, null);
  }
}

export class ThunderbirdDriver {
  name = 'Thunderbird';

  /**
   * @param {object} parts
   * @param {import('node:child_process').ChildProcess} parts.child
   * @param {import('puppeteer-core').Browser} parts.browser
   * @param {string} parts.profile
   * @param {string} parts.chromeContext  the main window, in BiDi's chrome scope
   * @param {string} parts.extensionId
   * @param {string} parts.folder
   */
  constructor({child, browser, profile, chromeContext, extensionId, folder}) {
    this.child = child;
    this.browser = browser;
    this.profile = profile;
    this.chromeContext = chromeContext;
    this.extensionId = extensionId;
    this.folder = folder;
  }

  /**
   * Starts Thunderbird on a new profile whose Local Folders hold `folder` with `messages`, installs the
   * add-on, and shows the folder.
   * @param {object} options
   * @param {string} [options.extension]  the built add-on's directory; dist/thunderbird by default
   * @param {string} options.folder
   * @param {readonly Buffer[]} options.messages  raw messages
   */
  static async launch({extension = builtExtension('thunderbird'), folder, messages}) {
    assert.ok(executablePath, 'no Thunderbird to launch');
    const profile = makeProfile(folder, messages);
    const child = spawn(executablePath, [
      '--headless', '--no-remote', '--profile', profile,
      // Port 0: the system picks a free one, which Thunderbird prints.
      '--remote-debugging-port', '0', '--remote-allow-system-access',
    ], {detached: true, stdio: ['ignore', 'pipe', 'pipe']});
    /** @type {import('puppeteer-core').Browser | undefined} */
    let browser;
    try {
      const address = await bidiAddress(child);
      const {default: puppeteer} = await import('puppeteer-core');
      browser = await puppeteer.connect({browserWSEndpoint: `${address}/session`, protocol: 'webDriverBiDi', protocolTimeout: 30_000});
      const extensionId = await browser.installExtension(extension);
      const connection = /** @type {BidiConnection} */ (/** @type {{connection: unknown}} */ (/** @type {unknown} */ (browser)).connection);
      const {result: tree} = await connection.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
      const main = /** @type {{context: string, url: string}[]} */ (tree.contexts).find(({url}) => url === 'chrome://messenger/content/messenger.xhtml');
      assert.ok(main, `Thunderbird's main window is not among ${JSON.stringify(tree.contexts)}`);
      const driver = new ThunderbirdDriver({child, browser, profile, chromeContext: main.context, extensionId, folder});
      await driver.inChrome(registerTestActor, actor);
      await waitUntil(async () => await driver.inChrome(showFolder, {folder}) === messages.length,
        `Thunderbird's folder "${folder}" never listed the ${messages.length} messages of its mbox`);
      return driver;
    } catch (error) {
      await browser?.disconnect().catch(() => {});
      await stop(child);
      rmSync(profile, {recursive: true, force: true});
      throw error;
    }
  }

  /**
   * Runs one of thunderbird-chrome.mjs's functions in the main window's chrome.
   * @template Arg, Result
   * @param {(arg: Arg) => Result} fn
   * @param {Arg} arg
   * @returns {Promise<Awaited<Result>>}
   */
  async inChrome(fn, arg) {
    const connection = /** @type {BidiConnection} */ (/** @type {{connection: unknown}} */ (/** @type {unknown} */ (this.browser)).connection);
    const {result} = await connection.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json))) ?? null)`,
      arguments: [{type: 'string', value: JSON.stringify(arg ?? null)}],
      target: {context: this.chromeContext},
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type === 'exception') {
      throw new Error(`${fn.name} failed in Thunderbird: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
    }

    return /** @type {Awaited<Result>} */ (JSON.parse(result.result.value));
  }

  /**
   * Displays the message with `subject`, as a click on its row in the folder's list does, and waits
   * until Thunderbird shows it.
   * @param {string} subject
   */
  async display(subject) {
    const messageId = await this.inChrome(selectMessage, {subject});
    await waitUntil(async () => await this.inChrome(displayedMessageId, null) === messageId, `Thunderbird never displayed "${subject}"`);
  }

  /** The extension's button above the displayed message, as drawn; null without one. */
  async button() {
    return this.inChrome(actionButton, {extensionId: this.extensionId});
  }

  /**
   * Waits until the badge of the button above the displayed message reads `text` ('' for none) and its
   * tooltip `title` (the add-on sets the one after the other).
   * @param {string} text
   * @param {string} title
   */
  async badgeBecomes(text, title) {
    await waitUntil(async () => {
      const button = await this.button();
      return button?.text === text && button.title === title;
    }, `the button above the message never read "${text}", "${title}" (it reads ${JSON.stringify(await this.button())})`);
    return /** @type {NonNullable<Awaited<ReturnType<ThunderbirdDriver['button']>>>} */ (await this.button());
  }

  /** Clicks the button above the displayed message and waits for its popup to show the extension's popup page. */
  async openPopup() {
    await this.inChrome(closePopups, null);
    await this.inChrome(clickActionButton, {extensionId: this.extensionId});
    const popup = new ThunderbirdPopup(this, await this.pageAt(`/${popupPath}`));
    await popup.waitForFunction(() => document.readyState === 'complete' && document.querySelector('textarea') !== null, null);
    return popup;
  }

  /**
   * The address of the extension's page whose path is `path` (`/src/history/index.html`), once one
   * is open in a popup or a tab.
   * @param {string} path
   */
  async pageAt(path) {
    /** @type {string | undefined} */
    let address;
    await waitUntil(async () => {
      address = (await this.inChrome(extensionPages, null)).find((candidate) => new URL(candidate).pathname === path);
      return address !== undefined;
    }, `no page of the extension at ${path} opened`);
    return /** @type {string} */ (address);
  }

  async close() {
    await this.browser.disconnect().catch(() => {});
    await stop(this.child);
    rmSync(this.profile, {recursive: true, force: true});
  }
}

/**
 * Ends the Thunderbird this driver started, with its child processes (its own process group).
 * @param {import('node:child_process').ChildProcess} child
 */
async function stop(child) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
  });
  const signal = (/** @type {NodeJS.Signals} */ name) => {
    try {
      process.kill(-(/** @type {number} */ (child.pid)), name);
    } catch {
      // Gone already.
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => {
    signal('SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The add-on's manifest as built.
 * @returns {{permissions: string[], browser_specific_settings: {gecko: {id: string, strict_min_version: string}}} & Record<string, any>}
 */
export function builtManifest() {
  return JSON.parse(readFileSync(path.join(builtExtension('thunderbird'), 'manifest.json'), 'utf8'));
}
