/**
 * An mbox (many messages in one file, each after a `From ` line) split into its messages as its
 * bytes arrive, chunk by chunk: memory is bounded by one message (and a message over the cap is
 * counted, not kept), and every byte is looked at a bounded number of times, so a file of any size
 * and any content splits in linear time.
 *
 * The format (RFC 4155, and the mboxo/mboxrd variants): a line that starts with `From ` opens a
 * message; a body line that started with `From ` was written as `>From `, and in mboxrd every
 * `>…>From ` line got one more `>`. Taking one `>` off each `>…>From ` line undoes both (an mboxo
 * body line that really began with `>From ` cannot be told apart; mboxo loses it).
 */
import {maxInputBytes} from './read-input-file.ts';

const lf = 0x0a;
const cr = 0x0d;
const greaterThan = 0x3e;
const fromLine = Buffer.from('From ');

function isLineEnd(byte: number | undefined): boolean {
  return byte === lf || byte === cr;
}

/** Where the line after `at` begins (after LF, CRLF or CR), or -1 when `bytes` ends first. */
function nextLineStart(bytes: Uint8Array, at: number): number {
  for (let index = at; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === lf) return index + 1;
    if (byte === cr) return bytes[index + 1] === lf ? index + 2 : index + 1;
  }
  return -1;
}

/** A header field's name and colon (RFC 5322 §3.6.8: printable ASCII but the colon), at most 76 long. */
function isHeaderLine(bytes: Uint8Array, at: number): boolean {
  for (let index = at; index < bytes.length && index - at <= 76; index++) {
    const byte = bytes[index]!;
    if (byte === 0x3a) return index > at;
    if (byte < 0x21 || byte > 0x7e) return false;
  }
  return false;
}

/**
 * Whether an input is an mbox, from its first bytes: its first line is a `From ` line and a header
 * field follows it. Never from the file's name; a message whose body holds a `From ` line is no
 * mbox, because its first line is a header.
 *
 * @example
 * looksLikeMbox(Buffer.from('From MAILER-DAEMON Mon Mar  3 10:00:00 2025\nFrom: x@example.net\n')) //=> true
 * looksLikeMbox(Buffer.from('From: x@example.net\n\nFrom here on\n')) //=> false
 */
export function looksLikeMbox(head: Uint8Array): boolean {
  if (head.length < fromLine.length || !Buffer.from(head.buffer, head.byteOffset, fromLine.length).equals(fromLine)) return false;
  const second = nextLineStart(head, fromLine.length);
  return second !== -1 && isHeaderLine(head, second);
}

/**
 * A message's bytes with the `From ` quoting undone: one `>` off every line that is `>…>From `.
 * Each `From ` found is looked back from over the `>`s just before it only, so it stays linear.
 *
 * @example
 * unquoteFrom(Buffer.from('a\n>From b\n>>From c\n')).toString() //=> 'a\nFrom b\n>From c\n'
 */
export function unquoteFrom(bytes: Buffer): Buffer {
  const kept: Buffer[] = [];
  let copied = 0;
  for (let at = bytes.indexOf(fromLine); at !== -1; at = bytes.indexOf(fromLine, at + fromLine.length)) {
    let start = at;
    while (start > 0 && bytes[start - 1] === greaterThan) start--;
    if (start === at || (start > 0 && !isLineEnd(bytes[start - 1]))) continue;
    kept.push(bytes.subarray(copied, start));
    copied = start + 1;
  }
  if (kept.length === 0) return bytes;
  kept.push(bytes.subarray(copied));
  return Buffer.concat(kept);
}

/** One message of an mbox: its bytes, or its size when it was over the cap (not kept). */
export type MboxMember =
  | {readonly index: number; readonly bytes: Buffer}
  | {readonly index: number; readonly tooLarge: number};

/**
 * Splits an mbox given in chunks of any size. `push` each chunk, then `end()`; both return the
 * messages completed so far, numbered from 1. Bytes before the first `From ` line (there are none
 * in an input `looksLikeMbox` accepted) are dropped.
 *
 * @example
 * const splitter = new MboxSplitter();
 * [...splitter.push(Buffer.from('From a\nSubject: 1\n\nhi\nFrom b\nSub')), ...splitter.end()].length //=> 2
 */
export class MboxSplitter {
  /** The current message's parts, while it is under the cap. */
  private parts: Buffer[] = [];
  private size = 0;
  /** The current message's number; 0 before the first `From ` line. */
  private index = 0;
  /** Inside a `From ` line: its bytes are not the message's. */
  private inFromLine = false;
  /** The `From ` line ended in CR at a chunk's end: a LF at the next one's start belongs to it. */
  private dropLf = false;
  /** At most four bytes held from a chunk's end that may start a `From ` line. */
  private carry: Buffer = Buffer.alloc(0);
  /** Whether the byte before the next chunk (carry included) ended a line. */
  private atLineStart = true;

  constructor(private readonly maxBytes = maxInputBytes) {}

  push(chunk: Uint8Array): MboxMember[] {
    const incoming = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let data = this.carry.length === 0 ? incoming : Buffer.concat([this.carry, incoming]);
    this.carry = Buffer.alloc(0);
    if (this.dropLf && data.length > 0) {
      if (data[0] === lf) data = data.subarray(1);
      this.dropLf = false;
    }
    const done: MboxMember[] = [];
    let position = 0;
    while (position < data.length) {
      if (this.inFromLine) {
        const next = nextLineStart(data, position);
        if (next === -1) {
          this.atLineStart = false;
          return done;
        }
        // A CR that ends the chunk may be the first half of a CRLF.
        if (next === data.length && data[next - 1] === cr) this.dropLf = true;
        this.inFromLine = false;
        position = next;
        continue;
      }
      const separator = this.findSeparator(data, position);
      if (separator === -1) {
        const held = this.heldTail(data, position);
        this.append(data.subarray(position, held));
        // Held bytes stand at a line start; otherwise the last byte says.
        this.atLineStart = held < data.length || isLineEnd(data[data.length - 1]);
        this.carry = Buffer.from(data.subarray(held));
        return done;
      }
      this.append(data.subarray(position, separator));
      const finished = this.finish();
      if (finished) done.push(finished);
      this.index++;
      this.inFromLine = true;
      position = separator + fromLine.length;
    }
    if (data.length > 0) this.atLineStart = isLineEnd(data[data.length - 1]);
    return done;
  }

  /** The last message, if the mbox had any. */
  end(): MboxMember[] {
    this.append(this.carry);
    this.carry = Buffer.alloc(0);
    const finished = this.finish();
    return finished ? [finished] : [];
  }

  /** The next `From ` at a line start from `position`, or -1. */
  private findSeparator(data: Buffer, position: number): number {
    for (let at = data.indexOf(fromLine, position); at !== -1; at = data.indexOf(fromLine, at + 1)) {
      if (at === 0 ? this.atLineStart : isLineEnd(data[at - 1])) return at;
    }
    return -1;
  }

  /**
   * Where the bytes that may begin a `From ` line cut by the chunk's end start: a line start in the
   * last four bytes followed by a prefix of `From `; `data.length` when there is none.
   */
  private heldTail(data: Buffer, position: number): number {
    for (let start = Math.max(position, data.length - fromLine.length + 1); start < data.length; start++) {
      const lineStart = start === 0 ? this.atLineStart : isLineEnd(data[start - 1]);
      if (lineStart && fromLine.subarray(0, data.length - start).equals(data.subarray(start))) return start;
    }
    return data.length;
  }

  private append(part: Buffer): void {
    if (part.length === 0) return;
    this.size += part.length;
    // Over the cap, the message is only counted: a 50 MB member costs no memory.
    if (this.size > this.maxBytes) this.parts = [];
    else this.parts.push(part);
  }

  private finish(): MboxMember | undefined {
    const {index, size, parts} = this;
    this.parts = [];
    this.size = 0;
    if (index === 0) return undefined;
    return size > this.maxBytes ? {index, tooLarge: size} : {index, bytes: unquoteFrom(Buffer.concat(parts, size))};
  }
}
