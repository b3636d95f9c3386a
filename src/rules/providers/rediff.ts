import type {ProviderRules} from '../types.ts';

/**
 * Rediffmail (Rediff.com India), rediffmail.com. Its MX is mx.rediffmail.rediff.akadns.net, a name
 * under Akamai's DNS that only Rediff's mail uses; the bare akadns.net is shared and is not listed.
 * Rediff publishes no list of its replies that we could find, and we found no help page on delivery
 * errors: no rows, and the docs link is its mail site.
 */
export default {
  info: {
    id: 'rediff',
    name: 'Rediffmail',
    names: ['rediff', 'rediffmail'],
    hostSuffixes: [
      'mx.rediffmail.rediff.akadns.net', // jace/mxsniff mxsniff/providers.py: 'rediffmail': {'mx': ['mx.rediffmail.rediff.akadns.net'], 'public': True}; the same MX in other public MX tables (third-party)
    ],
    replyMarkers: [],
    mailboxDomains: ['rediffmail.com'],
    mailboxDomainsSource: 'jgillich/free-email-domains free-email-domains.txt (rediffmail.com)',
    docsUrl: 'https://mail.rediff.com/',
    source: 'jace/mxsniff mxsniff/providers.py (third-party record of the MX); jgillich/free-email-domains',
  },
  rows: [],
} satisfies ProviderRules;
