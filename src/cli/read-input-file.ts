import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import process from 'node:process';

/**
 * Reading the command line's inputs as bytes, with a size cap that is checked before the input is
 * read: a regular file by its size, anything else (standard input, a pipe, a device) by counting
 * bytes as they come and stopping just past the cap. So a huge or endless input is refused, never
 * read into memory or waited on forever.
 */

/** Inputs larger than this are refused. Real bounces are kilobytes; the decoder reads 4 MiB at most. */
export const maxInputBytes = 10 * 1024 * 1024;

export type InputRead = {readonly bytes: Uint8Array} | {readonly error: string};

const chunkBytes = 64 * 1024;

const limit = `${maxInputBytes / (1024 * 1024)} MiB`;

/** The refusal of an input over the cap; `size` when it is known without reading. */
function tooLarge(size?: number): {error: string} {
  return {error: `input too large (${size === undefined ? `over the ${limit} limit` : `${size} bytes, over the ${limit} limit`}), not decoded`};
}

/** `ENOENT: no such file or directory, stat 'x'` → `no such file or directory`. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const {code} = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error.message;
}

/** Joins chunks read one by one into one array. */
function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Reads an open descriptor to its end, refusing it as soon as it passes the cap. */
function readDescriptor(fd: number): InputRead {
  const stats = fstatSync(fd);
  if (stats.isDirectory()) return {error: 'is a directory'};
  // A regular file is refused by its size, unread; a pipe or device only by counting as it comes.
  if (stats.isFile() && stats.size > maxInputBytes) return tooLarge(stats.size);
  const chunks: Uint8Array[] = [];
  let length = 0;
  // A regular file takes one read of the size it had, and one more that finds the end in the spare byte.
  let chunk = new Uint8Array(stats.isFile() ? stats.size + 1 : chunkBytes);
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return {bytes: concat(chunks, length)};
    length += read;
    if (length > maxInputBytes) return tooLarge();
    chunks.push(chunk.subarray(0, read));
    chunk = read === chunk.length ? new Uint8Array(chunkBytes) : chunk.subarray(read);
  }
}

/**
 * Reads a file named on the command line. A regular file larger than the cap is refused by its
 * size before any of it is read.
 *
 * @example
 * readInputFile('missing.eml')
 * //=> {error: 'no such file or directory'}
 */
export function readInputFile(path: string): InputRead {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    return readDescriptor(fd);
  } catch (error) {
    return {error: describeError(error)};
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let standardInputRead = false;

/** Reads standard input (`-`) once, to its end or just past the cap. */
export async function readStandardInput(): Promise<InputRead> {
  if (standardInputRead) return {error: 'standard input was already read (- given twice)'};
  standardInputRead = true;
  try {
    // Redirected from a file (`< big.eml`): refuse by size without reading.
    const stats = fstatSync(0);
    if (stats.isFile() && stats.size > maxInputBytes) return tooLarge(stats.size);
  } catch {
    // No usable descriptor 0: the stream below reports what is wrong.
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of process.stdin as AsyncIterable<Uint8Array>) {
      length += chunk.length;
      // Leaving the loop destroys the stream: nothing more is read.
      if (length > maxInputBytes) return tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    return {error: describeError(error)};
  }
  return {bytes: concat(chunks, length)};
}
