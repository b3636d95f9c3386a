import type {ProviderRules} from '../types.ts';

const homePage = 'https://www.walla.co.il/';

/**
 * Walla! (Walla! Communications, Israel), whose portal offers free mail at walla.co.il and
 * walla.com. No page of Walla's own on its mail was found: both the domains and the service rest on
 * third-party records. No MX name and no list of its replies were found: no host suffix beyond its
 * mail domains, no rows.
 */
export default {
  info: {
    id: 'walla',
    name: 'Walla! Mail',
    names: ['walla'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['walla.co.il', 'walla.com'],
    mailboxDomainsSource: 'third-party only: a public Israeli mail filter\'s list of public mailbox domains (PUBLIC_EMAIL_DOMAINS: "walla.com", "walla.co.il" beside gmail.com, nana.co.il, bezeqint.net); Wikipedia "Walla! Communications Ltd" (its portal offers e-mail; www.walla.co.il); ynet "לא רק הוטמייל" (דואר וואלה among Israeli web-mail services)',
    docsUrl: homePage,
    source: 'Wikipedia "Walla! Communications Ltd" (mirrors); ynet.co.il article L-2793437 on Israeli web-mail services; a public mail filter\'s PUBLIC_EMAIL_DOMAINS list; all third-party, no Walla page on its mail or its SMTP errors was found',
  },
  rows: [],
} satisfies ProviderRules;
