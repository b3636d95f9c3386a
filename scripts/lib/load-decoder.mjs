// Loads the decoder straight from its TypeScript source, bundled on the fly with rolldown (Vite's
// own bundler), so the measuring scripts always measure the current source without a build step.
import {mkdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'rolldown';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** @returns {Promise<typeof import('../../src/decoder/index.ts')>} */
export async function loadDecoder() {
  const outDir = `${root}node_modules/.cache/bounce-decoder`;
  mkdirSync(outDir, {recursive: true});
  const file = `${outDir}/decoder-${process.pid}.mjs`;
  await build({
    input: `${root}src/decoder/index.ts`,
    platform: 'node',
    logLevel: 'silent',
    output: {file, format: 'esm', codeSplitting: false},
  });
  return import(pathToFileURL(file).href);
}
