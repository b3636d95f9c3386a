import type {ProviderRules} from '../types.ts';

const webmail = 'https://webmail.bell.net';

/**
 * Bell Canada's consumer mail (bell.net, sympatico.ca). It runs on Bell's own Openwave Messaging
 * platform under owm.bell.net: mail for its domains is received at mxmta.owm.bell.net, and its
 * users' mail leaves through hosts such as torfep01.bell.net and simcoe207srvr.owm.bell.net. No Bell
 * page on delivery errors was found: no rows.
 */
export default {
  info: {
    id: 'bell',
    name: 'Bell Canada Mail (bell.net, sympatico.ca)',
    hostSuffixes: [
      // MX mxmta.owm.bell.net (a public Python script sorting addresses by MX: sympatico = ('mxmta.owm.bell.net.'));
      // its outgoing hosts in Received headers of list mail: "from simcoe207srvr.owm.bell.net ... EHLO torfep01.bell.net",
      // "belmont80srvr.owm.bell.net ... EHLO mtlfep02.bell.net" (linux-parisc archives, 2019-2020). All under Bell's own domain.
      '.bell.net',
    ],
    replyMarkers: [],
    mailboxDomains: ['bell.net', 'sympatico.ca'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/bell.net.xml (Mozilla ISPDB: "Bell Canada email", domains bell.net and sympatico.ca, imap.bell.net, smtphm.sympatico.ca)',
    docsUrl: webmail,
    source: 'thunderbird/autoconfig ispdb/bell.net.xml; MX from a public script and host names from public Received headers (third-party records); Bell Webmail at webmail.bell.net (named in public code); no Bell page about SMTP errors was found',
  },
  rows: [],
} satisfies ProviderRules;
