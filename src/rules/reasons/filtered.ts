import type {ReasonRule} from '../types.ts';

/** A header or content rule at the destination refused the message for this recipient, typically after DATA. */
export default {
  id: 'filtered',
  title: 'Refused by a filter for this recipient',
  description: 'A header or content rule at the destination refused the message for this recipient, typically after DATA.',
  // A content filter's "rejection" is its spam verdict (sisimai reason/spamdetected.rb).
  exceptWhen: ['content filter rejection'],
  phrases: [
    'due to extended inactivity', // weak
    'message filtered', // common
    'filtered', // weak
    'refused by recipient', // common
    'rejected by the recipient', // common
    'recipient has blocked', // common
    'has chosen to block', // common
    'you are not allowed to send to', // common
    'blocked by the recipient', // common
    'not authorized to send to', // common
    'message rejected by recipient', // common
    'sender is not allowed', // common
    'mail is not accepted from', // weak
    'due to a header', // weak
    'content filter', // common
    'rejected by filter', // common
    'only accepting mail from specific', // sisimai reason/filtered.rb
    'has restricted sms e-mail', // sisimai reason/filtered.rb
    'refused due to recipient preferences', // sisimai reason/filtered.rb
    'resolver.rst.notauthorized', // sisimai reason/filtered.rb
    'refuse to receive mail', // sisimai reason/filtered.rb
    'account is protected by', // sisimai reason/filtered.rb
    'is not accepting any mail', // sisimai reason/filtered.rb
    'message rejected due to user rules', // sisimai reason/filtered.rb
    'not found recipient account', // sisimai reason/filtered.rb
    'user refuses to receive this mail', // sisimai reason/filtered.rb
    'user reject', // sisimai reason/filtered.rb
    'cannot route mail to user', // sisimai lib/sisimai/lhost/domino.rb MessagesOf (wording that server's notices carry)
  ],
  action: {
    id: 'contact-recipient',
    summary: 'The recipient\'s own rules refused it: ask them to allow your address.',
    steps: [
      'Reach the recipient another way and ask them to allow (whitelist) your sending address.',
      'Do not keep resending.',
    ],
  },
} as const satisfies ReasonRule;
