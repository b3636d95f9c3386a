/**
 * Substring matching over normalised text. Phrases are plain lower-case strings, never regular
 * expressions, so every match is linear in the length of the text whatever the input.
 */

/**
 * A literal string as a regular-expression source, for a pattern that holds fixed words.
 * @example escapeRegExp('[tss04]') //=> '\\[tss04\\]'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `text`, lower-cased, holds one of the lower-case `patterns`. */
export function includesAny(text: string, patterns: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return patterns.some((pattern) => lower.includes(pattern));
}

/** The first phrase found in `text`, or undefined. */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  for (const phrase of phrases) {
    if (text.includes(phrase)) return phrase;
  }
  return undefined;
}

/**
 * Whether the fragments appear in `text` in this order, each after the end of the previous one
 * (Sisimai's "aligned" idea: a variable middle between fixed words).
 * @example inOrder('user foo does not exist', ['user ', ' does not exist']) //=> true
 */
export function inOrder(text: string, fragments: readonly string[]): boolean {
  let from = 0;
  for (const fragment of fragments) {
    const at = text.indexOf(fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

/**
 * White space that normalising changes: a run of two or more, or one that is not a plain space.
 * Most of a text's white space is single spaces, which are left in place instead of replaced.
 */
const foldableSpace = /[^\S ]\s*| \s+/g;

/** Lower-case and fold every run of white space to one space: the form phrases are matched on. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(foldableSpace, ' ').trim();
}

/** A literal found by `LiteralSet`: which one, and where it starts. */
export interface LiteralMatch {
  readonly text: string;
  readonly index: number;
}

/** Upper-case ASCII and Latin-1 letters to lower case, in place of `toLowerCase`, which may change a text's length. */
function foldCase(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 0xC0 && code <= 0xDE && code !== 0xD7) ? code + 32 : code;
}

/** One Wu–Manber search over literals of similar length (see `LiteralSet`). */
class WindowSearch {
  readonly #caseBlind: boolean;
  /** The length of the shortest literal: the window. */
  readonly #window: number;
  /** How many characters the block at the window's end is: one to three. */
  readonly #block: number;
  /** By the hash of the block at the window's end, how far the window may jump. */
  readonly #shift: Uint8Array;
  /** The hash's mask: the table has a few slots for each block of the literals' prefixes, so few collide. */
  readonly #mask: number;
  /** By the hash of the block at the window's end, the literals whose window-long prefix ends so, longest first. */
  readonly #candidates = new Map<number, string[]>();

  /** `literals`: distinct, not empty, longest first, lower case when `caseBlind`. */
  constructor(literals: readonly string[], caseBlind: boolean) {
    this.#caseBlind = caseBlind;
    this.#window = literals.length === 0 ? 0 : Math.min(...literals.map((text) => text.length));
    // Wu and Manber's choice of block length: log base c of 2·k·m for k literals over an alphabet of
    // c characters (about 30 in lower-case text), so that few blocks of the text end a literal's prefix.
    const suggested = Math.round(Math.log(2 * literals.length * this.#window) / Math.log(30));
    this.#block = Math.max(1, Math.min(3, this.#window, suggested));
    const longest = Math.min(255, this.#window - this.#block + 1);
    const blocks = literals.length * (this.#window - this.#block + 1);
    this.#mask = 2 ** Math.min(16, Math.max(8, Math.ceil(Math.log2(8 * blocks)))) - 1;
    this.#shift = new Uint8Array(this.#mask + 1).fill(longest);
    for (const literal of literals) {
      for (let end = this.#block - 1; end < this.#window; end++) {
        const hash = this.#hashAt(literal, end);
        const shift = this.#window - 1 - end;
        if (shift < this.#shift[hash]!) this.#shift[hash] = shift;
        if (shift === 0) {
          const list = this.#candidates.get(hash);
          if (list) list.push(literal);
          else this.#candidates.set(hash, [literal]);
        }
      }
    }
  }

  /** The hash of the block that ends at `end` in `text`. */
  #hashAt(text: string, end: number): number {
    let hash = 0;
    for (let at = end - this.#block + 1; at <= end; at++) {
      const code = text.charCodeAt(at);
      // A polynomial hash: every character of the block reaches the low bits that the mask keeps.
      hash = hash * 37 + (this.#caseBlind ? foldCase(code) : code);
    }
    return hash & this.#mask;
  }

  /** Whether `literal` stands in `text` at `start`. */
  #standsAt(text: string, literal: string, start: number): boolean {
    if (!this.#caseBlind) return text.startsWith(literal, start);
    if (start + literal.length > text.length) return false;
    for (let offset = 0; offset < literal.length; offset++) {
      if (foldCase(text.charCodeAt(start + offset)) !== literal.charCodeAt(offset)) return false;
    }
    return true;
  }

  /**
   * Slides the window from `from` on and calls `found` with each literal that stands where the
   * window starts, longest first, until `found` returns `false`.
   */
  #scan(text: string, from: number, found: (literal: string, start: number) => boolean): void {
    const window = this.#window;
    if (window === 0) return;
    const shifts = this.#shift;
    const candidates = this.#candidates;
    const block = this.#block;
    const mask = this.#mask;
    const caseBlind = this.#caseBlind;
    let end = from + window - 1;
    while (end < text.length) {
      // The block's hash, as `#hashAt` computes it, inline: this loop is the whole cost of a scan.
      let hash = 0;
      for (let at = end - block + 1; at <= end; at++) {
        const code = text.charCodeAt(at);
        hash = hash * 37 + (caseBlind ? foldCase(code) : code);
      }
      hash &= mask;
      const shift = shifts[hash]!;
      if (shift > 0) {
        end += shift;
        continue;
      }
      const start = end - window + 1;
      const first = caseBlind ? foldCase(text.charCodeAt(start)) : text.charCodeAt(start);
      for (const literal of candidates.get(hash)!) {
        // The first character rules most candidates out before a comparison is called.
        if (literal.charCodeAt(0) === first && this.#standsAt(text, literal, start) && !found(literal, start)) return;
      }
      end++;
    }
  }

  /** The first match in `text` that starts at `from` or after. */
  next(text: string, from = 0): LiteralMatch | undefined {
    let match: LiteralMatch | undefined;
    this.#scan(text, from, (literal, index) => {
      match = {text: literal, index};
      return false;
    });
    return match;
  }

  /** Every place any literal stands in `text`, overlapping ones too, in order of where they start. */
  occurrences(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    this.#scan(text, 0, (literal, index) => found.push({text: literal, index}) > 0);
    return found;
  }
}

/** Literals shorter than this are searched apart from the others (see `LiteralSet`). */
const shortLiteralLength = 8;

/**
 * Many literal texts found in one pass: what a regular alternation of them finds (`a|b|c` with the
 * longest first, flag `g`: leftmost match, then longest, no overlaps), but without trying every
 * literal at every position of the text.
 *
 * Why: a backtracking engine tries each of a hundred alternatives at each position, so each scan of
 * a notice for a mail server's fixed lines cost as much as parsing the notice. This is the
 * Wu–Manber multi-pattern search (Wu and Manber, "A fast algorithm for multi-pattern searching",
 * 1994): a window as long as the shortest literal slides along the text, and the few characters at
 * its end say how far it can safely jump; only where they end some literal's prefix are the
 * literals compared. The work at each position is bounded by the literals, never by the text.
 *
 * A few short literals ("rbl", "spf") would make the window, and so every jump, short for all the
 * others: literals shorter than `shortLiteralLength` are searched apart, and the two searches'
 * results merged in order.
 */
export class LiteralSet {
  readonly #searches: readonly WindowSearch[];

  /**
   * @param texts the literals
   * @param caseBlind whether A-Z and the Latin-1 capitals match their lower case, as flag `i` would
   */
  constructor(texts: readonly string[], {caseBlind = false}: {caseBlind?: boolean} = {}) {
    const literals = [...new Set(texts.filter((text) => text !== '').map((text) => (caseBlind ? text.toLowerCase() : text)))].sort((a, b) => b.length - a.length);
    const long = literals.filter((literal) => literal.length >= shortLiteralLength);
    const short = literals.filter((literal) => literal.length < shortLiteralLength);
    this.#searches = [long, short].filter((tier) => tier.length > 0).map((tier) => new WindowSearch(tier, caseBlind));
  }

  /** The first match in `text` that starts at `from` or after: the leftmost, then the longest. */
  next(text: string, from = 0): LiteralMatch | undefined {
    let best: LiteralMatch | undefined;
    for (const search of this.#searches) {
      const match = search.next(text, from);
      if (match && (!best || match.index < best.index || (match.index === best.index && match.text.length > best.text.length))) best = match;
    }
    return best;
  }

  /** Every match in `text`, in order. */
  *matches(text: string): Generator<LiteralMatch> {
    // Each search's next match is kept until the merged stream passes it: every text is scanned
    // once per search, however the matches interleave.
    const pending = this.#searches.map((search) => search.next(text, 0));
    for (;;) {
      let chosen = -1;
      for (let at = 0; at < pending.length; at++) {
        const match = pending[at];
        const best = chosen < 0 ? undefined : pending[chosen];
        if (match && (!best || match.index < best.index || (match.index === best.index && match.text.length > best.text.length))) chosen = at;
      }
      if (chosen < 0) return;
      const match = pending[chosen]!;
      yield match;
      const end = match.index + match.text.length;
      for (let at = 0; at < pending.length; at++) {
        if (pending[at] && pending[at]!.index < end) pending[at] = this.#searches[at]!.next(text, end);
      }
    }
  }

  /** Every place any literal stands in `text`, overlapping ones too, by where they start (then longest first). */
  occurrences(text: string): LiteralMatch[] {
    const found = this.#searches.flatMap((search) => search.occurrences(text));
    return this.#searches.length > 1 ? found.sort((a, b) => a.index - b.index || b.text.length - a.text.length) : found;
  }

  /** Every literal that stands anywhere in `text`, overlapping ones too, each once, by where it first stands. */
  allIn(text: string): Set<string> {
    return new Set(this.occurrences(text).map((match) => match.text));
  }

  /** The first match in `text`, if any. */
  first(text: string): LiteralMatch | undefined {
    return this.next(text);
  }

  /** Whether any literal stands in `text`. */
  test(text: string): boolean {
    return this.#searches.some((search) => search.next(text, 0) !== undefined);
  }
}
