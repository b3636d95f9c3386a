import type {ProviderRules} from '../types.ts';

const mailSpecNotice = 'https://support.biglobe.ne.jp/news/news716.html';

/**
 * BIGLOBE, the Japanese ISP (biglobe.ne.jp). Its mail domains (about 1,400 of them, per the Mozilla
 * ISPDB) all use bgmgate1.biglobe.ne.jp as MX, and its own bounces come from postmaster@biglobe.ne.jp
 * with the subject "Returned mail:" (Sisimai's parser for them). Sisimai records two phrases of those
 * bounces ("Mail Delivery Failed... User unknown", which it reads as a refusal by the recipient's
 * filter, and "The number of messages in recipient's mailbox exceeded the local limit."), but
 * BIGLOBE publishes no list of its own, so there are no rows. Since September 2022 BIGLOBE takes at
 * most 20 MB per message and 100 recipients (its notice below).
 */
export default {
  info: {
    id: 'biglobe',
    name: 'BIGLOBE Mail',
    names: ['biglobe'],
    hostSuffixes: [
      '.biglobe.ne.jp', // bgmgate1.biglobe.ne.jp, the MX of its domains (thunderbird/autoconfig ispdb/biglobe.ne.jp: "about 1400 domains, all with bgmgate1.biglobe.ne.jp as MX"); its notices come from postmaster@biglobe.ne.jp (sisimai p5-sisimai lib/Sisimai/Lhost/Biglobe.pm)
    ],
    replyMarkers: [],
    mailboxDomains: ['biglobe.ne.jp'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/biglobe.ne.jp (Mozilla ISPDB: Biglobe, domain biglobe.ne.jp, mail.biglobe.ne.jp)',
    docsUrl: mailSpecNotice,
    source: 'thunderbird/autoconfig ispdb/biglobe.ne.jp; sisimai/p5-sisimai lib/Sisimai/Lhost/Biglobe.pm (its notice format); BIGLOBE "BIGLOBEメール 一部仕様変更のお知らせ" (support.biglobe.ne.jp/news/news716.html: 20 MB and 100 recipients per message from 13 Sep 2022)',
  },
  rows: [],
} satisfies ProviderRules;
