import type {ProviderRules} from '../types.ts';

const relayPage = 'https://documentation.mailgun.com/docs/mailgun/user-manual/smtp-protocol/smtp-relay';
const verifyPage = 'https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify';

/**
 * Mailgun (Sinch Mailgun), a sending service: mail servers and applications relay their mail through
 * smtp.mailgun.org (US region) or smtp.eu.mailgun.org (EU region) with a domain's SMTP credentials,
 * and a domain that receives through Mailgun (routes, stored messages) points its MX records at
 * mxa.mailgun.org and mxb.mailgun.org. A reply from those hosts is Mailgun's own. No list of the
 * relay's own refusal texts was found in Mailgun's documentation: no rows.
 */
export default {
  info: {
    id: 'mailgun',
    name: 'Mailgun',
    names: ['mailgun'],
    hostSuffixes: [
      // The SMTP relay: smtp.mailgun.org (Mailgun Documentation, "SMTP Relay": relayhost = [smtp.mailgun.org]:587);
      // smtp.eu.mailgun.org for EU-region domains (Google Cloud, "Sending email with Mailgun": "the SMTP hostname is
      // either smtp.mailgun.org or smtp.eu.mailgun.org").
      'smtp.mailgun.org',
      'smtp.eu.mailgun.org',
      // The inbound MX of a Mailgun domain: "MX ... Required for Mailgun to receive and route/store messages addressed
      // to the domain | 10 mxa.mailgun.org 10 mxb.mailgun.org" (Mailgun Documentation, "Domain Verification").
      'mxa.mailgun.org',
      'mxb.mailgun.org',
    ],
    replyMarkers: [],
    docsUrl: relayPage,
    source: `Mailgun Documentation, "SMTP Relay" (${relayPage}); Mailgun Documentation, "Domain Verification" (${verifyPage}: MX records mxa.mailgun.org, mxb.mailgun.org); Google Cloud Compute Engine docs, "Sending email with Mailgun" (cloud.google.com/compute/docs/tutorials/sending-mail/using-mailgun: smtp.mailgun.org or smtp.eu.mailgun.org)`,
  },
  rows: [],
} satisfies ProviderRules;
