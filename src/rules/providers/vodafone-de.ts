import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.vodafone.de/';

/**
 * Vodafone Germany's consumer mail, which took over Arcor's (Vodafone bought Arcor in 2008 and
 * folded it in by 2011): arcor.de mailboxes are still read at imap.arcor.de, Vodafone's own at
 * imap.vodafonemail.de. No MX name and no Vodafone page on delivery errors were found: no host
 * suffix beyond its mail domains, no rows. The mailbox domains rest on third-party records.
 */
export default {
  info: {
    id: 'vodafone-de',
    name: 'Vodafone Mail Germany (Arcor)',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['arcor.de', 'vodafonemail.de', 'vodafone.de'],
    mailboxDomainsSource: 'third-party only: public mail-client code mapping "arcor.de" to imap.arcor.de and "vodafonemail.de" / "vodafone.de" to imap.vodafonemail.de (IMAP server tables in public repositories); dsl.preisvergleich.de "Arcor Umzug" (Vodafone took over Arcor in 2008)',
    docsUrl: helpPage,
    source: 'IMAP server tables in public code (arcor.de -> imap.arcor.de, SMTP mail.arcor.de; vodafonemail.de and vodafone.de -> imap.vodafonemail.de); dsl.preisvergleich.de/info/14578/arcor-umzug (third-party); no Vodafone page on SMTP errors was found',
  },
  rows: [],
} satisfies ProviderRules;
