import type {ReasonRule} from '../types.ts';

/** Not a failure: the message was delivered (a success report). */
export default {
  id: 'delivered',
  title: 'Delivered',
  description: 'Not a failure: the message was delivered (a success report).',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'none',
    summary: 'Nothing to do: the message was delivered.',
    steps: [
    ],
  },
} as const satisfies ReasonRule;
