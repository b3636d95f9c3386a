import type {ProviderRules} from '../types.ts';

const blacklistPage = 'https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234';
const blacklistSource = 'Telstra CrowdSupport wiki "Why is my email being blacklisted?" (crowdsupport.telstra.com.au ... ta-p/76234): "nschwcmgw08p BigPond Outbound [OB105. Connection refused. (ip:address) is listed on the Exploits Block List (XBL)"; Telstra BigPond uses Spamhaus, and removal is up to the user';

/**
 * Telstra Mail (BigPond), the Australian carrier's mail: bigpond.com, bigpond.net.au, bigpond.net and
 * telstra.com. Its mail hosts are under bigpond.com (omta*.mx.bigpond.com relay its users' mail; its
 * qmail writes bounces at *.email.bigpond.com). Telstra's own help quotes its outgoing server's
 * refusal of a client on the Spamhaus XBL, the one row here.
 */
export default {
  info: {
    id: 'telstra',
    name: 'Telstra Mail (BigPond)',
    names: ['telstra', 'bigpond'],
    hostSuffixes: [
      '.bigpond.com', // omta02ps/omta05ps/omta05sl.mx.bigpond.com and nskntqsrv03p.mx.bigpond.com in Received headers of list mail from bigpond.net.au users (public mailing-list archives); "Hi. This is the qmail-send program at gizmo02bw.email.bigpond.com." (themssforum.com "Email blocked", third-party)
    ],
    replyMarkers: [
      'bigpond outbound', // its outgoing server's greeting: "nschwcmgw08p BigPond Outbound [OB105. Connection refused. ..." (Telstra CrowdSupport)
    ],
    mailboxDomains: ['bigpond.com', 'bigpond.net.au', 'bigpond.net', 'telstra.com'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/bigpond.com.xml (Mozilla ISPDB: "Telstra Mail", domains bigpond.com, bigpond.net.au, telstra.com, bigpond.net)',
    docsUrl: blacklistPage,
    source: `${blacklistSource}; thunderbird/autoconfig ispdb/bigpond.com.xml; mail host names from public Received headers (third-party)`,
  },
  rows: [
    {
      providerCode: 'OB105',
      text: ['bigpond outbound [ob105'],
      reason: 'blocked',
      meaning: 'Telstra\'s outgoing mail server refused the connection because the sending computer\'s IP address is on the Spamhaus Exploits Block List (XBL), a list of machines that behave as if infected or hijacked.',
      action: 'Check the computer and network for malware, then ask Spamhaus to remove the IP address; Telstra leaves the removal request to the user.',
      docsUrl: blacklistPage,
      source: blacklistSource,
    },
  ],
} satisfies ProviderRules;
