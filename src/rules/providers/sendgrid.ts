import type {ProviderRules} from '../types.ts';

const errorsPage = 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting';
const errorsSource = 'Twilio SendGrid Docs, "SMTP Errors and Troubleshooting" (twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting; the same page as sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md): its response-code table and its section "550 Unauthenticated Senders Not Allowed"';
const smtpPage = 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api';
const senderIdentityError = 'https://www.twilio.com/docs/api/errors/60222';

/**
 * Twilio SendGrid, a sending service: applications and mail servers hand it their mail at its SMTP
 * relay, smtp.sendgrid.net, logging in with the user name "apikey" and an API key. The relay's own
 * refusals (no login, a From address that is no verified Sender Identity, a used-up credit limit)
 * reach the sender at submission time, and SendGrid's troubleshooting page lists them next to
 * replies of recipients' servers that it only passes on: only the former are rows here.
 */
export default {
  info: {
    id: 'sendgrid',
    name: 'Twilio SendGrid',
    names: ['sendgrid'],
    hostSuffixes: [
      // smtp.sendgrid.net: "Set the server host in your email client or application to smtp.sendgrid.net ... the
      // external SMTP server or the SMTP relay" (Twilio SendGrid Docs, "Integrating with the SMTP API").
      'smtp.sendgrid.net',
    ],
    replyMarkers: [],
    docsUrl: errorsPage,
    source: `Twilio SendGrid Docs, "Integrating with the SMTP API" (${smtpPage}: host smtp.sendgrid.net, user "apikey", ports 25/2525/587 and 465); ${errorsSource}`,
  },
  rows: [
    // "403 You are not authorized to send from that email address": 403 is no SMTP reply code (it is the HTTP
    // status of SendGrid's API for the same refusal), so the row stands on SendGrid's own words alone.
    {
      text: ['you are not authorized to send from that email address'],
      ownWords: true,
      reason: 'rejected',
      meaning: 'SendGrid refuses the message because its From address matches no verified Sender Identity (a verified single sender or an authenticated domain) of the account.',
      action: 'Verify the From address as a single sender, or authenticate its domain in SendGrid, then send again.',
      docsUrl: errorsPage,
      source: errorsSource,
    },
    // The same refusal in the words of SendGrid's v3 Mail Send API, its HTTP 403 error (Twilio error 60222).
    {
      text: ['the from address does not match a verified sender identity'],
      ownWords: true,
      reason: 'rejected',
      meaning: 'SendGrid refuses the message because its From address matches no verified Sender Identity (a verified single sender or an authenticated domain) of the account.',
      action: 'Verify the From address as a single sender, or authenticate its domain in SendGrid, then send again.',
      docsUrl: senderIdentityError,
      source: `Twilio, error 60222 "SendGrid The from address does not match a verified Sender Identity" (${senderIdentityError}: HTTP status 403; "Visit https://sendgrid.com/docs/for-developers/sending-email/sender-identity/ to see the Sender Identity requirements")`,
    },
    // "451 Authentication failed: Maximum credits exceeded"
    {
      reply: '451',
      text: ['authentication failed: maximum credits exceeded'],
      reason: 'speeding',
      meaning: 'The account has hit a per-day credit limit on the number of messages it may send; SendGrid says such a limit is usually set in error.',
      action: 'Contact SendGrid support to have the daily credit limit removed, then send the rest.',
      docsUrl: errorsPage,
      source: errorsSource,
    },
    // "550 Unauthenticated senders not allowed"
    {
      reply: '550',
      text: ['unauthenticated senders not allowed'],
      reason: 'securityerror',
      meaning: 'A client handed a message to smtp.sendgrid.net without logging in first, so the relay refused it.',
      action: 'Make the client (or cPanel/Exim) log in on every connection to smtp.sendgrid.net, with the user name "apikey" and an API key with "Mail" permission as the password.',
      docsUrl: errorsPage,
      source: errorsSource,
    },
    // "Delayed Bounce - Unable to Parse Server Reason": SendGrid's own words, shown in place of a blank reason
    {
      text: ['delayed bounce - unable to parse server reason'],
      ownWords: true,
      reason: 'undefined',
      meaning: 'SendGrid shows this in place of a reason when the recipient\'s server returned none, so the cause is unknown.',
      action: 'Check the address and the recipient domain\'s mail servers; if the address is good, send again later or ask the recipient by another channel.',
      docsUrl: errorsPage,
      source: `${errorsSource} (row "Other": "This is what SendGrid displays when the recipient's server returns a blank reason code")`,
    },
  ],
} satisfies ProviderRules;
