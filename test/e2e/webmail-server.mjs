// @ts-check
/**
 * The webmail pages of test/fixtures/dom, served over HTTPS on 127.0.0.1 under the webmails' real
 * host names, so that the PRODUCTION manifest's content_scripts matches apply. Each browser is told
 * that these names are 127.0.0.1 (Chromium: --host-resolver-rules; Firefox: network.dns.localDomains)
 * and to accept the certificate made here at start-up. The certificate is made in JavaScript
 * (selfsigned), since a fresh Debian has no `openssl` command.
 */
import {readFile} from 'node:fs/promises';
import https from 'node:https';
import path from 'node:path';
import {generate} from 'selfsigned';
import {listenOnLoopback, root} from './support.mjs';

/** The webmail hosts the manifest injects the content script into, and a host that is none. */
export const webmailHosts = [
  'mail.google.com', 'outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft',
  'mail.yahoo.com',
];
export const plainHost = 'bounces.example.test';
export const allHosts = [...webmailHosts, plainHost];

/**
 * Page URL (without hash and query) → fixture. A webmail's message URLs keep their real shape, so
 * each adapter sees what it would see in the wild.
 */
export const pages = {
  gmailBounce: {url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ', fixture: 'gmail-address-not-found'},
  gmailNewsletter: {url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgNewsletterQuotesCodes0', fixture: 'gmail-newsletter-550'},
  gmailDelay: {url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbgDelayIncompleteAbCdEfGh', fixture: 'gmail-delivery-incomplete'},
  gmailOriginal: {url: 'https://mail.google.com/mail/u/0/?ik=0a1b2c3d4e&view=om&permmsgid=msg-f:1784512093481723001', fixture: 'gmail-show-original'},
  outlookBounce: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAxT1', fixture: 'outlook-ndr-5.1.10'},
  outlookMemo: {url: 'https://outlook.office.com/mail/inbox/id/AQQkADAwATZiZmYAZC1hNDlmLTM2AAAQAMeeting', fixture: 'outlook-postmaster-meeting'},
  yahooBounce: {url: 'https://mail.yahoo.com/d/folders/1/messages/AKx9vQ2mTnYbZ3RdTgkLpWs8Hf4', fixture: 'yahoo-failure-notice'},
  yahooOrder: {url: 'https://mail.yahoo.com/d/folders/1/messages/AOrder550yQ2mTnYbZ3RdTgkLp', fixture: 'yahoo-order-550'},
  plainTicket: {url: `https://${plainHost}/tickets/4411`, fixture: 'generic-ticket'},
};

/**
 * The pages of each webmail in the interface languages (issue 13): webmail → language → bounce, delay,
 * normal message. A webmail's first page here is loaded (its route is the German bounce's); the
 * others are shown in that page, as the webmail opens another message. Gmail's are under
 * `/mail/u/2/`, since `/mail/u/0/` loads gmailBounce.
 */
export const languagePages = {
  gmail: {
    de: {
      bounce: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgDeBounceAdresseNichtGef', fixture: 'gmail-de-bounce'},
      delay: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgDeDelayZustellungUnvoll', fixture: 'gmail-de-delay'},
      normal: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgDeNormalWeitergeleitet', fixture: 'gmail-de-normal'},
    },
    fr: {
      bounce: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgFrBounceAdresseIntrouvab', fixture: 'gmail-fr-bounce'},
      delay: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgFrDelayDistributionInco', fixture: 'gmail-fr-delay'},
      normal: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgFrNormalCommandeExpedie', fixture: 'gmail-fr-normal'},
    },
    ja: {
      bounce: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgJaBounceAddressNotFound', fixture: 'gmail-ja-bounce'},
      delay: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgJaDelayDeliveryIncomple', fixture: 'gmail-ja-delay'},
      normal: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgJaNormalOrderConfirmed0', fixture: 'gmail-ja-normal'},
    },
    en: {
      bounce: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ', fixture: 'gmail-address-not-found'},
      delay: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgDelayIncompleteAbCdEfGh', fixture: 'gmail-delivery-incomplete'},
      normal: {url: 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQbgOrderFiveFiftyAbCdEfGh', fixture: 'gmail-order-550'},
    },
  },
  outlook: {
    de: {
      bounce: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAdeB', fixture: 'outlook-de-bounce'},
      delay: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAdeD', fixture: 'outlook-de-delay'},
      normal: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAdeN', fixture: 'outlook-de-normal'},
    },
    fr: {
      bounce: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAfrB', fixture: 'outlook-fr-bounce'},
      delay: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAfrD', fixture: 'outlook-fr-delay'},
      normal: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAfrN', fixture: 'outlook-fr-normal'},
    },
    ja: {
      bounce: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAjaB', fixture: 'outlook-ja-bounce'},
      delay: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAjaD', fixture: 'outlook-ja-delay'},
      normal: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAjaN', fixture: 'outlook-ja-normal'},
    },
    en: {
      bounce: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAxT1', fixture: 'outlook-ndr-5.1.10'},
      delay: {url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAenD', fixture: 'outlook-en-delay'},
      normal: {url: 'https://outlook.office.com/mail/inbox/id/AQQkADAwATZiZmYAZC1hNDlmLTM2AAAQAMeeting', fixture: 'outlook-postmaster-meeting'},
    },
  },
  yahoo: {
    de: {
      bounce: {url: 'https://mail.yahoo.com/d/folders/1/messages/ADeBounce9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-de-bounce'},
      delay: {url: 'https://mail.yahoo.com/d/folders/1/messages/ADeDelay9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-de-delay'},
      normal: {url: 'https://mail.yahoo.com/d/folders/1/messages/ADeNormal550yQ2mTnYbZ3RdTgkLp', fixture: 'yahoo-de-normal'},
    },
    fr: {
      bounce: {url: 'https://mail.yahoo.com/d/folders/1/messages/AFrBounce9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-fr-bounce'},
      delay: {url: 'https://mail.yahoo.com/d/folders/1/messages/AFrDelay9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-fr-delay'},
      normal: {url: 'https://mail.yahoo.com/d/folders/1/messages/AFrNormal550yQ2mTnYbZ3RdTgkLp', fixture: 'yahoo-fr-normal'},
    },
    ja: {
      bounce: {url: 'https://mail.yahoo.com/d/folders/1/messages/AJaBounce9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-ja-bounce'},
      delay: {url: 'https://mail.yahoo.com/d/folders/1/messages/AJaDelay9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-ja-delay'},
      normal: {url: 'https://mail.yahoo.com/d/folders/1/messages/AJaNormal550yQ2mTnYbZ3RdTgkLp', fixture: 'yahoo-ja-normal'},
    },
    en: {
      bounce: {url: 'https://mail.yahoo.com/d/folders/1/messages/AKx9vQ2mTnYbZ3RdTgkLpWs8Hf4', fixture: 'yahoo-failure-notice'},
      delay: {url: 'https://mail.yahoo.com/d/folders/1/messages/AEnDelay9vQ2mTnYbZ3RdTgkLpWs', fixture: 'yahoo-en-delay'},
      normal: {url: 'https://mail.yahoo.com/d/folders/1/messages/AOrder550yQ2mTnYbZ3RdTgkLp', fixture: 'yahoo-order-550'},
    },
  },
};

/** @param {string} url */
function routeKey(url) {
  const {host, pathname, searchParams} = new URL(url);
  // "Show original" shares its path with the mailbox; its `view` parameter tells them apart.
  return `${host}${pathname}${searchParams.get('view') === 'om' ? '?view=om' : ''}`;
}

/**
 * What a first load of each URL shows. Gmail's messages differ by hash only, which never reaches a
 * server: the first page listed for a path is the one loaded, and tests open the others in the page
 * (`openInPage`), as Gmail does.
 */
/** @type {Map<string, string>} */
const routes = new Map();
const languagePageList = Object.values(languagePages).flatMap((languages) => Object.values(languages).flatMap((whats) => Object.values(whats)));
for (const {url, fixture} of [...Object.values(pages), ...languagePageList]) {
  if (!routes.has(routeKey(url))) {
    routes.set(routeKey(url), fixture);
  }
}

/**
 * The HTML of a fixture: `name` without `.html`.
 * @param {string} name
 */
export async function fixtureHtml(name) {
  return readFile(path.join(root, 'test', 'fixtures', 'dom', `${name}.html`), 'utf8');
}

/**
 * Starts the HTTPS server on 127.0.0.1 at a free port, with a new self-signed certificate for all
 * the hosts. `requests` records what was asked of it (`host/path`).
 */
export async function startWebmailServer() {
  const {private: key, cert} = await generate([{name: 'commonName', value: 'mail.google.com'}], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      {name: 'basicConstraints', cA: false},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
      {name: 'extKeyUsage', serverAuth: true},
      {name: 'subjectAltName', altNames: [...allHosts.map((value) => ({type: /** @type {const} */ (2), value})), {type: 7, ip: '127.0.0.1'}]},
    ],
  });
  /** @type {string[]} */
  const requests = [];
  const server = https.createServer({key, cert}, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(request.url ?? '/', `https://${host}`);
    requests.push(`${host}${url.pathname}`);
    if (url.pathname === '/favicon.ico') {
      // No icon, and no "404" in the console of a page that the tests read for errors.
      response.writeHead(204).end();
      return;
    }

    const fixture = routes.get(routeKey(url.href));
    if (fixture === undefined) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('No such page in the test fixtures.');
      return;
    }

    fixtureHtml(fixture).then((html) => {
      response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'}).end(html);
    }, (/** @type {unknown} */ error) => {
      response.writeHead(500, {'content-type': 'text/plain'}).end(String(error));
    });
  });
  return {...await listenOnLoopback(server, 'The webmail server'), requests};
}

/**
 * Shows another fixture in the page the way a single-page webmail opens another message: the body is
 * replaced and the URL changes without loading a document. Runs in the page, so it must use nothing
 * from outside its own body. The HTML is parsed by the browser's DOMParser and adopted node by node.
 * @param {{html: string, url: string}} next
 */
export function openInPage({html, url}) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
  const next = new URL(url);
  if (next.origin + next.pathname + next.search === location.origin + location.pathname + location.search) {
    // Gmail's routes are hashes: it sets location.hash, which fires hashchange.
    location.hash = next.hash;
  } else {
    history.pushState(null, '', url);
  }
}
