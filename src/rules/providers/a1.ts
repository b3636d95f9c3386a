import type {ProviderRules} from '../types.ts';

const helpPage = 'https://a1.net/hilfe-kontakt/article/Vertrag-Services/E-Mail/Hilfe-bei-E-Mail-Problemen/Wieso-kann-ich-keine-E-Mails-empfangen-oder-senden-/500000000007407/500000000027570';

/**
 * A1 Telekom Austria and the mailboxes of its customers at a1.net and the older aon.at (A1 Webmail,
 * securemail.a1.net). Its help says incoming mail is limited to 20 MB and outgoing to 10 MB, and
 * that a full mailbox stops receiving. Its users' mail has left through smtpout.aon.at (Received
 * headers in list archives), but no MX host was found in a source, and aon.at also names NAT and
 * customer hosts: no host suffix is claimed. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'a1',
    name: 'A1 Mail (A1 Telekom Austria)',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['a1.net', 'aon.at'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/a1.net.xml (Mozilla ISPDB: domains a1.net and aon.at, server securemail.a1.net)',
    docsUrl: helpPage,
    source: `A1 Hilfe "Wieso kann ich keine E-Mails empfangen oder senden?" (${helpPage}: 10 MB out, 20 MB in, full mailbox, accounts restricted after spam); A1 Hilfe "Mein E-Mail-Postfach wurde missbräuchlich verwendet und ist jetzt gesperrt"; thunderbird/autoconfig ispdb/a1.net.xml`,
  },
  rows: [],
} satisfies ProviderRules;
