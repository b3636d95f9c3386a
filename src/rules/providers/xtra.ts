import type {ProviderRules} from '../types.ts';

const migrationNews = 'https://techblog.nz/1300--End-of-an-error-for-once-great-Dot-Com-giant-in-New-Zealand-';

/**
 * Xtra Mail, the mail of Spark New Zealand (xtra.co.nz). Spark left Yahoo in 2017 and has its mail run
 * by the New Zealand company SMX; mail for xtra.co.nz is received at mx.xm.smxcloud.com. No list of
 * its replies was found: no rows.
 */
export default {
  info: {
    id: 'xtra',
    name: 'Xtra Mail (Spark NZ)',
    hostSuffixes: [
      // xtra.co.nz -> "10 mx.xm.smxcloud.com" (tinkrland/themailtell research/sources/live-mx-2026-10-08.txt: "smxcloud.com ...
      // fronts xtra.co.nz (spark nz) consumer mail"). Only this name: other smxcloud.com hosts serve SMX's other customers.
      'mx.xm.smxcloud.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['xtra.co.nz'],
    mailboxDomainsSource: 'ITP Techblog "End of an error for once great Dot Com giant in New Zealand" (2017: more than 800,000 Xtra email accounts moved off Yahoo to SMX, "management of the Xtra domain"); NZ Herald on Xtra Mail becoming paid (2024: "Spark\'s webmail provider SMX")',
    docsUrl: migrationNews,
    source: `tinkrland/themailtell live MX log 2026-10-08 (third-party DNS record); ${migrationNews}; stuff.co.nz (2016) on Spark handing Xtra email to SMX; no Spark page on SMTP errors was found`,
  },
  rows: [],
} satisfies ProviderRules;
