import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://resend.com/docs/send-with-smtp';

/**
 * Resend, a sending service: applications and services that speak SMTP (Supabase, Auth0, Django,
 * ...) hand their mail to smtp.resend.com, logging in as "resend" with an API key. A refusal from
 * that host is Resend's own. No list of its SMTP replies was found: no rows.
 */
export default {
  info: {
    id: 'resend',
    name: 'Resend',
    hostSuffixes: [
      // "Host: smtp.resend.com; Port: 25, 465, 587, 2465, or 2587; Username: resend; Password: YOUR_API_KEY"
      // (Resend Docs, "Send emails with SMTP").
      'smtp.resend.com',
    ],
    replyMarkers: [],
    docsUrl: smtpPage,
    source: `Resend Docs, "Send emails with SMTP" (${smtpPage}); Resend changelog, "SMTP Service" (resend.com/changelog/smtp-service)`,
  },
  rows: [],
} satisfies ProviderRules;
