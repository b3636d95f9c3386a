import type {ReasonRule} from '../types.ts';

/** Your own sending service did not try: the address is on its suppression list. */
export default {
  id: 'suppressed',
  title: 'Suppressed by your sending service',
  description: 'Your own sending service did not try: the address is on its suppression list.',
  phrases: [
    'suppression list', // amazon ses
    'on the suppression list', // common
    'address is suppressed', // common
    'suppressed', // weak
    'previously bounced', // sendgrid
    'inactive recipients are ones that have generated a hard bounce', // postmark api error 406 (developer/api/overview#error-codes)
    'previously marked as spam', // common
    'bounced address', // weak
  ],
  action: {
    id: 'suppress',
    summary: 'Your sending service blocks this address after an earlier bounce or complaint: keep it off your lists.',
    steps: [
      'Keep the address suppressed.',
      'Only remove it from the suppression list if you confirmed it works again.',
    ],
  },
} as const satisfies ReasonRule;
