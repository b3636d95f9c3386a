import type {ReasonRule} from '../types.ts';

/** The sending IP or domain has a poor reputation with the receiver. */
export default {
  id: 'badreputation',
  title: 'Refused for your IP\'s reputation',
  description: 'The sending IP or domain has a poor reputation with the receiver.',
  phrases: [
    'reputation', // common
    'poor reputation', // common
    'bad reputation', // common
    'low reputation', // common
    'sender reputation', // common
    'ip reputation', // common
    'temporarily deferred due to unexpected volume', // yahoo-like
    'unusual rate of unsolicited mail', // gmail
    'likely unsolicited mail', // gmail
    'suspicious due to the very low reputation', // gmail
    'due to user complaints', // sisimai reason/blocked.rb
  ],
  action: {
    id: 'slow-down',
    summary: 'Improve your sending reputation: slow down, authenticate, and send only to engaged recipients.',
    steps: [
      'Authenticate with SPF, DKIM and DMARC.',
      'Reduce volume and remove unengaged addresses.',
      'Check the provider\'s postmaster tools.',
    ],
  },
} as const satisfies ReasonRule;
