import type {ReasonRule} from '../types.ts';

/** The receiving server refused the sending IP address or host name: a blocklist, missing reverse DNS match, or a local block. */
export default {
  id: 'blocked',
  title: 'Your server was refused',
  description: 'The receiving server refused the sending IP address or host name: a blocklist, missing reverse DNS match, or a local block.',
  phrases: [
    'smtp server of your isp', // dial-up blocks: "Please use the smtp server of your ISP"
    'blocked using', // postfix reject_rbl_client
    'ip blocked', // common
    'blocked ip', // common
    'has been blocked', // common
    'is blocked', // common
    'are blocked', // common
    'blocked by', // common
    'blocked for', // common
    'temporarily blocked', // common
    'invalid ip for sending', // yahoo
    'blacklisted', // common
    'blocklisted', // common
    'listed in', // common: DNSBL
    'is listed on', // common
    'spamhaus', // dnsbl
    'spamcop', // dnsbl
    'barracudacentral', // dnsbl
    'sorbs', // dnsbl
    'rbl', // common
    'dnsbl', // common
    'client host rejected', // postfix
    'connection refused by', // weak
    'ip address is not allowed', // common
    'your ip', // weak
    'rejected because', // weak
    'not allowed to connect', // common
    'banned', // common
    'refused by policy', // weak
    'poor reputation', // weak
    'sending ip', // weak
    'mail from your ip', // common
    'host rejected', // common
    'connection rejected', // common
    'service unavailable; client', // postfix
    'client ip', // weak
    'blocked - see http', // sisimai reason/blocked.rb
    'refused - see http', // sisimai reason/blocked.rb
    'confirm this mail server', // sisimai reason/blocked.rb
    'your server requires confirmation', // sisimai reason/blocked.rb
    'currently sending spam', // sisimai reason/blocked.rb
    'dynamic/zombied', // sisimai reason/blocked.rb
    'esmtp not accepting connections', // sisimai reason/blocked.rb
    'host network not allowed', // sisimai reason/blocked.rb
    'dynamic ip', // sisimai reason/blocked.rb
    'based on blacklist', // sisimai reason/blocked.rb
    'no access from mail server', // sisimai reason/blocked.rb
    'on our block list', // sisimai reason/blocked.rb
    'open proxy', // sisimai reason/blocked.rb
    'suspiciously like spammer', // sisimai reason/blocked.rb
    'to submit messages to this e-mail system has been rejected', // sisimai reason/blocked.rb
    'unwanted messages have been sent from', // sisimai reason/blocked.rb
    'you are sending spam', // sisimai reason/blocked.rb
    'sender ip address', // sisimai reason/blocked.rb
    'refused due to abuse', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'dynamic-ip denied', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'dns blacklist', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'ips blocked', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'not allowed access from your location', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'permanently deferred', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'extreme bad ip profile', // sisimai reason/blocked.rb
    'is in a black list', // sisimai reason/blocked.rb
    'is not allowed to send mail from', // sisimai reason/blocked.rb
    'rejected - multi-blacklist', // sisimai reason/blocked.rb
    ' said: 550 blocked', // sisimai reason/blocked.rb
    'helo command rejected:', // sisimai reason/blocked.rb Index @f352cb87
    'smtp error from remote mail server after initial connection:', // sisimai reason/blocked.rb Index @f352cb87
    'too many bad commands from', // sisimai lib/sisimai/rhost/cox.rb MessagesOf (that provider's reply wording)
    'suspected bounce attacks', // sisimai lib/sisimai/rhost/tencent.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['ip ', ' blocked'], // common
    ['host ', ' blocked'], // common
    ['ip ', ' listed'], // common
    ['connection ', 'dropped'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['dynamic', ' ip'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['from ', ' ip address'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['host ', ' refused to talk to me: ', ' blocked'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['mail from ', ' refused'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['veuillez essayer plus tard. service refused, please try later. ', '103'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['veuillez essayer plus tard. service refused, please try later. ', '510'], // sisimai reason/blocked.rb Pairs @f352cb87
    ['your access ip', ' has been rejected'], // sisimai reason/blocked.rb Pairs @f352cb87
  ],
  action: {
    id: 'request-delisting',
    summary: 'Get your sending IP or domain off the blocklist, then resend.',
    steps: [
      'Find the list named in the reply (Spamhaus, Barracuda, SpamCop, the provider\'s own) and check your sending IP there.',
      'Fix what got you listed (compromised account, open relay, poor list hygiene), then request delisting.',
      'Resend once the listing is gone.',
    ],
  },
  temporaryAction: {
    id: 'wait',
    summary: 'Deferred: the server may accept after a delay (greylisting or a temporary block). Let the queue retry.',
    steps: [
      'Let the queue retry with backoff.',
      'If it keeps failing, check blocklists for your sending IP.',
    ],
  },
} as const satisfies ReasonRule;
