import type {ProviderRules} from '../types.ts';

const webmail = 'https://webmail.telia.com/';

/**
 * Telia's consumer mail in Sweden (telia.com addresses). telia.com's MX is mail.telia.com; its
 * users' older addresses sat under regional names such as skelleftea.mail.telia.com. Only that
 * host is claimed: telia.com as a whole also names Telia's broadband customers' machines
 * (*.tbcn.telia.com). No source was found for the mailbox domains of Telia in Finland, Norway or
 * Denmark, nor a Telia page on delivery errors: no rows.
 */
export default {
  info: {
    id: 'telia',
    name: 'Telia Mail (telia.com)',
    names: ['telia'],
    hostSuffixes: [
      'mail.telia.com', // telia.com -> "1 mail.telia.com" (tinkrland/themailtell research/sources/live-mx-2026-10-08.txt, third-party)
    ],
    replyMarkers: [],
    mailboxDomains: ['telia.com'],
    mailboxDomainsSource: 'tinkrland/themailtell live MX log 2026-10-08 (telia.com among the consumer mail domains it checked, MX mail.telia.com); Crystone FAQ (Telia\'s SMTP servers smtprelay1.telia.com / mail1.telia.com for its customers); a public list of webmail services ("Telia Mail", webmail.telia.com, "ISP"); all third-party',
    docsUrl: webmail,
    source: 'tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; crystone.com/Support/FAQ/Email (third-party); Received/From headers of kernel list archives (addresses at *.mail.telia.com, customer hosts at *.tbcn.telia.com); no Telia page on SMTP errors was found',
  },
  rows: [],
} satisfies ProviderRules;
