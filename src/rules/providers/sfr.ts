import type {ProviderRules} from '../types.ts';

const guide = 'https://www.postmastery.com/all-about-isp-sfr-and-smtp-error-codes-sfr_in_xxx/';

/**
 * SFR Grand Public (Altice France), whose one mail platform serves sfr.fr, neuf.fr, club-internet.fr,
 * cegetel.net, numericable.fr and the older brands it absorbed. All of them take mail at
 * smtp-in.sfr.fr, and its refusals carry its own SFR_IN_ codes.
 */
export default {
  info: {
    id: 'sfr',
    name: 'SFR Mail (sfr.fr, neuf.fr)',
    hostSuffixes: [
      '.sfr.fr', // smtp-in.sfr.fr, the MX of every SFR mail domain (Postmastery; Bento "SFR SMTP Error Codes"; tinkrland/themailtell live MX log 2026-10-08); its servers name themselves so in replies ("421 4.7.0 msfrf2604.sfr.fr Error: too many errors")
    ],
    replyMarkers: [
      'sfr_in_', // "SFR uses a unique error code system: SFR_IN_XXX" (Bento; Postmastery), e.g. "450 4.7.1 SFR_IN_101"
    ],
    mailboxDomains: [
      'sfr.fr', 'neuf.fr', 'club-internet.fr', 'cegetel.net', 'numericable.fr', 'numericable.com', '9online.fr', '9business.fr',
      'akeonet.com', 'noos.fr', 'club.fr', 'evhr.net', 'evc.net', 'cario.fr', 'modulonet.fr', 'mageos.com', 'waika9.com',
      'guideo.fr', 'valvision.fr', 'sfr.net',
    ],
    mailboxDomainsSource: 'Mindbaz "MSP Postmaster Links" (github.com/Mindbaz/MSP_Postmaster_Links, its list of SFR domains) and Bento "SFR SMTP Error Codes" (bentonow.com/smtp-errors/sfr, "SFR Email Domains": the same twenty, all on one infrastructure); thunderbird/autoconfig sfr.fr (sfr.fr, neuf.fr, club-internet.fr)',
    docsUrl: guide,
    source: `no SFR page was found (postmaster.sfr.fr was not reachable in the sources); Postmastery "All about ISP: SFR and SMTP error codes SFR_IN_XXX" (${guide}); Bento "SFR SMTP Error Codes" (bentonow.com/smtp-errors/sfr); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; a refusal "host: smtp-in.sfr.fr ... 554 5.7.1 Service unavailable; Client host [...] blocked using sbl.spamhaus.sfr" on pastebin (pastebin.com/J9kXXSdZ)`,
  },
  rows: [],
} satisfies ProviderRules;
