import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://posteo.de/site/postmaster';

/**
 * Posteo (posteo.de), the Berlin mail provider. Its postmaster page lists every server that sends or
 * receives its users' mail (mx01-mx04, mout*, mailfwd*, mxv60*), all under posteo.de; it hosts no
 * customer domains, so its mailboxes are only at posteo.* domains.
 */
export default {
  info: {
    id: 'posteo',
    name: 'Posteo',
    names: ['posteo'],
    hostSuffixes: [
      '.posteo.de', // mx01..mx04.posteo.de (inbound), mout01/02/99.posteo.de (outbound), mailfwd01/02, mxv601/602.posteo.de: "Posteo outbound and inbound mail server IP addresses", its postmaster page
    ],
    replyMarkers: [],
    mailboxDomains: [
      'posteo.de', 'posteo.net', 'posteo.com', 'posteo.at', 'posteo.be', 'posteo.ca', 'posteo.ch', 'posteo.cl', 'posteo.co',
      'posteo.co.uk', 'posteo.com.br', 'posteo.cr', 'posteo.cz', 'posteo.dk', 'posteo.ee', 'posteo.es', 'posteo.eu', 'posteo.fi',
      'posteo.gl', 'posteo.gr', 'posteo.hn', 'posteo.hr', 'posteo.hu', 'posteo.ie', 'posteo.in', 'posteo.is', 'posteo.it',
      'posteo.jp', 'posteo.la', 'posteo.li', 'posteo.lt', 'posteo.lu', 'posteo.me', 'posteo.mx', 'posteo.my', 'posteo.nl',
      'posteo.no', 'posteo.nz', 'posteo.org', 'posteo.pe', 'posteo.pl', 'posteo.pm', 'posteo.pt', 'posteo.ro', 'posteo.se',
      'posteo.sg', 'posteo.si', 'posteo.tn', 'posteo.uk', 'posteo.us',
    ],
    mailboxDomainsSource: 'Posteo blog "Jetzt Neu: posteo.com und weitere Posteo-Domains" (14 Dec. 2023: accounts at posteo.de, posteo.net, posteo.com, .us, .ca, .uk, .ie, .es, .at, .ch, .nl, .be, .lu; more posteo.* top-level domains for aliases); Posteo FAQ (no own domains); thunderbird/autoconfig ispdb/posteo.de.xml (the posteo.* domains served by posteo.de)',
    docsUrl: postmasterPage,
    source: `Posteo "Postmaster Information" (${postmasterPage}); Posteo blog posteo.de/blog/2; thunderbird/autoconfig ispdb/posteo.de.xml`,
  },
  rows: [],
} satisfies ProviderRules;
