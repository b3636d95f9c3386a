import type {ProviderRules} from '../types.ts';

const mailManual = 'https://mail.nifty.com/info/manual/';

/**
 * @nifty (NIFTY Corporation), the Japanese ISP, whose users' mail is at nifty.com. Mail for
 * nifty.com is received by smmx.nifty.com, so a refusal from a host under nifty.com is @nifty's.
 * @nifty's FAQ explains error messages but its text was not available to us, so there are no rows.
 */
export default {
  info: {
    id: 'nifty',
    name: '@nifty Mail',
    hostSuffixes: [
      '.nifty.com', // "nifty.com mail exchanger = 10 smmx.nifty.com." (an nslookup -type=mx nifty.com recorded in public notes, third-party); pop.nifty.com and smtp.nifty.com serve its users (thunderbird/autoconfig ispdb/nifty.com.xml)
    ],
    replyMarkers: [],
    mailboxDomains: ['nifty.com'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/nifty.com.xml (Mozilla ISPDB: @nifty, domain nifty.com); @nifty\'s own pages give its addresses as abc12345@nifty.com (www.nifty.com/mail/mobile/chui.htm)',
    docsUrl: mailManual,
    source: 'thunderbird/autoconfig ispdb/nifty.com.xml (documentation mail.nifty.com/info/manual/); MX from a recorded nslookup (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
