import type {ProviderRules} from '../types.ts';

const specPage = 'https://www.au.com/mobile/service/attention/specification/';

/**
 * au (KDDI), the Japanese mobile carrier: au Mail at au.com and the older ezweb.ne.jp. Its MX are
 * under ezweb.ne.jp (lsean.ezweb.ne.jp) and msmx.au.com, the hosts Sisimai's KDDI module answers
 * for. au's technical specification says that mail to an address that no longer exists is refused
 * with SMTP code 550 during the session, while mail to an existing address that cannot receive it
 * is accepted and then returned as an error mail (NDR); it refuses messages over 3 MB or with more
 * than 100 recipients. Sisimai records what the 550 says ("550 <address>: User unknown" for no such
 * address, "550 : User unknown" when the recipient's filter refused the sender), but au publishes
 * no reply texts, so there are no rows.
 */
export default {
  info: {
    id: 'kddi-au',
    name: 'au (KDDI) Mail',
    names: ['kddi'],
    hostSuffixes: [
      '.ezweb.ne.jp', // sisimai/go-sisimai rhost/lib.go: RhostClass "KDDI" = ".ezweb.ne.jp", "msmx.au.com"; p5-sisimai Rhost/KDDI.pm names lsean.ezweb.ne.jp and msmx.au.com
      'msmx.au.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['au.com', 'ezweb.ne.jp'],
    mailboxDomainsSource: 'au (KDDI), "「auメール(@au.com/@ezweb.ne.jp)へメール送信する際の注意事項」のよくあるご質問" (au.com/mobile/service/attention/faq)',
    docsUrl: specPage,
    source: 'au "技術仕様" (au.com/mobile/service/attention/specification/: 550 during the session for addresses that do not exist, NDR after acceptance otherwise; 3 MB and 100 recipients per message); sisimai/go-sisimai rhost/lib.go and rhost/for-kddi.go; sisimai/p5-sisimai lib/Sisimai/Rhost/KDDI.pm, Lhost/KDDI.pm, Lhost/EZweb.pm',
  },
  rows: [],
} satisfies ProviderRules;
