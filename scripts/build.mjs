#!/usr/bin/env node
// @ts-check
/**
 * Builds what ships: the extension for Chrome, for Firefox and for Thunderbird, each with its store
 * zip, the one-file command line, and the library (the package's import, with its type
 * declarations).
 *
 *   node scripts/build.mjs                   all five
 *   node scripts/build.mjs firefox cli       only those
 *
 * Each build is `vite build --mode <target>` with vite.config.ts; this script adds the zips, the
 * library's type declarations and the size report.
 */
import {spawn} from 'node:child_process';
import {readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync, zipSync} from 'fflate';
import {build as rolldown} from 'rolldown';
import {dts} from 'rolldown-plugin-dts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const targets = /** @type {const} */ (['chrome', 'firefox', 'thunderbird', 'cli', 'library']);

/** @typedef {(typeof targets)[number]} Target */

/** @param {string} name @returns {name is Target} */
function isTarget(name) {
  return /** @type {readonly string[]} */ (targets).includes(name);
}

/** @param {number} bytes */
function formatSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/**
 * Every file under `directory`, as paths relative to it with `/` separators, sorted so that the
 * zip's entry order does not depend on the file system.
 * @param {string} directory
 * @returns {Promise<string[]>}
 */
async function listFiles(directory) {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Zips a built extension the way the stores take it (Chrome Web Store, addons.mozilla.org,
 * addons.thunderbird.net): manifest.json at the top level. Entry times
 * are fixed, so the same build gives the same zip, byte for byte.
 * @param {string} directory
 * @param {string} zipPath
 */
async function zipDirectory(directory, zipPath) {
  /** @type {import('fflate').Zippable} */
  const files = {};
  for (const file of await listFiles(directory)) {
    files[file] = [await readFile(path.join(directory, file)), {mtime: new Date('2000-01-01T00:00:00Z')}];
  }
  await writeFile(zipPath, zipSync(files, {level: 9}));
}

/** @param {string} directory */
async function directorySize(directory) {
  const files = await listFiles(directory);
  let bytes = 0;
  for (const file of files) {
    bytes += (await stat(path.join(directory, file))).size;
  }
  return {files: files.length, bytes};
}

/**
 * A warning that nobody can act on: @crxjs/vite-plugin 3.0.0 builds a standalone content script
 * with both `build.lib` (format iife, for which vite sets `codeSplitting: false`) and
 * `output.inlineDynamicImports: true` (`createIifeConfig` in its dist/index.mjs), and rolldown's
 * native side prints that the second is redundant. The script is built right either way (one file,
 * nothing split). It is printed natively, past any JS logger, so vite runs in a child process and
 * this one exact line is left out of what it prints; anything else passes through.
 */
const redundantOptionWarning = /^\s*(?:\[warn\]|WARN)\s+`?inlineDynamicImports`? option is ignored because `?codeSplitting: false`? is set\.\s*$/;

/**
 * Runs `vite build --mode <mode>` and echoes its output, less `redundantOptionWarning`.
 * @param {string} target  a target, or a part of one (`chrome:content-script`)
 */
function viteBuild(target) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--mode', target, '--logLevel', 'warn'], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']});
  /** @param {NodeJS.WritableStream} out */
  const echo = (out) => {
    let pending = '';
    return {
      /** @param {Buffer} chunk */
      data(chunk) {
        const lines = (pending + chunk.toString()).split('\n');
        pending = lines.pop() ?? '';
        for (const line of lines) if (!redundantOptionWarning.test(line)) out.write(`${line}\n`);
      },
      end() {
        if (pending !== '' && !redundantOptionWarning.test(pending)) out.write(pending);
      },
    };
  };
  const stdout = echo(process.stdout);
  const stderr = echo(process.stderr);
  child.stdout.on('data', stdout.data);
  child.stderr.on('data', stderr.data);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      stdout.end();
      stderr.end();
      if (code === 0) resolve(undefined);
      else reject(new Error(`vite build --mode ${target} exited with ${code}`));
    });
  });
}

/**
 * The library's type declarations as one file, `dist/library/index.d.ts`: only what its entry
 * exports and the types those name, generated from the source by TypeScript (rolldown-plugin-dts).
 */
async function buildDeclarations() {
  await rolldown({
    input: {index: path.join(root, 'src', 'library', 'index.ts')},
    cwd: root,
    logLevel: 'warn',
    checks: {pluginTimings: false},
    plugins: [dts({emitDtsOnly: true, tsconfig: path.join(root, 'tsconfig.json')})],
    external: ['postal-mime'],
    output: {dir: path.join(dist, 'library'), format: 'es'},
  });
}

/**
 * Builds a browser's content script again, without the rules' citations, where crx wrote it
 * (`contentScriptConfig` in vite.config.ts says why). Thunderbird's build has none.
 * @param {Target} target
 * @param {string} directory  the browser's build
 */
async function rebuildContentScripts(target, directory) {
  /** @type {{content_scripts?: unknown[]}} */
  const manifest = JSON.parse(await readFile(path.join(directory, 'manifest.json'), 'utf8'));
  if ((manifest.content_scripts ?? []).length > 0) await viteBuild(`${target}:content-script`);
}

/**
 * @param {Target} target
 * @returns {Promise<string[]>} lines for the size report
 */
async function buildTarget(target) {
  await viteBuild(target);

  if (target === 'cli') {
    const {size} = await stat(path.join(dist, 'cli', 'decode.mjs'));
    return [`cli: dist/cli/decode.mjs ${formatSize(size)}`];
  }

  if (target === 'library') {
    await buildDeclarations();
    const code = await readFile(path.join(dist, 'library', 'index.js'));
    const {size: typesBytes} = await stat(path.join(dist, 'library', 'index.d.ts'));
    return [
      `library: dist/library/index.js ${formatSize(code.length)} (gzip ${formatSize(gzipSync(code, {level: 9}).length)})`,
      `library: dist/library/index.d.ts ${formatSize(typesBytes)}`,
    ];
  }

  const directory = path.join(dist, target);
  await rebuildContentScripts(target, directory);
  const zipName = `bounce-decoder-${target}.zip`;
  await zipDirectory(directory, path.join(dist, zipName));
  const {files, bytes} = await directorySize(directory);
  const {size: zipBytes} = await stat(path.join(dist, zipName));
  return [
    `${target}: dist/${target}/ ${formatSize(bytes)} in ${files} files`,
    `${target}: dist/${zipName} ${formatSize(zipBytes)}`,
  ];
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !isTarget(name));
if (unknown.length > 0) {
  console.error(`Unknown target ${unknown.join(', ')}; expected one or more of: ${targets.join(', ')}`);
  process.exit(2);
}

const chosen = requested.length === 0 ? [...targets] : requested.filter((name) => isTarget(name));
const report = [];
for (const target of chosen) {
  const started = performance.now();
  const lines = await buildTarget(target);
  console.log(`built ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  report.push(...lines);
}

console.log(report.join('\n'));
