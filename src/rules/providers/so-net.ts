import type {ProviderRules} from '../types.ts';

const helpPage = 'https://www.so-net.ne.jp/option/mail/basic/';

/**
 * So-net (Sony Network Communications), the Japanese ISP (also behind NURO), and its members'
 * mailboxes. So-net addresses carry a sub-domain it assigns under so-net.ne.jp (taro@aa2.so-net.ne.jp),
 * so only the parent domain is listed; its hosts fall under it too. No MX name and no list of its
 * replies were found: no host suffix beyond its mail domain, no rows.
 */
export default {
  info: {
    id: 'so-net',
    name: 'So-net Mail',
    names: ['so-net'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['so-net.ne.jp'],
    mailboxDomainsSource: 'So-net "メールのご利用にあたって" (so-net.ne.jp/option/mail/basic/: "So-netのメールアドレス" are taro@aa2.so-net.ne.jp, a user name, a sub-domain So-net assigns, and the domain "so-net.ne.jp"); NURO "基本メールボックス" (nuro.jp/hikari/option/mail/basic/, the same layout)',
    docsUrl: helpPage,
    source: `So-net "メールのご利用にあたって" (${helpPage}); NURO 光 "基本メールボックス" and "IMAPサービス" (nuro.jp/hikari/option/mail/); no So-net page on SMTP errors was found`,
  },
  rows: [],
} satisfies ProviderRules;
