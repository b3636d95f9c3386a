import type {ProviderRules} from '../types.ts';

/**
 * 21CN, China Telecom's web portal, whose free mailboxes are at 21cn.com (webmail
 * mail.21cn.com); its enterprise mail became China Telecom Enterprise Mail in 2020. No source
 * for its MX host names was found, so it is known only by its users' domain: a verdict on a
 * 21cn.com mailbox is its own. No rows.
 */
export default {
  info: {
    id: '21cn',
    name: '21CN Mail (China Telecom)',
    names: ['21cn'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['21cn.com'],
    mailboxDomainsSource: 'Public lists of Chinese consumer mailbox domains ("# China ... 139.com, 189.cn, 21cn.com") and webmail maps (21cn.com -> mail.21cn.com) in public code',
    docsUrl: 'https://b.cloud.189.cn/corpmail/support/help.html',
    source: 'China Telecom Enterprise Mail help (b.cloud.189.cn/corpmail/support/help.html: "in 2020 21CN enterprise mail was upgraded to China Telecom Enterprise Mail"); public webmail maps and consumer-domain lists for 21cn.com',
  },
  rows: [],
} satisfies ProviderRules;
