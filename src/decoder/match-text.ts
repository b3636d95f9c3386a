/**
 * Substring matching over normalised text. Phrases are plain lower-case strings, never regular
 * expressions, so every match is linear in the length of the text whatever the input.
 */

/**
 * A literal string as a regular-expression source, for the alternations of fixed phrases that scan
 * a text once instead of once per phrase.
 * @example escapeRegExp('[tss04]') //=> '\\[tss04\\]'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation of literal texts, for one scan instead of one per text. Literals only: at each
 * position the characters there decide, so the scan stays linear whatever the input. No texts give
 * a pattern that never matches (an empty alternation would match everywhere).
 */
export function literalAlternation(texts: readonly string[], flags = ''): RegExp {
  return texts.length === 0 ? /(?!)/ : new RegExp(texts.map(escapeRegExp).join('|'), flags);
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

/** Lower-case and fold every run of white space to one space: the form phrases are matched on. */
export function normalizeForMatch(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
