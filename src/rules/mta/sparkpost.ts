import type {MtaFamily} from '../types.ts';

const eventDefinitions = 'SparkPost/support-docs articles/api/sparkpost-event-metrics-definitions.md (https://www.sparkpost.com/docs/tech-resources/sparkpost-event-definitions/)';
const bounceClasses = 'SparkPost/support-docs articles/deliverability/bounce-classification-codes.md (25 Admin Failure: "failed by SparkPost\'s configured policies"; 26 Smart Send Suppression; 60 Auto-Reply: "an auto-reply/vacation mail"; 100 Challenge-Response: "a challenge-response probe")';
const webhooks = 'SparkPost/developers.sparkpost.com content/api/webhooks.apib (a batch is a JSON array of {"msys": {<event group>: {...}}})';
const eventsApi = 'https://developers.sparkpost.com/api/events/ (GET /api/v1/events/message: {"results": [<event>], "links": ...}, each event with event_id, type, rcpt_to, raw_reason)';
const fields = 'SparkPost /webhooks/events/documentation, as quoted in csharp-sparkpost src/SparkPost/MessageEvent.cs (rcpt_to, raw_reason: "Unmodified, exact response returned by the remote server", fbtype)';
const attemptFields = 'SparkPost/java-sparkpost libs/sparkpost-lib/src/main/java/com/sparkpost/model/webhook/event/ (the events\' field descriptions: error_code "Error code by which the remote server described a failed delivery attempt", raw_reason "Unmodified, exact response returned by the remote server due to a failed delivery attempt")';

/** SparkPost (now Bird): message events of its webhooks and event API; its bounce e-mail wording is not public. */
export default {
  id: 'sparkpost',
  name: 'SparkPost',
  source: `${webhooks}; ${eventDefinitions}; ${bounceClasses}`,
  webhook: {
    // Engagement events (`track_event`) and unsubscribes say nothing about delivery. The events API
    // (and a batch pasted from it) lists the events bare.
    envelopes: ['msys.message_event', 'msys.gen_event', ''],
    typeField: ['type'],
    // Its own ids, and the fields its documentation gives no other service's events: the bounce
    // class it assigns (bounce-classification-codes.md) and the reply "as returned" (raw_reason).
    marks: ['event_id', 'bounce_class', 'raw_reason'],
    recipients: 'rcpt_to',
    diagnostic: ['raw_reason', 'reason'],
    source: `${webhooks}; ${eventsApi}; ${fields}`,
    // An event a paste cut before its type, with the remote server's answer to a failed attempt:
    // that answer's class says whether SparkPost retries it.
    untypedEntries: [{type: '(failed attempt, its type cut off)', fields: ['event_id'], anyOf: ['raw_reason', 'error_code'], source: attemptFields}],
    events: [
      {types: ['(failed attempt, its type cut off)'], outcome: 'failed', retriedWhenTemporary: true, diagnostic: ['raw_reason', 'reason', 'error_code'], source: attemptFields},
      {
        // The final outcome of every message not delivered, permanent or after retries.
        types: ['bounce', 'out_of_band'],
        outcome: 'failed',
        suppressedWhen: [{path: 'bounce_class', values: ['25', '26']}],
        // 60 Auto-Reply ("an auto-reply/vacation mail") and 100 Challenge-Response ("a
        // challenge-response probe"): an answer to the message, which was delivered.
        autoreplyWhen: [{path: 'bounce_class', values: ['60', '100']}],
        // The classes of category Hard: 10 Invalid Recipient, 30 Generic Bounce: No RCPT, 90 Unsubscribe.
        permanentWhen: [{path: 'bounce_class', values: ['10', '30', '90']}],
        source: `${eventDefinitions}: bounce "Remote MTA has permanently rejected a message", out_of_band "... asynchronously reported that the message was not delivered"; ${bounceClasses}`,
      },
      {types: ['delay'], outcome: 'delayed', source: `${eventDefinitions}: delay "Remote MTA has temporarily rejected a message"`},
      {types: ['policy_rejection', 'generation_rejection'], outcome: 'suppressed', ownVerdict: true, source: `${eventDefinitions}: policy_rejection "Due to policy, SparkPost rejected a message or failed to generate a message", generation_rejection "SparkPost rejected message generation due to policy"`},
      {types: ['generation_failure'], outcome: 'failed', ownVerdict: true, source: `${eventDefinitions}: generation_failure "Message generation failed for an intended recipient"`},
      {types: ['spam_complaint'], outcome: 'complaint', feedbackType: ['fbtype'], source: `${eventDefinitions}: spam_complaint "The message was classified as spam by the recipient"; ${fields}`},
      {types: ['delivery'], outcome: 'delivered', source: `${eventDefinitions}: delivery "Remote MTA acknowledged receipt of a message"`},
    ],
  },
} satisfies MtaFamily;
