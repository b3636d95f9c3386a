import type {ProviderRules} from '../types.ts';

const helpPage = 'https://support.ocn.ne.jp/ocn/support/pid2900000s5y';

/**
 * NTT's ISP OCN and its customers' mailboxes at ocn.ne.jp (many under a sub-domain, such as
 * mba.ocn.ne.jp or yacht.ocn.ne.jp) and ocn.ad.jp. ocn.ne.jp also names its broadband customers'
 * machines (p5198-ipad203funabasi.chiba.ocn.ne.jp), so no host suffix of its own is claimed; no MX
 * name was found in a source. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'ocn',
    name: 'OCN Mail (NTT)',
    names: ['ocn'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['ocn.ne.jp', 'ocn.ad.jp'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/ocn.ne.jp.xml (Mozilla ISPDB: provider "OCN", domains ocn.ne.jp and ocn.ad.jp, pop.ocn.ne.jp, smtp.ocn.ne.jp)',
    docsUrl: helpPage,
    source: `thunderbird/autoconfig ispdb/ocn.ne.jp.xml; Received headers of linux-mips and kernel list archives (smtp.mba.ocn.ne.jp, smtp.yacht.ocn.ne.jp sending for mba.ocn.ne.jp / yacht.ocn.ne.jp addresses); OCN support "迷惑メール対策|メールサービス" (${helpPage}) and OCN "迷惑メールブロックサービス" FAQ (service.ocn.ne.jp/option/mail/meiwaku/faq.html: OCN's servers score and quarantine spam, notices from block-report@ocn.ad.jp); no OCN page on SMTP errors was found`,
  },
  rows: [],
} satisfies ProviderRules;
