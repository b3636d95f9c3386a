import type {ProviderRules} from '../types.ts';

const helpPage = 'https://assistenza.tiscali.it/servizi/guida/posta-elettronica/';

/**
 * Tiscali Mail, the Italian operator's mail service (tiscali.it). Mail for tiscali.it is received by
 * etb-1 to etb-4 and imp-5 under mail.tiscali.it, and customers send through smtp.tiscali.it. The
 * Tiscali domains of other countries are not this file's: tiscali.co.uk is TalkTalk's and tiscali.nl
 * KPN's. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'tiscali',
    name: 'Tiscali Mail (Italy)',
    hostSuffixes: [
      // tiscali.it -> "10 etb-1.mail.tiscali.it ... 10 etb-4.mail.tiscali.it | 50 imp-5.mail.tiscali.it"
      // (tinkrland/themailtell live MX log 2026-10-08, a third-party DNS record)
      '.mail.tiscali.it',
      'smtp.tiscali.it', // its SMTP server for customers (thunderbird/autoconfig ispdb/tiscali.it.xml)
    ],
    replyMarkers: [],
    mailboxDomains: ['tiscali.it'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/tiscali.it.xml (Mozilla ISPDB: "Tiscali Mail", domain tiscali.it, imap/pop/smtp.tiscali.it, documented at assistenza.tiscali.it)',
    docsUrl: helpPage,
    source: `Tiscali Assistenza, posta elettronica guide (${helpPage}, as cited by thunderbird/autoconfig ispdb/tiscali.it.xml); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt`,
  },
  rows: [],
} satisfies ProviderRules;
