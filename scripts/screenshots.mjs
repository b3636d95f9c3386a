#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots`: the popup of the built extension (dist/chrome) in real Chromium, light and
 * dark, as PNG files in docs/screenshots/ for the README: a permanent failure, a temporary one and
 * the empty paste box. Each is the popup page at the popup's width, after the cards are painted.
 */
import {mkdir, mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {builtExtension, chromiumLaunchOptions, chromiumSpec, findBrowser, popupPath, root} from '../test/e2e/support.mjs';

/** The popup's width (popup.css gives the body 400 px). */
const popupWidth = 400;

const outDir = path.join(root, 'docs', 'screenshots');

/**
 * What each screenshot shows: a file of public/examples pasted in, a text typed in, or nothing.
 * @type {Array<{name: string, example?: string, text?: string}>}
 */
const scenes = [
  {name: 'permanent', example: 'gmail-address-not-found.eml'},
  {name: 'temporary', example: 'yahoo-tss04-deferral.txt'},
  {name: 'code', text: '5.7.26'},
  {name: 'paste-box', example: undefined},
];

const {executablePath} = findBrowser(chromiumSpec);
if (executablePath === undefined) {
  console.error('No Chromium to take the screenshots with.');
  process.exit(1);
}

const userDataDir = await mkdtemp(path.join(tmpdir(), 'bounce-decoder-screenshots-'));
const context = await chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions(executablePath, builtExtension('chrome')));
try {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/${popupPath}`;
  await mkdir(outDir, {recursive: true});
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    for (const scene of scenes) {
      const {name, example} = scene;
      const page = await context.newPage();
      await page.emulateMedia({colorScheme});
      // A short viewport: the full-page screenshot then ends where the content does.
      await page.setViewportSize({width: popupWidth, height: 200});
      await page.goto(popupUrl);
      const box = page.locator('#bounce-text');
      const text = example === undefined ? scene.text : await readFile(path.join(root, 'public', 'examples', example), 'utf8');
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
      const file = path.join(outDir, `popup-${colorScheme}-${name}.png`);
      await page.screenshot({path: file, fullPage: true});
      console.log(path.relative(root, file));
      await page.close();
    }
  }
} finally {
  await context.close();
  await rm(userDataDir, {recursive: true, force: true});
}
