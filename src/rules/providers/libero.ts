import type {ProviderRules} from '../types.ts';

const helpPage = 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email';

/**
 * Libero Mail, Italiaonline's free-mail service (libero.it, iol.it, inwind.it, blu.it, giallo.it).
 * Mail arrives at smtp-in.libero.it; its refusals name the internal server that answered, under
 * iol.local ("smtp-10.iol.local"), with a LIB_ code.
 */
export default {
  info: {
    id: 'libero',
    name: 'Libero Mail (Italiaonline)',
    hostSuffixes: [
      '.libero.it', // smtp-in.libero.it, the MX of libero.it ("10 smtp-in.libero.it", tinkrland/themailtell live MX log 2026-10-08, and other published lookups)
    ],
    replyMarkers: [
      // Its internal server names in its refusals: "550 smtp-10.iol.local smtp-10.iol.local IP blacklisted by CSI ... [smtp-10.iol.local; LIB_102".
      'iol.local',
    ],
    mailboxDomains: ['libero.it', 'iol.it', 'inwind.it', 'blu.it', 'giallo.it'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/libero.it ("Libero Mail": libero.it, iol.it, blu.it, inwind.it, giallo.it, after aiuto.libero.it\'s client settings page)',
    docsUrl: helpPage,
    source: `Libero Aiuto "Messaggi di errore più frequenti dopo invio email" (${helpPage}); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; a Libero refusal quoted by TurboLab.it ("host smtp-in.libero.it[213.209.1.129] refused to talk to me: 550 smtp-10.iol.local ... [smtp-10.iol.local; LIB_102") and in a bounce-pattern table of another repository ("[smtp-13.iol.local; LIB_102]")`,
  },
  rows: [],
} satisfies ProviderRules;
