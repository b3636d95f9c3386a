import type {MtaFamily} from '../types.ts';

const eventTypes = 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/event-types ("failed": severity=permanent when a message is not delivered (hard bounce, retry limit reached, ...); severity=temporary when a message is temporarily rejected by an ESP)';

/** Mailgun: failure events (webhook / events API JSON) as pasted into the decoder; Mailgun's bounce e-mail wording is not public. */
export default {
  id: 'mailgun',
  name: 'Mailgun',
  source: `${eventTypes}; webhooks https://documentation.mailgun.com/docs/mailgun/user-manual/webhooks/webhooks.md`,
  permanent: [
    {text: '"severity": "permanent"', source: eventTypes},
    {text: '"severity":"permanent"', source: `${eventTypes} (compact JSON)`},
  ],
  temporary: [
    {text: '"severity": "temporary"', source: eventTypes},
    {text: '"severity":"temporary"', source: `${eventTypes} (compact JSON)`},
  ],
} satisfies MtaFamily;
