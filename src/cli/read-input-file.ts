import {closeSync, fstatSync, openSync, readSync} from 'node:fs';
import path from 'node:path';
import {looksLikeMbox, MboxSplitter, type MboxMember} from './mbox.ts';

/**
 * Reading the command line's inputs as messages: a file holds one message, or an mbox of many
 * (told by its first lines, `looksLikeMbox`). One message is read whole, with a size cap checked
 * before it is read: a regular file by its size, anything else (standard input, a pipe, a device)
 * by counting bytes as they come and stopping just past the cap. An mbox is read in chunks and split
 * as it comes, so it may be of any size: the cap holds per message.
 *
 * Files are read with synchronous calls: a small file takes some ten microseconds that way, against
 * a tenth of a millisecond and an event-loop turn per call asynchronously, and the decoding it
 * would overlap with runs in worker threads anyway when there is much to read.
 */

/** Inputs larger than this are refused. Real bounces are kilobytes; the decoder reads 4 MiB at most. */
export const maxInputBytes = 10 * 1024 * 1024;

/** One message to decode, or why it cannot be; `message` numbers the members of an mbox from 1. */
export type Piece =
  | {readonly file: string; readonly message?: number; readonly bytes: Uint8Array}
  | {readonly file: string; readonly message?: number; readonly error: string};

/** Enough of an input to see whether it is an mbox: its first two lines. */
const headBytes = 64 * 1024;
/** What one read asks for when an input is read in chunks. */
const chunkBytes = 1024 * 1024;

const limit = `${maxInputBytes / (1024 * 1024)} MiB`;

/** The refusal of an input over the cap; `size` when it is known without reading. */
export function tooLarge(size?: number): string {
  return `input too large (${size === undefined ? `over the ${limit} limit` : `${size} bytes, over the ${limit} limit`}), not decoded`;
}

/** `ENOENT: no such file or directory, stat 'x'` → `no such file or directory`. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const {code} = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error.message;
}

function concat(chunks: readonly Buffer[], length: number): Buffer {
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

/**
 * One input's bytes, pushed in chunks as they are read, turned into its messages: the first
 * `headBytes` tell an mbox (then split as it comes) from one message (then gathered up to the cap).
 * `size` is a regular file's size: one message larger than the cap is then refused unread.
 */
export class MessageReader {
  private head: Buffer[] = [];
  private length = 0;
  private splitter: MboxSplitter | undefined;
  /** Nothing more is wanted: the one message is over the cap. */
  done = false;

  /**
   * @param oneMessage the file is one message whatever its first line says (see `holdsOneMessage`)
   */
  constructor(private readonly file: string, private readonly size?: number, private readonly oneMessage = false) {}

  push(chunk: Buffer): Piece[] {
    if (this.done) return [];
    if (this.splitter) return this.pieces(this.splitter.push(chunk));
    this.head.push(chunk);
    this.length += chunk.length;
    if (this.length < headBytes && this.length <= maxInputBytes) return [];
    if (this.splitter === undefined && this.length - chunk.length < headBytes) {
      const pieces = this.decide();
      if (pieces) return pieces;
    }
    if (this.length > maxInputBytes) {
      this.done = true;
      // Counted, not by its size: a file can grow while it is read.
      return [{file: this.file, error: tooLarge()}];
    }
    return [];
  }

  end(): Piece[] {
    if (this.done) return [];
    const decided = this.splitter === undefined ? this.decide() ?? [] : [];
    if (this.done) return decided;
    this.done = true;
    if (this.splitter) return [...decided, ...this.pieces(this.splitter.end())];
    return [{file: this.file, bytes: concat(this.head, this.length)}];
  }

  /** With the head read: an mbox starts splitting; one message over the cap by size is refused. */
  private decide(): Piece[] | undefined {
    const gathered = concat(this.head, this.length);
    this.head = [gathered];
    if (!this.oneMessage && looksLikeMbox(gathered)) {
      this.splitter = new MboxSplitter(maxInputBytes);
      this.head = [];
      return this.pieces(this.splitter.push(gathered));
    }
    if (this.size !== undefined && this.size > maxInputBytes) {
      this.done = true;
      return [{file: this.file, error: tooLarge(this.size)}];
    }
    return undefined;
  }

  private pieces(members: readonly MboxMember[]): Piece[] {
    return members.map((member) => 'bytes' in member
      ? {file: this.file, message: member.index, bytes: member.bytes}
      : {file: this.file, message: member.index, error: tooLarge(member.tooLarge)});
  }
}

/**
 * Whether a file is one message by its name: any file with an extension but `.mbox` or `.mbx` (an
 * `.eml`, a `.txt`, a `.msg`). Only an mbox's names (`bounces.mbox`, or none, as `Inbox` or `mbox`)
 * let its first line make it an mbox. A `From ` line at the top of a saved message is the envelope
 * line of the mailbox it came from, and one in its body is text, a notice quoting the original:
 * that a writer of mboxes would have quoted it (`>From`) is all that tells it from a second
 * message, and a saved message is not written so.
 */
export function holdsOneMessage(file: string): boolean {
  const name = path.basename(file);
  return /\.[^.]+$/.test(name) && !/\.mbo?x$/i.test(name);
}

/**
 * The messages of a file named on the command line: one, or each member of an mbox, as they are
 * read. A regular file up to the cap takes one read of the size it had and one more that finds the
 * end; anything larger is read in chunks.
 *
 * @example
 * [...readFileMessages('missing.eml')]
 * //=> [{file: 'missing.eml', error: 'no such file or directory'}]
 */
export function* readFileMessages(file: string): Generator<Piece> {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    if (stats.isDirectory()) {
      yield {file, error: 'is a directory'};
      return;
    }
    const reader = new MessageReader(file, stats.isFile() ? stats.size : undefined, holdsOneMessage(file));
    let chunk = Buffer.allocUnsafe(stats.isFile() && stats.size <= maxInputBytes ? stats.size + 1 : chunkBytes);
    let filled = 0;
    while (!reader.done) {
      const read = readSync(fd, chunk, filled, chunk.length - filled, null);
      if (read === 0) {
        if (filled > 0) yield* reader.push(chunk.subarray(0, filled));
        yield* reader.end();
        return;
      }
      filled += read;
      // A chunk is handed on only full (or at the end): the splitter keeps views of it.
      if (filled === chunk.length) {
        yield* reader.push(chunk);
        chunk = Buffer.allocUnsafe(chunkBytes);
        filled = 0;
      }
    }
  } catch (error) {
    yield {file, error: describeError(error)};
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let standardInputRead = false;

/** The messages of standard input (`-`), read once, as they come. */
export async function* readStandardInputMessages(): AsyncGenerator<Piece> {
  const file = '-';
  if (standardInputRead) {
    yield {file, error: 'standard input was already read (- given twice)'};
    return;
  }
  standardInputRead = true;
  let size: number | undefined;
  try {
    // Redirected from a file (`< big.eml`): one message over the cap is refused by its size, unread.
    const stats = fstatSync(0);
    if (stats.isFile()) size = stats.size;
  } catch {
    // No usable descriptor 0: the stream below reports what is wrong.
  }
  const reader = new MessageReader(file, size);
  try {
    for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
      yield* reader.push(chunk);
      // Leaving the loop destroys the stream: nothing more is read.
      if (reader.done) return;
    }
  } catch (error) {
    yield {file, error: describeError(error)};
    return;
  }
  yield* reader.end();
}
