import type {ReasonRule} from '../types.ts';

/** A virus or malware scanner refused the message. */
export default {
  id: 'virusdetected',
  title: 'A virus was found',
  description: 'A virus or malware scanner refused the message.',
  phrases: [
    'virus', // common
    'malware', // common
    'infected', // common
    'trojan', // common
    'worm', // weak
    'malicious', // common
    'phishing', // weak
    'dangerous attachment', // common
    'harmful', // weak
    'potentially executable attachment', // sisimai reason/virusdetected.rb
  ],
  action: {
    id: 'fix-content',
    summary: 'Scan your system and attachments; send the file another way if it is clean.',
    steps: [
      'Scan the sending computer and the attachment.',
      'If the file is safe, share it as a link or in another format.',
    ],
  },
} as const satisfies ReasonRule;
