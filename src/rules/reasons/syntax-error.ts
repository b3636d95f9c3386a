import type {ReasonRule} from '../types.ts';

/** The receiving server did not understand an SMTP command or its parameters. */
export default {
  id: 'syntaxerror',
  title: 'An SMTP command was malformed',
  description: 'The receiving server did not understand an SMTP command or its parameters.',
  phrases: [
    'improper sequence of commands', // rfc 5321 503 wording
    'syntax error', // common
    'command not recognized', // common
    'unrecognized command', // common
    'bad sequence of commands', // common
    'command unrecognized', // common
    'invalid command', // common
    'this address has been ignored', // exim src/src/moan.c (ERRMESS_BADADDRESS: a recipient address of the message was incorrectly constructed)
    'these addresses have been ignored', // exim src/src/moan.c (ERRMESS_BADADDRESS, ERRMESS_BADNOADDRESS)
    'parameter not', // weak
    'syntax', // weak
    'angle-brackets nested too deep', // sisimai lib/sisimai/lhost/exim.rb MessagesOf (wording that server's notices carry)
    'expected word or "<"', // sisimai lib/sisimai/lhost/exim.rb MessagesOf (wording that server's notices carry)
    'domain missing in source-routed address', // sisimai lib/sisimai/lhost/exim.rb MessagesOf (wording that server's notices carry)
    'malformed address:', // sisimai lib/sisimai/lhost/exim.rb MessagesOf (wording that server's notices carry)
  ],
  action: {
    id: 'fix-server',
    summary: 'The sending software spoke broken SMTP: update or fix it.',
    steps: [
      'Check the sending software and its logs.',
      'Update or reconfigure it, then resend.',
    ],
  },
} as const satisfies ReasonRule;
