#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check the project has, in order, each timed, then a summary. It builds what it
 * tests. Every step runs even after one fails, so a single run shows everything that is wrong.
 *
 * To add a check, append a step to `steps` below; `counts` is optional and lets the summary count
 * the step's tests instead of counting the step as one.
 *
 * The last line is `N passed, N failed` (plus `, N skipped` when tests were skipped): unit and
 * end-to-end tests counted one by one, every other step as one.
 */
import {spawn} from 'node:child_process';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

/** @typedef {{passed: number, failed: number, skipped: number}} Counts */

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {readonly string[]} command  run from the project root; a bare name is looked up in node_modules/.bin first
 * @property {(output: string) => Counts | undefined} [counts]  reads the step's test counts from its output
 * @property {number} [timeoutMinutes]  default 10
 */

/** @param {string} tool */
const bin = (tool) => path.join(root, 'node_modules', '.bin', tool);

/**
 * The number in the last line of `output` that matches `pattern` (closing summaries come last).
 * @param {string} output
 * @param {RegExp} pattern  with one capture group, and the `g` and `m` flags
 */
function lastNumber(output, pattern) {
  const match = [...stripVTControlCharacters(output).matchAll(pattern)].at(-1);
  return match === undefined ? undefined : Number(match[1]);
}

/**
 * Counts from vitest's closing line, e.g. `Tests  3 failed | 590 passed | 2 skipped (595)`.
 * @param {string} output
 * @returns {Counts | undefined}
 */
function vitestCounts(output) {
  const line = [...stripVTControlCharacters(output).matchAll(/^\s*Tests\s+(.+\(\d+\))\s*$/gm)].at(-1)?.[1];
  if (line === undefined) {
    return undefined;
  }

  /** @param {string} word */
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return {passed: count('passed'), failed: count('failed'), skipped: count('skipped')};
}

/**
 * Counts from the closing lines of node's test runner in TAP form (`# pass 12`, `# fail 0`, ...).
 * @param {string} output
 * @returns {Counts | undefined}
 */
function nodeTestCounts(output) {
  const passed = lastNumber(output, /^# pass (\d+)$/gm);
  if (passed === undefined) {
    return undefined;
  }

  const failed = (lastNumber(output, /^# fail (\d+)$/gm) ?? 0) + (lastNumber(output, /^# cancelled (\d+)$/gm) ?? 0);
  return {passed, failed, skipped: lastNumber(output, /^# skipped (\d+)$/gm) ?? 0};
}

const e2eFiles = readdirSync(path.join(root, 'test', 'e2e'))
  .filter((file) => file.endsWith('.test.mjs'))
  .sort()
  .map((file) => path.join('test', 'e2e', file));

/** @type {Step[]} */
const steps = [
  {name: 'type check', command: [bin('tsc'), '--noEmit']},
  {name: 'type check (end-to-end tests)', command: [bin('tsc'), '--noEmit', '-p', 'test/e2e']},
  {name: 'lint', command: [bin('eslint'), '.']},
  {name: 'unit tests', command: [bin('vitest'), 'run'], counts: vitestCounts},
  {name: 'build (chrome, firefox, thunderbird, cli, library)', command: ['node', 'scripts/build.mjs']},
  // The package as a user installs it: packed, installed into an empty folder, imported there.
  {name: 'library package (npm pack, install, import)', command: ['node', '--test', '--test-reporter=tap', 'test/package/package.test.mjs'], counts: nodeTestCounts},
  // The corpus is the decoder's measure: CI fails when a score drops below scripts/eval-floors.json.
  {name: 'eval (test/corpus, floors)', command: ['node', 'scripts/eval.mjs', '--check', '--quiet']},
  {name: 'web-ext lint (dist/firefox)', command: [bin('web-ext'), 'lint', '--source-dir', 'dist/firefox', '--no-config-discovery']},
  // web-ext lints as for Firefox: the Thunderbird build passes with no error and three warnings that
  // are Firefox's alone (`messagesRead` is no Firefox permission; data_collection_permissions came
  // after Firefox 128, which is how it reads Thunderbird's minimum version). An error fails the step.
  {name: 'web-ext lint (dist/thunderbird)', command: [bin('web-ext'), 'lint', '--source-dir', 'dist/thunderbird', '--no-config-discovery']},
  // One browser at a time: on two cores, several browsers at once starve each other and focus and
  // timing checks become flaky.
  {name: 'end-to-end (Chromium, Firefox ESR, Thunderbird)', command: ['node', '--test', '--test-concurrency=1', '--test-reporter=tap', ...e2eFiles], counts: nodeTestCounts},
];

/**
 * Runs one step, echoing its output as it comes.
 * @param {Step} step
 * @returns {Promise<{ok: boolean, output: string, seconds: number}>}
 */
async function run(step) {
  const started = performance.now();
  const [command = '', ...args] = step.command;
  const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true});
  let output = '';
  child.stdout.on('data', (/** @type {Buffer} */ chunk) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });

  const timeout = setTimeout(() => {
    console.error(`\n${step.name}: still running after ${step.timeoutMinutes ?? 10} minutes; stopping it`);
    // The step's own children (browsers, workers) are in its process group: stop them all.
    if (child.pid !== undefined) {
      process.kill(-child.pid, 'SIGKILL');
    }
  }, (step.timeoutMinutes ?? 10) * 60_000);

  const ok = await new Promise((resolve) => {
    child.on('error', (error) => {
      output += String(error);
      console.error(error);
      resolve(false);
    });
    child.on('close', (code) => {
      resolve(code === 0);
    });
  });
  clearTimeout(timeout);
  return {ok, output, seconds: (performance.now() - started) / 1000};
}

/** @type {Array<{name: string, ok: boolean, seconds: number, counts: Counts, counted: boolean}>} */
const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.command.map((part) => path.relative(root, part) || part).join(' ')}`);
  const {ok, output, seconds} = await run(step);
  const counted = step.counts?.(output);
  // A step that crashed before counting, or whose counts miss the failure, still fails as one.
  const counts = counted ?? {passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0};
  if (!ok && counts.failed === 0) {
    counts.failed = 1;
  }

  results.push({name: step.name, ok, seconds, counts, counted: counted !== undefined});
  console.log(`━━ ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
}

const width = Math.max(...results.map(({name}) => name.length));
console.log('\nSummary');
for (const {name, ok, seconds, counts, counted} of results) {
  const tests = counted ? `  ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}` : '';
  console.log(`  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${ok ? 'ok    ' : 'FAILED'}${tests}`);
}

const total = results.reduce(
  (sum, {counts}) => ({passed: sum.passed + counts.passed, failed: sum.failed + counts.failed, skipped: sum.skipped + counts.skipped}),
  {passed: 0, failed: 0, skipped: 0},
);
const totalSeconds = results.reduce((sum, {seconds}) => sum + seconds, 0);
console.log(`  ${'total'.padEnd(width)}  ${totalSeconds.toFixed(1).padStart(6)} s`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = results.every(({ok}) => ok) ? 0 : 1;
