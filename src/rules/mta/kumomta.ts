import type {MtaFamily} from '../types.ts';

const logRecord = 'KumoCorp/kumomta docs/reference/log_record.md (https://docs.kumomta.com/reference/log_record/: a JSON object; type, id, sender, recipient, queue, site, response {code, enhanced_code {class, subject, detail}, content "the remainder of the response content", command}, peer_address {name, addr}, bounce_classification, feedback_report)';

/**
 * KumoMTA, the open-source MTA for bulk senders: the records of its delivery logs, one JSON object
 * each (a log file holds them one per line).
 */
export default {
  id: 'kumomta',
  name: 'KumoMTA',
  source: logRecord,
  webhook: {
    typeField: ['type'],
    // A record's own fields besides its type: where it was queued and which MX site it went to.
    marks: ['queue', 'site', 'bounce_classification', 'egress_pool'],
    recipients: 'recipient',
    diagnostic: [['response.code', 'response.content']],
    // The enhanced code in its three parts: "class", "subject", "detail".
    status: [['response.enhanced_code.class', 'response.enhanced_code.subject', 'response.enhanced_code.detail']],
    remoteHost: ['peer_address.name'],
    context: ['bounce_classification'],
    source: logRecord,
    events: [
      {types: ['Bounce'], outcome: 'failed', permanent: true, source: `${logRecord}: "Bounce" - "logging a permanent failure response and end of delivery attempts for the message"`},
      {types: ['TransientFailure'], outcome: 'delayed', source: `${logRecord}: "TransientFailure" - "logging a transient failure when attempting delivery"`},
      {types: ['Delay'], outcome: 'delayed', source: `${logRecord}: "Delay" - "explains why a message landed in the scheduled queue"`},
      {types: ['Expiration'], outcome: 'failed', reason: 'expired', source: `${logRecord}: "Expiration" - "logged when the message exceeds the configured maximum lifetime in the queue"`},
      {types: ['AdminBounce'], outcome: 'failed', source: `${logRecord}: "AdminBounce" - "logged when an administrator uses the /api/admin/bounce API to fail message(s)"`},
      {types: ['OOB'], outcome: 'failed', source: `${logRecord}: "OOB" - an out of band bounce: its delivery status report "is used to synthesize an OOB record for each recipient"`},
      // Its response is KumoMTA's own acceptance of the report, no reply about the complainant.
      {types: ['Feedback'], outcome: 'complaint', diagnostic: [], feedbackType: ['feedback_report.feedback_type'], source: `${logRecord}: "Feedback" - an ARF report, parsed into feedback_report (feedback_type)`},
      {types: ['Delivery'], outcome: 'delivered', source: `${logRecord}: "Delivery" - "logging the successful delivery of a message via SMTP"`},
    ],
  },
} satisfies MtaFamily;
