import type {MtaFamily} from '../types.ts';

const webhooks = 'postalserver/docs content/4.developer/4.webhooks.md (https://docs.postalserver.io/developer/webhooks: {event, timestamp, uuid, payload}; message status payload: status Sent/SoftFail/HardFail/Held, details, output "the remote server\'s reply", message.to)';

/** Postal, the open-source mail delivery platform: its webhook events (its bounce e-mails are the remote servers'). */
export default {
  id: 'postal',
  name: 'Postal',
  source: `${webhooks}; postalserver/postal`,
  webhook: {
    typeField: ['event'],
    marks: ['uuid', 'payload'],
    recipients: 'payload.message.to',
    diagnostic: ['payload.output', 'payload.details'],
    source: webhooks,
    events: [
      {types: ['MessageDeliveryFailed'], outcome: 'failed', permanent: true, source: `${webhooks}: MessageDeliveryFailed (HardFail: cannot be delivered and will not be retried)`},
      // A bounce received later for a message the remote server had accepted: the original names the recipient.
      {types: ['MessageBounced'], outcome: 'failed', recipients: 'payload.original_message.to', source: `${webhooks}: MessageBounced (original_message, bounce)`},
      {types: ['MessageDelayed'], outcome: 'delayed', source: `${webhooks}: MessageDelayed (SoftFail)`},
      {types: ['MessageHeld'], outcome: 'suppressed', source: `${webhooks}: MessageHeld (Held: e.g. the recipient is on the suppression list)`},
      {types: ['MessageSent'], outcome: 'delivered', source: `${webhooks}: MessageSent (Sent)`},
    ],
  },
} satisfies MtaFamily;
