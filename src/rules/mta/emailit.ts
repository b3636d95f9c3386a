import type {MtaFamily} from '../types.ts';

const bounced = 'https://emailit.com/docs/webhooks/events/email-bounced (payload {event_id "evt_…", type "email.bounced", data: {object: {id "em_…", object "email", from, to, subject, status "bounced", …}}})';
const eventFields = 'https://emailit.com/docs/webhooks/events/email/held/ (every email event: event_id, type, object, and "data.object: the same object again"; the email object\'s `to` is its one recipient, "Emailit creates a separate email, with its own ID, for every recipient")';
const eventTypes = 'https://emailit.com/de/docs/webhooks/event-types/ (email.delivered "an den Mail-Server des Empfängers zugestellt"; email.bounced "dauerhaft fehlgeschlagen (Hard Bounce)"; email.attempted "Zustellversuch … führte aber zu temporärem Fehler"; email.failed; email.rejected; email.suppressed "steht auf der Unterdrückungsliste"; email.complained)';

/** Emailit, an email sending service: events of its webhooks (one recipient each). */
export default {
  id: 'emailit',
  name: 'Emailit',
  source: `${bounced}; ${eventFields}; ${eventTypes}`,
  webhook: {
    typeField: ['type'],
    // Its events' own id ("evt_…"): Resend names its events alike but writes no event_id.
    marks: ['event_id'],
    recipients: 'data.object.to',
    context: ['data.object.status'],
    source: `${bounced}; ${eventFields}`,
    events: [
      {types: ['email.bounced'], outcome: 'failed', permanent: true, source: `${eventTypes}: email.bounced, a hard bounce`},
      {types: ['email.failed', 'email.rejected'], outcome: 'failed', source: `${eventTypes}: email.failed, email.rejected`},
      {types: ['email.attempted'], outcome: 'delayed', source: `${eventTypes}: email.attempted, a temporary error`},
      {types: ['email.suppressed'], outcome: 'suppressed', source: `${eventTypes}: email.suppressed`},
      {types: ['email.complained'], outcome: 'complaint', source: `${eventTypes}: email.complained`},
      {types: ['email.delivered'], outcome: 'delivered', source: `${eventTypes}: email.delivered`},
    ],
  },
} satisfies MtaFamily;
