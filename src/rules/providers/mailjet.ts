import type {ProviderRules} from '../types.ts';

const gcpPage = 'https://cloud.google.com/compute/docs/tutorials/sending-mail/using-mailjet';

/**
 * Mailjet (Sinch Mailjet), a sending service: mail servers and applications relay their mail
 * through in-v3.mailjet.com, logging in with an API key and secret. A refusal from that host is
 * Mailjet's own. No list of its SMTP relay's reply texts was found: no rows.
 */
export default {
  info: {
    id: 'mailjet',
    name: 'Mailjet',
    names: ['mailjet'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "Mailjet" (host in.mailjet.com).
      'in.mailjet.com',
      // in-v3.mailjet.com: Mailjet's official Ruby gem (Mailjet::Mailer, "send a Mail::Message via Mailjet SMTP relay
      // servers", address 'in-v3.mailjet.com', port 587) and Google Cloud, "Sending email with Mailjet"
      // (relayhost = in-v3.mailjet.com:2525).
      'in-v3.mailjet.com',
    ],
    replyMarkers: [],
    docsUrl: 'https://dev.mailjet.com/',
    source: `mailjet gem, Mailjet::Mailer (rubydoc.info/gems/mailjet/Mailjet/Mailer: address 'in-v3.mailjet.com'); Google Cloud Compute Engine docs, "Sending email with Mailjet" (${gcpPage}: relayhost = in-v3.mailjet.com:2525)`,
  },
  rows: [],
} satisfies ProviderRules;
