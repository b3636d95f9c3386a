import type {ReasonRule} from '../types.ts';

/** No cause could be found in the text. */
export default {
  id: 'undefined',
  title: 'Unknown cause',
  description: 'No cause could be found in the text.',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'wait',
    summary: 'No cause could be found: read the text yourself, and retry once later.',
    steps: [
      'Read the bounce text for clues.',
      'Retry once later.',
    ],
  },
} as const satisfies ReasonRule;
