import type {ReasonRule} from '../types.ts';

/** Not a bounce: a mailbox provider reports that a recipient complained about your mail. */
export default {
  id: 'feedback',
  title: 'Spam complaint report',
  description: 'Not a bounce: a mailbox provider reports that a recipient complained about your mail.',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'suppress',
    summary: 'Stop sending to the person who complained, and review why they did.',
    steps: [
      'Remove (unsubscribe) the complaining recipient.',
      'Check that every recipient asked for your mail.',
    ],
  },
} as const satisfies ReasonRule;
