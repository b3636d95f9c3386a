import type {ReasonRule} from '../types.ts';

/**
 * Not a failure: the recipient's side answered automatically (RFC 3834): an out-of-office notice,
 * or a challenge-response filter asking the sender to confirm they are a person.
 */
export default {
  id: 'vacation',
  title: 'Automatic reply',
  description: 'Not a failure: the recipient\'s side answered automatically (an out-of-office notice, or a filter asking you to confirm you are a person).',
  // Never concluded from text: only from the structure of the message or as a last resort.
  phrases: [],
  action: {
    id: 'none',
    summary: 'Not a bounce: this is an automatic reply. If it asks you to confirm you are a person, your message waits until you do; otherwise it was delivered.',
    steps: [
    ],
  },
} as const satisfies ReasonRule;
