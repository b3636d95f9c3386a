/**
 * The only links the popup makes: providers' documentation pages, as written in our rules. A URL that
 * came from anywhere else (a bounce quoting "see https://…", a decoder bug that copied one) stays text.
 */
import {providers} from '../rules/index.ts';

const knownDocsUrls: ReadonlySet<string> = new Set(
  providers.flatMap(({info, rows}) => [info.docsUrl, ...rows.map((row) => row.docsUrl)]),
);

/**
 * Whether `url` may become a link: an https URL that one of our provider rules names.
 *
 * @example
 * isKnownDocsUrl('https://senders.yahooinc.com/smtp-error-codes/')
 * //=> true
 * isKnownDocsUrl('javascript:alert(1)')
 * //=> false
 */
export function isKnownDocsUrl(url: string | undefined): url is string {
  return url !== undefined && url.startsWith('https://') && knownDocsUrls.has(url);
}
