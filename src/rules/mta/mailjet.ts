import type {MtaFamily} from '../types.ts';

const eventApi = 'mailjet/api-documentation guides/_event-api.md (https://dev.mailjet.com/email/guides/webhooks/: events sent, bounce, blocked, spam, open, click, unsub; bounce: hard_bounce "true if error was permanent", error_related_to, error, comment "the raw SMTP error")';
const errors = 'mailjet/api-documentation guides/_event-api.md, the error table (mailjet / preblocked: "We didn\'t try to send it"; domain / greylisted: "Delivery will be re-attempted")';

/** Mailjet: events of its Event API (webhooks); its bounce e-mail wording is not public. */
export default {
  id: 'mailjet',
  name: 'Mailjet',
  source: `${eventApi}; ${errors}`,
  webhook: {
    typeField: ['event'],
    marks: ['MessageID', 'Message_GUID', 'mj_campaign_id', 'mj_contact_id'],
    recipients: 'email',
    diagnostic: ['comment', 'smtp_reply', 'error'],
    context: ['error_related_to', 'error'],
    source: eventApi,
    events: [
      {types: ['bounce'], outcome: 'failed', delayedWhen: [{path: 'hard_bounce', values: ['false']}], permanentWhen: [{path: 'hard_bounce', values: ['true']}], source: `${eventApi}; ${errors}`},
      // Mailjet did not try: the address bounced before, or the message repeats a campaign's.
      {types: ['blocked'], outcome: 'suppressed', source: `${eventApi}: blocked; ${errors}`},
      {types: ['spam'], outcome: 'complaint', source: `${eventApi}: spam (source: the feedback loop that reported it)`},
      {types: ['sent'], outcome: 'delivered', source: `${eventApi}: sent "Dispatched when the destination SMTP server ... has accepted the message" (smtp_reply)`},
    ],
  },
} satisfies MtaFamily;
