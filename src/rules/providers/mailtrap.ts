import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://docs.mailtrap.io/email-api-smtp/setup/smtp-integration';

/**
 * Mailtrap Email Sending (its live sending product, not the test sandbox): applications relay mail
 * from a verified sending domain through live.smtp.mailtrap.io (transactional stream) or
 * bulk.smtp.mailtrap.io (bulk stream). A refusal from those hosts is Mailtrap's own. The sandbox's
 * host (sandbox.smtp.mailtrap.io) delivers nothing, so it is not claimed. No list of Mailtrap's
 * SMTP replies was found: no rows.
 */
export default {
  info: {
    id: 'mailtrap',
    name: 'Mailtrap Email Sending',
    names: ['mailtrap'],
    hostSuffixes: [
      // "Transactional ... SMTP host live.smtp.mailtrap.io; Bulk ... bulk.smtp.mailtrap.io" (Mailtrap, "SMTP service"
      // and "Email Live Sending", mailtrap.io/smtp-service.md and mailtrap.io/email-sending.md).
      'live.smtp.mailtrap.io',
      'bulk.smtp.mailtrap.io',
    ],
    replyMarkers: [],
    docsUrl: smtpPage,
    source: `Mailtrap, "SMTP service" (mailtrap.io/smtp-service.md) and "Email Live Sending" (mailtrap.io/email-sending.md): the two SMTP hosts by stream; Mailtrap Docs, "SMTP Integration" (${smtpPage})`,
  },
  rows: [],
} satisfies ProviderRules;
