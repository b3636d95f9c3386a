import type {ProviderRules} from '../types.ts';

/**
 * QQ Mail (qq.com) of Tencent.
 *
 * No provider-specific replies are recorded yet; the info still identifies the provider.
 */
export default {
  info: {
    id: 'tencent',
    name: 'Tencent QQ Mail',
    names: ['qq', 'qq邮箱', 'qq mail', 'qqmail', 'foxmail', 'tencent', '腾讯企业邮', '腾讯邮箱'],
    hostSuffixes: [
      '.qq.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['qq.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains)',
    docsUrl: 'https://service.mail.qq.com/detail/122',
    source: 'sisimai rhost/lib.go, rhost/for-tencent.go',
  },
  rows: [],
} as const satisfies ProviderRules;
