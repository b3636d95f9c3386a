import type {ProviderRules} from '../types.ts';

/**
 * UKR.NET (FREEMAIL), Ukrainian webmail at ukr.net. Its MX is mxs.ukr.net, so a reply from a ukr.net
 * host is its own. No page of its own listing its replies was found.
 */
export default {
  info: {
    id: 'ukr-net',
    name: 'UKR.NET',
    hostSuffixes: [
      // mxs.ukr.net, the MX of ukr.net ("ukr.net. IN MX 10 mxs.ukr.net." in dig output copied in a public
      // repository) and the host of its refusals: "host mxs.ukr.net[195.214.192.100] said: 550 <...@ukr.net> not
      // used" (Sympa's bounce-parsing test samples); "host mxs.ukr.net[212.42.75.251] said: 550 <...@ukr.net> User
      // unknown" and "550 Sender verify failed" (Postfix logs on pastebin)
      '.ukr.net',
    ],
    replyMarkers: [],
    mailboxDomains: ['ukr.net'],
    mailboxDomainsSource: 'Delta Chat provider-db _providers/ukr.net.md (domains: ukr.net; website https://www.ukr.net/)',
    docsUrl: 'https://www.ukr.net/',
    source: 'Delta Chat provider-db _providers/ukr.net.md; Sympa\'s bounce-parsing test samples (Sympa::Tools::Bounce tests); Postfix logs quoted on pastebin (pastebin.com/WHv9fBk7, pastebin.com/WjDNcFB6); dig output in a public repository',
  },
  rows: [],
} satisfies ProviderRules;
