import type {MtaFamily} from '../types.ts';

const webhooks = 'postalserver/docs content/4.developer/4.webhooks.md (https://docs.postalserver.io/developer/webhooks: envelope {event, timestamp, uuid, payload}; "The payload format is identical for all of them. The `status` attribute reflects the delivery status."; payload {status, details, output, time, sent_with_ssl, timestamp, message: {id, token, ..., to}})';

/** Postal, the open-source mail delivery platform: its webhook events (its bounce e-mails are the remote servers'). */
export default {
  id: 'postal',
  name: 'Postal',
  source: `${webhooks}; postalserver/postal`,
  webhook: {
    // A message status event is read by its payload's own status, so the payload alone (as the
    // documentation shows it, and as it is pasted) reads as the posted request does. A bounce
    // received later has no status: it is known by the request's event name.
    envelopes: ['payload', ''],
    typeField: ['status', 'event'],
    // The request's uuid; a message status payload's attempt fields and its message's token.
    marks: ['uuid', 'sent_with_ssl', 'message.token'],
    recipients: 'message.to',
    diagnostic: ['output', 'details'],
    source: webhooks,
    events: [
      {types: ['HardFail'], outcome: 'failed', permanent: true, source: `${webhooks}: MessageDeliveryFailed "cannot be delivered and will not be retried. \`status\` will be \`HardFail\`"`},
      // A bounce received later for a message the remote server had accepted: the original names the recipient.
      {types: ['MessageBounced'], outcome: 'failed', recipients: 'payload.original_message.to', source: `${webhooks}: MessageBounced (original_message, bounce)`},
      {types: ['SoftFail'], outcome: 'delayed', source: `${webhooks}: MessageDelayed "\`status\` will be \`SoftFail\`"`},
      {types: ['Held'], outcome: 'suppressed', source: `${webhooks}: MessageHeld "\`status\` will be \`Held\`" (e.g. the recipient is on the suppression list)`},
      {types: ['Sent'], outcome: 'delivered', source: `${webhooks}: MessageSent "\`status\` will be \`Sent\`"`},
    ],
  },
} satisfies MtaFamily;
