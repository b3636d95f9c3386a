import type {ProviderRules} from '../types.ts';

const sendersNotice = 'https://www.softbank.jp/mobile/support/antispam/wrestle/';
const domainNotice = 'SoftBank "ドメイン追加によるメールサーバ管理者様へのお願い" (softbank.jp/mobile/info/personal/news/support/060928/, 28 Sep 2006)';

/**
 * SoftBank (Japanese mobile carrier, formerly Vodafone Japan): S!Mail at softbank.ne.jp, the older
 * x.vodafone.ne.jp addresses (x = d, h, t, c, k, q, n, s, r), and E mail (i) at i.softbank.jp for
 * iPhone and iPad. SoftBank tells mail administrators that its mail servers resolve in reverse DNS as
 * hostname.softbank.ne.jp or hostname.x.vodafone.ne.jp, so a host under those names is SoftBank's.
 * Its notes for senders say that mail with many unknown addresses is treated as spam and the sender
 * refused for a while, but they quote no reply texts, so there are no rows.
 */
export default {
  info: {
    id: 'softbank',
    name: 'SoftBank Mail',
    names: ['softbank', 'ソフトバンク'],
    hostSuffixes: [
      '.softbank.ne.jp', // its mail servers are "hostname.softbank.ne.jp" in reverse DNS (the notice in `source`); its partner page: "DNSが返すドメインは一律 [softbank.ne.jp]" (support.softbankmobile.co.jp/partner/home_tech2)
      '.vodafone.ne.jp', // "hostname.x.vodafone.ne.jp (x=d、h、t、c、k、q、n、s、r)" (the same notice)
    ],
    replyMarkers: [],
    mailboxDomains: [
      'softbank.ne.jp',
      'i.softbank.jp',
      'd.vodafone.ne.jp', 'h.vodafone.ne.jp', 't.vodafone.ne.jp', 'c.vodafone.ne.jp', 'k.vodafone.ne.jp',
      'q.vodafone.ne.jp', 'n.vodafone.ne.jp', 's.vodafone.ne.jp', 'r.vodafone.ne.jp',
    ],
    mailboxDomainsSource: `${domainNotice} (MAIL FROM "*****@x.vodafone.ne.jp (x=d、h、t、c、k、q、n、s、r)" and "*****@softbank.ne.jp"); SoftBank "迷惑メール設定をする" for "メール(@i.softbank.jp)" (cdn.softbank.jp/mobile/support/iphone/antispam/email_i/antispoof/)`,
    docsUrl: sendersNotice,
    source: `${domainNotice}; SoftBank "メールを送受信する際の注意事項" (softbank.jp/mobile/support/antispam/wrestle/); SoftBank partner technical information (support.softbankmobile.co.jp/partner/home_tech2/index.cfm)`,
  },
  rows: [],
} satisfies ProviderRules;
