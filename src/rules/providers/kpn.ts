import type {ProviderRules} from '../types.ts';

const helpPage = 'https://blacklist.kpnmail.nl/Help/17';

/**
 * KPN's mail service (kpnmail.nl), which also holds the mailboxes of Planet Internet, XS4ALL, Hetnet,
 * Freeler, Telfort and Tiscali NL. Mail arrives at mx.kpnmail.nl (kpn.nl itself has no MX), and its
 * block messages point to help pages at blacklist.kpnmail.nl.
 */
export default {
  info: {
    id: 'kpn',
    name: 'KPN Mail',
    names: ['kpn'],
    hostSuffixes: [
      '.kpnmail.nl', // kpnmail.nl -> mx.kpnmail.nl (tinkrland/themailtell live MX log 2026-10-08: "kpn.nl itself has no mx; consumer mail is at kpnmail.nl"); imap/pop/smtp.kpnmail.nl
    ],
    replyMarkers: [
      'blacklist.kpnmail.nl', // KPN's block notices link their explanation: "Your IP: <IP address> is blacklisted, please see http://blacklist.kpnmail.nl/Help/17"
    ],
    mailboxDomains: [
      'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'xs4all.nl', 'wxs.nl', 'hetnet.nl', 'freeler.nl', 'snelnet.net', 'on.nl',
      'onsbrabantnet.nl', 'onsmail.nl', 'onsnet.nu', 'onsneteindhoven.nl', 'onsnetnuenen.nl', 'telfort.nl', 'tip.nl', 'tiscali.nl',
      'tiscalimail.nl',
    ],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/kpnmail.nl.xml ("KPN E-mail": the domains served by imap.kpnmail.nl, with KPN\'s own set-up pages as its documentation)',
    docsUrl: helpPage,
    source: `KPN "Blokkade inkomende e-mail (POP3)" (${helpPage}); thunderbird/autoconfig ispdb/kpnmail.nl.xml; tinkrland/themailtell research/sources/live-mx-2026-10-08.txt and src providers.ts`,
  },
  rows: [],
} satisfies ProviderRules;
