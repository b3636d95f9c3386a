#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: the popup of the built extension (dist/chrome) in real Chromium, at the size
 * of a popup people open (400 x 600: what shows without scrolling), as PNG files in
 * docs/screenshots/ for the README: one recipient, several recipients, a temporary failure and the
 * empty paste box, light and dark, and one recipient in German. Then the history page (1280 x 900,
 * light and dark), kept from emails of test/corpus pasted into the popup over three weeks.
 */
import {mkdir, mkdtemp, readdir, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser, popupPath, root} from '../test/e2e/support.mjs';

/** The popup's size: 400 px wide (popup.css), 600 px high (the most a browser gives a popup). */
const popupSize = {width: 400, height: 600};

const outDir = path.join(root, 'docs', 'screenshots');

/** A notice to three recipients, as Postfix lists them: two dead addresses and a full mailbox. */
const severalRecipients = [
  'This is the mail system at host mail.example.net.',
  '',
  'I\'m sorry to have to inform you that your message could not',
  'be delivered to one or more recipients.',
  '',
  '<ann@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
  '',
  '<bob@example.org>: host mx.example.org[192.0.2.2] said: 452 4.2.2 <bob@example.org>: Mailbox full (in reply to RCPT TO command)',
  '',
  '<cy@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <cy@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
].join('\n');

/**
 * What each screenshot shows: a file of public/examples pasted in, a text typed in, or nothing.
 * @type {Array<{name: string, example?: string, text?: string}>}
 */
const scenes = [
  {name: 'permanent', example: 'gmail-address-not-found.eml'},
  {name: 'several', text: severalRecipients},
  {name: 'temporary', example: 'yahoo-tss04-deferral.txt'},
  {name: 'paste-box'},
];

const found = findBrowser(chromiumSpec).executablePath;
if (found === undefined) {
  console.error('No Chromium to take the screenshots with.');
  process.exit(1);
}
const executablePath = found;

/**
 * Takes the screenshots of `shots` in a Chromium whose interface speaks `language`.
 * @param {string} language  a Chromium locale (`en-US`, `de`)
 * @param {Array<{scene: typeof scenes[number], colorScheme: 'light' | 'dark', file: string}>} shots
 */
async function photograph(language, shots) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-screenshots-'));
  const options = chromiumLaunchOptions(executablePath, builtExtension('chrome'));
  // Chromium on Linux takes its interface language, and so the extension's, from the environment.
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...options, args: [...options.args, `--lang=${language}`], env: {...process.env, LANGUAGE: language, LANG: `${language}.UTF-8`},
  });
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const popupUrl = `chrome-extension://${new URL(worker.url()).host}/${popupPath}`;
    for (const {scene, colorScheme, file} of shots) {
      const page = await context.newPage();
      await page.emulateMedia({colorScheme});
      await page.setViewportSize(popupSize);
      await page.goto(popupUrl);
      const box = page.locator('#bounce-text');
      const text = scene.example === undefined ? scene.text : await readFile(path.join(root, 'public', 'examples', scene.example), 'utf8');
      if (text !== undefined) {
        await box.fill(text);
        await page.locator('article').first().waitFor();
        // The paste box scrolled to its end: show its start, as after a paste.
        await box.evaluate((/** @type {HTMLTextAreaElement} */ element) => {
          element.scrollTop = 0;
          element.setSelectionRange(0, 0);
          element.blur();
        });
      }
      await page.screenshot({path: file});
      console.log(path.relative(root, file));
      await page.close();
    }
  } finally {
    await context.close();
    await rm(userDataDir, {recursive: true, force: true});
  }
}

await mkdir(outDir, {recursive: true});
await photograph('en-US', (/** @type {const} */ (['light', 'dark'])).flatMap((colorScheme) => scenes.map((scene) => ({
  scene, colorScheme, file: path.join(outDir, `popup-${colorScheme}-${scene.name}.png`),
}))));
await photograph('de', [{scene: /** @type {typeof scenes[number]} */ (scenes[0]), colorScheme: 'light', file: path.join(outDir, 'popup-light-permanent-de.png')}]);

/** The history page's size: a laptop's browser window. */
const historySize = {width: 1280, height: 900};

/** Where the history page sits in the built extension (src/history/page-path.ts). */
const historyPath = 'src/history/index.html';

/**
 * The emails of test/corpus the history is made from: Gmail, Outlook, Yahoo and Microsoft notices,
 * and two Exim refusals of the sending server.
 */
async function historyEmails() {
  const folder = path.join(root, 'test', 'corpus', 'eml', 'bsd');
  const names = (await readdir(folder)).filter((name) => /^(lhost-(gmail|outlook|yahoo)|rhost-(google|microsoft))-\d+\.eml$/.test(name)
    || ['lhost-exim-01.eml', 'lhost-exim-04.eml'].includes(name)).sort();
  return Promise.all(names.map(async (name) => readFile(path.join(folder, name), 'utf8')));
}

/**
 * Pastes the corpus's emails into the popup, each at another time of the last three weeks (the
 * page's clock set back), so that the history holds them as kept decodings; then photographs the
 * history page with its largest group selected.
 */
async function photographHistory() {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-screenshots-'));
  const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions(executablePath, builtExtension('chrome')));
  try {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    const origin = `chrome-extension://${new URL(worker.url()).host}/`;
    const popup = await context.newPage();
    await popup.goto(`${origin}${popupPath}`);
    const emails = await historyEmails();
    const now = Date.now();
    const hour = 60 * 60 * 1000;
    for (const [index, email] of emails.entries()) {
      // Spread over 21 days, more of them lately, a few hours apart.
      await popup.clock.setFixedTime(now - (Math.floor(((emails.length - index) / emails.length) ** 2 * 21) * 24 * hour) - ((index % 8) * hour));
      // As a paste arrives: the text, then an input event of type insertFromPaste (typed text is not kept).
      await popup.locator('#bounce-text').evaluate((/** @type {HTMLTextAreaElement} */ box, text) => {
        box.value = text;
        const view = /** @type {Window & typeof globalThis} */ (box.ownerDocument.defaultView);
        box.dispatchEvent(new view.InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
      }, email);
      await popup.waitForTimeout(50);
      await popup.locator('section.results[aria-busy="false"]').waitFor({state: 'attached'});
      // The decoding is kept beside the answer: let the write land before the next paste.
      await popup.waitForTimeout(250);
    }
    await popup.close();

    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const page = await context.newPage();
      await page.emulateMedia({colorScheme});
      await page.setViewportSize(historySize);
      await page.goto(`${origin}${historyPath}`);
      await page.locator('.group-table tbody button').first().click();
      await page.locator('.group-detail .entry').first().waitFor();
      const file = path.join(outDir, `history-${colorScheme}.png`);
      await page.screenshot({path: file});
      console.log(path.relative(root, file));
      await page.close();
    }
  } finally {
    await context.close();
    await rm(userDataDir, {recursive: true, force: true});
  }
}

await photographHistory();
