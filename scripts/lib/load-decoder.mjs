// @ts-check
// Loads TypeScript modules of src/ straight from their source, bundled on the fly with rolldown
// (Vite's own bundler), so the measuring scripts always measure the current source without a build
// step.
import {mkdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'rolldown';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Bundles `entry` (a path from the project root) into one ES module, dynamic imports included, and
 * returns the bundle's path; `name` and the process id keep concurrent runs apart.
 * @param {string} entry
 * @param {string} name
 */
export async function bundleSource(entry, name) {
  const outDir = `${root}node_modules/.cache/bounce-decoder`;
  mkdirSync(outDir, {recursive: true});
  const file = `${outDir}/${name}-${process.pid}.mjs`;
  await build({
    input: `${root}${entry}`,
    platform: 'node',
    logLevel: 'silent',
    output: {file, format: 'esm', codeSplitting: false},
  });
  return file;
}

/**
 * Imports a bundle that `bundleSource` made (in this thread or another).
 * @param {string} file
 * @returns {Promise<any>}
 */
export async function importBundle(file) {
  return import(pathToFileURL(file).href);
}

/** @returns {Promise<typeof import('../../src/decoder/index.ts')>} */
export async function loadDecoder() {
  return importBundle(await bundleSource('src/decoder/index.ts', 'decoder'));
}
