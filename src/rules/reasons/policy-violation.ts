import type {ReasonRule} from '../types.ts';

/** The destination's local policy refused the message. */
export default {
  id: 'policyviolation',
  title: 'Refused by the receiver\'s policy',
  description: 'The destination\'s local policy refused the message.',
  phrases: [
    'rejected for policy reasons', // common
    'denied by policy', // common
    'content presents a potential', // gmail 552 5.7.0
    'protocol violation', // postfix milters
    'policy violation', // common
    'violates our policy', // common
    'against policy', // common
    'policy reasons', // yahoo
    'message not accepted for policy reasons', // yahoo
    'local policy', // common
    'policy rejection', // common
    'rejected by policy', // weak
    'prohibited', // weak
    'not allowed by policy', // common
    'policy restrictions', // common
    'content policy', // common
    'due to policy', // common
    'email policy', // weak
    'by our policy', // weak
    'illegal attachment', // sisimai reason/policyviolation.rb
    'not accepting mail with', // sisimai reason/policyviolation.rb
    'members-only list', // sisimai reason/policyviolation.rb
    'closed mailing list', // sisimai reason/policyviolation.rb
    'rejected due to security policies', // sisimai reason/policyviolation.rb
    'organizational settings', // sisimai reason/policyviolation.rb
    'by organization policy', // sisimai reason/policyviolation.rb
    'containing images or other attachments', // sisimai reason/policyviolation.rb
    'using a mass mailer', // sisimai reason/policyviolation.rb
    'delivery not authorized, message refused', // sisimai reason/policyviolation.rb
    'message given low priority', // sisimai reason/policyviolation.rb
    'message threshold exceeded', // sisimai lib/sisimai/rhost/cox.rb MessagesOf (that provider's reply wording)
    'rejected by header-based anti-spoofing policy', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'mailbox delivery restricted by policy error', // sisimai lib/sisimai/rhost/zoho.rb MessagesOf (that provider's reply wording)
    'host network, not allowed', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'fix-content',
    summary: 'Read the receiver\'s policy in the reply; change what it objects to before resending.',
    steps: [
      'Look up the receiver\'s sending guidelines (the reply often links them).',
      'Change the message or the sending practice it objects to.',
    ],
  },
} as const satisfies ReasonRule;
