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
    hostSuffixes: [
      '.protonmail.ch', // mail.protonmail.ch, mailsec.protonmail.ch (not confirmed in the corpus)
    ],
    // No reply wording was found: only the localisation file of Proton's SMTP error page could be
    // retrieved.
    replyMarkers: [],
    mailboxDomains: ['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'],
    mailboxDomainsSource: 'Proton Support "Which email domains does Proton Mail offer?": proton.me, protonmail.com, protonmail.ch and the short pm.me',
    docsUrl: 'https://proton.me/support/smtp-errors',
    source: 'pastebin MTA-STS note (protonmail.ch); domain lists',
  },
  rows: [],
} as const satisfies ProviderRules;
