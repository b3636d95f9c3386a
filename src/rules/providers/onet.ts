import type {ProviderRules} from '../types.ts';

const helpPage = 'https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/';
const mxPage = 'poczta.onet.pl/pomoc/76 "Konfiguracja kont pocztowych we własnej domenie w ustawieniach Onet Poczty" ("Dodanie rekordu MX: mx.poczta.onet.pl")';

/**
 * Onet Poczta (onet.pl, op.pl, vp.pl and Onet's other free domains), Poland's second mailbox
 * provider. Its MX, mx.poczta.onet.pl, receives for its own domains and for the domains of Onet
 * Poczta Plus users, so a reply from a poczta.onet.pl host is Onet's. Its help page on returned
 * mail names the causes (no such account, spam, sending limit) without quoting its replies.
 */
export default {
  info: {
    id: 'onet',
    name: 'Onet Poczta',
    names: ['onet'],
    hostSuffixes: [
      // mx.poczta.onet.pl, the MX Onet tells domain owners to publish (Onet help, page 76), and the host that
      // refused op.pl recipients in Sympa's bounce samples ("host mx.poczta.onet.pl[213.180.147.146] refused to
      // talk to me") and in an Exim bounce ("554 5.7.1 <...@op.pl>: Recipient address rejected: Spf check: fail");
      // mx.frm.poczta.onet.pl writes Onet's own notices ("This is the mail system at host mx.frm.poczta.onet.pl.")
      '.poczta.onet.pl',
    ],
    replyMarkers: [],
    mailboxDomains: ['onet.pl', 'op.pl', 'vp.pl', 'poczta.onet.pl', 'onet.com.pl', 'autograf.pl', 'buziaczek.pl', 'amorki.pl'],
    mailboxDomainsSource: 'Spam Resource "Onet (Poland): Account Inactivity Policy" (2023-09: "Onet\'s subscriber email domains include op.pl, onet.pl, vp.pl, poczta.onet.pl, autograf.pl, buziaczek.pl, onet.com.pl and amorki.pl")',
    docsUrl: helpPage,
    source: `Onet Poczta Pomoc "Co zrobić w przypadku odesłanych lub odrzuconych e-maili?" (causes of a rejection and what to do, no reply texts); ${mxPage}; Sympa bounce-parsing test samples; an Exim bounce and a Postfix notice quoted in public code`,
  },
  rows: [],
} satisfies ProviderRules;
