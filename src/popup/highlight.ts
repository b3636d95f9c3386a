/**
 * Splitting a diagnostic line into plain and highlighted segments: the parts that led to a
 * conclusion (the decoder's evidence texts) are marked. The result is data, rendered as text
 * nodes and `<mark>` elements; nothing in it is ever parsed as HTML or as a pattern.
 */

/** A run of the text; `marks` holds the indexes of the needles that cover it (empty: plain text). */
export interface Segment {
  readonly text: string;
  readonly marks: readonly number[];
}

/**
 * A text folded for matching: lower case, every run of white space one space. `from[i]` and `to[i]`
 * are the start and end, in the original text, of what the folded unit `i` stands for.
 */
interface Folded {
  readonly text: string;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

function fold(text: string): Folded {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) ?? 0;
    const character = String.fromCodePoint(codePoint);
    let end = index + character.length;
    let lower = character.toLowerCase();
    if (/\s/u.test(character)) {
      while (end < text.length && /\s/u.test(text[end] ?? '')) {
        end++;
      }
      lower = ' ';
    }
    // Lower-casing can lengthen a character ('İ' becomes two units): each unit maps to all of it.
    for (const unit of lower.split('')) {
      folded += unit;
      from.push(index);
      to.push(end);
    }
    index = end;
  }
  return {text: folded, from, to};
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether a match at [start, end) of `haystack` cuts no word (or number) in two at its edges. */
function atWordEdges(haystack: string, needle: string, start: number, end: number): boolean {
  const cutsBefore = wordCharacter.test(needle[0] ?? '') && wordCharacter.test(haystack[start - 1] ?? '');
  const cutsAfter = wordCharacter.test(needle.at(-1) ?? '') && wordCharacter.test(haystack[end] ?? '');
  return !cutsBefore && !cutsAfter;
}

/**
 * Where `needle` first occurs in `haystack`, both folded, preferring an occurrence that is a whole
 * word or number (`550` in "550 5.1.1", not in "4550"); undefined when it does not occur at all.
 */
function findFolded(haystack: string, needle: string): number | undefined {
  let first: number | undefined;
  for (let start = haystack.indexOf(needle); start !== -1; start = haystack.indexOf(needle, start + 1)) {
    if (atWordEdges(haystack, needle, start, start + needle.length)) {
      return start;
    }
    first ??= start;
  }
  return first;
}

/**
 * Splits `text` into segments, marking the first occurrence of each needle. Matching is literal
 * (no pattern syntax: `[tss04]` and `a.b*` are just characters), ignores case and treats any run of
 * white space as one space, since evidence is quoted from a normalised line while the diagnostic
 * keeps its line folds. A needle that is not found marks nothing; overlapping matches split into
 * segments covered by each needle involved.
 *
 * @example
 * highlightSegments('550 5.1.1 User unknown', ['5.1.1', 'user unknown'])
 * //=> [{text: '550 ', marks: []}, {text: '5.1.1', marks: [0]}, {text: ' ', marks: []}, {text: 'User unknown', marks: [1]}]
 */
export function highlightSegments(text: string, needles: readonly string[]): Segment[] {
  const haystack = fold(text);
  /** Boundaries in the original text, and which needles start or end there. */
  const ranges: Array<{start: number; end: number; needle: number}> = [];
  for (const [needle, raw] of needles.entries()) {
    const folded = fold(raw.trim()).text;
    if (folded === '') {
      continue;
    }

    const start = findFolded(haystack.text, folded);
    if (start !== undefined) {
      const last = start + folded.length - 1;
      ranges.push({start: haystack.from[start] ?? 0, end: haystack.to[last] ?? text.length, needle});
    }
  }

  const cuts = [...new Set([0, text.length, ...ranges.flatMap(({start, end}) => [start, end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index] ?? 0;
    const end = cuts[index + 1] ?? text.length;
    const marks = ranges.filter((range) => range.start <= start && range.end >= end).map((range) => range.needle);
    const previous = segments.at(-1);
    if (previous && previous.marks.join() === marks.join()) {
      segments[segments.length - 1] = {text: previous.text + text.slice(start, end), marks};
    } else {
      segments.push({text: text.slice(start, end), marks});
    }
  }
  return segments;
}
