#!/usr/bin/env node
// @ts-check
/**
 * Decoding speed, in figures only (nothing here passes or fails):
 *
 *   (a) in process: every corpus email through decode(), after a warm-up pass: emails/s and MB/s,
 *       with Node's own Blob (as the decoder runs anywhere) and with the command line's MemoryBlob;
 *   (b) whole process: `node dist/cli/decode.mjs --json <every corpus email>`, start-up included,
 *       on the threads the command line picks and on one (`--jobs 1`), then on the corpus as one mbox;
 *       against a floor: a node process that only reads each file and prints one line per file, so
 *       the ratio is what decoding adds to what any node program over these files costs;
 *   (c) adversarial inputs of 1 MB each (and 64 KB single lines, the longest relined): milliseconds per decode, flagged over 50 ms. They run in a
 *       worker thread that is stopped when one decode takes longer than 10 s, so a decoder that
 *       hangs on one of them is reported, not waited on.
 *
 *   npm run bench                      the corpus in test/corpus
 *   node scripts/bench.mjs CORPUS_DIR  another corpus (its emails under CORPUS_DIR/eml)
 *   node scripts/bench.mjs --adversarial  (c) only
 *
 * dist/cli is rebuilt first, so (b) measures the current source.
 */
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {bundleSource, importBundle} from './lib/load-decoder.mjs';
import {median} from './lib/median.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const adversarialOnly = process.argv.includes('--adversarial');
const corpus = path.resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? path.join(root, 'test', 'corpus'));
const cli = path.join(root, 'dist', 'cli', 'decode.mjs');

const measuredPasses = 5;
const processRuns = 5;
const adversarialRuns = 3;
const slowMs = 50;
/** One adversarial decode taking longer than this stops the worker. */
const stopMs = 10_000;
/** The whole-process run is killed after this. */
const processTimeoutMs = 120_000;

/** @param {string} directory @returns {string[]} every .eml below it, sorted */
function emlFiles(directory) {
  return readdirSync(directory, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.eml'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** @param {number} value @param {number} [digits] */
function figure(value, digits = 0) {
  return value.toLocaleString('en-US', {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

/** The command line's MemoryBlob, bundled from its TypeScript source like the decoder. */
async function loadMemoryBlob() {
  /** @type {typeof import('../src/cli/memory-blob.ts')} */
  const module = await importBundle(await bundleSource('src/cli/memory-blob.ts', 'memory-blob'));
  return module.MemoryBlob;
}

/**
 * (a) One warm-up pass, then timed passes over all inputs.
 * @param {(input: Uint8Array) => Promise<unknown>} decode
 * @param {Uint8Array[]} inputs
 */
async function inProcess(decode, inputs) {
  const megabytes = inputs.reduce((sum, input) => sum + input.length, 0) / 1e6;
  for (const input of inputs) await decode(input);
  /** @type {number[]} */
  const seconds = [];
  for (let pass = 0; pass < measuredPasses; pass++) {
    const started = performance.now();
    for (const input of inputs) await decode(input);
    seconds.push((performance.now() - started) / 1000);
  }
  const best = Math.min(...seconds);
  const middle = median(seconds);
  return `best ${figure(inputs.length / best)} emails/s (${figure(megabytes / best, 2)} MB/s), `
    + `median ${figure(inputs.length / middle)} emails/s (${figure(megabytes / middle, 2)} MB/s)`;
}

/**
 * The floor of (b): what any node program that reads these files costs, start-up included. It
 * reads each file whole and prints one line per file (its name and size), as the decoder prints
 * one line per email.
 */
const floorSource = `const {readFileSync} = require('node:fs');
const lines = [];
for (const file of process.argv.slice(1)) lines.push(file + ' ' + readFileSync(file).length);
process.stdout.write(lines.join('\\n') + '\\n');`;

/**
 * (b) One run of a node process over all files, its output read and its lines counted.
 * @param {string[]} args  the process's arguments after node's own
 * @param {number} leastLines  fewer lines than this is a failed run (an mbox file gives one per message)
 * @returns {Promise<number>} seconds
 */
function runProcess(args, leastLines) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'inherit']});
    const timer = setTimeout(() => child.kill(), processTimeoutMs);
    let lines = 0;
    child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
      for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      if (signal) reject(new Error(`node ${args[0]} was stopped after ${processTimeoutMs / 1000} s`));
      else if (lines < leastLines) reject(new Error(`node ${args[0]} printed ${lines} lines for ${leastLines} inputs (exit status ${status})`));
      else resolve(seconds);
    });
  });
}

/**
 * (b) `processRuns` runs of each command, interleaved so that a busy moment of the machine
 * weighs on all of them alike.
 * @param {[string, string[], number][]} commands  name, arguments, least lines
 * @returns {Promise<Map<string, number[]>>} seconds per run, by name
 */
async function timeProcesses(commands) {
  /** @type {Map<string, number[]>} */
  const times = new Map(commands.map(([name]) => [name, []]));
  for (let run = 0; run < processRuns; run++) {
    for (const [name, args, leastLines] of commands) times.get(name)?.push(await runProcess(args, leastLines));
  }
  return times;
}

/**
 * The corpus as one mbox (mboxrd: a `From ` line before each email, `>` before each body line that
 * starts with `>…>From `), in a temporary folder.
 * @param {string[]} files
 * @returns {{mbox: string, remove: () => void}}
 */
function corpusMbox(files) {
  const folder = mkdtempSync(path.join(tmpdir(), 'bounce-bench-'));
  const mbox = path.join(folder, 'corpus.mbox');
  const members = files.map((file) => {
    let text = readFileSync(file, 'latin1');
    // A file that already starts with a `From ` line keeps its message only.
    if (text.startsWith('From ')) text = text.slice((/\r\n|\r|\n/.exec(text)?.index ?? text.length) + 1).replace(/^\n/, '');
    text = text.replace(/^(>*From )/gm, '>$1');
    return `From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n${text}${/[\r\n]$/.test(text) ? '' : '\n'}\n`;
  });
  writeFileSync(mbox, Buffer.from(members.join(''), 'latin1'));
  return {mbox, remove: () => rmSync(folder, {recursive: true, force: true})};
}

/**
 * (c) Inputs that make careless patterns backtrack or loop, or a parser do quadratic work: 1 MB
 * each, each made only when it is decoded (the names alone are read to print the table).
 * @returns {[string, () => string | Uint8Array][]}
 */
function adversarialInputs() {
  const size = 1024 * 1024;
  /** @param {string} unit */
  const fill = (unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const headers = 'From: Mail Delivery System <MAILER-DAEMON@example.net>\nTo: sender@example.net\nSubject: Undelivered Mail Returned to Sender\n\n';
  /**
   * `count` encoded words of one charset, folded as a mail client folds them: postal-mime joins
   * adjacent such words before decoding, in time quadratic in their number.
   */
  const encodedWords = (/** @type {number} */ count) => Array.from({length: count}, () => `=?UTF-8?B?${Buffer.from('étéa').toString('base64')}?=`).join('\n ');
  const report = 'Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n'
    + `${Buffer.from('Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n').toString('base64')}\n`;
  /** A multipart report around `fields` (extra top headers) and `part` (an extra part), padded to 1 MB by the body. */
  const notice = (/** @type {string} */ fields, part = '') => {
    const head = `From: MAILER-DAEMON@example.net\nTo: sender@example.net\n${fields}MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b0"\n\n`;
    const tail = `--b0\n${report}${part === '' ? '' : `--b0\n${part}`}--b0--\n`;
    const body = `--b0\nContent-Type: text/plain\n\n<a@example.org>: host mx.example.org said: 550 5.1.1 user unknown\n${'x'.repeat(Math.max(0, size - head.length - tail.length - 200))}\n`;
    return head + body + tail;
  };
  /** Multiparts nested `depth` deep, with the report inside the innermost. */
  const nested = (/** @type {number} */ depth) => {
    let message = report;
    for (let level = depth; level > 0; level--) message = `Content-Type: multipart/mixed; boundary="n${level}"\n\n--n${level}\n${message}--n${level}--\n`;
    return `From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n${message}`;
  };
  /** Text as UTF-16LE bytes behind a byte-order mark, as Windows tools save a copied bounce. */
  const utf16 = (/** @type {string} */ text) => new Uint8Array([0xFF, 0xFE, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
  /** @type {[string, () => string | Uint8Array][]} */
  const inputs = [
    ['digits', () => fill('1234567890')],
    ['dots 5.5.5.5...', () => fill('5.')],
    ['550-550-550-...', () => fill('550-')],
    ['lines of "550-5.1.1 "', () => fill('550-5.1.1 \n')],
    ['one line of "550-5.1.1 "', () => fill('550-5.1.1 ')],
    ['brackets [[[[(((', () => fill('[[[[(((')],
    ['nested JSON [[[[...]]]]', () => `${'['.repeat(size / 2)}${']'.repeat(size / 2)}`],
    ['a payload cut short, then stray quotes (mended)', () => `{"event": "bounce", "email": "${fill('x" ')}`.slice(0, size)],
    ['a payload with its strings\' line breaks shown (mended)', () => `{"event": "bounce", "reason": "${fill('x\n')}`.slice(0, size)],
    ['a CSV table of PowerMTA bounce records (read to its row cap)', () => `type,rcpt,dsnStatus,dsnDiag\n${fill('b,bob@example.org,5.1.1,"smtp;550 5.1.1 ""bob"" unknown"\n')}`.slice(0, size)],
    ['a header line of a thousand columns, then rows', () => `${Array.from({length: 1000}, (_, index) => `c${index}`).join(',')}\n${fill('x,')}`.slice(0, size)],
    ['a quoted CSV field that never closes', () => `type,rcpt,dsnDiag\nb,bob@example.org,"${fill('x,""\n')}`.slice(0, size)],
    ['a structured log, a broken JSON object on every line', () => fill('queue: delivery attempt failed\t{"rcpt":"bob@example.org","smtp_code":550,}\n')],
    ['a structured log, an object of no service on every line', () => fill('queue: delivery attempt failed\t{"rcpt":"bob@example.org","code":550}\n')],
    ['spaces', () => fill(' ')],
    ['whitespace mix', () => fill(' \t \n\n\t \r\n')],
    ['a@a@a@...', () => fill('a@')],
    ['<<<<', () => fill('<')],
    ['<a@b.c><a@b.c>...', () => fill('<a@b.c>')],
    ['one address on every line', () => fill('<a@b.cc>\n')],
    ['an Exim delivery line on every line, one recipient', () => fill('2024-03-01 10:00:00 1rf3Xa-0004Yz-2B => bob@example.org R=dnslookup T=remote_smtp C="250 OK"\n')],
    ['address and reply on every line', () => fill('<a@b.cc>: 550 5.1.1 unknown\n')],
    ['DSN fields, repeated', () => fill('Final-Recipient: rfc822; a@b.c\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 x\n\n')],
    ['a 1 MB line of words', () => fill('the quick brown fox said: mailbox ')],
    ['a 1 MB line of a reply', () => `550 5.1.1 <user@example.com>: ${fill('Recipient address rejected ').slice(0, size - 40)}`],
    ['raw message, 1 MB body line', () => headers + fill('550 5.1.1 user unknown ').slice(0, size - headers.length)],
    ['4000 spaces before addresses, per line', () => fill(`${' '.repeat(4000)}x a@b.cc d@e.ff g@h.ii j@k.ll\n`)],
    ['4000 "(" before addresses, per line', () => fill(`${'('.repeat(4000)}x a@b.cc d@e.ff g@h.ii j@k.ll\n`)],
    ['an address chained with @a, per line', () => fill(`u@example.com${'@a'.repeat(2000)}\n`)],
    ['report fields padded up to U+2028', () => `Final-Recipient: rfc822; a@b.c\n${fill(`Status:${' '.repeat(4000)}\u2028\n`)}`],
    ['prose notice, "response was:" x N', () => headers + fill('The response was:\n\n').slice(0, size - headers.length)],
    ['prose notice, one 1 MB paragraph', () => headers + fill('error response reply ').slice(0, size - headers.length - 1) + ':'],
    ['Subject of 40,000 encoded words', () => notice(`Subject: ${encodedWords(40_000)}\n`).slice(0, size)],
    ['To display name of 32,000 encoded words', () => notice(`To: ${encodedWords(32_000)} <a@example.org>\n`).slice(0, size)],
    ['attachment name of 32,000 encoded words', () => notice('', `Content-Type: text/plain\nContent-Disposition: attachment; filename="${encodedWords(32_000)}"\n\nx\n`).slice(0, size)],
    ['UTF-16LE file with a byte-order mark', () => utf16(fill('<a@example.org>: host mx.example.org said: 550 5.1.1 user unknown\n').slice(0, size / 2))],
    ['UTF-16LE raw message with a byte-order mark', () => utf16(notice('Subject: =?UTF-8?B?w6k=?=\n').slice(0, size / 2))],
    ['multiparts nested 15,000 deep, report inside', () => nested(15_000)],
    ['a returned-message marker, never at a line start', () => fill('x--- Below this line is a copy of the message.')],
    ['a returned-message marker after 4000 spaces, per line', () => fill(`${' '.repeat(4000)}x--- Below this line is a copy of the message.\n`)],
    ['HTML source, unclosed <style> openers', () => `<html>${fill('<style> ')}`],
    ['HTML source, a <style> closed at every line', () => `<html>${fill('<style>p{}</style><td>550 5.1.1 a@b.cc</td>\n')}`],
    ['HTML source, character references', () => `<p>${fill('&#x27;&#39;&#99999999;&amp;')}`],
    // The largest single lines a flattened notice is relined at (64 KB): its recipients' blocks and replies found again.
    ['64 KB flattened line: recipient, frame, reply', () => `This is the mail system. ${'<a@b.cc>: host mx.b.cc[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command) '.repeat(800)}`.slice(0, 64 * 1024 - 1)],
    ['64 KB flattened line: addresses under a heading', () => `The following addresses had permanent fatal errors: ${'a@b.cc, 550 '.repeat(6000)}`.slice(0, 64 * 1024 - 1)],
    ['64 KB flattened line: banners, hosts before replies', () => `${'----- Transcript of session follows ----- SMTP error from remote server after RCPT command: host: mx.b.cc 550 x '.repeat(800)}`.slice(0, 64 * 1024 - 1)],
    ['64 KB flattened line: recipients, the same words after each', () => `Immediately below you will find a list of the affected recipients; ${'<a@b.cc>  delivery failed; will not continue trying '.repeat(1400)}`.slice(0, 64 * 1024 - 1)],
    ['64 KB flattened line: replies that each name an address', () => `The mail system <a@b.cc>: host mx.b.cc said: ${'550 5.7.1 Refused x@b.cc '.repeat(2700)}`.slice(0, 64 * 1024 - 1)],
    ['a recipient list\'s heading, its items run into one paragraph', () => `Delivery to the following recipients failed.\n\n${'a@b.cc '.repeat(9000)}`.slice(0, 64 * 1024 - 1)],
    ['64 KB flattened line: frames, long host names, no reply', () => `${`SMTP error from remote server after RCPT command: host: ${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)} `.repeat(400)}`.slice(0, 64 * 1024 - 1)],
    ['a lead-in before 100 addresses, per line', () => fill(`Found inactive addresses: ${Array.from({length: 100}, (_, index) => `u${index}@example.org`).join(', ')}.\n`)],
    ['a header block of failed-recipients fields, one per line', () => fill('X-Failed-Recipients: a@b.cc,\n')],
    ['a print_r dump of nested arrays on every line', () => fill('    [event] => Array\n        (\n            [email] => bob@example.org\n')],
    ['a var_dump of strings that never close', () => `array(1) {\n  ["a"]=>\n  string(9) "${fill('x\n').slice(0, 1024 * 1024 - 40)}`],
    ['a Ruby hash that never closes', () => `{"a"=>${fill('{"b"=>[')}`],
    // Under the size at which a bracketed text is tried as a payload, so that it is read as one.
    ['64 KB of a Python dict of empty tuples, never closed', () => `{'a': [${fill('(), ')}`.slice(0, 64 * 1024 - 1)],
    ['a report field folded on every line', () => `Reporting-MTA: dns; a.example\n\nFinal-Recipient: rfc822;${'\n a@b.cc'.repeat(150_000)}\n`],
    ['7,000 Final-Recipient fields and 1,000 lines', () => fill(`${Array.from({length: 7000}, (_, index) => `Final-Recipient: rfc822; u${index}@example.org\n`).join('')}${Array.from({length: 1000}, (_, index) => `<u${index}@example.org>: 550 5.1.1 unknown\n`).join('')}`)],
    ['a note above a header block, again and again', () => fill('Here is the bounce:\n\nReceived: from a\nSubject: Undelivered Mail Returned to Sender\n\n')],
    ['provider names before a reply, again and again', () => fill('qq yahoo japan gmx.de from my gmail, gmail will retry for 4 more hours.\n550 5.1.1 unknown\n')],
    ['a forward attaching forwards, four per level', () => {
      const forward = (/** @type {string} */ inner) => `From: pat@example.org\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsee below\n${`--b\nContent-Type: message/rfc822\n\n${inner}\n`.repeat(4)}--b--\n`;
      return forward(forward(forward(`From: MAILER-DAEMON@example.net\nSubject: Undelivered Mail Returned to Sender\n\n${fill('<bob@example.org>: 550 5.1.1 unknown\n').slice(0, 16 * 1024)}`)));
    }],
  ];
  return inputs;
}

/**
 * The worker of (c): decodes the adversarial inputs from `workerData.start` on, posting
 * `{index, ms}` after each decode.
 */
async function adversarialWorker() {
  const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
  const {start, decoderFile} = /** @type {{start: number, decoderFile: string}} */ (workerData);
  /** @type {typeof import('../src/decoder/index.ts')} */
  const {decode} = await importBundle(decoderFile);
  const inputs = adversarialInputs();
  port.postMessage({ready: true});
  for (let index = start; index < inputs.length; index++) {
    const input = /** @type {[string, () => string | Uint8Array]} */ (inputs[index])[1]();
    for (let run = 0; run < adversarialRuns; run++) {
      const started = performance.now();
      await decode(input);
      port.postMessage({index, ms: performance.now() - started});
    }
  }
}

/**
 * Runs a worker from input `start` on, collecting times into `times`, until it finishes or a decode
 * passes `stopMs`; the input it stopped on gets `undefined`.
 * @param {number} start
 * @param {Map<number, number[] | undefined>} times
 * @param {string} decoderFile  the decoder the main thread bundled, imported as it is
 * @returns {Promise<number>} the first input not measured yet
 */
function runAdversarialWorker(start, times, decoderFile) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {workerData: {start, decoderFile}});
    let current = start;
    let stopped = false;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const stop = () => {
      stopped = true;
      times.set(current, undefined);
      void worker.terminate();
    };
    worker.on('message', (/** @type {{ready?: boolean, index: number, ms: number}} */ message) => {
      clearTimeout(timer);
      if (!message.ready) {
        const runs = times.get(message.index) ?? [];
        runs.push(message.ms);
        times.set(message.index, runs);
        current = runs.length === adversarialRuns ? message.index + 1 : message.index;
      }
      timer = setTimeout(stop, stopMs);
    });
    worker.on('error', reject);
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(stopped ? current + 1 : current);
    });
  });
}

/**
 * (c) Best time per adversarial input, one line each.
 * @param {string} decoderFile
 */
async function adversarial(decoderFile) {
  const names = adversarialInputs().map(([name]) => name);
  /** @type {Map<number, number[] | undefined>} */
  const times = new Map();
  for (let next = 0; next < names.length;) next = await runAdversarialWorker(next, times, decoderFile);
  return names.map((name, index) => {
    const runs = times.get(index);
    const result = runs === undefined
      ? `over ${figure(stopMs)} ms, stopped`
      : `${figure(Math.min(...runs), 1).padStart(8)} ms${Math.min(...runs) > slowMs ? `   OVER ${slowMs} ms` : ''}`;
    return `  ${name.padEnd(40)} ${result}`;
  });
}

/** The measurements (a), (b) and (c), printed. */
async function main() {
  const files = emlFiles(path.join(corpus, 'eml'));
  if (files.length === 0) {
    console.error(`No .eml files under ${path.join(corpus, 'eml')}. Usage: node scripts/bench.mjs [CORPUS_DIR]`);
    process.exit(2);
  }
  const inputs = files.map((file) => new Uint8Array(readFileSync(file)));
  const megabytes = inputs.reduce((sum, input) => sum + input.length, 0) / 1e6;
  console.log(`corpus: ${files.length} emails, ${figure(megabytes, 2)} MB (${corpus})`);
  console.log(`node ${process.version}\n`);

  const decoderFile = await bundleSource('src/decoder/index.ts', 'decoder');
  if (adversarialOnly) {
    console.log(`(c) adversarial inputs of 1 MB through decode(), best of ${adversarialRuns}`);
    console.log((await adversarial(decoderFile)).join('\n'));
    return;
  }
  /** @type {typeof import('../src/decoder/index.ts')} */
  const {decode} = await importBundle(decoderFile);

  console.log(`(a) in process, ${measuredPasses} passes after a warm-up pass`);
  console.log(`  Node's Blob:          ${await inProcess(decode, inputs)}`);
  const NativeBlob = globalThis.Blob;
  globalThis.Blob = /** @type {typeof Blob} */ (/** @type {unknown} */ (await loadMemoryBlob()));
  const memoryBlobLine = await inProcess(decode, inputs);
  console.log(`  MemoryBlob (the CLI): ${memoryBlobLine}`);
  globalThis.Blob = NativeBlob;

  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli'], {cwd: root, stdio: 'ignore'});
  const {mbox, remove} = corpusMbox(files);
  /** @type {Map<string, number[]>} */
  let times;
  try {
    times = await timeProcesses([
      ['floor', ['-e', floorSource, ...files], files.length],
      ['decoder', [cli, '--json', ...files], files.length],
      ['decoder --jobs 1', [cli, '--json', '--jobs', '1', ...files], files.length],
      ['decoder, one mbox', [cli, '--json', mbox], files.length],
    ]);
  } finally {
    remove();
  }
  const best = (/** @type {string} */ name) => Math.min(...(times.get(name) ?? []));
  const middle = (/** @type {string} */ name) => median(times.get(name) ?? []);
  console.log(`\n(b) whole process over ${files.length} emails, ${processRuns} runs each, best / median`);
  console.log(`  ${availableParallelism()} cores, load average ${figure(loadavg()[0] ?? 0, 1)}: the command line decodes on the free ones`);
  for (const [name, label] of /** @type {[string, string][]} */ ([
    ['floor', 'floor: node reading each file, one line per file'],
    ['decoder', 'node dist/cli/decode.mjs --json <files>'],
    ['decoder --jobs 1', 'the same on one thread (--jobs 1)'],
    ['decoder, one mbox', 'node dist/cli/decode.mjs --json <the corpus as one mbox>'],
  ])) {
    const ratio = name === 'floor' ? '' : `   ${figure(best(name) / best('floor'), 1)}x / ${figure(middle(name) / middle('floor'), 1)}x the floor`;
    console.log(`  ${label.padEnd(58)} ${figure(best(name), 2)} s / ${figure(middle(name), 2)} s = ${figure(files.length / best(name))} emails/s${ratio}`);
  }
  console.log(`  in process (a), MemoryBlob: ${memoryBlobLine}`);

  console.log(`\n(c) adversarial inputs of 1 MB through decode(), best of ${adversarialRuns}`);
  console.log((await adversarial(decoderFile)).join('\n'));
}

if (isMainThread) await main();
else await adversarialWorker();
