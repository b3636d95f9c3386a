import type {ReasonRule} from '../types.ts';

/** The remote server had an internal error or misconfiguration. */
export default {
  id: 'systemerror',
  title: 'The receiving system failed',
  description: 'The remote server had an internal error or misconfiguration.',
  phrases: [
    'queue file write error', // postfix
    'duplicated message-id in ', // sisimai/rb-sisimai lib/sisimai/lhost/fml.rb ErrorTable, systemerror: fml's loop alert, a post it has seen before
    'has detected a loop condition so that', // sisimai/rb-sisimai lib/sisimai/lhost/fml.rb ErrorTable, systemerror
    'service currently unavailable', // surfcontrol
    'could not load', // various
    'system error', // common
    'internal error', // common
    'server error', // common
    'local error', // common
    'configuration error', // common
    'local configuration', // common
    'system failure', // common
    'service not available', // weak
    'i/o error', // common
    'processing error', // common
    'unexpected error', // common
    'transaction failed', // weak
    'routing error', // common
    'database error', // common
    'unable to deliver', // weak
    'server busy', // common
    'resources temporarily unavailable', // common
    'mailbox unavailable temporarily', // weak
    'can\'t create user output file', // sisimai reason/systemerror.rb
    'interrupted system call', // sisimai reason/systemerror.rb
    'error while being processed', // sisimai reason/systemerror.rb
    'there is no mdb', // sisimai reason/systemerror.rb
    'server is misconfigured', // sisimai reason/systemerror.rb
    'system config error', // sisimai reason/systemerror.rb
    'temporary local problem', // sisimai reason/systemerror.rb
    'server too busy', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'too busy to accept mail', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'system load is too high', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'too much load', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'automatic homedir creator crashed', // sisimai reason/systemerror.rb
    'delivery to file forbidden', // sisimai reason/systemerror.rb
    'delivery to pipe forbidden', // sisimai reason/systemerror.rb
    'input/output error', // sisimai reason/systemerror.rb
    'lmtp error after ', // sisimai reason/systemerror.rb
    'loop back warning:', // sisimai reason/systemerror.rb
    'mail transport unavailable', // sisimai reason/systemerror.rb
    'error while executing qmail-forward', // sisimai reason/systemerror.rb
    'several matches found in domino directory', // sisimai reason/systemerror.rb
    'too many results returned but needs to be unique', // sisimai reason/systemerror.rb
    'cannot send e-mail to yourself', // sisimai reason/systemerror.rb
    'ldap attribute', // sisimai reason/systemerror.rb Index
    'ldap lookup', // sisimai reason/systemerror.rb Index
    'ldap server', // sisimai reason/systemerror.rb Index
    'no such file or directory', // sisimai reason/systemerror.rb Index
    'temporary error in automatic homedir creation', // sisimai lib/sisimai/lhost/qmail.rb MessagesOf (wording that server's notices carry)
    '- temporary mta failure on relaying', // sisimai lib/sisimai/lhost/amavis.rb MessagesOf (wording that server's notices carry)
    '- rejected by next-hop mta on relaying', // sisimai lib/sisimai/lhost/amavis.rb MessagesOf (wording that server's notices carry)
    'this domain\'s dns violates rfc 1035', // sisimai lib/sisimai/lhost/courier.rb MessagesOf (wording that server's notices carry)
    'duplicated message-id', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'loop alert:', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'unix from loop', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'esmtp server temporarily not available', // sisimai lib/sisimai/rhost/cox.rb MessagesOf (that provider's reply wording)
    'temporary system problem', // sisimai lib/sisimai/rhost/google.rb MessagesOf (that provider's reply wording)
    'mail server temporarily rejected message', // sisimai lib/sisimai/rhost/google.rb MessagesOf (that provider's reply wording)
    'misconfigured forwarding address', // sisimai lib/sisimai/rhost/microsoft.rb MessagesOf (that provider's reply wording)
    'message failed to be replicated', // sisimai lib/sisimai/rhost/microsoft.rb MessagesOf (that provider's reply wording)
    'pfa agent busy', // sisimai lib/sisimai/rhost/microsoft.rb MessagesOf (that provider's reply wording)
    'unable to process connection at this time', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'unable to process an email at this time', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['config', ' error'], // sisimai reason/systemerror.rb Pairs
    ['internal ', 'error'], // sisimai reason/systemerror.rb Pairs
    ['local ', 'error'], // sisimai reason/systemerror.rb Pairs
    ['proxy', 'broken pipe'], // sisimai reason/systemerror.rb Pairs
  ],
  action: {
    id: 'wait',
    summary: 'The receiving server has a problem on its side: wait and resend later.',
    steps: [
      'Resend later.',
      'If it keeps failing, tell the recipient\'s mail admin.',
    ],
  },
} as const satisfies ReasonRule;
