import type {ProviderRules} from '../types.ts';

const mxPage = 'https://www.hostinger.com/support/4407237-hostinger-email-mx-records';

/**
 * Hostinger, a web host that sells mailboxes on its customers' own domains (Hostinger Email).
 * Those domains publish MX records naming mx1.hostinger.com and mx2.hostinger.com, and its
 * mailboxes send through smtp.hostinger.com, so a refusal from a host under hostinger.com is
 * Hostinger's. (Hostinger also resells Titan mail, whose hosts are Titan's.) No list of its reply
 * texts was found: no rows.
 */
export default {
  info: {
    id: 'hostinger',
    name: 'Hostinger Email',
    names: ['hostinger'],
    hostSuffixes: [
      // mx1.hostinger.com (priority 5 or 10) and mx2.hostinger.com (10 or 20), SPF include:_spf.hostinger.com, SMTP
      // smtp.hostinger.com / mail.hostinger.com: many public zone files and set-up notes of Hostinger Email domains,
      // one of which cites Hostinger's help article "Hostinger Email MX records" (4407237) for the two MX names; the
      // article itself was not stored.
      '.hostinger.com',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: 'Hostinger help article "Hostinger Email MX records" (hostinger.com/support/4407237-hostinger-email-mx-records), known through a public note that cites it; public zone files naming mx1/mx2.hostinger.com (third-party); Hostinger Help Center, "Official Hostinger email addresses" (its own mail domains)',
  },
  rows: [],
} satisfies ProviderRules;
