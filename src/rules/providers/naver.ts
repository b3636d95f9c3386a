import type {ProviderRules} from '../types.ts';

const spamPolicy = 'https://policy.naver.com/rules/spamcheck.html';

/**
 * Naver Mail (naver.com), Korea's largest portal mail. Mail for naver.com is received by Naver's own
 * hosts (mx1.naver.com, mx2.naver.com, mx3.naver.com, mx5.mail.naver.com ...), so a refusal written
 * by a host under naver.com is Naver's. Naver publishes no list of its SMTP replies that we could
 * find, so there are no rows; its spam policy page is the page its refusals concern.
 */
export default {
  info: {
    id: 'naver',
    name: 'Naver Mail',
    names: ['naver', '네이버'],
    hostSuffixes: [
      '.naver.com', // mx1.naver.com, mx2.naver.com, mx3.naver.com (MX 10) and mx5.mail.naver.com, mx6.mail.naver.com (MX 20): nslookup -q=mx naver.com as recorded in public notes; echo-258/MPAT targets.py delivers to naver.com through mx2.naver.com (third-party records of Naver's MX)
    ],
    replyMarkers: [
      'realip.naver.com', // "421 4.3.2 Your IP(...) is filtered and this connection will be closed. You must register your IP to http://realip.naver.com", an older Naver refusal quoted on puffinknight.tistory.com/102 (third-party list of Korean portals' replies); only Naver names its own registration site
    ],
    mailboxDomains: ['naver.com'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/naver.com.xml (Mozilla ISPDB: domain naver.com, imap.naver.com, smtp.naver.com); okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES)',
    docsUrl: spamPolicy,
    source: 'MX: public nslookup/dig records of naver.com (mx1-3.naver.com, mx5/mx6.mail.naver.com) and echo-258/MPAT targets.py; Naver spam policy page policy.naver.com/rules/spamcheck.html as cited by happyjung.com/lecture/1508 ("각 포털사 스팸 정책"); reply marker from puffinknight.tistory.com/102 (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
