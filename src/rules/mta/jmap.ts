import type {MtaFamily} from '../types.ts';

const emailSubmission = 'RFC 8621 §7 (JMAP for Mail, "Email Submission"): the EmailSubmission object\'s deliveryStatus, "String[DeliveryStatus]|null", "the delivery status for each of the submission\'s recipients, if known", keyed by the recipient\'s address; each DeliveryStatus has smtpReply ("the SMTP reply string returned for this recipient when the server last tried to relay the message, or in a later Delivery Status Notification"), delivered ("queued" | "yes" | "no" | "unknown") and displayed';

/**
 * JMAP's EmailSubmission (RFC 8621), as a JMAP client or server (Fastmail, Stalwart, Cyrus) shows
 * a sent message's fate: its delivery status per recipient, the last reply of each recipient's
 * server, and whether it was delivered, failed or is still queued.
 */
export default {
  id: 'jmap',
  name: 'JMAP EmailSubmission',
  source: emailSubmission,
  webhook: {
    // An EmailSubmission names no type of its own; it is known by its delivery status beside the
    // submission's other properties (RFC 8621 §7: identityId, emailId, threadId, envelope, sendAt, undoStatus).
    typeField: ['@type'],
    untypedEntries: [{type: 'EmailSubmission', fields: ['deliveryStatus'], anyOf: ['undoStatus', 'identityId', 'emailId', 'sendAt'], source: emailSubmission}],
    recipients: 'deliveryStatus',
    recipientsByAddress: true,
    diagnostic: ['smtpReply'],
    source: emailSubmission,
    events: [
      {
        types: ['EmailSubmission'],
        outcome: 'failed',
        // "queued": "The message is in a local mail queue and the status will change once it exits
        // the local mail queues"; "yes" is delivered, its reply the accepting server's.
        delayedWhen: [{path: 'delivered', values: ['queued']}],
        source: emailSubmission,
      },
    ],
  },
} satisfies MtaFamily;
