import type {ProviderRules} from '../types.ts';

const settingsPage = 'https://www.windstream.com/support/my-account/email-101/what-server-settings-do-i-use-for-windstream-email';

/**
 * Windstream (Kinetic) email for its US internet customers, at windstream.net. Customers send through
 * smtp.windstream.net with authentication, so a refusal it writes is Windstream's. No inbound MX was
 * sourced, so none is claimed. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'windstream',
    name: 'Windstream (Kinetic) Email',
    names: ['windstream'],
    hostSuffixes: [
      'smtp.windstream.net', // its outgoing server, ports 465 and 587, authenticated (Windstream support, "Server Settings For Windstream email")
    ],
    replyMarkers: [],
    mailboxDomains: ['windstream.net'],
    mailboxDomainsSource: 'Windstream support, "Server Settings For Windstream email" (imap/pop/smtp.windstream.net, logged in with the full email address); windstream.net in public free-mail domain lists in site code (third-party)',
    docsUrl: settingsPage,
    source: `Windstream support, "Server Settings For Windstream email" / "Server Settings For Kinetic email" (${settingsPage})`,
  },
  rows: [],
} satisfies ProviderRules;
