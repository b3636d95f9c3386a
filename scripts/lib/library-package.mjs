// @ts-check
/**
 * The package as a user gets it: packed with `npm pack`, installed into an empty folder, imported
 * there. Shared by the package's test (test/library/package.test.ts) and by
 * `npm run readme:example`, which writes the README example's output from a real run.
 */
import {execFileSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** npm as the running node has it; `npm_execpath` is set when this runs under an npm script. */
function npm(/** @type {string[]} */ args, /** @type {string} */ cwd) {
  const npmCli = process.env['npm_execpath'];
  const [command, commandArgs] = npmCli && npmCli.endsWith('.js') ? [process.execPath, [npmCli, ...args]] : ['npm', args];
  return execFileSync(command, commandArgs, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/**
 * Packs the package as built (`node scripts/build.mjs cli library` first) and installs it into a
 * new empty folder, as `npm install ./bounce-decoder-x.y.z.tgz` would for a user.
 * @returns {{folder: string, tarball: string, packedBytes: number, unpackedBytes: number, files: string[]}}
 */
export function packAndInstall() {
  const work = mkdtempSync(path.join(tmpdir(), 'bounce-decoder-package-'));
  // The build above made what is packed; `prepack` and the like have nothing left to do.
  const [packed] = /** @type {{filename: string, size: number, unpackedSize: number, files: {path: string}[]}[]} */ (
    JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root))
  );
  if (!packed) throw new Error('npm pack printed no package');
  const tarball = path.join(work, packed.filename);
  const folder = path.join(work, 'user');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({name: 'library-user', private: true, type: 'module'}, null, 2)}\n`);
  // The one dependency comes from npm's cache when `npm ci` has filled it, from the registry otherwise.
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], folder);
  return {folder, tarball, packedBytes: packed.size, unpackedBytes: packed.unpackedSize, files: packed.files.map((file) => file.path).sort()};
}

/** The corpus email the README example reads as its raw message (`bounce.eml`). */
export const exampleBounce = path.join('test', 'corpus', 'eml', 'bsd', 'lhost-postfix-45.eml');

const exampleStart = '<!-- library-example -->';
const outputStart = '<!-- library-example-output -->';

/**
 * The README's library example: the code block after its marker, and the output block after its
 * own, with where that block's text lies in the README.
 * @param {string} readme
 */
export function readmeExample(readme) {
  const block = (/** @type {string} */ marker) => {
    const at = readme.indexOf(marker);
    if (at < 0) throw new Error(`README.md has no ${marker}`);
    const open = readme.indexOf('\n', readme.indexOf('```', at)) + 1;
    const close = readme.indexOf('```', open);
    return {text: readme.slice(open, close), start: open, end: close};
  };
  return {code: block(exampleStart).text, output: block(outputStart)};
}

/**
 * Runs the README's example in an installed folder, with the example bounce beside it; returns
 * what it prints.
 * @param {string} folder
 * @param {string} code
 */
export function runExample(folder, code) {
  copyFileSync(path.join(root, exampleBounce), path.join(folder, 'bounce.eml'));
  writeFileSync(path.join(folder, 'example.mjs'), code);
  return execFileSync(process.execPath, ['example.mjs'], {cwd: folder, encoding: 'utf8'});
}

/** Reads README.md. */
export function readReadme() {
  return readFileSync(path.join(root, 'README.md'), 'utf8');
}
