import type {ProviderRules} from '../types.ts';

const mxPage = 'https://www.namecheap.com/support/knowledgebase/article.aspx/1340/2176/namecheap-private-email-records-for-domains-with-thirdparty-dns/';

/**
 * Namecheap's mail for its customers' own domains: Private Email, a hosted mailbox service whose
 * domains publish MX records naming mx1 and mx2.privateemail.com (its sending hosts are
 * mta-NN.privateemail.com), and the free Email Forwarding that Namecheap DNS sets up with MX
 * records naming eforward1 to eforward5.registrar-servers.com. A refusal from those hosts is
 * Namecheap's. No list of its reply texts was found, so there are no rows.
 */
export default {
  info: {
    id: 'namecheap',
    name: 'Namecheap Private Email',
    names: ['namecheap', 'privateemail'],
    hostSuffixes: [
      // mx1.privateemail.com and mx2.privateemail.com (priority 10 each), with SPF include:spf.privateemail.com:
      // Namecheap Knowledgebase, "What does Namecheap Private Email DNS verification imply?" (article 1262); its
      // sending hosts mta-07 ... mta-13.privateemail.com and h1.fbrelay.privateemail.com appear in Received
      // headers of public list archives.
      '.privateemail.com',
      // Namecheap's free Email Forwarding MX (10 eforward1-3, 15 eforward4, 20 eforward5.registrar-servers.com,
      // SPF include:spf.efwd.registrar-servers.com): third-party records only, from several public DNS zone files
      // and notes that name them as Namecheap forwarding. Only these five names: the rest of registrar-servers.com
      // is Namecheap's DNS (dns1/dns2.registrar-servers.com), no mail host.
      'eforward1.registrar-servers.com',
      'eforward2.registrar-servers.com',
      'eforward3.registrar-servers.com',
      'eforward4.registrar-servers.com',
      'eforward5.registrar-servers.com',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: 'Namecheap Knowledgebase: "What does Namecheap Private Email DNS verification imply?" (namecheap.com/support/knowledgebase/article.aspx/1262/2176: MX 10 mx1.privateemail.com, MX 10 mx2.privateemail.com) and "Namecheap Private Email records for domains with third-party DNS" (article 1340); eforward*.registrar-servers.com from public DNS zone files (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
