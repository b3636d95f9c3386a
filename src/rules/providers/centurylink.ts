import type {ProviderRules} from '../types.ts';

// The help page Mozilla's ISPDB cites for CenturyLink's mail settings (given there as http://).
const helpPage = 'https://www.centurylink.com/help/index.php?assetid=239';

/**
 * CenturyLink (Lumen) consumer mail: centurylink.net, embarqmail.com, q.com (Qwest) and the old
 * CenturyTel domains. Mail for them is received at mx.centurylink.net. No list of its own replies was
 * found (its refusals quoted in public, "RBL restriction: Blacklisted by Internal Reputation Service",
 * come with no CenturyLink page): no rows, no markers.
 */
export default {
  info: {
    id: 'centurylink',
    name: 'CenturyLink / Lumen Mail',
    names: ['centurylink'],
    hostSuffixes: [
      // centurylink.net -> mx.centurylink.net (a public Python script sorting addresses by MX: centurylink = ('mx.centurylink.net.');
      // an MX table in public code maps 'mx.centurylink.net' to smtp.centurylink.net) (third-party records)
      'mx.centurylink.net',
    ],
    replyMarkers: [],
    mailboxDomains: [
      'centurylink.net', 'embarqmail.com', 'q.com', 'centurytel.net', 'clds.net', 'coastalnow.net', 'cochill.net',
      'cswnet.com', 'emadisonriver.com', 'emadisonriver.net', 'gallatinriver.net', 'grics.net', 'gulftel.com',
      'madisonriver.biz', 'mebtel.net',
    ],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/centurylink.net (centurylink.net, embarqmail.com), ispdb/q.com (q.com) and ispdb/centurytel.net.xml (centurytel.net and the Madison River/GulfTel domains), all three citing CenturyLink\'s help page "How to set up your email to go through POP3 and SMTP" (assetid=239)',
    docsUrl: helpPage,
    source: `CenturyLink help "How to set up your email to go through POP3 and SMTP" (${helpPage}, as cited by Mozilla's ISPDB, with its limits: 20 MB per message, 100 recipients); MX from public scripts (third-party)`,
  },
  rows: [],
} satisfies ProviderRules;
