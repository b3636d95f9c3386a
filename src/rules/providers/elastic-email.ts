import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://help.elasticemail.com/en/articles/4803409-smtp-settings';

/**
 * Elastic Email, a sending service: SMTP clients, servers and plugins relay their mail through
 * smtp.elasticemail.com or smtp25.elasticemail.com with an account's SMTP credentials. A refusal
 * from those hosts is Elastic Email's own. Its help pages list its bounce categories (NoMailbox,
 * Spam, BlackListed, ...), which sort recipients' replies, but no reply texts of its own relay: no
 * rows.
 */
export default {
  info: {
    id: 'elastic-email',
    name: 'Elastic Email',
    names: ['elastic email', 'elasticemail'],
    hostSuffixes: [
      // "Server: You can either use smtp.elasticemail.com or smtp25.elasticemail.com" (Elastic Email Help,
      // "SMTP Settings"; the same on elasticemail.com/support/settings/smtp-api).
      'smtp.elasticemail.com',
      'smtp25.elasticemail.com',
    ],
    replyMarkers: [],
    docsUrl: smtpPage,
    source: `Elastic Email Help, "SMTP Settings" (${smtpPage}: servers smtp.elasticemail.com / smtp25.elasticemail.com, ports 25, 2525, 587, 465); Elastic Email, "Settings: SMTP / API" (elasticemail.com/support/settings/smtp-api)`,
  },
  rows: [],
} satisfies ProviderRules;
