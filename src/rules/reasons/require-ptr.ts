import type {ReasonRule} from '../types.ts';

/** The sending IP has no PTR record, or it does not match the host name it uses. */
export default {
  id: 'requireptr',
  title: 'Your server has no valid reverse DNS',
  description: 'The sending IP has no PTR record, or it does not match the host name it uses.',
  phrases: [
    'unverifyable sending ip', // exim ACLs
    'mismatches client ip', // outlook.com
    'reverse dns', // common
    'reverse lookup', // common
    'ptr record', // common
    'no ptr', // common
    'rdns', // common
    'reverse hostname', // weak
    'cannot find your hostname', // postfix
    'cannot find your reverse hostname', // postfix
    'client host name unknown', // weak
    'does not have a ptr', // common
    'reverse mapping', // common
    'no reverse', // common
    'cannot resolve your address', // weak
    'hostname lookup failed', // weak
    'not have a valid reverse', // common
    'dns ptr', // common
    'ip name lookup failed', // common
    'no dns entry for', // weak
    'forward-confirmed', // weak
    'helo command rejected: host not found', // weak
    'unresolvable', // weak
    'forward dns entry does not point', // sisimai reason/requireptr.rb
    'dns check failure', // sisimai lib/sisimai/rhost/cox.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['ptr', 'record'], // sisimai reason/requireptr.rb Pairs @f352cb87
    ['reverse', ' dns'], // sisimai reason/requireptr.rb Pairs @f352cb87
  ],
  action: {
    id: 'fix-server',
    summary: 'Give your sending IP a reverse DNS (PTR) record that matches your server name.',
    steps: [
      'Ask whoever owns the sending IP (hosting provider) to set a PTR record.',
      'Make the PTR name resolve back to the same IP, and use it in HELO.',
    ],
  },
} as const satisfies ReasonRule;
