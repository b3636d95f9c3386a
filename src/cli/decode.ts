/**
 * The command-line decoder: `bounce-decode [--json] FILE...` (`-` is standard input). Built into
 * the single file `dist/cli/decode.mjs` (`npm run build:cli`); see `usage` for the options.
 *
 * Inputs are decoded one after another in one process, files are read whole with one system call,
 * the output is written in large chunks, and postal-mime gets a faster Blob (memory-blob.ts): what
 * is left of the time is start-up and the decoder itself (`npm run bench` measures both).
 */
import process from 'node:process';
import {decode, type DecodeResult} from '../decoder/index.ts';
import {parseArguments, usage, UsageError, type CliOptions} from './args.ts';
import {jsonLine, summary, toJsonRecord} from './format.ts';
import {installMemoryBlob} from './memory-blob.ts';
import {ChunkedWriter} from './output.ts';
import {readInputFile, readStandardInput} from './read-input-file.ts';

const name = 'bounce-decode';

async function decodeSafely(bytes: Uint8Array): Promise<DecodeResult | {error: string}> {
  try {
    return await decode(bytes);
  } catch (error) {
    // decode() promises never to throw; if it ever does, the other inputs still get decoded.
    return {error: `decoder failed: ${error instanceof Error ? error.message : String(error)}`};
  }
}

/** Decodes every input; resolves to the exit status. */
async function run(options: CliOptions): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  let failed = false;
  for (const file of options.files) {
    const input = file === '-' ? await readStandardInput() : readInputFile(file);
    const result = 'error' in input ? input : await decodeSafely(input.bytes);
    if ('error' in result) {
      failed = true;
      if (options.json) {
        out.write(jsonLine({file, error: result.error}));
      } else {
        // Flushed first, so that on a terminal the error shows among the summaries where it belongs.
        out.flush();
        process.stderr.write(`${name}: ${file}: ${result.error}\n`);
      }
      continue;
    }
    out.write(options.json ? jsonLine(toJsonRecord(file, result)) : summary(file, result));
  }
  out.flush();
  return failed ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n${usage.split('\n\n', 1)[0]}\nRun ${name} --help for more.\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(usage);
    return 0;
  }
  return run(options);
}

// `| head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

installMemoryBlob();
process.exitCode = await main(process.argv.slice(2));
