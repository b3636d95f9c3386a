/**
 * The webmail adapters, one per file. The content script, which the manifest injects on the webmail
 * hosts only, picks the one whose hosts include the page's. Any other page is read from the
 * background, on request (`decodePageOnRequest` in background/page-diagnosis.ts).
 */
import {gmail} from './gmail.ts';
import {outlook} from './outlook.ts';
import type {WebmailAdapter} from './types.ts';
import {yahoo} from './yahoo.ts';

export const webmailAdapters: readonly WebmailAdapter[] = [gmail, outlook, yahoo];

/**
 * The adapter for a host name, if it is a webmail's.
 *
 * @example
 * adapterFor('outlook.office365.com')?.id
 * //=> 'outlook'
 */
export function adapterFor(hostname: string): WebmailAdapter | undefined {
  return webmailAdapters.find((adapter) => adapter.hosts.includes(hostname.toLowerCase()));
}
