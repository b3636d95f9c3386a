import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.eclipso.de/faq/';

/**
 * eclipso Mail Europe (eclipso.net, Bayreuth), a German free-mail service. Its mail leaves through
 * mail.eclipso.de, which also writes its notices; eclipso.de is the service's own zone.
 */
export default {
  info: {
    id: 'eclipso',
    name: 'eclipso Mail Europe',
    names: ['eclipso'],
    hostSuffixes: [
      '.eclipso.de', // mail.eclipso.de, its mail server (Received: "from mail.eclipso.de ([217.69.254.104]) ... EHLO mail.eclipso.de", message ids @mail.eclipso.de on the Linux lists); its MX was not found in any source
    ],
    replyMarkers: [],
    mailboxDomains: ['eclipso.de', 'eclipso.eu', 'eclipso.at', 'eclipso.ch', 'eclipso.be', 'eclipso.es', 'eclipso.it', 'eclipso.me', 'eclipso.nl', 'eclipso.email'],
    mailboxDomainsSource: 'sharsil/mailcat mailcat.py (the ten domains it checks with eclipso\'s own address-availability query at eclipso.eu/index.php?action=checkAddressAvailability); eclipso.de FAQ ("eclipso FreeMail") and eclipso.eu help ("an e-mail address with the extension @eclipso"); addresses @eclipso.eu and @eclipso.email sent through mail.eclipso.de on the Linux lists',
    docsUrl: helpPage,
    source: `eclipso Hilfe/FAQ (${helpPage}); eclipso.eu terms (operator eclipso.net, Bayreuth); Received headers of mail from mail.eclipso.de in Linux-list archives; sharsil/mailcat mailcat.py`,
  },
  rows: [],
} satisfies ProviderRules;
