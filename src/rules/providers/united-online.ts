import type {ProviderRules} from '../types.ts';

/**
 * Juno and NetZero, the US dial-up and free-mail brands of United Online, whose mail runs on its
 * untd.com hosts: juno.com's MX are mx.vgs.untd.com and mx.dca.untd.com, and its webmail and
 * submission hosts are named in untd.com too (webmail17.dca.untd.com, m06.lax.untd.com). A
 * verdict on a juno.com or netzero.net mailbox is therefore United Online's. No list of its
 * reply texts was found: no rows.
 */
export default {
  info: {
    id: 'united-online',
    name: 'Juno / NetZero (United Online)',
    hostSuffixes: [
      // juno.com -> mx.vgs.untd.com, mx.dca.untd.com (public scripts that map providers to their MX: "juno =
      // ('mx.vgs.untd.com', 'mx.dca.untd.com.')"; a public Postfix log "connect to mx.vgs.untd.com[64.136.52.37]:25
      // ... to=<...@juno.com>"); webmail17.dca.untd.com and "by m06.lax.untd.com (jqueuemail)" in juno.com users'
      // headers (a SpamAssassin rule comment, a git list archive). Third-party records: no United Online page found.
      '.untd.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['juno.com', 'netzero.net', 'netzero.com'],
    mailboxDomainsSource: 'Public lists of consumer mailbox domains that group them by provider ("juno.com": "United Online Family", "netzero.net": "United Online Family", "netzero.com": "United Online Family"; others map netzero.com/netzero.net to "NetZero" and juno.com to "Juno")',
    docsUrl: 'https://www.juno.com/my-account/',
    source: 'Third-party records only: public provider-to-MX scripts (juno: mx.vgs.untd.com, mx.dca.untd.com), a public Postfix delivery log, Received headers of juno.com users in public archives; account pages www.juno.com/my-account/ and www.netzero.net/my-account/ as listed in a public password-reset map',
  },
  rows: [],
} satisfies ProviderRules;
