import type {ProviderRules} from '../types.ts';

const dnsRecordsPage = 'https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-dec7d861-339e-4e66-b15a-c9dda594e081.html';

/**
 * Forcepoint Email Security Cloud (formerly Websense, "MailControl"), a filtering gateway whose
 * customers publish customer-specific MX records under in.mailcontrol.com
 * (cust<N>-1.in.mailcontrol.com, cust<N>-2...) and relay outbound mail through out.mailcontrol.com.
 * A refusal from one of those hosts is Forcepoint's, written for the recipient's organisation. No
 * list of its reply texts was found, so there are no rows.
 */
export default {
  info: {
    id: 'forcepoint',
    name: 'Forcepoint Email Security Cloud',
    names: ['forcepoint'],
    hostSuffixes: [
      // Forcepoint's help, "DNS records and service IP addresses": customer-specific MX record DNS entries, and DKIM
      // CNAMEs pointing to fpkeyNNN-1._domainkey.out.mailcontrol.com. The MX form cust41036-1.in.mailcontrol.com
      // (banner "220 cluster-g.mailcontrol.com ESMTP MailControl") is shown for rackspace.com in Rackspace's
      // "Email Fundamentals" article (2017); Postfix logs in public threads show cust<N>-1/-2.in.mailcontrol.com.
      '.mailcontrol.com',
    ],
    replyMarkers: [],
    docsUrl: dnsRecordsPage,
    source: 'Forcepoint Cloud Security Gateway help, "DNS records and service IP addresses" (help.forcepoint.com: customer-specific MX records; out.mailcontrol.com); Rackspace "Email Fundamentals" article (MX cust41036-1.in.mailcontrol.com, banner of cluster-g.mailcontrol.com)',
  },
  rows: [],
} satisfies ProviderRules;
