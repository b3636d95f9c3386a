import type {ReasonRule} from '../types.ts';

/** The sender opened too many simultaneous connections. */
export default {
  id: 'toomanyconn',
  title: 'Too many connections',
  description: 'The sender opened too many simultaneous connections.',
  phrases: [
    'too many connections', // common
    'too many concurrent', // common
    'connection limit', // common
    'too many sessions', // common
    'too many simultaneous', // common
    'too many smtp sessions', // common
    'max connections', // common
    'concurrent connections', // common
    'too many recipients', // postfix "552 Too many recipients": per-session limit
    'frequency limited', // tencent qq "Ip frequency limited"
    'trop de connexions', // sisimai reason/ratelimited.rb
    // Postfix's smtpd_client_connection_rate_limit: its log's "Connection rate limit exceeded" where
    // smtpd answers "421 4.7.0 ... Error: too many connections from <client>" (postfix/src/smtpd/smtpd.c);
    // servers that reply in the log's words ("452 4.3.2 Connection rate limit exceeded.", sisimai reason/toomanyconn.rb)
    'connection rate limit',
  ],
  phraseSequences: [
    ['connection ', 'limit'], // sisimai reason/ratelimited.rb Pairs @a137468d
    ['too many con', 's'], // sisimai reason/ratelimited.rb Pairs @a137468d
  ],
  action: {
    id: 'slow-down',
    summary: 'Open fewer simultaneous connections to this destination.',
    steps: [
      'Lower the connection concurrency for this destination in your MTA.',
      'Let the queue retry.',
    ],
  },
} as const satisfies ReasonRule;
