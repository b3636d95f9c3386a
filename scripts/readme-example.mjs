#!/usr/bin/env node
// @ts-check
/**
 * Writes the output of README.md's library example from a real run: the package is built, packed,
 * installed into an empty folder and the example run there (scripts/lib/library-package.mjs).
 * test/package/package.test.mjs fails when the README's output is not what the example prints.
 *
 *   npm run readme:example
 */
import {execFileSync} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {packAndInstall, readmeExample, readReadme, root, runExample} from './lib/library-package.mjs';

execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli', 'library'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
const installed = packAndInstall();
try {
  const readme = readReadme();
  const {code, output} = readmeExample(readme);
  const printed = runExample(installed.folder, code);
  writeFileSync(path.join(root, 'README.md'), readme.slice(0, output.start) + printed + readme.slice(output.end));
  console.log(printed === output.text ? 'README.md: the example\'s output was already up to date' : 'README.md: the example\'s output written');
} finally {
  rmSync(path.dirname(installed.folder), {recursive: true, force: true});
}
