import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.telus.com/en/support/article/password-reset';

/**
 * TELUS, the Canadian telecom, and the telus.net mailboxes of its internet customers. TELUS has
 * moved that mail to "email powered by Google", so mail for telus.net is now received by Google's
 * servers (mail from telus.net addresses is DKIM-signed d=telus.net s=google and leaves through
 * mail-*.google.com): no host is claimed here, since Google's hosts are Google's file's and telus.net
 * as a whole also names TELUS's broadband customers' machines (d162-157-58-14.abhsia.telus.net). A
 * verdict on a telus.net mailbox (unknown, full, closed) is still TELUS's. No list of its replies
 * was found: no rows.
 */
export default {
  info: {
    id: 'telus',
    name: 'TELUS Mail (telus.net)',
    names: ['telus'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['telus.net'],
    mailboxDomainsSource: 'TELUS Support "Reset your TELUS Webmail password" (telus.com/fr/bc/business/support/article/password-reset: "TELUS is migrating all customers to an upgraded email platform ... partnering with Google"); TELUS\'s statement to its "Telus.net email customers" quoted by iPhone in Canada ("Telus Email Outage Hits 3 Days"); old TELUS help "Troubleshooting" (pop.telus.net, smtp.telus.net)',
    docsUrl: helpPage,
    source: `TELUS Support password-reset articles (${helpPage}; telus.com/fr/bc/business/support/article/password-reset, on the migration to Google); BC Catholic, "Telus converts email to Gmail" (third-party); iphoneincanada.ca, "Telus Email Outage Hits 3 Days" (third-party); DKIM d=telus.net s=google and mail-*.google.com relays in Received headers of kernel list archives`,
  },
  rows: [],
} satisfies ProviderRules;
