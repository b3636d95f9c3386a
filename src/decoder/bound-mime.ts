/**
 * Bounds what reaches the MIME parser, in one linear pass over the raw message (line ends already
 * unified to LF), before postal-mime sees it:
 *
 * - every header field (a line and its folded continuation lines), at the top and in every part,
 *   is cut to `maxHeaderFieldLength`. postal-mime decodes a header's encoded words in time
 *   quadratic in the header's length (a Subject of 40,000 encoded words took 13 s); a real
 *   notice's longest header is a few kilobytes, and the decoder reads only From, Subject,
 *   Content-Type and a few short markers;
 * - a header block keeps its first `maxHeaderFields` fields; the rest are dropped up to the block's
 *   blank line. postal-mime builds an object for every field (a block of 36,000 fields took 60 ms
 *   of its parsing alone); a real notice's block holds a few dozen, its Received fields included;
 * - multiparts nested deeper than `maxMultipartDepth` are flattened into the deepest one kept: their
 *   boundary lines become that one's, so every part inside stays a part the parser reads (postal-mime
 *   throws past 256 levels, and the whole message was then read as plain text).
 *
 * This is not a MIME parser: it decodes nothing and only recognises header blocks, Content-Type's
 * `multipart/*` and `boundary`, and boundary lines. A message with nothing to bound comes back as it
 * was, the same object.
 */

/** The longest header field passed on; longer ones are cut (see above). */
export const maxHeaderFieldLength = 8 * 1024;

/** The header fields a header block keeps; later ones are dropped (see above). */
export const maxHeaderFields = 1000;

/** Multipart levels kept as they are; deeper ones are flattened into the last kept level. */
export const maxMultipartDepth = 32;

/** The next line at or after `from` (a line start) that opens with `--`, or -1. */
function dashLine(text: string, from: number): number {
  if (text.startsWith('--', from)) return from;
  const at = text.indexOf('\n--', from);
  return at < 0 ? -1 : at + 1;
}

/** A change to the input: `[start, end)` becomes `text` ('' drops it). */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Level {
  readonly boundary: string;
  /** The boundary its lines are written with: its own, or the deepest kept level's when flattened. */
  readonly writeAs: string;
}

/** A Content-Type field tried in place (sticky), with the kind of part it opens when it matters. */
const contentTypeAt = /content-type[ \t]*:[ \t]*(multipart\/|message\/(?:rfc822|global)(?![\w-]))?/iy;
// Bounded quantifiers: the value is at most `maxHeaderFieldLength` and a boundary at most 70 characters (RFC 2046).
const boundaryPattern = /\bboundary[ \t]*=[ \t]*(?:"([^"\n]{1,200})"|([^\s;"]{1,200}))/i;

/** The edits that bound the message, in input order; empty when nothing needs bounding. */
function boundingEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  /** Adds an edit at `start`, after the ones before it (edits inside a held part come first). */
  const edit = (start: number, end: number, text: string): void => {
    let at = edits.length;
    while (at > 0 && edits[at - 1]!.start >= start) at--;
    edits.splice(at, 0, {start, end, text});
  };
  /** Drops `[start, end)` whole, with the edits already made inside it. */
  const drop = (start: number, end: number): void => {
    while (edits.length > 0 && edits.at(-1)!.start >= start) edits.pop();
    edits.push({start, end, text: ''});
  };

  const levels: Level[] = [];
  /** The innermost level of each boundary name, for one lookup per boundary line. */
  const levelOf = new Map<string, number>();
  let inHeader = true;
  // A boundary line that opens a part, held until the part's header block says what the part is:
  // where it stands, and the boundary to write it with when its level was flattened.
  let separatorStart = -1;
  let separatorEnd = -1;
  let separatorRewrite: string | undefined;
  // The header field being read: where it starts, how long it is so far, and whether it was cut.
  let fieldStart = -1;
  let fieldLength = 0;
  let fieldCut = false;
  // The fields of the header block read so far, and where the first one past `maxHeaderFields` starts.
  let blockFields = 0;
  let excessStart = -1;
  // What the current header block declares.
  let multipartBoundary: string | undefined;
  let multipartField: [start: number, end: number] | undefined;
  let nestedMessage = false;

  const c = 99;
  const upperC = 67;
  const closeField = (end: number): void => {
    if (fieldStart < 0) return;
    // Only Content-Type matters here: the first letter rules out the rest without reading them.
    const letter = text.charCodeAt(fieldStart);
    if (letter !== c && letter !== upperC) {
      fieldStart = -1;
      return;
    }
    // `end` is the next line's start: the field's own line end is not part of it.
    const fieldEnd = end > fieldStart && text.charCodeAt(end - 1) === 10 ? end - 1 : end;
    contentTypeAt.lastIndex = fieldStart;
    const type = contentTypeAt.exec(text);
    if (type !== null && type.index + type[0].length <= fieldEnd) {
      const field = text.slice(fieldStart, Math.min(fieldEnd, fieldStart + maxHeaderFieldLength));
      const unfolded = field.includes('\n') ? field.replace(/\n[ \t]*/g, ' ') : field;
      multipartBoundary = undefined;
      multipartField = undefined;
      // A type folded onto the next line is read from the unfolded field.
      const kind = type[1] ?? (unfolded === field ? undefined : /^content-type[ \t]*:[ \t]*(multipart\/|message\/(?:rfc822|global)(?![\w-]))?/i.exec(unfolded)?.[1]);
      nestedMessage = kind !== undefined && /^message/i.test(kind);
      if (kind !== undefined && /^multipart/i.test(kind)) {
        const match = boundaryPattern.exec(unfolded);
        const boundary = match?.[1] ?? match?.[2];
        if (boundary !== undefined) {
          multipartBoundary = boundary;
          multipartField = [fieldStart, end];
        }
      }
    }
    fieldStart = -1;
  };

  /** Ends a header block whose blank line ends at `blockEnd`. */
  const closeHeaderBlock = (blockEnd: number): void => {
    const deepest = levels.at(-1);
    if (multipartBoundary !== undefined && levels.length >= maxMultipartDepth && deepest) {
      // Too deep: the multipart's own part goes (its separator and headers, or, with no separator, its
      // type), and its parts become the deepest kept level's.
      if (separatorStart >= 0) drop(separatorStart, blockEnd);
      else edit(multipartField![0], multipartField![1], 'Content-Type: text/plain\n');
      levels.push({boundary: multipartBoundary, writeAs: deepest.writeAs});
    } else {
      if (separatorRewrite !== undefined) edit(separatorStart, separatorEnd, `--${separatorRewrite}`);
      if (multipartBoundary !== undefined) levels.push({boundary: multipartBoundary, writeAs: multipartBoundary});
    }
    if (multipartBoundary !== undefined) levelOf.set(multipartBoundary, levels.length - 1);
    // An attached message starts with a header block of its own.
    inHeader = multipartBoundary === undefined && nestedMessage;
    separatorStart = -1;
    separatorRewrite = undefined;
    multipartBoundary = undefined;
    multipartField = undefined;
    nestedMessage = false;
  };

  const popTo = (depth: number): void => {
    while (levels.length > depth) {
      const level = levels.pop()!;
      if (levelOf.get(level.boundary) === levels.length) levelOf.delete(level.boundary);
    }
  };

  const space = 32;
  const tab = 9;
  const dash = 45;
  let start = 0;
  while (start <= text.length) {
    if (!inHeader) {
      // In a body only boundary lines matter: go straight to the next line that opens with `--`.
      if (levels.length === 0) break;
      start = dashLine(text, start);
      if (start < 0) break;
    }
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const first = start < end ? text.charCodeAt(start) : -1;
    if (inHeader) {
      if (first === -1) {
        if (excessStart >= 0) drop(excessStart, start);
        else closeField(end);
        blockFields = 0;
        excessStart = -1;
        closeHeaderBlock(Math.min(next, text.length));
      } else if (excessStart >= 0) {
        // Past the block's bound: everything up to its blank line goes, in one edit at its end.
      } else if (first === space || first === tab) {
        if (fieldStart >= 0) {
          if (fieldCut) {
            edit(start - 1, end, '');
          } else if (fieldLength + 1 + end - start > maxHeaderFieldLength) {
            // Room left for the line's fold and a character or more: keep that much; else drop the
            // line with its line end, so that no blank line ends the header block early.
            const room = maxHeaderFieldLength - fieldLength - 1;
            if (room >= 2) edit(start + room, end, '');
            else edit(start - 1, end, '');
            fieldCut = true;
          } else {
            fieldLength += 1 + end - start;
          }
        }
      } else if (++blockFields > maxHeaderFields) {
        closeField(start);
        excessStart = start;
      } else {
        closeField(start);
        fieldStart = start;
        fieldLength = end - start;
        fieldCut = fieldLength > maxHeaderFieldLength;
        if (fieldCut) edit(start + maxHeaderFieldLength, end, '');
      }
    } else if (first === dash && end - start >= 2 && text.charCodeAt(start + 1) === dash) {
      // `--boundary` opens a part, `--boundary--` closes the multipart; blanks may follow.
      let bare = text.slice(start + 2, Math.min(end, start + 300)).trimEnd();
      const closes = bare.endsWith('--');
      if (closes) bare = bare.slice(0, -2);
      const depth = levelOf.get(bare);
      if (depth !== undefined) {
        const level = levels[depth]!;
        const flattened = level.writeAs !== level.boundary;
        if (closes) {
          popTo(depth);
          // The kept level it was flattened into goes on: only a kept level's own close is written.
          if (flattened) edit(start, next, '');
        } else {
          popTo(depth + 1);
          separatorStart = start;
          separatorEnd = end;
          separatorRewrite = flattened ? level.writeAs : undefined;
          inHeader = true;
          fieldStart = -1;
          blockFields = 0;
          excessStart = -1;
        }
      }
    }
    start = next;
  }
  // A header block the message ends in, without its blank line: its excess goes too.
  if (inHeader && excessStart >= 0) drop(excessStart, text.length);
  if (inHeader && separatorRewrite !== undefined) edit(separatorStart, separatorEnd, `--${separatorRewrite}`);
  return edits;
}

/** The kept ranges of the input and the texts that replace the rest, in order. */
function piecesOf(edits: readonly Edit[], length: number): (readonly [number, number] | string)[] {
  const pieces: (readonly [number, number] | string)[] = [];
  let from = 0;
  for (const {start, end, text} of edits) {
    if (start > from) pieces.push([from, start]);
    if (text !== '') pieces.push(text);
    from = Math.max(from, end);
  }
  if (from < length) pieces.push([from, length]);
  return pieces;
}

/** How many times "boundary" (any case) stands in a message: at most one multipart each. */
function countBoundaries(text: string): number {
  return text.match(/boundary/gi)?.length ?? 0;
}

/**
 * Whether a header field may need bounding anywhere in the text, in one walk over its line ends: a
 * line and the lines folded under it (opening with a space or a tab) run as long as one field's
 * bound, or the text has more line ends than a header block keeps fields (only then can a block
 * hold too many). Bodies count too (an indented paragraph looks folded, a long body has many
 * lines), which only costs the full pass, and that pass goes through a body from boundary line to
 * boundary line.
 */
function mayNeedFieldBounds(text: string): boolean {
  let unitStart = 0;
  let lineEnds = 0;
  for (let lineStart = 0; lineStart < text.length;) {
    const next = text.indexOf('\n', lineStart);
    const lineEnd = next < 0 ? text.length : next;
    const first = text.charCodeAt(lineStart);
    if (first !== 32 && first !== 9) unitStart = lineStart;
    if (lineEnd - unitStart >= maxHeaderFieldLength) return true;
    if (next < 0) break;
    if (++lineEnds > maxHeaderFields) return true;
    lineStart = next + 1;
  }
  return false;
}

/** Each byte one character (windows-1252, which the label latin1 names, maps every byte to one), so offsets carry over. */
export const singleByte = new TextDecoder('latin1');
const ascii = new TextEncoder();

/**
 * `message` with its header fields and nesting bounded for the MIME parser; see the file's comment.
 * For bytes, `singleByteText` is their decoding one character per byte when the caller has it.
 */
export function boundForMimeParser(message: string): string;
export function boundForMimeParser(message: Uint8Array, singleByteText?: string): Uint8Array;
export function boundForMimeParser(message: string | Uint8Array, singleByteText?: string): string | Uint8Array;
export function boundForMimeParser(message: string | Uint8Array, singleByteText?: string): string | Uint8Array {
  // One character per byte, so the edits' offsets are the bytes' own: one scan, over a string.
  const text = typeof message === 'string' ? message : singleByteText ?? singleByte.decode(message);
  // Nothing to bound with no line run as long as a field's bound, no more lines than a block keeps
  // fields and fewer multiparts than the depth kept: most notices. A walk over the line ends and one
  // native count tell.
  if (!mayNeedFieldBounds(text) && countBoundaries(text) < maxMultipartDepth) return message;
  const edits = boundingEdits(text);
  if (edits.length === 0) return message;
  if (typeof message === 'string') {
    return piecesOf(edits, message.length).map((piece) => (typeof piece === 'string' ? piece : message.slice(piece[0], piece[1]))).join('');
  }
  const parts = piecesOf(edits, message.length).map((piece) => (typeof piece === 'string' ? ascii.encode(piece) : message.subarray(piece[0], piece[1])));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
