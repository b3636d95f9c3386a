import type {ProviderRules} from '../types.ts';

const errorReportPage = 'https://www.infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report';

/**
 * Infomaniak, a Swiss host whose Mail Service and kSuite receive their customers' mail on
 * mta-gw.infomaniak.ch (the one MX it tells customers to publish) and send it out through
 * smtp-*.mail.infomaniak.ch, the hosts that write its delivery reports. It also gives out free
 * addresses at ik.me, etik.com and ikmail.com. No list of its own reply texts was found (its
 * help page about error reports quotes other providers' refusals): no rows.
 */
export default {
  info: {
    id: 'infomaniak',
    name: 'Infomaniak Mail',
    names: ['infomaniak'],
    hostSuffixes: [
      // mta-gw.infomaniak.ch, the MX (Infomaniak FAQ on linking an external website: "Note the Infomaniak MX
      // mta-gw.infomaniak.ch"; many public zone files: "MX 5 mta-gw.infomaniak.ch"); smtp-1-1234.mail.infomaniak.ch,
      // the relay named in its own error reports ("This is the mail system at host smtp-1-1234.mail.infomaniak.ch",
      // FAQ 858).
      '.infomaniak.ch',
      // mail.infomaniak.com, its IMAP and SMTP submission host (Infomaniak FAQ, generic settings: outgoing SMTP server
      // mail.infomaniak.com, port 465): a refusal at submission comes from it.
      'mail.infomaniak.com',
    ],
    replyMarkers: [],
    mailboxDomains: ['ik.me', 'etik.com', 'ikmail.com'],
    mailboxDomainsSource: 'Infomaniak FAQ on adding an address to Infomaniak Mail ("free addresses @ik.me (+ etik.com, etc.)"); nodemailer\'s well-known services list (Infomaniak: domains ik.me, ikmail.com, etik.com, host mail.infomaniak.com)',
    docsUrl: errorReportPage,
    source: 'Infomaniak FAQ 858 "Resolve an email issue (following an error report)"; Infomaniak FAQ on linking an external website to an Infomaniak mailbox (MX mta-gw.infomaniak.ch, SPF include:spf.infomaniak.ch); Infomaniak FAQ on access settings (mail.infomaniak.com); public zone files for the MX',
  },
  rows: [],
} satisfies ProviderRules;
