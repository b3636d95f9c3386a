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
    hostSuffixes: [
      '.qq.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['qq.com', 'foxmail.com'],
    mailboxDomainsSource: 'QQ Mail (mail.qq.com): its addresses at qq.com, and foxmail.com since Foxmail joined Tencent',
    docsUrl: 'https://service.mail.qq.com/detail/122',
    source: 'sisimai rhost/lib.go, rhost/for-tencent.go',
  },
  rows: [],
} as const satisfies ProviderRules;
