import type {MtaFamily} from '../types.ts';

// ZoneMTA, the outbound MTA of Zone.ee (zone-eu/zone-mta), by Andris Reinman.
const bounce = 'zone-eu/zone-mta plugins/core/email-bounce.js (generateBounceMessage: the failure notice, and with isDelayed the delay notice of the \'queue:delayed\' hook)';
const senderLog = 'zone-eu/zone-mta lib/sender.js (its log of each delivery: "id=%s %s.%s REJECTED[%s] from=%s to=%s src=%s mx=%s id=%s (%s)" when it gives a recipient up, the bounce category in brackets and the reply last; "DEFERRED[%s] ..." in the same words when it retries)';
const response = 'zone-eu/zone-mta lib/sender.js (handleResponseError, sendBounceMessage) and lib/bounces.js (formatSMTPResponse: the reply on one line)';

/**
 * ZoneMTA: a notice per recipient, in the words of Gmail's old notice: "Delivery to the following
 * recipient failed permanently:", the recipient indented, "Technical details of permanent failure:"
 * and the reply on one line; the delay notice "There was a temporary problem delivering your message
 * to <rcpt>." and "Technical details of the failure:". A delivery-status part (Status 5.0.0 or
 * 4.0.0) and the original's headers follow.
 */
export default {
  id: 'zonemta',
  name: 'ZoneMTA',
  source: `${bounce}; ${response}`,
  senders: [
    {text: 'mail delivery subsystem <mailer-daemon@', source: `${bounce}: the mailerDaemon of config/default.js, "Mail Delivery Subsystem" <mailer-daemon@[HOSTNAME]>`},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: `${bounce}: "Subject: Delivery Status Notification (Failure)"`},
    {text: 'delivery status notification (delay)', source: `${bounce}: the delay notice's subject`},
  ],
  recipientHeaders: [
    {text: 'x-failed-recipients', source: `${bounce}: "X-Failed-Recipients: <rcpt>"`},
  ],
  bodyMarkers: [
    {text: 'technical details of permanent failure:', source: `${bounce}: the failure notice's text, above the reply`},
  ],
  recipientLeadIns: [
    {text: 'delivery to the following recipient failed permanently:', source: `${bounce}: the recipient follows on the next line, indented by four spaces`},
    {text: 'there was a temporary problem delivering your message to ', source: `${bounce}: "There was a temporary problem delivering your message to <rcpt>."`},
  ],
  replyIntroductions: [
    {text: 'technical details of permanent failure:', source: `${bounce}: an empty line, then the reply (${response})`},
    {text: 'technical details of the failure:', source: `${bounce}: the delay notice: an empty line, then the reply`},
  ],
  permanent: [
    {text: 'delivery to the following recipient failed permanently:', source: `${bounce}: the failure notice's first line (written also for a temporary reply whose deferrals ran out)`},
    {text: 'technical details of permanent failure:', source: bounce},
    {text: ' rejected[', verdict: true, source: senderLog},
  ],
  temporary: [
    {text: 'delivery will be retried. you\'ll be notified if the delivery fails permanently.', source: `${bounce}: the delay notice`},
    {text: 'technical details of the failure:', source: `${bounce}: the delay notice`},
    {text: 'delivery status notification (delay)', source: `${bounce}: the delay notice's subject`},
    {text: ' deferred[', verdict: true, source: senderLog},
  ],
} satisfies MtaFamily;
