#!/usr/bin/env node
// @ts-check
/**
 * What the content script costs the webmail page, in figures only (nothing here passes or fails):
 *
 *   (a) the size of the content-script bundle the manifest injects (dist/chrome), raw and gzipped;
 *   (b) main-thread time the content script spends per message opened, in real Chromium with the
 *       built extension, on a Gmail conversation page whose message is 2 MB of HTML: messages are
 *       opened the way Gmail opens them (the conversation view replaced, the URL hash changed), and
 *       Chromium's own trace (devtools.timeline) is summed over the content script's function
 *       calls, every callback included (mutation observer, timers, events);
 *   (c) the same for 2 MB bounces (the notice plus a 2 MB quoted original), where the content
 *       script reads the text and sends it to the background; and the background's time decoding
 *       it, from the same trace, on the service worker's thread.
 *
 *   npm run bench:content
 *
 * dist/chrome is rebuilt first, so the figures are those of the current source.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import {chromiumSpec, findBrowser, quietChromiumSwitches, root} from '../test/e2e/support.mjs';
import {allHosts, openInPage, pages, startWebmailServer} from '../test/e2e/webmail-server.mjs';
import {median} from './lib/median.mjs';

const dist = path.join(root, 'dist', 'chrome');
const messagesPerRun = 20;
/** Longer than the content script's debounce (300 ms) plus a decode, so each open settles alone. */
const settleMs = 1500;
const messageBytes = 2 * 1024 * 1024;

/** @param {number} bytes */
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * A Gmail conversation page (the markup of test/fixtures/dom/gmail-*.html) whose message body is
 * about `bytes` of HTML: paragraphs and tables, as a long newsletter has. With `bounce`, the message
 * is Gmail's "Address not found" notice and the bulk is the quoted original below it.
 * @param {string} id  the conversation id, for the URL hash
 * @param {boolean} bounce
 * @param {number} bytes
 */
function bigMessagePage(id, bounce, bytes) {
  const paragraph = (/** @type {number} */ index) => `<p>Paragraph ${index} of the quarterly update: revenue, shipping times, and the 550 attendees of our user meeting. `
    + 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'
    + `<table><tr><td>Item ${index}</td><td>${index % 97} EUR</td><td>in stock</td></tr></table>`;
  const parts = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const part = paragraph(index);
    parts.push(part);
    size += part.length;
  }
  const [sender, name, subject] = bounce
    ? ['mailer-daemon@googlemail.com', 'Mail Delivery Subsystem', 'Delivery Status Notification (Failure)']
    : ['news@quarterly.example', 'Quarterly Update', `Quarterly update ${id}`];
  const notice = bounce
    ? '<h2>Address not found</h2><p>Your message wasn\'t delivered to <b>jane.doe@example.com</b> because the address couldn\'t be found, or is unable to receive mail.</p>'
      + '<p>The response from the remote server was:<br>550 5.1.1 &lt;jane.doe@example.com&gt;: Recipient address rejected: User unknown in virtual mailbox table</p>'
      + '<div class="adL">---------- Forwarded message ----------<br>'
    : '<div>';
  return `<!DOCTYPE html><html><head><title>${subject}</title></head><body><div class="nH"><div class="nH" role="main">`
    + `<div class="nH ha"><h2 class="hP" data-thread-perm-id="thread-f:${id}">${subject}</h2></div>`
    + `<div role="list"><div role="listitem"><div class="adn ads" data-message-id="#msg-f:${id}"><div class="gs">`
    + `<h3 class="iw"><span email="${sender}" name="${name}" class="gD"><span>${name}</span></span></h3>`
    + `<div class="ii gt"><div class="a3s aiL">${notice}${parts.join('')}</div></div>`
    + '</div></div></div></div></div></div></body></html>';
}

/**
 * @typedef {{name: string, ph: string, ts: number, dur?: number, tid: number, pid: number,
 *   args?: {data?: {url?: string, functionName?: string}}}} TraceEvent
 */

/**
 * Runs `body` under a browser-wide trace and returns the trace's complete events.
 * @param {import('puppeteer-core').CDPSession} session  a browser-level session
 * @param {() => Promise<void>} body
 * @returns {Promise<TraceEvent[]>}
 */
async function traced(session, body) {
  /** @type {Promise<string>} */
  const complete = new Promise((resolve) => {
    session.once('Tracing.tracingComplete', (/** @type {{stream?: string}} */ {stream}) => {
      resolve(stream ?? '');
    });
  });
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline']},
  });
  await body();
  await session.send('Tracing.end');
  const stream = await complete;
  let json = '';
  for (;;) {
    const {data, eof, base64Encoded} = await session.send('IO.read', {handle: stream});
    json += base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data;
    if (eof) {
      break;
    }
  }
  await session.send('IO.close', {handle: stream});
  /** @type {{traceEvents: TraceEvent[]} | TraceEvent[]} */
  const parsed = JSON.parse(json);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/**
 * Milliseconds of main-thread time in calls into scripts whose URL starts with `prefix`: the
 * complete `FunctionCall` / `EvaluateScript` / `v8.callFunction` events, outermost only (a call
 * inside another is already in its duration).
 * @param {TraceEvent[]} events
 * @param {string} prefix
 */
function scriptMs(events, prefix) {
  const calls = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined
      && ['FunctionCall', 'EvaluateScript', 'TimerFire', 'EventDispatch', 'v8.callFunction'].includes(event.name)
      && (event.args?.data?.url ?? '').startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = -Infinity;
  for (const call of calls) {
    const callEnd = call.ts + (call.dur ?? 0);
    if (call.ts >= end) {
      total += call.dur ?? 0;
      end = callEnd;
    } else if (callEnd > end) {
      total += callEnd - end;
      end = callEnd;
    }
  }
  return total / 1000;
}

/**
 * Of `scriptMs`, the part spent collecting garbage inside those calls: mostly the page's own
 * garbage (each opened message replaces megabytes of DOM), collected when a call happens to need
 * memory.
 * @param {TraceEvent[]} events
 * @param {string} prefix
 */
function garbageMs(events, prefix) {
  const calls = events.filter((event) => event.ph === 'X' && event.name === 'FunctionCall' && (event.args?.data?.url ?? '').startsWith(prefix));
  const collections = events.filter((event) => event.ph === 'X' && ['MajorGC', 'MinorGC'].includes(event.name));
  let total = 0;
  for (const collection of collections) {
    const call = calls.find((candidate) => candidate.tid === collection.tid && candidate.pid === collection.pid
      && collection.ts >= candidate.ts && collection.ts < candidate.ts + (candidate.dur ?? 0));
    if (call) {
      total += Math.min(collection.ts + (collection.dur ?? 0), call.ts + (call.dur ?? 0)) - collection.ts;
    }
  }
  return total / 1000;
}

/**
 * Milliseconds a CPU profile spent running anything (JavaScript, compiling, collecting garbage),
 * as opposed to waiting.
 * @param {import('puppeteer-core').Protocol.Profiler.Profile} profile
 */
function busyMs(profile) {
  const idle = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  const deltas = profile.timeDeltas ?? [];
  let total = 0;
  (profile.samples ?? []).forEach((sample, index) => {
    if (!idle.has(sample)) {
      total += deltas[index + 1] ?? 0;
    }
  });
  return total / 1000;
}

const {executablePath, skip} = findBrowser(chromiumSpec);
if (skip) {
  console.error(skip);
  process.exit(1);
}

execFileSync('node', [path.join(root, 'scripts', 'build.mjs'), 'chrome'], {stdio: 'inherit'});

// (a) the bundle
/** @type {{content_scripts?: Array<{js?: string[]}>}} */
const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
const contentFiles = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
const contentBytes = contentFiles.map((file) => readFileSync(path.join(dist, file)));
const raw = contentBytes.reduce((sum, bytes) => sum + bytes.length, 0);
const gzipped = contentBytes.reduce((sum, bytes) => sum + gzipSync(bytes, {level: 9}).length, 0);

// (b), (c) the page
const server = await startWebmailServer();
const chromium = await puppeteer.launch({
  executablePath,
  headless: true,
  pipe: true,
  enableExtensions: true,
  args: [
    ...quietChromiumSwitches, '--ignore-certificate-errors',
    `--host-resolver-rules=${allHosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`).join(', ')}`,
  ],
});
try {
  const extensionId = await chromium.installExtension(dist);
  const contentUrl = `chrome-extension://${extensionId}/${contentFiles[0] ?? ''}`;
  const session = await chromium.target().createCDPSession();
  const page = await chromium.newPage();
  await page.goto(pages.gmailNewsletter.url.replace(/#.*/, '#inbox'));
  // In front, so that the page's timers (the content script's debounce) are not throttled.
  await page.bringToFront();
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const extension = (await chromium.extensions()).get(extensionId);
  // The background, by the name the manifest gives it: a popup's decoder worker is the extension's too.
  const serviceWorker = ((await extension?.workers()) ?? []).find((worker) => worker.url() === `chrome-extension://${extensionId}/service-worker-loader.js`);
  if (serviceWorker === undefined) {
    throw new Error('The extension\'s service worker is not running');
  }
  const workerSession = serviceWorker.client;
  await workerSession.send('Profiler.enable');
  await workerSession.send('Profiler.setSamplingInterval', {interval: 100});

  /**
   * Opens `count` messages of ~2 MB one after the other and returns the per-message figures.
   * @param {boolean} bounce
   * @param {number} count
   */
  async function run(bounce, count) {
    /** @type {Array<{content: number, garbage: number, background: number}>} */
    const perMessage = [];
    for (let index = 0; index < count; index++) {
      const id = `FMfcgzQbgBench${bounce ? 'Bounce' : 'Normal'}${String(index).padStart(6, '0')}xy`;
      const html = bigMessagePage(id, bounce, messageBytes);
      const url = `https://mail.google.com/mail/u/0/#inbox/${id}`;
      await workerSession.send('Profiler.start');
      const events = await traced(session, async () => {
        await page.evaluate(openInPage, {html, url});
        await new Promise((resolve) => setTimeout(resolve, settleMs));
      });
      const {profile} = await workerSession.send('Profiler.stop');
      perMessage.push({content: scriptMs(events, contentUrl), garbage: garbageMs(events, contentUrl), background: busyMs(profile)});
    }
    return perMessage;
  }

  // A first open warms up the page and the extension; it is not counted.
  await run(false, 1);
  const normal = await run(false, messagesPerRun);
  const bounces = await run(true, messagesPerRun);
  const lastTitle = await page.title();

  const line = (/** @type {string} */ label, /** @type {number[]} */ values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const p90 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)] ?? 0;
    return `  ${label.padEnd(52)} median ${median(values).toFixed(2).padStart(6)} ms   p90 ${p90.toFixed(2).padStart(6)} ms   max ${Math.max(...values).toFixed(2).padStart(6)} ms`;
  };
  console.log('\nContent script (dist/chrome)');
  console.log(`  bundle ${contentFiles.join(', ')}: ${kib(raw)} raw, ${kib(gzipped)} gzipped (target: under 30 KiB)`);
  console.log(`\nMain-thread time per message opened, Gmail page with a ${(messageBytes / 1024 / 1024).toFixed(0)} MB message, ${messagesPerRun} messages each (target: under 5 ms)`);
  console.log(line('ordinary message (sender/subject filter only)', normal.map(({content}) => content)));
  console.log(line('  the same without garbage collection', normal.map(({content, garbage}) => content - garbage)));
  console.log(line('bounce (text read and sent to the background)', bounces.map(({content}) => content)));
  console.log(line('  the same without garbage collection', bounces.map(({content, garbage}) => content - garbage)));
  console.log(line('background: decoding that bounce (service worker)', bounces.map(({background}) => background)));
  console.log(`  (last page: ${lastTitle})`);
} finally {
  await chromium.close();
  await server.close();
}
