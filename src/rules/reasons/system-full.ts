import type {ReasonRule} from '../types.ts';

/** The remote server's disk or queue is full. */
export default {
  id: 'systemfull',
  title: 'The receiving server is out of space',
  description: 'The remote server\'s disk or queue is full.',
  phrases: [
    'insufficient system storage', // common
    'disk full', // common
    'out of disk', // common
    'no space left', // common
    'system full', // common
    'queue full', // common
    'file system full', // common
    'spool full', // common
  ],
  action: {
    id: 'wait',
    summary: 'The receiving server is full: wait and resend later.',
    steps: [
      'Resend later.',
    ],
  },
} as const satisfies ReasonRule;
