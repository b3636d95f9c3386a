import type {MtaFamily} from '../types.ts';

const smtpSender = 'postalserver/postal lib/postal/smtp_sender.rb (SMTPSender#send_message: log "Sending message #{message.server.id}::#{message.id} to #{rcpt_to}", then on a refusal log "#{e.class}: #{e.message}" and the result\'s details "Permanent SMTP delivery error when sending to ..." for Net::SMTPFatalError, "Temporary SMTP delivery error when sending to ..." for Net::SMTPServerBusy and kin)';
const webhooks = 'postalserver/docs content/4.developer/4.webhooks.md (https://docs.postalserver.io/developer/webhooks: envelope {event, timestamp, uuid, payload}; "The payload format is identical for all of them. The `status` attribute reflects the delivery status."; payload {status, details, output, time, sent_with_ssl, timestamp, message: {id, token, ..., to}})';

/** Postal, the open-source mail delivery platform: its webhook events (its bounce e-mails are the remote servers'). */
export default {
  id: 'postal',
  name: 'Postal',
  source: `${webhooks}; ${smtpSender}`,
  // Its SMTP sender's log names each attempt's recipient after the message's ids ("[<log id>]
  // Sending message 1::24017 to bob@example.org"), and the refusal on the lines below.
  loggedRecipientFlags: [
    {text: 'to', idBefore: 'sending message \\d{1,10}::\\d{1,12}', source: smtpSender},
  ],
  permanent: [
    {text: 'permanent smtp delivery error when sending to', source: smtpSender},
  ],
  temporary: [
    {text: 'temporary smtp delivery error when sending to', source: smtpSender},
    // The message's page in Postal's web interface, above its delivery attempts, while the message
    // waits in the queue for its next attempt (each attempt "Soft fail", "Temporary SMTP delivery
    // error when sending to <host>").
    {text: 'this message will be retried automatically in', source: 'postalserver/postal app/views/messages/_deliveries.html.haml ("This message will be retried automatically in #{distance_of_time_in_words_to_now message.queued_message.retry_after}.", shown when the queued message has a retry_after)'},
  ],
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
