/**
 * The one door to the WebExtension APIs. Everything else imports `browser` from here, so that
 * tests can swap it for a fake in one `vi.mock` and browser differences stay in this file (and
 * Thunderbird's, which has mail APIs the polyfill has no types for, in its sibling thunderbird.ts).
 */
import browser from 'webextension-polyfill';
import type {Runtime} from 'webextension-polyfill';
import type englishMessages from '../../public/_locales/en/messages.json';

export {browser};
export type {Runtime, Tabs} from 'webextension-polyfill';
export type {Menus} from 'webextension-polyfill';

/**
 * Whether a message came from one of this extension's own pages (popup, options, a tab showing an
 * extension page), as opposed to a content script, another extension or a web page.
 *
 * Content scripts carry our extension id too, so the id alone proves nothing; the page URL must also
 * be inside the extension. The URL is compared as a prefix of `runtime.getURL('')` rather than by
 * `URL#origin`, because `chrome-extension:` and `moz-extension:` are not special schemes and their
 * origin comes out as the string `"null"` in some engines.
 *
 * @example
 * isExtensionPage({id: browser.runtime.id, url: browser.runtime.getURL('src/popup/index.html')})
 * //=> true
 * isExtensionPage({id: browser.runtime.id, url: 'https://mail.example.com/', tab})
 * //=> false
 */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id
    && typeof sender.url === 'string'
    && sender.url.startsWith(browser.runtime.getURL(''))
  );
}

/**
 * The id of the tab the user is looking at, or `undefined` when there is none (a devtools window,
 * a window without tabs).
 *
 * No `tabs` permission is needed: without it the browser still gives out tab ids, only not URLs or titles.
 * When the popup page is opened in a tab of its own (tests, or a user who bookmarks it), that tab is the
 * active one, and the popup keeps its state for itself: which is what a person would expect.
 */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({active: true, currentWindow: true});
  return tab?.id;
}

/** The name of a UI string in `public/_locales/en/messages.json`; a misspelt name does not compile. */
export type MessageName = keyof typeof englishMessages;

/**
 * A UI string in the browser's language, from `_locales/<lang>/messages.json`, with `substitutions`
 * in its placeholders. Should a string be missing (a locale that lags behind), its name shows
 * instead of a blank, so the gap is visible; unit tests get the English strings from the fake browser.
 *
 * @example
 * message('verdictPermanent', 'the address does not exist')
 * //=> 'Permanent failure: the address does not exist'
 */
export function message(name: MessageName, ...substitutions: string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}
