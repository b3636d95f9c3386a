import type {ProviderRules} from '../types.ts';

const helpPage = 'https://kundenservice.freenet.de/faq/e-mail-client-mail/einstellungen-serverdaten-fuer-alle-e-mail-programme/';

/**
 * freenet Mail (freenet.de), the German free-mail service. Mail for freenet.de arrives at
 * mx.freenet.de and its numbered siblings (N.mx.freenet.de), the same name its users' mail
 * programs use. Only that name is listed: freenet.de as a whole also names its web and other hosts.
 */
export default {
  info: {
    id: 'freenet',
    name: 'freenet Mail',
    names: ['freenet'],
    hostSuffixes: [
      'mx.freenet.de', // freenet.de -> "1 mx.freenet.de" (tinkrland/themailtell live MX log, 2026-10-08); 2.mx.freenet.de, 10.mx.freenet.de, 18.mx.freenet.de in Received headers ("18.mx.freenet.de with smtp (port 25) (Exim 4.76 #1)")
    ],
    replyMarkers: [],
    mailboxDomains: ['freenet.de'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/freenet.de.xml ("freenet Mail", after freenet\'s own server-settings page)',
    docsUrl: helpPage,
    source: `freenet Kundenservice "Serverdaten für alle E-Mail-Programme" (as cited by thunderbird/autoconfig ispdb/freenet.de.xml); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; a freenet header copy on pastebin (pastebin.com/ACki4Wvj, "18.mx.freenet.de ... by mbox43.freenet.de")`,
  },
  rows: [],
} satisfies ProviderRules;
