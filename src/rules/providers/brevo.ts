import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://developers.brevo.com/docs/smtp-integration';
const troubleshootingPage = 'https://help.sendinblue.com/hc/en-us/articles/115000188150-Troubleshooting-issues-with-the-SMTP';

/**
 * Brevo (formerly Sendinblue), a sending service: applications send transactional mail through its
 * SMTP relay, smtp-relay.brevo.com (smtp-relay.sendinblue.com before the rename), logging in with an
 * SMTP key. A refusal from that relay is Brevo's own. Brevo's help pages describe why relayed mail is
 * not sent (relay not activated, hourly limit, credits used up, invalid sender) without the relay's
 * reply texts: no rows.
 */
export default {
  info: {
    id: 'brevo',
    name: 'Brevo (formerly Sendinblue)',
    names: ['brevo', 'sendinblue'],
    hostSuffixes: [
      // smtp-relay.brevo.com: Brevo Developers, "Node.js SMTP relay example" (host: "smtp-relay.brevo.com", port 587),
      // the relay of "SMTP relay integration".
      'smtp-relay.brevo.com',
      // smtp-relay.sendinblue.com: "Check the connection URL for the SMTP server (smtp-relay.sendinblue.com) and that
      // port 587 ..." (Sendinblue Help, "Troubleshooting issues with the SMTP").
      'smtp-relay.sendinblue.com',
    ],
    replyMarkers: [],
    docsUrl: smtpPage,
    source: `Brevo Developers, "SMTP relay integration" (${smtpPage}: ports 587/2525, 465) and "Node.js SMTP relay example" (developers.brevo.com/docs/node-smtp-relay-example: smtp-relay.brevo.com); Sendinblue Help, "Troubleshooting issues with the SMTP" (${troubleshootingPage}: smtp-relay.sendinblue.com)`,
  },
  rows: [],
} satisfies ProviderRules;
