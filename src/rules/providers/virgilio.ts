import type {ProviderRules} from '../types.ts';

const helpPage = 'https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/';

/**
 * Virgilio Mail (virgilio.it), Italiaonline's other free-mail service beside Libero (see libero.ts,
 * which does not claim it). Mail for virgilio.it is received at smtp-in.virgilio.it. Its help page on
 * delivery errors explains only the generic DSN wordings (MAILBOX FULL, USER UNKNOWN and the like),
 * none of them its own: no rows.
 */
export default {
  info: {
    id: 'virgilio',
    name: 'Virgilio Mail (Italiaonline)',
    hostSuffixes: [
      // virgilio.it -> "10 smtp-in.virgilio.it" (tinkrland/themailtell research/sources/live-mx-2026-10-08.txt)
      '.virgilio.it',
    ],
    replyMarkers: [],
    mailboxDomains: ['virgilio.it'],
    mailboxDomainsSource: 'Virgilio Aiuto "Messaggi di errore più frequenti dopo invio email" (its users\' addresses, "nome@virgilio.it"); tinkrland/themailtell src/providers.ts ("virgilio.it (it)", a mailbox provider)',
    docsUrl: helpPage,
    source: `Virgilio Aiuto "Messaggi di errore più frequenti dopo invio email" (${helpPage}); tinkrland/themailtell live MX log 2026-10-08 (third-party DNS record)`,
  },
  rows: [],
} satisfies ProviderRules;
