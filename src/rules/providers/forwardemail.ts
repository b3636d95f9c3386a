import type {ProviderRules} from '../types.ts';

const faqPage = 'https://forwardemail.net/en/faq';

/**
 * Forward Email, an open-source forwarding and hosting service for custom domains. A domain that
 * uses it publishes MX records naming mx1.forwardemail.net and mx2.forwardemail.net, which receive
 * the mail and forward it (or store it); a refusal from them is Forward Email's. Its FAQ explains
 * its checks but the stored copy quotes no reply list, so there are no rows.
 */
export default {
  info: {
    id: 'forwardemail',
    name: 'Forward Email',
    hostSuffixes: [
      // Forward Email's FAQ (forwardemail/forwardemail.net app/views/faq/index.md, "Can I use multiple MX exchanges
      // and servers for advanced forwarding": "our service's exchanges (mx1.forwardemail.net and/or
      // mx2.forwardemail.net)"); its localized FAQs add that a domain whose MX records do not return these values
      // is not using the service.
      '.forwardemail.net',
    ],
    replyMarkers: [],
    docsUrl: faqPage,
    source: 'Forward Email FAQ (forwardemail.net/faq; source forwardemail/forwardemail.net app/views/faq/index.md)',
  },
  rows: [],
} satisfies ProviderRules;
