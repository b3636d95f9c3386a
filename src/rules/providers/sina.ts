import type {ProviderRules} from '../types.ts';

/**
 * Sina Mail (新浪邮箱): free mailboxes at sina.com and sina.cn, and the paid VIP mail at
 * vip.sina.com. Mail for sina.com is received by freemx1-3.sinamail.sina.com.cn, so a refusal from a
 * host under sinamail.sina.com.cn is Sina's. No list of Sina's own replies was found: no rows.
 */
export default {
  info: {
    id: 'sina',
    name: 'Sina Mail',
    names: ['sina mail', '新浪邮箱'],
    hostSuffixes: [
      '.sinamail.sina.com.cn', // "sina.com mail exchanger = 5 freemx1.sinamail.sina.com.cn / 10 freemx2 / 10 freemx3" (nslookup and dig records in public notes); echo-258/MPAT targets.py delivers to @sina.com through freemx1.sinamail.sina.com.cn (third-party records)
    ],
    replyMarkers: [],
    mailboxDomains: ['sina.com', 'sina.cn', 'vip.sina.com'],
    mailboxDomainsSource: 'echo-258/MPAT targets.py (a test mailbox at sina.com); a mail-client provider table in public code giving 新浪邮箱 the domains sina.com and sina.cn; xingxingwenan.cn "新浪邮箱的格式" (@sina.com, @sina.cn, VIP @vip.sina.com) (third-party)',
    docsUrl: 'https://mail.sina.com.cn',
    source: 'MX from public DNS records and echo-258/MPAT targets.py; domains from public provider tables (third-party; no Sina help page on delivery errors was found)',
  },
  rows: [],
} satisfies ProviderRules;
