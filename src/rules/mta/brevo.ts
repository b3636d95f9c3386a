import type {MtaFamily} from '../types.ts';

const webhooks = 'https://developers.brevo.com/docs/transactional-webhooks (one JSON object per event: event, email, message-id, ts_event, ts_epoch, reason)';
const events = 'https://developers.brevo.com/reference/gettransacemailcontent (event names: hard_bounce "permanently rejected by recipient mail server", soft_bounce "temporarily rejected", deferred "delayed by the recipients mail server", blocked, invalid_email, spam, delivered, error)';

/** Brevo (formerly Sendinblue): events of its transactional webhooks; its bounce e-mail wording is not public. */
export default {
  id: 'brevo',
  name: 'Brevo',
  source: `${webhooks}; ${events}`,
  webhook: {
    typeField: ['event'],
    marks: ['message-id', 'ts_event', 'ts_epoch'],
    recipients: 'email',
    diagnostic: ['reason'],
    source: webhooks,
    events: [
      {types: ['hard_bounce'], outcome: 'failed', permanent: true, source: events},
      {types: ['invalid_email', 'error'], outcome: 'failed', source: events},
      {types: ['soft_bounce', 'deferred'], outcome: 'delayed', source: events},
      // Brevo did not send: the sender or the address is on a block list.
      {types: ['blocked'], outcome: 'suppressed', source: `${events}: blocked "prevented to reach the recipients inbox due to blacklisted sender etc."`},
      {types: ['spam', 'complaint'], outcome: 'complaint', source: `${events}: spam "marked as spam by recipients email provider"`},
      {types: ['delivered'], outcome: 'delivered', source: `${events}: delivered "When the message reaches the recipient"`},
    ],
  },
} satisfies MtaFamily;
