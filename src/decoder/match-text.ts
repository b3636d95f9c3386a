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

/** Whether `text`, lower-cased and its typography folded (`foldTypography`), holds one of the lower-case `patterns`. */
export function includesAny(text: string, patterns: readonly string[]): boolean {
  const lower = foldTypography(text).toLowerCase();
  return patterns.some((pattern) => lower.includes(pattern));
}

/**
 * The characters that typesetting puts where the rules' texts have plain ones, each with the plain
 * one: no-break and thin spaces (French puts one before a colon, "Code d'état\u00a0:"), typographic
 * apostrophes ("couldn’t"), and the full-width colon of Japanese text ("状態コード：").
 */
const typographicPlain: Readonly<Record<string, string>> = {
  '\u00a0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u202f': ' ', // narrow no-break space
  '\u2018': '\'', // left single quotation mark
  '\u2019': '\'', // right single quotation mark, the typographic apostrophe
  '\u02bc': '\'', // modifier letter apostrophe
  '\uff07': '\'', // full-width apostrophe
  '\uff1a': ':', // full-width colon
  // What a word processor or a blog makes of a pasted notice: "--" as a dash, straight quotes curled.
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u201c': '"', // left double quotation mark
  '\u201d': '"', // right double quotation mark
  // Characters a page puts in a text unseen, which a copy keeps: a zero-width space after an "@" so
  // that an address or a version ("lighthouse@4.0.0") becomes no mailto link or mention, a soft
  // hyphen or a word joiner where a long word may wrap. They are dropped: they split what they stand
  // in. Not the zero-width joiner and non-joiner: Persian and Indic words are spelled with them.
  '\u00ad': '', // soft hyphen
  '\u200b': '', // zero width space
  '\u2060': '', // word joiner
  '\ufeff': '', // zero width no-break space (a byte order mark inside a text)
  // The marks a right-to-left page (Hebrew, Arabic, Persian) puts around a left-to-right run, an
  // address or a code, so that it shows in its order: Unicode's explicit directional formatting
  // characters (UAX #9 §2.1-2.6), which only steer the display and spell nothing.
  '\u200e': '', // left-to-right mark
  '\u200f': '', // right-to-left mark
  '\u061c': '', // Arabic letter mark
  '\u202a': '', // left-to-right embedding
  '\u202b': '', // right-to-left embedding
  '\u202c': '', // pop directional formatting
  '\u202d': '', // left-to-right override
  '\u202e': '', // right-to-left override
  '\u2066': '', // left-to-right isolate
  '\u2067': '', // right-to-left isolate
  '\u2068': '', // first strong isolate
  '\u2069': '', // pop directional isolate
};
const typographicCharacters = new RegExp(`[${Object.keys(typographicPlain).join('')}]`, 'g');
const beyondPlainAscii = /[^\t\n\r\x20-\x7e]/;

/**
 * `text` in the form the rules' texts are written in: composed (NFC, so that an accent sent as a
 * letter and a combining mark reads as the one accented letter), with the typographic characters
 * of `typographicPlain` replaced by plain ones and the invisible ones dropped. A text of printable ASCII
 * (and tabs and line ends) comes back as it is, read no further than the test that it is one.
 *
 * @example
 * foldTypography('Code d\u2019e\u0301tat\u00a0: 550 5.1.10')
 * //=> "Code d'état : 550 5.1.10"
 */
export function foldTypography(text: string): string {
  if (!beyondPlainAscii.test(text)) return text;
  return text.normalize('NFC').replace(typographicCharacters, (character) => typographicPlain[character]!);
}

/** The first phrase found in `text`, or undefined. */
export function findPhrase(text: string, phrases: readonly string[]): string | undefined {
  for (const phrase of phrases) {
    if (text.includes(phrase)) return phrase;
  }
  return undefined;
}

/** The most words a sequence's variable middle may hold: a name, an address, a few words of one clause. */
export const maxSequenceGapWords = 6;

/** The most characters a sequence's variable middle may hold (a whole address fits). */
export const maxSequenceGapLength = 255;

/** Whether the text between two fragments of a sequence is a middle of one clause, not a stretch of a notice. */
function isShortMiddle(text: string, from: number, to: number): boolean {
  if (to - from > maxSequenceGapLength) return false;
  const middle = text.slice(from, to).trim();
  let words = middle === '' ? 0 : 1;
  for (let at = middle.indexOf(' '); at >= 0 && words <= maxSequenceGapWords; at = middle.indexOf(' ', at + 1)) words++;
  return words <= maxSequenceGapWords;
}

/**
 * Whether the fragments appear in `text` in this order, each after the end of the previous one
 * and near it (Sisimai's "aligned" idea: a variable middle between fixed words). The middle is at
 * most `maxSequenceGapWords` words: a sequence says one clause ("host example.org not found"), and
 * a notice's text holds its template's words too ("... at host mx.example.net ... said: 550 The
 * mailbox you specified was not found" names no missing host). Each later fragment is looked up
 * from a position that only moves forward, so the search stays linear in the text.
 * @example inOrder('user foo does not exist', ['user ', ' does not exist']) //=> true
 * @example inOrder('host a said: 550 the mailbox you specified was not found', ['host ', ' not found']) //=> false
 */
export function inOrder(text: string, fragments: readonly string[]): boolean {
  const [first, ...rest] = fragments;
  if (first === undefined) return true;
  // The earliest place of each later fragment at or after where it was last looked for.
  const next = rest.map(() => -1);
  for (let start = text.indexOf(first); start >= 0; start = text.indexOf(first, start + 1)) {
    let end = start + first.length;
    let near = true;
    for (const [index, fragment] of rest.entries()) {
      if (next[index]! < end) next[index] = text.indexOf(fragment, end);
      const at = next[index]!;
      // Nowhere after this start, so nowhere after any later one.
      if (at < 0) return false;
      if (!isShortMiddle(text, end, at)) {
        near = false;
        break;
      }
      end = at + fragment.length;
    }
    if (near) return true;
  }
  return false;
}

/**
 * White space that normalising changes: a run of two or more, or one that is not a plain space.
 * Most of a text's white space is single spaces, which are left in place instead of replaced.
 */
const foldableSpace = /[^\S ]\s*| \s+/g;

/**
 * The texts normalised last, with their forms: a notice's diagnostic and its block are asked for by
 * several readers in turn. Compared with `===`, not looked up in a map: a map hashes every text it
 * is asked for, a pass over each long one that cost more than the hits saved, while a comparison
 * stops at a different length or the first different character, and at once on the same string.
 */
const recentTexts: string[] = [];
const recentForms: string[] = [];
const maxRecentlyNormalized = 16;
let nextRecent = 0;

/** Lower-case and fold every run of white space to one space: the form phrases are matched on. */
export function normalizeForMatch(text: string): string {
  for (let index = 0; index < recentTexts.length; index++) {
    if (recentTexts[index] === text) return recentForms[index]!;
  }
  // Lower case last: V8 returns a replace's result as a rope of pieces, and every search of it paid
  // to walk the rope (a multi-literal scan ran at less than half speed); lower-casing writes one
  // flat string, and has less text to do once the white space is folded. Neither step makes or
  // changes white space, so the order does not change the result.
  const normalized = text.replace(foldableSpace, ' ').trim().toLowerCase();
  recentTexts[nextRecent] = text;
  recentForms[nextRecent] = normalized;
  nextRecent = (nextRecent + 1) % maxRecentlyNormalized;
  return normalized;
}

/**
 * English negations as servers and people write them, in full or contracted: Microsoft's replies
 * say "doesn't exist" where others say "does not exist", and a person retyping a reply writes
 * either. Lower case, as phrases are matched.
 */
const negationForms: readonly (readonly string[])[] = [
  ['do not', 'don\'t'], ['does not', 'doesn\'t'], ['did not', 'didn\'t'], ['is not', 'isn\'t'], ['are not', 'aren\'t'],
  ['was not', 'wasn\'t'], ['were not', 'weren\'t'], ['could not', 'couldn\'t'], ['cannot', 'can\'t', 'can not'], ['will not', 'won\'t'],
  ['has not', 'hasn\'t'], ['have not', 'haven\'t'], ['would not', 'wouldn\'t'], ['should not', 'shouldn\'t'], ['must not', 'mustn\'t'],
];

/** Each form of `negationForms`, matched as whole words. */
const negationPatterns = negationForms.map((forms) => forms.map((form) => new RegExp(`(?<![a-z'])${escapeRegExp(form)}(?![a-z'])`, 'g')));

/**
 * The other ways of writing a phrase's negations (`negationForms`): "does not exist" gives
 * "doesn't exist", "can't connect to" gives "cannot connect to" and "can not connect to". Each
 * negation of the phrase is written in each of its forms in turn, and a phrase that opens with "not"
 * is written after a contraction too; a phrase with none gives none.
 */
export function negationVariants(phrase: string): string[] {
  // Every form holds "not" or "n't": most phrases hold neither, and are done at once.
  if (!phrase.includes('not') && !phrase.includes('n\'t')) return [];
  const variants = new Set<string>();
  for (const [index, patterns] of negationPatterns.entries()) {
    const present = patterns.findIndex((pattern) => phrase.search(pattern) >= 0);
    if (present < 0) continue;
    for (const [other, form] of negationForms[index]!.entries()) {
      if (other !== present) variants.add(phrase.replace(patterns[present]!, form));
    }
  }
  // A phrase that opens with "not" ("not authenticated") stands after any verb the text contracts
  // it with ("wasn't authenticated", "isn't authenticated").
  if (phrase.startsWith('not ')) variants.add(`n't${phrase.slice(3)}`);
  variants.delete(phrase);
  return [...variants];
}

/** A literal found by `LiteralSet`: which one, and where it starts. */
export interface LiteralMatch {
  readonly text: string;
  readonly index: number;
}

/** Upper-case ASCII and Latin-1 letters, the ones a case-blind search folds. */
const foldableCapitals = /[A-Z\xC0-\xD6\xD8-\xDE]+/g;
// eslint-disable-next-line no-control-regex -- the range starts at NUL
const beyondLatin1 = /[^\x00-\xff]/;

/**
 * `text` with upper-case ASCII and Latin-1 letters in lower case, in place of `toLowerCase`, which
 * may change a text's length (and so the indices of matches).
 */
function foldCase(text: string): string {
  // Within Latin-1, lower-casing changes these capitals and nothing else, one character for one:
  // the engine's own pass then does the work of a call back per run of capitals.
  if (!beyondLatin1.test(text)) return text.toLowerCase();
  return text.replace(foldableCapitals, (capitals) => capitals.toLowerCase());
}

/** How many code units `a` and `b` share from their start. */
function sharedLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** One Wu–Manber search over literals of similar length (see `LiteralSet`). */
class WindowSearch {
  /** The length of the shortest literal: the window. */
  readonly #window: number;
  /** How many characters the block at the window's end is: one to four. */
  readonly #block: number;
  /** By the hash of the block at the window's end, how far the window may jump. */
  readonly #shift: Uint8Array;
  /** The hash's mask: the table has a few slots for each block of the literals' prefixes, so few collide. */
  readonly #mask: number;
  /**
   * The literals whose window-long prefix ends in one block, in code-unit order, and for each the
   * length of the opening it shares with the one before it. Many literals share long openings
   * ("the following addresses ..."), and comparing each from its start again was most of a scan's
   * time; in this order, a character of the text is compared once for all the literals that share
   * it, as a trie would.
   */
  readonly #candidates: readonly (readonly string[])[];
  readonly #shared: readonly (readonly number[])[];
  /**
   * By the hash of the block at the window's end, one more than the index of its literals in
   * `#candidates` (0: none). A few hundred of the tens of thousands of slots hold literals: an
   * array of every slot cost start-up time to allocate and fill, for each set the first search builds.
   */
  readonly #bucket: Int32Array;
  /**
   * By the same hash, a bit for each first character (its code modulo 32) of those literals: a
   * window whose first character has none of them starts none, told without reading them.
   */
  readonly #firsts: Uint32Array;

  /** `literals`: distinct, not empty, longest first. */
  constructor(literals: readonly string[]) {
    const window = literals.length === 0 ? 0 : Math.min(...literals.map((text) => text.length));
    // Three characters, or half a short window; four from a window of ten. Wu and Manber's rule (log
    // base c of 2·k·m) assumes random text, but in prose the few common pairs of letters end some
    // literal's prefix so often that a block of two rarely lets the window jump, and over a hundred
    // and more phrases so do common triples ("the", "ion"): a block of four made the scan of the
    // templates' permanence words twice as fast. A block of a short window's length would leave it
    // no room to jump.
    const block = window >= 10 ? 4 : Math.max(1, Math.min(3, Math.round(window / 2)));
    const longest = Math.min(255, window - block + 1);
    const blocks = literals.length * (window - block + 1);
    const mask = 2 ** Math.min(16, Math.max(8, Math.ceil(Math.log2(8 * blocks)))) - 1;
    const shifts = new Uint8Array(mask + 1).fill(longest);
    const bucket = new Int32Array(mask + 1);
    const firsts = new Uint32Array(mask + 1);
    const slots: string[][] = [];
    // The hash written out, as in `#scan`: this loop runs once per block of every literal's
    // prefix, when a set is first searched, before the engine has optimised anything.
    for (const literal of literals) {
      const first = 1 << (literal.charCodeAt(0) & 31);
      for (let end = block - 1; end < window; end++) {
        let hash = literal.charCodeAt(end);
        if (block > 1) hash += 37 * literal.charCodeAt(end - 1);
        if (block > 2) hash += 37 * 37 * literal.charCodeAt(end - 2);
        if (block > 3) hash += 37 * 37 * 37 * literal.charCodeAt(end - 3);
        hash &= mask;
        const shift = window - 1 - end;
        if (shift < shifts[hash]!) shifts[hash] = shift;
        if (shift === 0) {
          if (bucket[hash] === 0) bucket[hash] = slots.push([]);
          slots[bucket[hash]! - 1]!.push(literal);
          firsts[hash]! |= first;
        }
      }
    }
    for (const slot of slots) slot.sort((a, b) => (a < b ? -1 : 1));
    this.#window = window;
    this.#block = block;
    this.#mask = mask;
    this.#shift = shifts;
    this.#bucket = bucket;
    this.#firsts = firsts;
    this.#candidates = slots;
    this.#shared = slots.map((sorted) => sorted.map((literal, index) => (index === 0 ? 0 : sharedLength(sorted[index - 1]!, literal))));
  }

  /**
   * Slides the window from `from` on and calls `found` with each literal that stands where the
   * window starts, longest first, until `found` returns `false`.
   */
  #scan(text: string, from: number, found: (literal: string, start: number) => boolean): void {
    const window = this.#window;
    if (window === 0) return;
    // The fields read once into locals, and the hash written out: this loop is the search's whole
    // cost, and a method call or a private field read per position made it several times slower.
    const shifts = this.#shift;
    const firsts = this.#firsts;
    const mask = this.#mask;
    const block = this.#block;
    // Read through the method itself, not `text.charCodeAt`: the texts searched come in many of the
    // engine's string representations (flat, sliced, joined, one or two bytes a character), and a
    // method looked up on each of them becomes a generic call that made every scan over twice as slow.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called with `.call`
    const codeAt = String.prototype.charCodeAt;
    const length = text.length;
    let end = from + window - 1;
    while (end < length) {
      let hash = codeAt.call(text, end);
      if (block > 1) hash += 37 * codeAt.call(text, end - 1);
      if (block > 2) hash += 37 * 37 * codeAt.call(text, end - 2);
      if (block > 3) hash += 37 * 37 * 37 * codeAt.call(text, end - 3);
      hash &= mask;
      const shift = shifts[hash]!;
      if (shift > 0) {
        end += shift;
        continue;
      }
      const start = end - window + 1;
      if (((firsts[hash]! >>> (codeAt.call(text, start) & 31)) & 1) === 0) {
        end++;
        continue;
      }
      const slot = this.#bucket[hash]! - 1;
      const candidates = this.#candidates[slot]!;
      const shared = this.#shared[slot]!;
      const available = length - start;
      // How far the text agrees with the literal before: a literal that shares less with that one
      // agrees with the text as far as it shares, one that shares more disagrees where that one did.
      let agreed = 0;
      let matched: string[] | undefined;
      for (let index = 0; index < candidates.length; index++) {
        const literal = candidates[index]!;
        if (index > 0) {
          const common = shared[index]!;
          if (common < agreed) {
            agreed = common;
            continue;
          }
          if (common > agreed) continue;
        }
        const limit = Math.min(literal.length, available);
        let at = agreed;
        while (at < limit && codeAt.call(literal, at) === codeAt.call(text, start + at)) at++;
        agreed = at;
        if (at === literal.length) (matched ??= []).push(literal);
      }
      if (matched !== undefined) {
        // Longest first, as the alternation the set stands for prefers.
        if (matched.length > 1) matched.sort((a, b) => b.length - a.length);
        for (const literal of matched) if (!found(literal, start)) return;
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

/**
 * The same search for a tier of a few literals, each found with the engine's own `indexOf`: over
 * notice text, a window search for one to three literals ran 5 to 20 times slower than as many
 * native scans (a short window barely jumps), while from a dozen literals on it is the faster.
 */
class IndexOfSearch {
  /** Distinct, not empty, longest first. */
  readonly #literals: readonly string[];
  /** The text of the last `next` call and, per literal, where it next stands from there (-1: nowhere). */
  #text: string | undefined;
  #from = 0;
  readonly #at: number[];

  constructor(literals: readonly string[]) {
    this.#literals = literals;
    this.#at = literals.map(() => -1);
  }

  /**
   * The first match in `text` that starts at `from` or after. Calls on one text with `from` never
   * going back (as `LiteralSet.matches` makes them) reuse each literal's last place, so a literal
   * that is far or absent is not looked for again from every match of another: linear in all.
   */
  next(text: string, from = 0): LiteralMatch | undefined {
    const literals = this.#literals;
    const at = this.#at;
    const reuse = text === this.#text && from >= this.#from;
    this.#text = text;
    this.#from = from;
    let best = -1;
    for (let i = 0; i < literals.length; i++) {
      if (!reuse || (at[i]! >= 0 && at[i]! < from)) at[i] = text.indexOf(literals[i]!, from);
      // Longest first: a later literal replaces an earlier only by starting before it.
      if (at[i]! >= 0 && (best < 0 || at[i]! < at[best]!)) best = i;
    }
    return best < 0 ? undefined : {text: literals[best]!, index: at[best]!};
  }

  /** Every place any literal stands in `text`, overlapping ones too, in order of where they start. */
  occurrences(text: string): LiteralMatch[] {
    const found: LiteralMatch[] = [];
    for (const literal of this.#literals) {
      for (let index = text.indexOf(literal); index >= 0; index = text.indexOf(literal, index + 1)) found.push({text: literal, index});
    }
    // Stable: at one start the longer literal, pushed first, stays first.
    return this.#literals.length > 1 ? found.sort((a, b) => a.index - b.index) : found;
  }
}

/** Tiers of at most this many literals are searched with `IndexOfSearch`. */
const maxIndexOfLiterals = 3;

/**
 * Two lists of matches, each by where they start, as one: where both start at the same place, the
 * longer first (every literal of `long` is longer than any of `short`). Merged in one pass rather
 * than joined and sorted: texts are read by the thousand, most of them short, and a sort's calls of
 * its comparison were a cost paid on each.
 */
function mergeByStart(long: LiteralMatch[], short: LiteralMatch[]): LiteralMatch[] {
  if (short.length === 0) return long;
  if (long.length === 0) return short;
  const merged: LiteralMatch[] = [];
  let at = 0;
  for (const match of short) {
    while (at < long.length && long[at]!.index <= match.index) merged.push(long[at++]!);
    merged.push(match);
  }
  while (at < long.length) merged.push(long[at++]!);
  return merged;
}

/** Whether `match` comes before `other` in a scan's order: it starts first, or as early and is longer. */
function comesFirst(match: LiteralMatch, other: LiteralMatch | undefined): boolean {
  return other === undefined || match.index < other.index || (match.index === other.index && match.text.length > other.text.length);
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
  /** The literals as given, until the first search sorts them into tiers and builds their tables (`#searches`). */
  #texts: readonly string[] | undefined;
  #built: readonly (WindowSearch | IndexOfSearch)[] | undefined;
  readonly #caseBlind: boolean;

  /**
   * @param texts the literals
   * @param caseBlind whether A-Z and the Latin-1 capitals match their lower case, as flag `i` would
   */
  constructor(texts: readonly string[], {caseBlind = false}: {caseBlind?: boolean} = {}) {
    this.#texts = texts;
    this.#caseBlind = caseBlind;
  }

  /**
   * The searches, sorted into tiers and built on first use: the rules hold dozens of sets made when the module loads
   * (one per provider's rows), most of them never searched in a run, and building the tables of
   * them all was a fifth of the command line's start-up.
   */
  get #searches(): readonly (WindowSearch | IndexOfSearch)[] {
    if (this.#built === undefined) {
      const literals = [...new Set(this.#texts!.filter((text) => text !== '').map((text) => (this.#caseBlind ? text.toLowerCase() : text)))].sort((a, b) => b.length - a.length);
      const long = literals.filter((literal) => literal.length >= shortLiteralLength);
      const short = literals.filter((literal) => literal.length < shortLiteralLength);
      this.#built = [long, short].filter((tier) => tier.length > 0).map((tier) => (tier.length <= maxIndexOfLiterals ? new IndexOfSearch(tier) : new WindowSearch(tier)));
      this.#texts = undefined;
    }
    return this.#built;
  }

  /** The text as the searches read it: folded once if case-blind, so that they compare plain characters. */
  #searched(text: string): string {
    return this.#caseBlind ? foldCase(text) : text;
  }

  /** The first match in `text` that starts at `from` or after: the leftmost, then the longest. */
  next(text: string, from = 0): LiteralMatch | undefined {
    const searched = this.#searched(text);
    let best: LiteralMatch | undefined;
    for (const search of this.#searches) {
      const match = search.next(searched, from);
      if (match && comesFirst(match, best)) best = match;
    }
    return best;
  }

  /** Every match in `text`, in order. */
  *matches(text: string): Generator<LiteralMatch> {
    const searched = this.#searched(text);
    // Each search's next match is kept until the merged stream passes it: every text is scanned
    // once per search, however the matches interleave.
    const pending = this.#searches.map((search) => search.next(searched, 0));
    for (;;) {
      let chosen = -1;
      for (let at = 0; at < pending.length; at++) {
        const match = pending[at];
        if (match && comesFirst(match, chosen < 0 ? undefined : pending[chosen])) chosen = at;
      }
      if (chosen < 0) return;
      const match = pending[chosen]!;
      yield match;
      const end = match.index + match.text.length;
      for (let at = 0; at < pending.length; at++) {
        if (pending[at] && pending[at]!.index < end) pending[at] = this.#searches[at]!.next(searched, end);
      }
    }
  }

  /** Every place any literal stands in `text`, overlapping ones too, by where they start (then longest first). */
  occurrences(text: string): LiteralMatch[] {
    const searched = this.#searched(text);
    // With two searches, the long literals' comes first.
    const [first, second] = this.#searches;
    if (first === undefined) return [];
    const found = first.occurrences(searched);
    return second === undefined ? found : mergeByStart(found, second.occurrences(searched));
  }

  /** Every literal that stands anywhere in `text`, overlapping ones too, each once, by where it first stands. */
  allIn(text: string): Set<string> {
    const found = new Set<string>();
    for (const match of this.occurrences(text)) found.add(match.text);
    return found;
  }

  /** The first match in `text`, if any. */
  first(text: string): LiteralMatch | undefined {
    return this.next(text);
  }

  /** Whether any literal stands in `text`. */
  test(text: string): boolean {
    const searched = this.#searched(text);
    return this.#searches.some((search) => search.next(searched, 0) !== undefined);
  }
}
