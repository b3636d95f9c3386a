import type {ProviderRules} from '../types.ts';

const policyPage = 'https://mail.kakao.com/policy';

/**
 * Daum Mail / Kakao Mail (Kakao Corp.): the old Hanmail addresses (hanmail.net), daum.net, and the
 * kakao.com addresses Kakao Mail has issued since 2019. Mail for these domains is received by the
 * mx1-mx4.hanmail.net hosts, whose greeting names "HanMail.Net", so a refusal from a host under
 * hanmail.net is Kakao's. Daum Smartwork (Daum's hosted mail for own domains) receives at
 * aspmx.daum.net. No own list of SMTP replies was found, so there are no rows; Kakao Mail's spam
 * policy page is the page its refusals concern.
 */
export default {
  info: {
    id: 'kakao',
    name: 'Daum / Kakao Mail',
    names: ['hanmail', 'daum mail', '한메일', '다음 메일'],
    hostSuffixes: [
      '.hanmail.net', // mx1.hanmail.net ... mx4.hanmail.net, the MX of daum.net (a PL/Python UPyt_GetMxRecord('daum.net') result in public code); its greeting "220 mail-rmail6 ESMTP welcome to HanMail.Net(tm) ready" (a JavaMail debug log in public notes); public scripts send daum.net, hanmail.net and kakao.com mail to mx1-4.hanmail.net
      'aspmx.daum.net', // "MX @ 10 aspmx.daum.net / 20 alt.aspmx.daum.net" for a domain hosted on Daum Smartwork (jongwon0801/SmartDoor hizib/홈페이지/DNS.md)
    ],
    replyMarkers: [],
    mailboxDomains: ['hanmail.net', 'daum.net', 'kakao.com'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/daum.net.xml (Mozilla ISPDB: Daum Mail, daum.net); wiki1.kr "카카오 메일" (Kakao Mail since 5 Nov 2019 issues ID@kakao.com addresses); readonly.wiki "다음 메일" (Daum Mail\'s @hanmail.net and @daum.net addresses)',
    docsUrl: policyPage,
    source: 'MX: public DNS query results (mx1-4.hanmail.net) and code sending to them; Kakao Mail spam policy (mail.kakao.com/policy, "카카오메일 스팸운영정책"); Daum spam policy mail.daum.net/policy?category=spam (cited by happyjung.com/lecture/1508)',
  },
  rows: [],
} satisfies ProviderRules;
