import type {ProviderRules} from '../types.ts';

/**
 * Free (free.fr, aliceadsl.fr; Proxad's network), the French ISP. Its postmaster page lists the
 * refusals of its MX servers; they carry no link or mark of their own, so only its hosts name it.
 */
export default {
  info: {
    id: 'free',
    name: 'Free (free.fr)',
    hostSuffixes: [
      '.free.fr', // mx1.free.fr and mx2.free.fr, its MX ("nos serveurs MX", postmaster.free.fr)
      '.proxad.net', // Free's network, whose policy its refusals cite
    ],
    replyMarkers: [],
    mailboxDomains: ['free.fr'],
    mailboxDomainsSource: 'postmaster.free.fr (its subscribers\' mailboxes, "nos abonnés Free.fr"); Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: 'https://postmaster.free.fr/',
    source: 'postmaster.free.fr (Free\'s postmaster page: the refusals its MX servers give and why); bouncezero.io "Free.fr deliverability" (Proxad infrastructure)',
  },
  rows: [],
} satisfies ProviderRules;
