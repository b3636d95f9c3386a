import type {ProviderRules} from '../types.ts';

const bouncesPage = 'https://docs.rackspace.com/docs/common-email-bounces';

/**
 * Rackspace Email and Hosted Exchange (Rackspace Cloud Office). Its customers' domains publish MX
 * records naming mx1.emailsrvr.com and mx2.emailsrvr.com, and Rackspace says a bounce it generated
 * shows emailsrvr.com as the generating server, so a refusal from a host under emailsrvr.com is
 * Rackspace's. Its bounce article mixes its own replies with other providers' ones, and its code
 * list (G1F, G28 ...) was found only as a third party quotes it, so there are no rows.
 */
export default {
  info: {
    id: 'rackspace',
    name: 'Rackspace Email',
    names: ['rackspace'],
    hostSuffixes: [
      // mx1.emailsrvr.com (10) and mx2.emailsrvr.com (20), "the MX records for Rackspace Cloud Office" (Rackspace
      // docs, "DNS record definitions"); "If Rackspace bounced your email message, the generating server should show
      // emailsrvr.com in the bounce message" (Rackspace docs, "Common email bounce messages").
      '.emailsrvr.com',
    ],
    replyMarkers: [],
    docsUrl: bouncesPage,
    source: 'Rackspace docs, "DNS record definitions" (docs.rackspace.com/docs/dns-record-definitions) and "Common email bounce messages" (docs.rackspace.com/docs/common-email-bounces); Rackspace Email Postmaster site (postmaster.emailsrvr.com: "use mx[1-2] in DNS")',
  },
  rows: [],
} satisfies ProviderRules;
