import type {ProviderRules} from '../types.ts';

const guidelinesPage = 'https://www.proximus.be/en/id_cr_emailguidelines/personal/products/orphans/legal-information/e-mail-guidelines.html';
const blacklistPage = 'https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html';
const blacklistSource = 'Proximus Support, "Your IP address is in our blacklist" (the reply "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info", given to a sender Proximus has put on its own blacklist)';

/**
 * Proximus (formerly Belgacom), the Belgian operator, and its customers' mailboxes at skynet.be,
 * proximus.be, belgacom.net and kidcity.be. Its e-mail guidelines say what its inbound servers
 * refuse (open relays, dynamic or residential IPs, IPs without reverse DNS, senders with over 10%
 * bounces, more than 4 simultaneous connections). No MX host name was found in a source, and
 * skynet.be and isp.belgacom.be also name its broadband customers' own machines (adsl-fix.skynet.be,
 * adsl-dyn.isp.belgacom.be), so no host suffix is claimed. skynet.be is Proximus's, not Telenet's.
 */
export default {
  info: {
    id: 'proximus',
    name: 'Proximus Mail (Skynet, Belgacom)',
    names: ['proximus'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['skynet.be', 'proximus.be', 'belgacom.net', 'kidcity.be'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/skynet.be.xml (Mozilla ISPDB: provider "Proximus", domains skynet.be, proximus.be, belgacom.net, kidcity.be; imap.proximus.be, relay.proximus.be; documentation on support.en.proximus.be)',
    docsUrl: guidelinesPage,
    source: `Proximus "E-mail guidelines" (${guidelinesPage}); ${blacklistSource} (${blacklistPage}); Proximus "Contact the abuse team or delist your IP" (proximus.com/investors/regulatory-information/abuse.html); thunderbird/autoconfig ispdb/skynet.be.xml`,
  },
  rows: [
    // "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info"
    {
      reply: '554',
      text: ['access denied - under investigation for spam abuse'],
      reason: 'blocked',
      meaning: 'Proximus has put the sending IP address, domain or mail server on its own blacklist after spam came from it (malware, a misconfigured server, mailing to many addresses that no longer exist, or a phished account).',
      action: 'Stop the spam at its source (update and scan the machines, change the mailbox passwords, send from your own server with reverse DNS rather than relay.proximus.be), then ask Proximus to delist the IP through its abuse page ("Delist IP").',
      docsUrl: blacklistPage,
      source: blacklistSource,
      ownWords: true,
    },
  ],
} satisfies ProviderRules;
