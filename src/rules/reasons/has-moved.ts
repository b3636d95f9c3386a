import type {ReasonRule} from '../types.ts';

/** The recipient has a new address and this one no longer receives mail. */
export default {
  id: 'hasmoved',
  title: 'The mailbox has moved',
  description: 'The recipient has a new address and this one no longer receives mail.',
  phrases: [
    'has moved', // common
    'address has changed', // common
    'no longer available', // weak
    'has been moved', // common
    'new address', // weak
    'user has moved', // sendmail 551
    'old address no longer valid', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    ' has been replaced by ', // sisimai reason/hasmoved.rb
  ],
  phraseSequences: [
    ['user ', ' moved'], // common
    ['address ', ' has been replaced by '], // sisimai reason/hasmoved.rb
  ],
  action: {
    id: 'fix-address',
    summary: 'Replace the address with the new one the reply gives, and remove the old one.',
    steps: [
      'Read the reply for the forwarding address and update your records.',
      'Remove the old address from your lists.',
    ],
  },
} as const satisfies ReasonRule;
