import type {ProviderRules} from '../types.ts';

/**
 * Sohu Mail (搜狐邮箱), sohu.com. Mail for sohu.com is received by Sohu's own hosts
 * (sohumx.h.a.sohu.com, sohumx1.sohu.com), so a refusal from a host under sohu.com is Sohu's. No list
 * of its own replies was found: no rows.
 */
export default {
  info: {
    id: 'sohu',
    name: 'Sohu Mail',
    names: ['sohu', '搜狐邮箱'],
    hostSuffixes: [
      '.sohu.com', // echo-258/MPAT targets.py delivers to @sohu.com through sohumx.h.a.sohu.com; a Java MX table in public code maps sohu.com to sohumx1.sohu.com (third-party records)
    ],
    replyMarkers: [],
    mailboxDomains: ['sohu.com'],
    mailboxDomainsSource: 'echo-258/MPAT targets.py (a test mailbox at sohu.com); Chinese mail-client tables in public code (搜狐邮箱: pop3.sohu.com, smtp.sohu.com)',
    docsUrl: 'https://mail.sohu.com',
    source: 'MX from echo-258/MPAT targets.py and public MX tables (third-party; no Sohu help page on delivery errors was found)',
  },
  rows: [],
} satisfies ProviderRules;
