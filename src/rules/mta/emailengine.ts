import type {MtaFamily} from '../types.ts';

const deliveryErrorDoc = 'https://learn.emailengine.app/docs/webhooks/messagedeliveryerror ("triggered when EmailEngine encounters an SMTP error while attempting to deliver an email. Unlike messageFailed, this event indicates a temporary failure that may be retried automatically"; top level serviceUrl, account, date, event, data)';
const deliveryError = 'postalsys/emailengine lib/email-client/base-client.js (notify(EMAIL_DELIVERY_ERROR_NOTIFY, {queueId, envelope, messageId, error: err.message, errorCode, smtpResponse: err.response, smtpResponseCode: err.responseCode, smtpCommand: err.command, job}); "if (err.responseCode >= 500 && jobData.attemptsMade < jobData.attempts) jobData.nextAttempt = false")';
const submitWorker = 'postalsys/emailengine workers/submit.js (queueEntry.job = {attemptsMade, attempts, nextAttempt: new Date(nextAttempt).toISOString()}, nextAttempt false on the last attempt, which formats as the epoch; "do not retry after 5xx error (except 503 which is transient)": job.discard())';
const failedDoc = 'https://learn.emailengine.app/docs/webhooks/messagefailed ("triggered when EmailEngine permanently fails to deliver a queued email ... This is a terminal event"; data: messageId, queueId, error "Human-readable error message from the final delivery attempt", networkRouting); postalsys/emailengine workers/submit.js (notify(EMAIL_FAILED_NOTIFY, {messageId, queueId, error, networkRouting}))';
const nodemailerCodes = 'nodemailer/nodemailer lib/smtp-connection/index.js (the error codes of a failed connection: ECONNECTION, ETIMEDOUT, ESOCKET, EDNS)';
const sentDoc = 'postalsys/emailengine lib/email-client/base-client.js (notify(EMAIL_SENT_NOTIFY, {messageId, response: info.response, queueId, envelope}): the submission server accepted the message)';

/**
 * EmailEngine (Postal Systems), the e-mail API over a mailbox's own IMAP and SMTP accounts: the
 * webhooks of its outbox, each attempt to submit a queued message through the account's SMTP server.
 */
export default {
  id: 'emailengine',
  name: 'EmailEngine',
  source: `${deliveryErrorDoc}; ${deliveryError}; ${submitWorker}; ${failedDoc}`,
  webhook: {
    envelopes: [''],
    typeField: ['event'],
    // Its own id of the queued submission.
    marks: ['data.queueId'],
    recipients: 'data.envelope.to',
    diagnostic: ['data.smtpResponse', 'data.error', 'data.response'],
    source: `${deliveryErrorDoc}; ${failedDoc}`,
    events: [
      {
        // Each failed attempt: one refused for good (5xx) is not tried again, another is, unless
        // the job says there is no next attempt (false after a 5xx reply, the epoch after the last
        // of its attempts).
        types: ['messageDeliveryError'],
        outcome: 'failed',
        retriedWhenTemporary: true,
        // No reply at all: the connection failed, which it tries again (nodemailer's error codes;
        // only NON_RETRYABLE_CODES end the job).
        delayedWhen: [{path: 'data.errorCode', values: ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS']}],
        failedWhen: [{path: 'data.job.nextAttempt', values: ['false', '1970-01-01T00:00:00.000Z']}],
        source: `${deliveryErrorDoc}; ${deliveryError}; ${submitWorker}; ${nodemailerCodes}`,
      },
      {types: ['messageFailed'], outcome: 'failed', source: failedDoc},
      {types: ['messageSent'], outcome: 'delivered', source: sentDoc},
    ],
  },
} satisfies MtaFamily;
