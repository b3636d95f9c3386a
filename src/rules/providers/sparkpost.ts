import type {ProviderRules} from '../types.ts';

const smtpErrorsPage = 'https://support.sparkpost.com/docs/faq/error-messages-smtp';
const smtpErrorsSource = 'SparkPost Support, "Error messages when using SMTP" (SparkPost/support-docs content/docs/faq/error-messages-smtp.md: "there are a few errors that are specific to SparkPost")';
const customerPolicyPage = 'https://support.sparkpost.com/docs/faq/recipient-address-was-suppressed-due-to-customer-policy';
const customerPolicySource = 'SparkPost Support, "554 5.7.1 - Recipient address was suppressed due to customer policy" (SparkPost/support-docs content/docs/faq/recipient-address-was-suppressed-due-to-customer-policy.md)';
const systemPolicyPage = 'https://support.sparkpost.com/docs/faq/recipient-address-was-suppressed-due-to-system-policy';
const systemPolicySource = 'SparkPost Support, "554 5.7.1 - Recipient address was suppressed due to system policy" (SparkPost/support-docs content/docs/faq/recipient-address-was-suppressed-due-to-system-policy.md)';
const smtpApiPage = 'https://developers.sparkpost.com/api/smtp/';

/**
 * SparkPost (now part of Bird), a sending service: clients relay through smtp.sparkpostmail.com (or
 * smtp.eu.sparkpostmail.com for SparkPost EU), logging in as SMTP_Injection with an API key. Its
 * support site lists the refusals that are SparkPost's own (a bad login, a broken X-MSYS-API
 * header, a From domain that is not a configured sending domain) and the two suppression refusals
 * it gives for addresses on its own or the account's suppression list.
 */
export default {
  info: {
    id: 'sparkpost',
    name: 'SparkPost (Bird)',
    names: ['sparkpost'],
    hostSuffixes: [
      // "Host: smtp.sparkpostmail.com / smtp.eu.sparkpostmail.com for SparkPost EU" (SparkPost API docs, "SMTP API").
      'smtp.sparkpostmail.com',
      'smtp.eu.sparkpostmail.com',
    ],
    // Its queue's own verdicts, which name themselves "[internal]" ("Understanding Delays and
    // Bounces"): the expiry that quotes the last attempt, and a hold of its own on a sending IP.
    replyMarkers: [
      '[internal] message timeout',
      '[internal] sending ip temporarily suspended',
      // An out-of-band bounce, one the recipient's server mailed back after accepting the message,
      // as its MTA's bounce logger reports it ("550 [internal] [oob]", SparkPost/developers.sparkpost.com
      // web-ref/responses-by-message.md, "Responses Sorted by Message": 550 5.7.1, bounce_logger module).
      '[internal] [oob]',
    ],
    docsUrl: smtpErrorsPage,
    source: `SparkPost API docs, "SMTP API" (${smtpApiPage}: host, ports 587/2525, STARTTLS, AUTH LOGIN as SMTP_Injection); ${smtpErrorsSource}; SparkPost Support, "Message Delivery: Understanding Delays and Bounces" (support.sparkpost.com/docs/faq/understanding-delays-bounces: "554 5.4.7 [internal] message timeout (last transfail: ...)", "451 4.3.0 [internal] Sending IP temporarily suspended"); ${customerPolicySource}; ${systemPolicySource}`,
  },
  rows: [
    // "535 5.7.8 Sorry. *** No authentication type succeeded"
    {
      reply: '535',
      status: '5.7.8',
      text: ['no authentication type succeeded'],
      reason: 'securityerror',
      meaning: 'SparkPost did not accept the login: the user name is not SMTP_Injection, or the API key is wrong or lacks the "Send via SMTP" permission.',
      action: 'Log in as SMTP_Injection with an API key that has the "Send via SMTP" permission.',
      docsUrl: smtpErrorsPage,
      source: smtpErrorsSource,
    },
    // "550 5.6.0 JSON parsing error in X-MSYS-API"
    {
      reply: '550',
      status: '5.6.0',
      text: ['json parsing error in x-msys-api'],
      reason: 'contenterror',
      meaning: 'The message\'s X-MSYS-API header (SparkPost\'s per-message options) is not valid JSON, so SparkPost refused the message.',
      action: 'Fix the JSON of the X-MSYS-API header (the rest of the reply usually says what is wrong), then send again.',
      docsUrl: smtpErrorsPage,
      source: smtpErrorsSource,
    },
    // "550 5.7.1 Unconfigured Sending Domain <demo.example.com>"
    {
      reply: '550',
      status: '5.7.1',
      text: ['unconfigured sending domain'],
      reason: 'rejected',
      meaning: 'The domain of the From address is not a configured (ready to send) sending domain of the SparkPost account, so SparkPost will not send for it.',
      action: 'Add the domain as a sending domain in SparkPost and verify it, or send from an address at a domain that already is one.',
      docsUrl: smtpErrorsPage,
      source: smtpErrorsSource,
    },
    // "554 5.7.1 recipient address was suppressed due to customer policy"
    {
      reply: '554',
      status: '5.7.1',
      text: ['recipient address was suppressed due to customer policy'],
      reason: 'suppressed',
      meaning: 'The address is on the account\'s own suppression list (an earlier hard bounce, a list-unsubscribe or a spam complaint), so SparkPost did not send to it.',
      action: 'Do not send to the address again; remove it from the suppression list only if it is your own test address.',
      docsUrl: customerPolicyPage,
      source: customerPolicySource,
    },
    // "554 5.7.1 Recipient address was suppressed due to system policy"
    {
      reply: '554',
      status: '5.7.1',
      text: ['recipient address was suppressed due to system policy'],
      reason: 'suppressed',
      meaning: 'The address is on SparkPost\'s global suppression list (role aliases such as unsubscribe@, known defunct addresses, misspelt domains such as gmial.com), so SparkPost did not send to it.',
      action: 'Remove the address from your list or correct its spelling.',
      docsUrl: systemPolicyPage,
      source: systemPolicySource,
    },
  ],
} satisfies ProviderRules;
