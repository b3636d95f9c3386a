import type {ReasonRule} from '../types.ts';

/** The message breaks a limit of this mailbox (size, count or rate of messages for it). */
export default {
  id: 'exceedlimit',
  title: 'A per-recipient limit was exceeded',
  description: 'The message breaks a limit of this mailbox (size, count or rate of messages for it).',
  phrases: [
    'too large for this recipient', // exchange RESOLVER.RST.RecipSizeLimit
    'limit set by recipient', // amazon ses inbound
    'recipsizelimit', // exchange
    'message too large for this mailbox', // common
    'exceeds mailbox size', // weak
    'exceeded the rate limit for this recipient', // weak
    'message exceeds the limit', // weak
    'recipient rate limit', // weak
    'exceeding receiving limits', // sisimai reason/mailboxfull.rb
    'exeeded the maximum size the user accepts', // sisimai lib/sisimai/lhost/qmail.rb MessagesOf (wording that server's notices carry)
  ],
  action: {
    id: 'fix-content',
    summary: 'Send a smaller message or fewer messages to this recipient.',
    steps: [
      'Shrink or remove attachments; send large files as links.',
      'Space out messages to this recipient.',
    ],
  },
} as const satisfies ReasonRule;
