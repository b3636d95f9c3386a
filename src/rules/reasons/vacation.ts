import type {ReasonRule} from '../types.ts';

/** Not a failure: the recipient's server sent an automatic reply. */
export default {
  id: 'vacation',
  title: 'Automatic reply (out of office)',
  description: 'Not a failure: the recipient\'s server sent an automatic reply.',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'none',
    summary: 'Nothing to do: this is an automatic reply, and the message was delivered.',
    steps: [
    ],
  },
} as const satisfies ReasonRule;
