/**
 * Labels a webmail shows in its user's interface language (ARIA labels such as "From:" or "Message
 * body"), for the selectors that match them. A label is never an adapter's only way to a part of the
 * message: roles and structure come first, and a label is one alternative among several. Where one
 * is used, it is listed for every language the extension's own interface speaks (public/_locales),
 * since a person who reads the popup in German likely reads the webmail in German too.
 */

/** The extension's interface languages (public/_locales: `pt_BR` there). */
export type InterfaceLanguage = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt-BR' | 'ja';

/**
 * One label as the webmail shows it in each interface language: a language may show more than one
 * form (French sets a space, often a no-break one, before a colon; Japanese may use a full-width
 * colon).
 */
export type Labels = Readonly<Record<InterfaceLanguage, readonly string[]>>;

/** `"` and `\` escaped, for an attribute value in double quotes. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * Selectors for the elements whose `attribute` equals (`=`) or starts with (`^=`) one of `labels`,
 * each distinct label once, in the order of the languages; `rest` follows each attribute test.
 *
 * @example
 * labelled('div', 'aria-label', '=', {en: ['Message body'], de: ['Nachrichtentext'], …})
 * //=> ['div[aria-label="Message body"]', 'div[aria-label="Nachrichtentext"]', …]
 */
export function labelled(element: string, attribute: string, operator: '=' | '^=', labels: Labels, rest = ''): string[] {
  const distinct = new Set(Object.values(labels).flat());
  return [...distinct].map((label) => `${element}[${attribute}${operator}${quoted(label)}]${rest}`);
}
