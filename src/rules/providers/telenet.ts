import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www2.telenet.be/residential/nl/klantenservice/internet/e-mail/mailbox-beheren-in-mijn-telenet/';

/**
 * Telenet, the Belgian cable operator, and its customers' mailboxes at telenet.be. Its mail servers
 * live under telenet-ops.be (MX mx1/mx2.telenet-ops.be; relays such as albert, andre, michel, xavier),
 * a zone apart from its customers' own addresses under telenet.be. skynet.be is not Telenet's: it is
 * Proximus's (Belgacom) service.
 */
export default {
  info: {
    id: 'telenet',
    name: 'Telenet Mail',
    names: ['telenet'],
    hostSuffixes: [
      '.telenet-ops.be', // telenet.be -> "10 mx2.telenet-ops.be | 10 mx1.telenet-ops.be" (tinkrland/themailtell live MX log 2026-10-08); its relays albert/andre/michel/xavier/baptiste.telenet-ops.be in Received headers on the Linux lists
    ],
    replyMarkers: [],
    mailboxDomains: ['telenet.be'],
    mailboxDomainsSource: 'Telenet Klantenservice "Mailbox beheren in Mijn Telenet" (Telenet-mailboxes of its customers); tinkrland/themailtell src providers.ts ("telenet.be consumer mail", MX at telenet-ops.be)',
    docsUrl: helpPage,
    source: `Telenet Klantenservice (${helpPage}); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; Received headers from *.telenet-ops.be in Linux-list archives; Mindbaz MSP_Postmaster_Links (Skynet's postmaster is postmaster.skynet.be, Belgacom's postmaster.proximus.be)`,
  },
  rows: [],
} satisfies ProviderRules;
