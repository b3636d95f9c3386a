import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.ziggo.nl/klantenservice/e-mail/';

/**
 * Ziggo (VodafoneZiggo), the Dutch cable operator, whose mail service also holds the mailboxes of the
 * brands it absorbed (UPC's upcmail.nl and chello.nl, Casema, @Home's home.nl, Quicknet). Its MX
 * hosts are listed by name: ziggo.nl as a whole also names its broadband customers' machines.
 */
export default {
  info: {
    id: 'ziggo',
    name: 'Ziggo Mail',
    names: ['ziggo'],
    hostSuffixes: [
      'mxin5.ziggo.nl', // ziggo.nl -> "10 mxin5.ziggo.nl | 10 mxin10.ziggo.nl" (tinkrland/themailtell live MX log 2026-10-08)
      'mxin10.ziggo.nl',
    ],
    replyMarkers: [],
    mailboxDomains: [
      'ziggo.nl', 'ziggomail.com', 'upcmail.nl', 'chello.nl', 'casema.nl', 'home.nl', 'quicknet.nl', 'multiweb.nl', 'zinders.nl',
      'zeggis.nl', 'zeggis.com', 'razcall.nl', 'razcall.com', 'hahah.nl',
    ],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/ziggo.nl.xml ("Ziggo Mail": the domains served by imap.ziggo.nl, with Ziggo\'s own e-mail help page as its documentation)',
    docsUrl: helpPage,
    source: `Ziggo Klantenservice e-mail (${helpPage}, as cited by thunderbird/autoconfig ispdb/ziggo.nl.xml); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt`,
  },
  rows: [],
} satisfies ProviderRules;
