import type {ProviderRules} from '../types.ts';

/**
 * Hrvatski Telekom (HT, formerly T-Com / T-HT), Croatia's incumbent operator, which gives its
 * internet customers mailboxes at email.t-com.hr and at regional subdomains of t-com.hr and of
 * the older htnet.hr (zg. for Zagreb, st. for Split and so on), sent through mail.t-com.hr
 * (formerly mail.htnet.hr). No source for its MX host names was found, only its submission
 * hosts; nor a list of its reply texts: no rows.
 */
export default {
  info: {
    id: 'hrvatski-telekom',
    name: 'Hrvatski Telekom (T-Com)',
    hostSuffixes: [
      // mail.t-com.hr, the outgoing server public mail presets give for "T-Com / T-Mobile HR" (port 587) and public
      // scripts send through; mail.htnet.hr, the older one (a public backup script sending as ...@zg.htnet.hr).
      // Only these two names: the rest of t-com.hr includes customers' ADSL lines (*.adsl.net.t-com.hr).
      'mail.t-com.hr',
      'mail.htnet.hr',
    ],
    replyMarkers: [],
    mailboxDomains: [
      'email.t-com.hr',
      'zg.t-com.hr',
      'st.t-com.hr',
      'os.t-com.hr',
      'vz.t-com.hr',
      'hi.t-com.hr',
      'zg.htnet.hr',
      'vz.htnet.hr',
      'po.htnet.hr',
      'hi.htnet.hr',
    ],
    mailboxDomainsSource: 'Public lists of Croatian public mailbox domains in code ("net.hr", "inet.hr", "vip.hr", "tel.hr", "email.t-com.hr"; another with "hi.t-com.hr" and "email.t-com.hr"); the regional subdomains from addresses of Croatian businesses and people in public code (…@zg.t-com.hr, @st.t-com.hr, @os.t-com.hr, @vz.t-com.hr, @zg.htnet.hr, @vz.htnet.hr, @po.htnet.hr, @hi.htnet.hr): third-party records, no HT page found',
    docsUrl: 'https://webmail.t-com.hr/',
    source: 'Third-party records: public mail presets ("T-Com / T-Mobile HR" => mail.t-com.hr, 587), scripts using mail.t-com.hr and mail.htnet.hr, a webmail map (t-com.hr -> webmail.t-com.hr), public domain lists; HT as the operator of the T-Portal services (T-Portal terms of use, "HT Croatian Telecom dd"; kontakt@t-com.hr on its net ID FAQ)',
  },
  rows: [],
} satisfies ProviderRules;
