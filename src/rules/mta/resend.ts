import type {MtaFamily} from '../types.ts';

const bounced = 'https://resend.com/docs/webhooks/emails/bounced (type "email.bounced"; data.to; data.bounce.type, subType, message, diagnosticCode)';
const eventTypes = 'https://resend.com/docs/dashboard/webhooks/event-types; resend/resend-node src/webhooks/interfaces/webhook-event.interface.ts (email.delivered, email.delivery_delayed, email.complained, email.failed, email.suppressed)';
const bounceTypes = 'https://resend.com/docs/dashboard/emails/email-bounces (Permanent: General, NoEmail, Suppressed, OnAccountSuppressionList; Transient; Undetermined)';

/** Resend: events of its webhooks; its bounce e-mail wording is not public. */
export default {
  id: 'resend',
  name: 'Resend',
  source: `${bounced}; ${eventTypes}; ${bounceTypes}`,
  webhook: {
    typeField: ['type'],
    marks: ['data.email_id'],
    recipients: 'data.to',
    diagnostic: ['data.bounce.diagnosticCode.0', 'data.bounce.message', 'data.failed.reason', 'data.suppressed.message'],
    context: ['data.bounce.type', 'data.bounce.subType'],
    source: `${bounced}; ${eventTypes}`,
    events: [
      {
        types: ['email.bounced'],
        outcome: 'failed',
        // Resend's own suppression lists: it did not send.
        suppressedWhen: [{path: 'data.bounce.subType', values: ['Suppressed', 'OnAccountSuppressionList']}],
        permanentWhen: [{path: 'data.bounce.type', values: ['Permanent']}],
        source: `${bounced}; ${bounceTypes}`,
      },
      {types: ['email.failed'], outcome: 'failed', source: `${eventTypes}: email.failed "failed to send due to an error"`},
      {types: ['email.suppressed'], outcome: 'suppressed', source: eventTypes},
      {types: ['email.delivery_delayed'], outcome: 'delayed', source: `${eventTypes}: email.delivery_delayed`},
      {types: ['email.complained'], outcome: 'complaint', source: `${eventTypes}: email.complained`},
      {types: ['email.delivered'], outcome: 'delivered', source: `${eventTypes}: email.delivered`},
    ],
  },
} satisfies MtaFamily;
