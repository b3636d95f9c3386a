import type {ProviderRules} from '../types.ts';

/**
 * one.com, a Danish web host that sells mailboxes on its customers' domains. Those domains'
 * MX records name its mail pods, mx1 to mx4.pub.mailpodNN-cph3.one.com (and mailpod1-osl1.one.com
 * for the Norwegian brands on its platform), so a refusal from a host under one.com is one.com's.
 * Only third-party records of its MX were found, and no list of its reply texts: no rows.
 */
export default {
  info: {
    id: 'one-com',
    name: 'one.com',
    hostSuffixes: [
      // mx1..mx4.pub.mailpod5/9/10/12/13/14-cph3.one.com in public zone files and set-up notes of one.com customers
      // ("MX 10 mx1.pub.mailpod14-cph3.one.com", "the mailboxes run on one.com (mx1 to mx4.pub.mailpod10-cph3.one.com)",
      // SPF include:_custspf.one.com; name servers ns01/ns02.one.com); mx1..3.pub.mailpod1-osl1.one.com for the
      // Norwegian brands SYSE and Digital Garden (public MX cheat sheets). Third-party records only.
      '.one.com',
    ],
    replyMarkers: [],
    docsUrl: 'https://www.one.com/en/support/guides-faq',
    source: 'Public zone files and DNS notes of domains whose mail one.com hosts (third-party: MX mxN.pub.mailpodNN-cph3.one.com, SPF include:_custspf.one.com); one.com\'s "Mail - General" guide (Copenhagen, 2015: its mail guides at one.com/en/support/guides-faq)',
  },
  rows: [],
} satisfies ProviderRules;
