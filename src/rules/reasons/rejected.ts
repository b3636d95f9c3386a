import type {ReasonRule} from '../types.ts';

/** The receiving server refused the envelope sender (MAIL FROM), not the recipient. */
export default {
  id: 'rejected',
  title: 'The sender address was refused',
  description: 'The receiving server refused the envelope sender (MAIL FROM), not the recipient.',
  // "Mail from x rejected for policy reasons" is the policy speaking, not the sender address; a
  // refused sender IP address is the host's (blocked).
  exceptWhen: ['for policy reasons', 'sender ip address'],
  phrases: [
    'can\'t determine purported responsible address', // courier: Sender ID
    'provide a valid from', // godaddy
    'from: domain is invalid', // godaddy
    'permission to post', // google groups: the sender may not post to the group
    'you are not a member of this mailing list', // sisimai/rb-sisimai lib/sisimai/lhost/fml.rb ErrorTable, rejected: fml refuses a non-member's post
    'not member article from', // sisimai/rb-sisimai lib/sisimai/lhost/fml.rb ErrorTable, rejected
    'groups.google.com/support', // google groups notices in every language end with this help link
    'sender address rejected', // postfix
    'sender rejected', // common
    'sender denied', // common
    'they are not accepting mail from', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): aol airmail's sender block, "could not be delivered because they are not accepting mail from <sender>"
    'sender unknown', // common
    'sender verify failed', // exim
    'sender verification failed', // common
    'domain of sender address', // postfix
    'invalid sender', // common
    'bad sender', // common
    'mail from rejected', // common
    'sender is not allowed', // weak
    'address of sender', // weak
    'unknown sender', // common
    'sender blocked', // common
    'envelope sender', // weak
    'sender address is blacklisted', // common
    'from address rejected', // common
    'sender not allowed', // common
    'mail from: invalid', // weak
    'sender address is invalid', // common
    'is not a valid sender', // common
    'rejected sender', // common
    'sender: blocked', // weak
    'sender address not found', // common
    'not subscribed to this group', // sisimai reason/policyviolation.rb
    'sender blacklisted', // sisimai reason/rejected.rb
    'address has been blacklisted', // sisimai reason/rejected.rb
    'address that has been blacklisted', // sisimai reason/rejected.rb
    'batv', // sisimai reason/rejected.rb
    'backscatter protection', // sisimai reason/rejected.rb
    'bogus mail from', // sisimai reason/rejected.rb
    'without a valid sender domain', // sisimai reason/rejected.rb
    'bouncedeny', // sisimai reason/rejected.rb
    'emetteur invalide', // sisimai reason/rejected.rb
    'émetteur invalide', // sisimai reason/rejected.rb
    'no third-party dsns', // sisimai reason/rejected.rb
    'not owned by user', // sisimai reason/rejected.rb
    'returned mail not accepted', // sisimai reason/rejected.rb
    'sender not pre-approved', // sisimai reason/rejected.rb
    'sender domain is empty', // sisimai reason/rejected.rb
    'sender is spammer', // sisimai reason/rejected.rb
    'unsigned dsn', // sisimai reason/rejected.rb
    'unroutable sender address', // sisimai reason/rejected.rb
    'access denied (in reply to mail from command)', // sisimai reason/rejected.rb
    'denied by secumail valid-address-filter', // sisimai reason/rejected.rb
    'email address is on senderfilterconfig list', // sisimai reason/rejected.rb
    'empty email address', // sisimai reason/rejected.rb
    'fully qualified email address required', // sisimai reason/rejected.rb
    'is not a registered gateway user', // sisimai reason/rejected.rb
    'sender domain listed at ', // sisimai reason/rejected.rb
    'you are not allowed to post to this mailing list', // sisimai reason/rejected.rb
    'administrative prohibition', // sisimai reason/rejected.rb Index @f4800ed8
    'because the sender isn\'t on the recipient\'s list of senders to accept mail from', // sisimai reason/rejected.rb Index @f4800ed8
    'recipient addresses rejected : access denied', // sisimai reason/rejected.rb Index @f4800ed8
    'rule imposed mailbox access for', // sisimai reason/rejected.rb Index @f4800ed8
    'sending this from a different address or alias using the', // sisimai reason/rejected.rb Index @f4800ed8
    'sender is in my black list', // sisimai reason/rejected.rb Index @f4800ed8
    'spam reporting address', // sisimai reason/rejected.rb Index @f4800ed8
    'reject spammers:', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'are not member', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'bad outbound sender', // sisimai lib/sisimai/rhost/godaddy.rb MessagesOf (that provider's reply wording)
    'block policy for envelope from address', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['sender ', ' rejected'], // common
    ['sender ', ' does not exist'], // common
    ['mail from', ' rejected'], // common
  ],
  action: {
    id: 'fix-sender',
    summary: 'Fix your sending address: the server refused who the mail claims to come from.',
    steps: [
      'Send from an address on a domain that exists and has mail servers.',
      'Make sure the envelope sender (Return-Path) is a real, reachable address.',
    ],
  },
} as const satisfies ReasonRule;
