import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://developers.mailersend.com/smtp-relay.html';
const smtpSource = 'MailerSend API docs, "SMTP relay" (developers.mailersend.com/smtp-relay.html, "Understanding error messages": the relay answers validation errors with a 450 reply, "450 The given data was invalid. You must provide one of html, text or template_id.")';

/**
 * MailerSend, a transactional sending service: applications relay mail from verified domains through
 * its SMTP relay with generated SMTP users, on port 587 with TLS. The relay checks a message as its
 * Email API would and answers a failed check with a 450 reply that lists the validation errors.
 * The relay's host name, smtp.mailersend.net, does not appear in the text of MailerSend's pages
 * that were found; it is the name in public application configurations set up with MailerSend SMTP
 * users.
 */
export default {
  info: {
    id: 'mailersend',
    name: 'MailerSend',
    names: ['mailersend'],
    hostSuffixes: [
      // smtp.mailersend.net: the SMTP host in public code that sends with MailerSend SMTP users
      // (MS_xxxx@...mlsender.net), port 587 with TLS, e.g. nodemailer, PHPMailer and Django settings on GitHub.
      'smtp.mailersend.net',
    ],
    replyMarkers: [],
    docsUrl: smtpPage,
    source: `${smtpSource}; MailerSend Knowledge base, "How to send emails via SMTP with MailerSend" (mailersend.com/help/smtp-relay); public application configurations using host smtp.mailersend.net with MailerSend SMTP users (GitHub code; third-party, no MailerSend page with the host name was found)`,
  },
  rows: [
    // "450 The given data was invalid. You must provide one of html, text or template_id."
    {
      reply: '450',
      text: ['the given data was invalid'],
      reason: 'contenterror',
      meaning: 'MailerSend\'s relay checked the message as its Email API would and found it invalid (for example no HTML or text body); the rest of the reply lists each validation error.',
      action: 'Fix what the listed errors name (body, From address at a verified domain, reply-to, ...) and send again; sending it unchanged will fail again.',
      docsUrl: smtpPage,
      source: smtpSource,
    },
  ],
} satisfies ProviderRules;
