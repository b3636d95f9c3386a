import type {ProviderRules} from '../types.ts';

const helpPage = 'https://help.abv.bg/%D1%83%D0%BA%D0%B0%D0%B7%D0%B0%D0%BD%D0%B8%D1%8F-%D0%B7%D0%B0-%D0%BF%D0%BE%D0%B4%D0%B0%D1%82%D0%B5%D0%BB%D0%B8%D1%82%D0%B5-%D0%BD%D0%B0-%D0%BC%D0%B0%D1%81%D0%BE%D0%B2%D0%B8-%D0%B8%D0%BC%D0%B5%D0%B9/';

/**
 * АБВ Поща (ABV Mail) of Net Info, Bulgarian webmail at abv.bg. Its inbound servers are abv.bg hosts
 * (pmx.abv.bg, smx.abv.bg), so a reply from one is its own. Its help page for bulk senders says
 * unsigned mail may be refused, but quotes no replies.
 */
export default {
  info: {
    id: 'abv',
    name: 'ABV Mail (abv.bg)',
    hostSuffixes: [
      // pmx.abv.bg and smx.abv.bg, the MX of abv.bg: a mail-host tool's documentation derives "abv.bg" from them
      // ("e.g. smx.abv.bg / pmx.abv.bg -> abv.bg"), a Postfix log tries "pmx.abv.bg[194.153.145.27]:25", and a
      // bounce test quotes "421 4.7.0 pmx.abv.bg Error: too many errors" after an abv.bg recipient (all public code)
      '.abv.bg',
    ],
    replyMarkers: [],
    mailboxDomains: ['abv.bg'],
    mailboxDomainsSource: 'ABV.bg terms of use (img.abv.bg, "Общи условия за ползване на услугите, достъпни през уебсайта ABV.bg", Net Info EAD: АБВ Поща at abv.bg)',
    docsUrl: helpPage,
    source: 'АБВ Поща help "Указания за подателите на масови имейли" (help.abv.bg: sign your mail, keep a fixed IP and a valid reverse DNS, or mail may be refused or put in spam); abv.bg MX names as public code quotes them',
  },
  rows: [],
} satisfies ProviderRules;
