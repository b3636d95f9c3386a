import type {MtaFamily} from '../types.ts';

const sendgridRb = 'sisimai/rb-sisimai lib/sisimai/lhost/sendgrid.rb (secondary: wording seen in the wild)';
const sendgridMsp = 'sisimai/rb-sisimai lib/sisimai/msp/us/sendgrid.rb (secondary: the comment quoting a report\'s text)';
const eventWebhook = 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (Event Webhook: delivery events processed, dropped, delivered, deferred, bounce; engagement events spamreport, open, click, ...)';
const bouncesApi = 'https://www.twilio.com/docs/sendgrid/api-reference/bounces-api/retrieve-all-bounces (GET /v3/suppression/bounces: a list of {created, email, reason, status}, the addresses whose mail the receiving server refused permanently)';
const forwardBounce = 'https://support.sendgrid.com/hc/en-us/articles/9489871931803-Mail-Settings ("Forward Bounce Messages will only forward "Bounce" events (permanent failures)")';

/** SendGrid bounce e-mails: Postfix-style DSN (see postfix.ts) with SendGrid's own opening line. */
export default {
  id: 'sendgrid',
  name: 'Twilio SendGrid',
  source: `${sendgridRb}; ${eventWebhook}`,
  subjects: [
    {text: 'undelivered mail returned to sender', source: `${sendgridRb}: subject == 'Undelivered Mail Returned to Sender' (Return-Path <apps@sendgrid.net>)`},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'this is an automatically generated message from sendgrid.', source: `${sendgridRb}: StartingOf[:message]`},
  ],
  permanent: [
    {text: 'undelivered mail returned to sender', source: `${sendgridRb}: subject == 'Undelivered Mail Returned to Sender' (Return-Path <apps@sendgrid.net>)`},
    {text: 'i\'m sorry to have to tell you that your message was not able to be delivered to one of its intended recipients', source: `${sendgridMsp}; SendGrid mails this report for permanent failures only: ${forwardBounce}`},
  ],
  webhook: {
    typeField: ['event'],
    marks: ['sg_event_id', 'sg_message_id', 'smtp-id'],
    recipients: 'email',
    diagnostic: ['reason', 'response'],
    status: ['status'],
    context: ['type', 'bounce_classification'],
    source: eventWebhook,
    untypedEntries: [{type: '(bounce list entry)', fields: ['email', 'reason', 'status'], source: bouncesApi}],
    events: [
      {types: ['(bounce list entry)'], outcome: 'failed', permanent: true, source: `${bouncesApi}; ${eventWebhook}: a bounce is a permanent refusal ("blocked", the temporary one, has a list of its own)`},
      // A bounce's `type` is "bounce" (the server refused) or "blocked" (it refused for the sender's reputation or content).
      {
        types: ['bounce', 'blocked'],
        outcome: 'failed',
        // "bounce": the server would not accept mail to this recipient permanently; "blocked": temporarily (this message is not retried).
        permanentWhen: [{path: 'type', values: ['bounce']}],
        source: `${eventWebhook}: "bounce" (type bounce: "could not or would not accept mail to this recipient permanently"; blocked: "... temporarily")`,
      },
      {
        types: ['dropped'],
        outcome: 'failed',
        // SendGrid's own suppression lists: it did not send.
        suppressedWhen: [{path: 'reason', values: ['Bounced Address', 'Unsubscribed Address', 'Spam Reporting Address']}],
        source: `${eventWebhook}: "dropped" (reasons include Bounced Address, Unsubscribed Address, Spam Reporting Address, Invalid)`,
      },
      {types: ['deferred'], outcome: 'delayed', source: `${eventWebhook}: "deferred" (response, attempt)`},
      {types: ['delivered'], outcome: 'delivered', source: `${eventWebhook}: "delivered" (response)`},
      {types: ['spamreport'], outcome: 'complaint', source: `${eventWebhook}: "spamreport"`},
    ],
  },
} satisfies MtaFamily;
