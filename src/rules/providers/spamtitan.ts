import type {ProviderRules} from '../types.ts';

const mxPage = 'https://helpdesk.spamtitan.com/support/solutions/articles/4000186892-step-6-change-your-mx-records';

/**
 * SpamTitan Cloud (TitanHQ), a hosted mail filter: a customer domain's MX records point at SpamTitan
 * Cloud servers such as cloud15.spamtitan.com and cloud16.spamtitan.com, which filter the mail and,
 * with recipient verification on, refuse mail for addresses that do not exist before it reaches the
 * customer's server. A reply from those hosts is SpamTitan's. No vendor list of its reply texts was
 * found: no markers, no rows.
 */
export default {
  info: {
    id: 'spamtitan',
    name: 'SpamTitan Cloud (TitanHQ)',
    names: ['spamtitan'],
    hostSuffixes: [
      // cloud15.spamtitan.com, cloud16.spamtitan.com: the MX records SpamTitan tells new customers to publish (its KB
      // "Step 6: Change Your MX Records"); older customers sit on other cloudNN servers (its "SpamTitan Cloud Server IP
      // Addresses" list). spamtitan.com is TitanHQ's own domain.
      '.spamtitan.com',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: `SpamTitan KB "Step 6: Change Your MX Records" (${mxPage}, as imported in a public docs repository); TitanHQ docs "Add Your Domain(s)" (docs.titanhq.com/en/1597-add-your-domain-s-.html: SpamTitan Cloud servers accept and filter mail for added domains; recipient verification blocks mail to non-existent users)`,
  },
  rows: [],
} satisfies ProviderRules;
