import type {ProviderRules} from '../types.ts';

const mxSetupPage = 'https://support.titan.email/hc/en-us/articles/900005560306-Setup-Titan-MX-and-TXT-records-for-HostGator';

/**
 * Titan Email, a hosted business mailbox service sold mostly through hosting companies and domain
 * registrars (HostGator, Hostinger, Name.com and others). Its customers' domains publish MX records
 * naming mx1.titan.email and mx2.titan.email, so a refusal from a host under titan.email is
 * Titan's. No list of its reply texts was found, so there are no rows.
 */
export default {
  info: {
    id: 'titan',
    name: 'Titan Email',
    hostSuffixes: [
      // mx1.titan.email (priority 10) and mx2.titan.email (20), with SPF include:spf.titan.email: Titan's help
      // article "Setup Titan MX and TXT records for HostGator" (support.titan.email, article 900005560306), as
      // quoted with its source link in a user's setup notes (the article itself was not stored); the same pair
      // appears in many domains' published DNS.
      '.titan.email',
    ],
    replyMarkers: [],
    docsUrl: mxSetupPage,
    source: 'Titan help "Setup Titan MX and TXT records for HostGator" (support.titan.email/hc/en-us/articles/900005560306), known through a stored copy of its steps; domains\' published MX records',
  },
  rows: [],
} satisfies ProviderRules;
