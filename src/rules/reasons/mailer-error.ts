import type {ReasonRule} from '../types.ts';

/** The program that delivers mail on the receiving host (procmail, a pipe) failed. */
export default {
  id: 'mailererror',
  title: 'A local delivery program failed',
  description: 'The program that delivers mail on the receiving host (procmail, a pipe) failed.',
  phrases: [
    'mailer error', // common
    'command output', // postfix
    'procmail', // common
    'x-unix', // dsn
    'pipe to', // common
    'local delivery failed', // weak
    'unknown mailer error', // sendmail
    'program exited', // common
    'exited with', // weak
    'command died with status', // postfix
    'delivery program', // common
    'bin/maildrop', // sisimai reason/mailererror.rb
    'bin/maidrop', // sisimai reason/mailererror.rb Index @f352cb87
    'command failed:', // sisimai reason/mailererror.rb Index @f352cb87
  ],
  action: {
    id: 'contact-recipient',
    summary: 'The receiving host\'s delivery program failed: tell the recipient\'s mail admin.',
    steps: [
      'Tell the recipient\'s admin; the fault is on their server.',
    ],
  },
} as const satisfies ReasonRule;
