import type {ProviderRules} from '../types.ts';

/**
 * 139 Mail (139邮箱) of China Mobile, 139.com. Mail for 139.com is received by mx1.mail.139.com, so a
 * refusal from a host under mail.139.com is China Mobile's. No list of its own replies was found: no
 * rows.
 */
export default {
  info: {
    id: 'china-mobile-139',
    name: 'China Mobile 139 Mail',
    names: ['139邮箱'],
    hostSuffixes: [
      '.mail.139.com', // mx1.mail.139.com ("#mx1.mail.139.com by use #dig @8.8.8.8 139.com mx" in a public monitoring script; a Java MX table in public code maps 139.com to mx1.mail.139.com) (third-party records)
    ],
    replyMarkers: [],
    mailboxDomains: ['139.com'],
    mailboxDomainsSource: 'Chinese mail-client tables in public code (139邮箱: domain 139.com, imap.139.com, smtp.139.com, web mail.139.com); glorycloud/GloryMail MailProxy/knownServer.sql (139.com: pop.139.com, smtp.139.com)',
    docsUrl: 'https://mail.139.com',
    source: 'MX from public scripts and MX tables (third-party; no 139 Mail help page on delivery errors was found)',
  },
  rows: [],
} satisfies ProviderRules;
