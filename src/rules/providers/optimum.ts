import type {ProviderRules} from '../types.ts';

const blockPage = 'https://www.optimum.net/pages/mailblocking.html';

/**
 * Optimum (Altice USA, formerly Cablevision) mail, optonline.net. It is received on a Synchronoss
 * cloud platform at names reserved for Altice (mx.mx-altice.prod.cloud.synchronoss.net); its users'
 * mail also leaves from there (cmx-alt-rgout00N.mx-altice.prod.cloud.synchronoss.net). Optimum's
 * block-list policy page says that a sender refused for a listed IP gets a bounce that refers to
 * that page.
 */
export default {
  info: {
    id: 'optimum',
    name: 'Optimum (Altice USA)',
    hostSuffixes: [
      // optonline.net -> mx.mx-altice.prod.cloud.synchronoss.net (a public Python script sorting addresses by MX: optonline =
      // ('mx.mx-altice.prod.cloud.synchronoss.net.'); public block-check scripts: "Optonline.com, mx.mx-altice.prod.cloud.synchronoss.net",
      // HOST_OPTIMUM="mx.mx-altice.prod.cloud.synchronoss.net"); Received headers of list mail "from cmx-alt-rgout001.mx-altice.prod.cloud.synchronoss.net"
      '.mx-altice.prod.cloud.synchronoss.net',
    ],
    replyMarkers: [
      // "Individuals who attempt to transmit e-mail from a block-listed IP address will receive a "bounce" message that refers them to this page" (the page itself).
      'optimum.net/pages/mailblocking',
    ],
    mailboxDomains: ['optonline.net'],
    mailboxDomainsSource: 'eHow "What Is an Optonline SMTP Server?" (Cablevision\'s Optimum Online mail, addresses such as yourname@optonline.net, server mail.optonline.net); the public MX scripts above, which file optonline.net addresses under this MX',
    docsUrl: blockPage,
    source: `Optimum Online "Block List Policy" (${blockPage}: third-party block lists; refused senders must get delisted by the list providers, Optimum cannot lift them); MX from public scripts and Received headers (third-party)`,
  },
  rows: [],
} satisfies ProviderRules;
