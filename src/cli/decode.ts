/**
 * The command-line decoder: `bounce-decode [--json | --csv | --summary] FILE...` (`-` is standard
 * input). Built into the single file `dist/cli/decode.mjs` (`npm run build:cli`); see `usage` for
 * the options.
 *
 * Inputs are read as they are needed; an mbox is split as it is read. A few inputs are decoded in
 * this thread: starting workers would cost more than it saves. Many are decoded on the free cores, by
 * this thread and worker threads running this same file (`workerMain`), and the outcomes are
 * printed in the inputs' order. Output is written in large chunks, and postal-mime gets a faster
 * Blob (memory-blob.ts). `npm run bench` measures the whole.
 */
import {availableParallelism, loadavg} from 'node:os';
import {parseArguments, usage, UsageError, type CliOptions} from './args.ts';
import {csvHeader} from './csv-rows.ts';
import {decodeMessage, type Outcome} from './decode-message.ts';
import {DecoderPool, workerForm, workerMain} from './decoder-pool.ts';
import {inputName, jsonLine} from './format.ts';
import {GroupTable} from './group-table.ts';
import {installMemoryBlob} from './memory-blob.ts';
import {ChunkedWriter} from './output.ts';
import {Progress} from './progress.ts';
import {readFileMessages, readStandardInputMessages, type Piece} from './read-input-file.ts';
import {walkInputs, type InputFile} from './walk-inputs.ts';

const name = 'bounce-decode';

/**
 * Below these, one thread decodes: a worker costs some 100 ms of processor time to start (a node
 * of its own, the decoder loaded and warmed up again), the time this thread decodes about a
 * hundred emails in.
 */
const workersFromFiles = 100;
const workersFromBytes = 1024 * 1024;
/** Messages under way per thread before the oldest outcome is awaited: bounds the memory held. */
const underWayPerThread = 8;

/** The messages of every input, in order; an input with nothing to read gives its error. */
async function* piecesOf(inputs: readonly InputFile[]): AsyncGenerator<Piece> {
  for (const {file, error} of inputs) {
    if (error !== undefined) yield {file, error};
    else yield* file === '-' ? readStandardInputMessages() : readFileMessages(file);
  }
}

/**
 * What one decoding thread keeps busy: about a core and a third, for V8 compiles its hot code and
 * collects its garbage on threads of its own beside it. Measured with `time` over 625 bounce
 * emails, and the same sixteen times over: 1.37 cores of user time per core of wall time on one
 * thread. On 2 free cores a second decoding thread therefore only competes with the first one's
 * helpers: at 625 emails 0.67 s against 0.54 s on one thread, at 10,000 emails 4.5 s against 3.9 s.
 */
const coresPerThread = 1.4;

/**
 * How many threads decode: as asked, or, when there is much to decode, as many as the cores that
 * other work leaves free (the load average, 0 where the system gives none) keep busy, each with its
 * compiler's and collector's threads (`coresPerThread`).
 */
function threadCount(options: CliOptions, inputs: readonly InputFile[]): number {
  if (options.jobs !== undefined) return options.jobs;
  const bytes = inputs.reduce((sum, input) => sum + (input.size ?? 0), 0);
  if (inputs.length < workersFromFiles && bytes < workersFromBytes) return 1;
  const cores = availableParallelism();
  const free = Math.max(0, cores - loadavg()[0]!);
  return Math.max(1, Math.min(cores, Math.floor(free / coresPerThread)));
}

/** Decodes every input; resolves to the exit status. */
async function run(options: CliOptions): Promise<number> {
  const out = new ChunkedWriter(process.stdout);
  const inputs = walkInputs(options.files);
  const threads = threadCount(options, inputs);
  const pool = threads > 1 ? new DecoderPool(threads - 1, options.form, new URL(import.meta.url)) : undefined;
  const sizes = inputs.map((input) => input.size);
  const progress = new Progress({
    sink: process.stderr,
    isTTY: process.stderr.isTTY,
    totalFiles: inputs.length,
    ...(sizes.every((size) => size !== undefined) ? {totalBytes: sizes.reduce((sum, size) => sum + size, 0)} : {}),
  });
  const table = options.form === 'summary' ? new GroupTable() : undefined;
  let failed = false;
  let emails = 0;
  let bytesDone = 0;
  let filesDone = 0;
  let lastFile: string | undefined;

  const print = (piece: Piece, outcome: Outcome): void => {
    emails++;
    if ('bytes' in piece) bytesDone += piece.bytes.length;
    if ('error' in outcome) {
      failed = true;
      table?.addUnreadable();
      if (options.form === 'json') {
        out.write(jsonLine({file: piece.file, ...(piece.message === undefined ? {} : {message: piece.message}), error: outcome.error}));
      } else {
        // Flushed first, so that on a terminal the error shows among the summaries where it belongs.
        out.flush();
        progress.clear();
        process.stderr.write(`${name}: ${inputName(piece.file, piece.message)}: ${outcome.error}\n`);
      }
    } else {
      out.write(outcome.text);
      if (outcome.keys) table?.add(outcome.keys);
    }
    progress.update(emails, filesDone, bytesDone);
  };

  if (options.form === 'csv') out.write(csvHeader);
  const queued: {readonly piece: Piece; readonly outcome: Promise<Outcome>}[] = [];
  const most = pool ? threads * underWayPerThread : 1;
  for await (const piece of piecesOf(inputs)) {
    if (piece.file !== lastFile) {
      if (lastFile !== undefined) filesDone++;
      lastFile = piece.file;
    }
    const outcome = 'error' in piece
      ? Promise.resolve({error: piece.error})
      : pool ? pool.decode(piece) : decodeMessage(piece, options.form);
    queued.push({piece, outcome});
    // Decoding here runs on promises alone: a turn of the event loop takes in the workers' replies.
    if (pool) await new Promise((resolve) => setImmediate(resolve));
    while (queued.length >= most) {
      const oldest = queued.shift()!;
      print(oldest.piece, await oldest.outcome);
    }
  }
  for (const {piece, outcome} of queued) print(piece, await outcome);
  await pool?.close();
  if (table) out.write(table.render());
  progress.clear();
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

installMemoryBlob();
const form = workerForm();
if (form === undefined) {
  // `| head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
} else {
  workerMain(form);
}
