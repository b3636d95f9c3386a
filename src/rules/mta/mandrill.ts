import type {MtaFamily} from '../types.ts';

const webhookFormat = 'https://mandrill.zendesk.com/hc/en-us/articles/205583307-Message-Event-Webhook-Format (event: send, deferral, hard_bounce, soft_bounce, open, click, spam, unsub, reject; msg: email, state, diag, bounce_description, smtp_events)';
const webhooks = 'https://mailchimp.com/developer/transactional/docs/webhooks/ (mandrill_events: a JSON array of up to 1,000 events)';
const bounces = 'https://mandrill.zendesk.com/hc/en-us/articles/205582937-About-Bounces (invalid mailboxes are hard bounces; quota errors and other temporary problems soft bounces)';

/** Mailchimp Transactional (Mandrill): message events of its webhooks; its bounce e-mail wording is not public. */
export default {
  id: 'mandrill',
  name: 'Mailchimp Transactional (Mandrill)',
  source: `${webhooks}; ${webhookFormat}; ${bounces}`,
  webhook: {
    typeField: ['event'],
    // A message event carries the message; sync events (deny list changes) have none.
    marks: ['msg'],
    recipients: 'msg.email',
    // A deferral's reply is that of the last attempt.
    diagnostic: ['msg.diag', 'msg.smtp_events.-1.diag'],
    context: ['msg.bounce_description'],
    source: `${webhooks}; ${webhookFormat}`,
    events: [
      {types: ['hard_bounce'], outcome: 'failed', permanent: true, source: `${webhookFormat}; ${bounces}`},
      // A soft bounce is given up too: Mandrill does not retry it, it only keeps the address.
      {types: ['soft_bounce'], outcome: 'failed', source: `${webhookFormat}; ${bounces}`},
      {types: ['deferral'], outcome: 'delayed', source: `${webhookFormat}: deferral (msg.state "deferred", smtp_events[].diag)`},
      {types: ['reject'], outcome: 'suppressed', source: `${webhookFormat}: reject (msg.state "rejected": the address is on the rejection list); ${bounces}`},
      {types: ['spam'], outcome: 'complaint', source: `${webhookFormat}: spam`},
      {types: ['delivered'], outcome: 'delivered', source: `${webhooks}: "Delivered: message has received a response from the recipient's mail server indicating successful delivery"`},
    ],
  },
} satisfies MtaFamily;
