import type {ProviderRules} from '../types.ts';

const smtpRefusedHelp = 'https://www.yahoo-help.jp/app/answers/detail/p/565/a_id/47542';

/**
 * Yahoo! JAPAN Mail (yahoo.co.jp), run by LY Corporation, separate from Yahoo Inc.'s mail: its MX
 * are mx1, mx2, mx3 and mx5.mail.yahoo.co.jp, and its own notices ("Failure Notice" from
 * MAILER-DAEMON@yahoo.co.jp) come from hosts under mail.ssk.yahoo.co.jp. Its help explains that it
 * refuses SMTP connections from open relays, open proxies and dynamic IP addresses, but lists no
 * reply texts we could find, so there are no rows.
 */
export default {
  info: {
    id: 'yahoo-japan',
    name: 'Yahoo! JAPAN Mail',
    names: ['yahoo! japan', 'yahoo japan', 'yahoo!メール', 'ヤフーメール'],
    hostSuffixes: [
      '.mail.yahoo.co.jp', // "yahoo.co.jp. IN MX 10 mx1/mx2/mx3/mx5.mail.yahoo.co.jp." (hypermkt/domain-info README, a recorded lookup); jace/mxsniff mxsniff/providers.py lists '*.mail.yahoo.co.jp' as Yahoo Mail's MX
      '.mail.ssk.yahoo.co.jp', // the hosts that write its "Failure Notice" ("Received: ... by ....bullet.mail.ssk.yahoo.co.jp with NNFMP", did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail, third-party)
    ],
    replyMarkers: [
      'have a yahoo.co.jp account', // "This user doesn't have a yahoo.co.jp account (xxxxxx@yahoo.co.jp)" in a "Delivery failure / Message from yahoo.co.jp." notice, quoted on mahoro-ba.net/e771.html (third-party)
    ],
    mailboxDomains: ['yahoo.co.jp', 'ymail.ne.jp'],
    mailboxDomainsSource: 'jgillich/free-email-domains free-email-domains.txt (yahoo.co.jp); a mail-client provider table in public code giving Yahoo!メール the domains yahoo.co.jp and ymail.ne.jp with imap.mail.yahoo.co.jp/smtp.mail.yahoo.co.jp',
    docsUrl: smtpRefusedHelp,
    source: 'Yahoo!メールヘルプ "なぜSMTP接続が拒否されるのですか" (yahoo-help.jp a_id 47542: connections from open relays, open proxies and dynamic IPs are refused); MX from hypermkt/domain-info README and jace/mxsniff mxsniff/providers.py; notice hosts from did2memo.net (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
