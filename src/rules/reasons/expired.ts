import type {ReasonRule} from '../types.ts';

/** The sending server kept getting temporary failures and finally gave up. */
export default {
  id: 'expired',
  title: 'Delivery timed out after retries',
  temporaryTitle: 'Delivery delayed: retries have been failing for a long time',
  description: 'The sending server kept getting temporary failures and finally gave up.',
  phrases: [
    'could not deliver for the last', // dragonfly
    'maximum number of delivery attempts has been reached', // xmail QueueUtils.cpp QueUtResendMessage
    'have been failing for a long time', // exim
    'retry timeout exceeded', // exim
    'delivery time expired', // common
    'message expired', // common
    'retry time not reached', // exim: weak
    'could not be delivered for', // common
    'has not been delivered for', // common
    'delivery expired', // common
    'message timed out', // common
    'has been delayed', // weak
    'too long in queue', // common
    'timeout waiting', // weak
    'was not delivered within', // common
    'undeliverable for', // common
    'could not be delivered within', // common
    'message has been in the queue too long', // common
    'cannot send message for', // common
    'failed to deliver within', // common
    'deferred for too long', // common
    'unable to deliver after', // common
    'but was not able to successfully do so', // bongo src/agents/queue/queue.c CreateDSNMessage, DELIVER_TOO_LONG / DELIVER_TIMEOUT: "tried to deliver the message for the last <n> days, but was not able to successfully do so"
    'retry limit exceeded', // common
    'envelope expired', // opensmtpd
    'unable to deliver this message after', // oracle messaging server
    'in the queue too long', // qmail, x2
    'not going to try again', // qmail
    'message will be retried for', // gmail delay notice
    'did not accept our requests to connect', // gmail: the destination refused every attempt
    'will continue trying', // exchange delay notice
    'could not deliver the message in the time limit specified', // exchange 2000/2003 4.4.7 explanation (test/decoder/templates/exchange-2003.ts cites it)
    'unable to deliver in', // amazon ses "Message expired: unable to deliver in 840 minutes"
    'connection timed out', // postfix, sendmail: the last of many attempts timed out
    'operation timed out', // qmail
    'delivery attempts will continue', // sisimai reason/expired.rb
    'has not been collected after', // sisimai reason/expired.rb
    'after multiple retries', // sisimai reason/expired.rb
    'allowed queue period', // sisimai reason/expired.rb
    'could not find a gateway for', // sisimai reason/expired.rb
    'failed to deliver to domain ', // sisimai reason/expired.rb
    'frozen on arrival', // sisimai reason/expired.rb
    'has been frozen', // sisimai reason/expired.rb
  ],
  phraseSequences: [
    ['message could not be delivered for more than'], // common
    ['delivery ', 'expired'], // sisimai reason/expired.rb Pairs @f352cb87
    ['exceed', 'time', 'out'], // sisimai reason/expired.rb Pairs @f352cb87
    ['not', 'reach', 'period'], // sisimai reason/expired.rb Pairs @f352cb87
    ['delivery failed ', ' attempts'], // imail: "Delivery failed <n> attempts: <rcpt>", its queue's retries given up (sisimai lhost/imailserver.rb ReFailures expired /\ADelivery failed \d+ attempts/)
  ],
  action: {
    id: 'retry',
    summary: 'Your server gave up after days of temporary failures: find the underlying error and resend if it is fixed.',
    steps: [
      'Read the last temporary error in the bounce: it says why each attempt failed.',
      'Fix that cause (or wait for the receiver), then resend.',
    ],
  },
  // A 4xx "expired" is a delay warning ("Action: delayed", a 4.4.7 sent while still queued): the
  // message has not been given up yet.
  temporaryAction: {
    id: 'wait',
    summary: 'Delivery has been failing for a long time and your server is still retrying: find the underlying error before the queue gives up.',
    steps: [
      'Read the last temporary error in the notice: it says why each attempt failed.',
      'Fix that cause if it is yours; otherwise let the queue retry.',
      'If the message matters, send it another way before the queue lifetime runs out.',
    ],
  },
} as const satisfies ReasonRule;
