import type {ProviderRules} from '../types.ts';

/**
 * Proton Mail.
 *
 * No provider-specific replies are recorded yet; the info still identifies the provider.
 */
export default {
  info: {
    id: 'proton',
    name: 'Proton Mail',
    names: ['protonmail', 'proton mail'],
    hostSuffixes: [
      '.protonmail.ch', // mail.protonmail.ch, mailsec.protonmail.ch (not confirmed in the corpus)
    ],
    // No reply wording was found: only the localisation file of Proton's SMTP error page could be
    // retrieved.
    replyMarkers: [],
    mailboxDomains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains); blackmatrix7\'s ios_rule_script Protonmail list (pm.me, proton.me, protonmail.ch, protonmail.com)',
    docsUrl: 'https://proton.me/support/smtp-errors',
    source: 'pastebin MTA-STS note (protonmail.ch); domain lists',
  },
  rows: [],
} as const satisfies ProviderRules;
