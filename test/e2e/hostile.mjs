// @ts-check
/**
 * A bounce written to attack the popup, for both browsers' end-to-end tests: markup that runs script
 * when parsed as HTML, script links, and a line of a megabyte. Every attack sets `window.pwned` and
 * the page title, so a test can tell that none ran.
 */

/** What the attacks write into the title; the popup's own title is the extension's name. */
export const pwnedTitle = 'pwned';

/** The host of the link in the bounce: a link to it must never appear. */
export const evilHost = 'evil.example';

/** One line of a megabyte, with no space to break at. */
export const megabyteLine = `Diagnostic: ${'A'.repeat(1024 * 1024)}`;

export const hostileBounce = [
  `550 5.1.1 <victim@example.com>: Recipient address rejected: User unknown <img src=x onerror="window.pwned=1;document.title='${pwnedTitle}'">`,
  `<script>window.pwned=2;document.title='${pwnedTitle}'</script> <svg onload="window.pwned=3"></svg>`,
  `<a href="javascript:window.pwned=4">click here</a> javascript:window.pwned=5 https://${evilHost}/phish?to=victim@example.com`,
  `<iframe src="javascript:parent.pwned=6"></iframe> <style>body{display:none}</style>`,
  megabyteLine,
].join('\n');

/** The verdict the hostile bounce decodes to: the attacks do not hide the failure. */
export const hostileVerdict = 'Permanent failure: the address does not exist';

/**
 * Runs in the popup page: what would show that an attack worked. Every value must be "nothing".
 * @param {{pwnedTitle: string, evilHost: string}} names
 */
export function attackTraces({pwnedTitle, evilHost}) {
  const origin = location.origin;
  return {
    pwned: /** @type {{pwned?: unknown}} */ (/** @type {unknown} */ (window)).pwned ?? null,
    title: document.title === pwnedTitle ? document.title : null,
    // Elements that would come from the bounce's markup; the popup's own script is a file of the extension.
    elements: [...document.querySelectorAll('img, iframe, object, embed, style, svg:not(.tone-icon), script')]
      .filter((element) => !(element instanceof HTMLScriptElement && element.src.startsWith(origin)))
      .map((element) => `${element.tagName.toLowerCase()} ${element.getAttribute('src') ?? ''}`.trim()),
    // Links whose address came from the text; the popup links only to providers' documentation, and
    // to the extension's own history page (an address of its own, never read from the text).
    links: [...document.querySelectorAll('a')]
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => href !== `${origin}/src/history/index.html`)
      .filter((href) => !href.startsWith('https://') || href.includes(evilHost)),
    hidden: getComputedStyle(document.body).display === 'none' ? 'body' : null,
  };
}

/** What `attackTraces` gives when no attack worked. */
export const noTraces = {pwned: null, title: null, elements: [], links: [], hidden: null};
