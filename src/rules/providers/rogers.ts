import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.rogers.com/support/internet/updating-your-rogers-yahoo-email-settings';

/**
 * Rogers Communications' consumer mail ("Rogers Yahoo! Mail"): the mailboxes of Rogers customers at
 * rogers.com and nl.rogers.com are run for Rogers on Yahoo's mail servers. No host is claimed: Yahoo's
 * hosts (yahoodns.net) are Yahoo's file's, and a refusal from them does not name Rogers. A verdict on
 * a rogers.com mailbox is still Rogers Yahoo Mail's. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'rogers',
    name: 'Rogers Yahoo! Mail',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['rogers.com', 'nl.rogers.com'],
    mailboxDomainsSource: 'Rogers support, "Change your Rogers Yahoo! email password" (rogers.com/support/internet/change-your-yahoo-email-password: "Enter your @rogers.com or @nl.rogers.com email address"); Rogers support, "Updating your Rogers Yahoo Email Settings"',
    docsUrl: helpPage,
    source: `Rogers support, "Updating your Rogers Yahoo Email Settings" (${helpPage}) and "Multi-factor authentication for Rogers Yahoo email" (rogers.com/support/internet/mfa-for-rogers-yahoo-email); Graphic Arts magazine, "IT Guy", April 2009 ("Rogers and Yahoo! joined forces ... using Yahoo!'s mail servers", third-party)`,
  },
  rows: [],
} satisfies ProviderRules;
