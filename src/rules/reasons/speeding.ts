import type {ReasonRule} from '../types.ts';

/** The sender exceeded the receiver's rate limit. */
export default {
  id: 'speeding',
  title: 'You are sending too fast',
  description: 'The sender exceeded the receiver\'s rate limit.',
  // A limit on how fast the client connects is one on its connections (too many connections).
  exceptWhen: ['connection rate limit'],
  phrases: [
    'rate limit', // common
    'too many messages', // common
    'too many emails', // common
    'sending too fast', // common
    'receiving mail at a rate', // gmail
    'too quickly', // common
    'rate exceeded', // common
    'exceeded the rate', // common
    'throttl', // common
    'too much mail', // common
    'sending rate', // common
    'slow down', // common
    'message rate', // common
    'ratelimit', // common
    'exceeded sending limit', // common
    'allowable number of posts', // sisimai reason/policyviolation.rb
    'max emails per hour', // sisimai reason/ratelimited.rb
    'max defers and failures per hour', // cPanel's Exim: a domain past its hourly share of failed or deferred messages may send no more this hour (src/rules/mta/cpanel.ts)
    'has an outgoing mail hold', // cPanel's Exim: the domain's outgoing mail is held (src/rules/mta/cpanel.ts)
    'try again slower', // sisimai reason/ratelimited.rb
    'due to excessive volume', // sisimai lib/sisimai/rhost/apple.rb MessagesOf (that provider's reply wording)
    'exceeded its daily limit', // sisimai lib/sisimai/rhost/godaddy.rb MessagesOf (that provider's reply wording)
    'tenant has exceeded threshold', // sisimai lib/sisimai/rhost/microsoft.rb MessagesOf (that provider's reply wording)
    'exceeding outbound thread limit', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'frequency of receiving messages is limited', // sisimai lib/sisimai/rhost/tencent.rb MessagesOf (that provider's reply wording)
    'max message per connection reached', // sisimai lib/sisimai/rhost/yahooinc.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'slow-down',
    summary: 'Slow down: send fewer messages per minute to this destination.',
    steps: [
      'Lower your sending rate and connection count to this destination.',
      'Let the queue retry deferred messages.',
    ],
  },
} as const satisfies ReasonRule;
