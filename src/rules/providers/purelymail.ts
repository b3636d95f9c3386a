import type {ProviderRules} from '../types.ts';

const guidePage = 'https://support.purelymail.com/support/solutions/articles/159000430653-migration-guide-moving-your-custom-domain-users-to-purelymail';

/**
 * Purelymail, a low-cost hosted-mail service for customers' own domains. Every customer domain points
 * its MX at the one name mailserver.purelymail.com (which also serves IMAP and ManageSieve), and
 * purelymail.com itself receives there, so a refusal from that host is Purelymail's own. No mailbox
 * domain is claimed: its users bring their domains. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'purelymail',
    name: 'Purelymail',
    names: ['purelymail'],
    hostSuffixes: [
      // "yourdomain.com MX 10 mailserver.purelymail.com" (hardcodeconsulting.tech, "PurelyManage: domain
      // setup", the records Purelymail asks for); purelymail.com -> "50 mailserver.purelymail.com"
      // (tinkrland/themailtell live MX log 2026-10-08); public DNS configs of Purelymail customers
      // carry the same MX. Only this name: no other purelymail.com host was sourced as a mail server.
      'mailserver.purelymail.com',
    ],
    replyMarkers: [],
    docsUrl: guidePage,
    source: `Purelymail Support, "Migration Guide: Moving Your Custom Domain & Users to Purelymail" (${guidePage}: the DNS values are given per domain on its Domains page); blog.hardcodeconsulting.tech/post/purelymanage-domain-setup/ (MX and SPF include:_spf.purelymail.com, third-party); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt`,
  },
  rows: [],
} satisfies ProviderRules;
