import type {ProviderRules} from '../types.ts';

const domainsPage = 'https://docs.trendmicro.com/en-us/documentation/article/trend-micro-email-security-online-help-domain-management';
const ersPage = 'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers';
const ersSource = 'Trend Micro Business Success Portal, "Frequently asked questions (FAQs) about messages blocked by Email Reputation Services (ERS)" (success.trendmicro.com/solution/1097055)';

/**
 * Trend Micro Email Security (formerly Hosted Email Security; in Trend Vision One, Cloud Email
 * Gateway Protection), a filtering gateway customers put in front of their own mail servers by
 * pointing their MX records at it. Each serving site has its own zone (*.in.tmes.trendmicro.com for
 * the Americas and Asia-Pacific, *.in.tmes.trendmicro.eu for Europe and Africa, and so on), so a
 * refusal from one of those hosts is Trend Micro's, written for the customer. Its Email Reputation
 * Services (the RBL+ list) also name Trend Micro in refusals that other servers write.
 */
export default {
  info: {
    id: 'trend-micro',
    name: 'Trend Micro Email Security',
    names: ['trend micro'],
    hostSuffixes: [
      // Serving sites and their MX names, from Trend Micro's "About mta-sts records for inbound protection"
      // (Trend Vision One docs): mx *.in.tmes.trendmicro.com / *.tmes.trendmicro.com (North America, Latin
      // America, Asia Pacific), *.in.tmes.trendmicro.eu / *.tmes.trendmicro.eu (Europe, Africa),
      // *.tmes-anz.trendmicro.com (Australia, New Zealand), *.tmems-jp.trendmicro.com (Japan),
      // *.tmes-sg.trendmicro.com (Singapore), *.tmes-in.trendmicro.com (India), *.tmes-uae.trendmicro.com (UAE).
      '.tmes.trendmicro.com',
      '.tmes.trendmicro.eu',
      '.tmes-anz.trendmicro.com',
      '.tmems-jp.trendmicro.com',
      '.tmes-sg.trendmicro.com',
      '.tmes-in.trendmicro.com',
      '.tmes-uae.trendmicro.com',
    ],
    replyMarkers: [
      // The refusal text of a server consulting Trend Micro's RBL+ list, as Trend Micro's own ERS FAQ quotes it.
      'blocked using trend micro rbl+',
    ],
    docsUrl: domainsPage,
    source: 'Trend Micro, "About mta-sts records for inbound protection" (Trend Vision One documentation, © 2025 Trend Micro; stored copy in eriktechwriter/ai-docs-poc docs/mta-sts-records-inbound.md: serving sites and mx values); Trend Micro Email Security online help "Domains" and "Inbound message flow" (docs.trendmicro.com: the MX record points to Trend Micro Email Security); ERS FAQ (success.trendmicro.com/solution/1097055)',
  },
  rows: [
    // "550 Service unavailable; Client host [<IP address>] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<IP address>"
    {
      reply: '550',
      text: ['blocked using trend micro rbl+'],
      reason: 'blocked',
      meaning: 'The sending IP address is on Trend Micro\'s RBL+ reputation list (Email Reputation Services).',
      action: 'Look the IP up on Trend Micro\'s Email Reputation Services site, fix the cause (an open relay, a compromised host) and request removal.',
      docsUrl: ersPage,
      source: ersSource,
    },

    // "550 Mail from <IP address> refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation"
    {
      reply: '550',
      text: ['refused by rbl-plus.mail-abuse.org'],
      reason: 'blocked',
      meaning: 'The sending IP address is on Trend Micro\'s RBL+ list (the older mail-abuse.org name of the same list).',
      action: 'Look the IP up on Trend Micro\'s Email Reputation Services site, fix the cause and request removal.',
      docsUrl: ersPage,
      source: ersSource,
    },
  ],
} satisfies ProviderRules;
