import type {ProviderRules} from '../types.ts';

const rulesPage = 'https://help.mweb.co.za/articles/mail/about-mail/mail-sending-rules-and-guidelines';

/**
 * MWEB, the South African ISP, and its mailboxes (mweb.co.za). Its customers send through
 * smtpauth.mweb.co.za on port 587, which enforces MWEB's sending limits (25 recipients a message,
 * about 400 messages an hour, 35 MB a message), so a refusal it writes is MWEB's. No inbound MX was
 * sourced, so none is claimed. Its pages state limits, not reply texts: no rows.
 */
export default {
  info: {
    id: 'mweb',
    name: 'MWEB Mail',
    hostSuffixes: [
      'smtpauth.mweb.co.za', // "Outgoing server: smtpauth.mweb.co.za, Port: 587" (MWEB help, "Mail Sending Rules and Guidelines")
    ],
    replyMarkers: [],
    mailboxDomains: ['mweb.co.za'],
    mailboxDomainsSource: 'MWEB Mailbox Terms and Conditions (mweb.co.za/legalpolicies/Terms/MWEB-Mailbox-Terms-and-Conditions.aspx: MWEB mailboxes on "the MWEB mail servers"); public free-mail domain lists in site code (mweb.co.za; third-party)',
    docsUrl: rulesPage,
    source: `MWEB help, "Mail Sending Rules and Guidelines" (${rulesPage}); MWEB Mailbox Terms and Conditions; MWEB help, "Mail Sending Rules and Policies" (older version)`,
  },
  rows: [],
} satisfies ProviderRules;
