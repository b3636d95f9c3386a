import type {ProviderRules} from '../types.ts';

const helpPage = 'https://kb.mailbox.org/en/private/custom-domains/using-e-mails-with-a-custom-domain';

/**
 * mailbox.org (Heinlein Support, Berlin). Its users' own domains and mailbox.org itself take mail at
 * mxext1/mxext2/mxext3.mailbox.org; every host under mailbox.org is its own.
 */
export default {
  info: {
    id: 'mailbox-org',
    name: 'mailbox.org',
    hostSuffixes: [
      '.mailbox.org', // mxext1.mailbox.org, mxext2.mailbox.org (priority 10) and mxext3.mailbox.org (20), the MX its customers publish for their own domains (many published zone files citing kb.mailbox.org); mx.mailbox.org
    ],
    replyMarkers: [],
    mailboxDomains: ['mailbox.org'],
    mailboxDomainsSource: 'mailbox.org knowledge base "Using e-mails with a custom domain" (every account keeps its mailbox.org address); thunderbird/autoconfig ispdb/mailbox.org.xml',
    docsUrl: helpPage,
    source: `mailbox.org KB "Using e-mails with a custom domain" (${helpPage}: the MX records must point to mailbox.org); customers' published zone files ("10 mxext1.mailbox.org", "10 mxext2.mailbox.org", "20 mxext3.mailbox.org"), a third-party record of the MX names; tinkrland/themailtell src providers.ts (mx.mailbox.org)`,
  },
  rows: [],
} satisfies ProviderRules;
