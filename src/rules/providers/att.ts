import type {ProviderRules} from '../types.ts';

const postmasterFaq = 'https://www.att.com/support/smallbusiness/article/smb-email-support/KM1252601/';
const telcheck = 'a public shell script that telnets to the big receivers to check for blocks (its AT&T transcript: "Connected to al-ip4-mx-vip1.prodigy.net", "220 alph731.prodigy.net ESMTP Sendmail Inbound", "553 5.3.0 alph731 DNSBL:RBL 521< 5.161.254.101 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net", March 2025)';

/**
 * AT&T's consumer mail (att.net, sbcglobal.net, bellsouth.net and the other old Bell and SBC
 * brands). The mailboxes themselves are kept by Yahoo for AT&T, but mail for these domains is
 * received by AT&T's own Sendmail front ends under prodigy.net (al-ip4-mx-vip1/2, ff-ip4-mx-vip1/2),
 * and their refusals send the sender to AT&T's own block-list team (abuse_rbl@abuse-att.net): a
 * refusal written there is AT&T's, not Yahoo's. No list of its current replies was found (its old
 * Worldnet/BellSouth error page is long gone): no rows.
 */
export default {
  info: {
    id: 'att',
    name: 'AT&T Mail (att.net, sbcglobal.net, bellsouth.net)',
    names: ['at&t', 'sbcglobal'],
    hostSuffixes: [
      // MX of att.net, sbcglobal.net and bellsouth.net: al-ip4-mx-vip1/2.prodigy.net, ff-ip4-mx-vip1/2.prodigy.net
      // (a public Python script sorting addresses by MX; several public block-check scripts: "Att.net,
      // al-ip4-mx-vip1.prodigy.net"; jace/mxsniff mxsniff/providers.py: 'prodigy': '*.prodigy.net'); the
      // answering host names itself alph731.prodigy.net (the transcript quoted in `source`).
      '.prodigy.net',
    ],
    replyMarkers: [
      // "... >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net" (the transcript in `source`;
      // the same address in bounce-handling code: "// AT&T ... response.includes('abuse_rbl@abuse-att.net')").
      'abuse_rbl@abuse-att.net',
    ],
    mailboxDomains: [
      'att.net', 'ameritech.net', 'bellsouth.net', 'currently.com', 'flash.net', 'nvbell.net', 'pacbell.net',
      'prodigy.net', 'sbcglobal.net', 'snet.net', 'swbell.net', 'wans.net',
    ],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/att.net.xml (Mozilla ISPDB: "AT&T", these twelve domains, imap.mail.att.net, after AT&T\'s help article KM1010523 "Configure IMAP and POP3 for att, sbcglobal, swbell etc.")',
    docsUrl: postmasterFaq,
    source: `AT&T "AT&T Postmaster FAQs" (${postmasterFaq}: blocks are handled by email to its block list group); ${telcheck}; public MX tables in code (see hostSuffixes)`,
  },
  rows: [],
} satisfies ProviderRules;
