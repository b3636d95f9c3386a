import type {ReasonRule} from '../types.ts';

/** The bounce does not say enough to know the cause. */
export default {
  id: 'onhold',
  title: 'Not enough information to decide',
  description: 'The bounce does not say enough to know the cause.',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'wait',
    summary: 'The bounce says too little to know the cause: read the text, or ask the recipient\'s mail admin.',
    steps: [
      'Read the bounce text for clues.',
      'Retry once later; contact the recipient by another channel if it matters.',
    ],
  },
} as const satisfies ReasonRule;
