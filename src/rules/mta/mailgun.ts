import type {MtaFamily} from '../types.ts';

const eventTypes = 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types ("failed": severity=permanent when a message is not delivered (hard bounce, retry limit reached, ...); severity=temporary when a message is temporarily rejected by an ESP)';

const bouncesApi = 'https://documentation.mailgun.com/docs/mailgun/api-reference/send/mailgun/bounces ("Bounce list stores events of delivery failures due to permanent recipient mailbox errors such as non-existent mailbox"; GET /v3/{domain_name}/bounces: items of {address, code "SMTP error code", error "SMTP error message", created_at}; its CSV import has the column headers address, code, error, created_at)';

const deliveryStatus = 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-structure (an event\'s "delivery-status": the attempt\'s "code" (the SMTP reply code, a number), "message" (the reply\'s text), "description", "attempt-no", "mx-host", "session-seconds", "tls")';

/** Mailgun: failure events (webhook / events API JSON) as pasted into the decoder; Mailgun's bounce e-mail wording is not public. */
export default {
  id: 'mailgun',
  name: 'Mailgun',
  source: `${eventTypes}; webhooks https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhooks.md`,
  permanent: [
    {text: '"severity": "permanent"', source: eventTypes},
    {text: '"severity":"permanent"', source: `${eventTypes} (compact JSON)`},
  ],
  temporary: [
    {text: '"severity": "temporary"', source: eventTypes},
    {text: '"severity":"temporary"', source: `${eventTypes} (compact JSON)`},
  ],
  webhook: {
    // Webhooks post the event inside `event-data`; the events API lists it bare.
    envelopes: ['event-data', ''],
    typeField: ['event'],
    marks: ['delivery-status'],
    recipients: 'recipient',
    diagnostic: [['delivery-status.code', 'delivery-status.message', 'delivery-status.description']],
    status: ['delivery-status.enhanced-code'],
    remoteHost: ['delivery-status.mx-host'],
    context: ['reason'],
    source: `${eventTypes}; webhooks https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhooks.md (payload: signature, event-data)`,
    untypedEntries: [
      {type: '(bounce list entry)', fields: ['address', 'code', 'error', 'created_at'], source: bouncesApi},
      // A paste of the event cut to its delivery-status member (its type, recipient and severity gone).
      {type: '(delivery status, its event cut off)', fields: ['delivery-status.message'], anyOf: ['delivery-status.code', 'delivery-status.attempt-no', 'delivery-status.mx-host'], source: deliveryStatus},
    ],
    events: [
      {types: ['(bounce list entry)'], outcome: 'failed', permanent: true, recipients: 'address', diagnostic: [['code', 'error']], source: bouncesApi},
      {
        types: ['failed'],
        outcome: 'failed',
        delayedWhen: [{path: 'severity', values: ['temporary']}],
        permanentWhen: [{path: 'severity', values: ['permanent']}],
        // Mailgun's own suppression lists: "suppress-bounce", "suppress-unsubscribe", "suppress-complaint".
        suppressedWhen: [{path: 'reason', values: ['suppress-bounce', 'suppress-unsubscribe', 'suppress-complaint']}],
        source: eventTypes,
      },
      // Mailgun retries a temporary failure (severity "temporary", a 4xx reply) and logs a delivery
      // with the reply that accepted it: a cut event's reply says which it was.
      {types: ['(delivery status, its event cut off)'], outcome: 'failed', retriedWhenTemporary: true, deliveredWhenSuccess: true, source: `${deliveryStatus}; ${eventTypes}`},
      {types: ['rejected'], outcome: 'failed', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types ("rejected": Mailgun rejected the request to send)'},
      {types: ['delivered'], outcome: 'delivered', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types ("delivered": accepted by the recipient\'s server)'},
      {types: ['complained'], outcome: 'complaint', source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types ("complained": the recipient reported the message as spam)'},
    ],
  },
} satisfies MtaFamily;
