import type {ReasonRule} from '../types.ts';

/** DNS or a network failure stood between the servers. */
export default {
  id: 'networkerror',
  title: 'A network or DNS problem stopped delivery',
  description: 'DNS or a network failure stood between the servers.',
  phrases: [
    'connection refused', // common
    'no route to host', // common
    'refused to talk to us', // bongo src/agents/queue/queue.c CreateDSNMessage, DELIVER_REFUSED: "The mail exchanger for domain '<domain>' refused to talk to us."
    'was not reachable', // bongo src/agents/queue/queue.c CreateDSNMessage, DELIVER_UNREACHABLE: "The mail exchanger for domain '<domain>' was not reachable."
    'network is unreachable', // common
    'dns error', // common
    'dns lookup', // weak
    'name server', // weak
    'lost connection', // common
    'connection reset', // common
    'connection closed', // common
    'host is unreachable', // common
    'unable to connect', // common
    'could not connect', // common
    'mx lookup', // weak
    'temporary lookup failure', // postfix
    'name service error', // postfix
    'dns failure', // common
    'network error', // common
    'conversation with', // weak
    'host unreachable', // common
    'host not reachable', // zoho-mail: sisimai/rb-sisimai lib/sisimai/lhost/zoho.rb, "[Status: Error, Address: <rcpt>, ResponseCode 421, , Host not reachable.]"
    'malformed or unexpected name server reply', // postfix
    'connection dropped', // common
    'too many retries', // weak
    'mail loop', // a forwarding loop between servers
    'loops back to myself', // postfix
    'too many hops', // common
    'routing loop', // common
    'hop count exceeded', // common, domino
    'loop detected', // common
    'may be forged', // sendmail
    'dns records for the destination computer', // sisimai reason/networkerror.rb
    'not found, try again', // sisimai reason/networkerror.rb
    'forwarding loop', // sisimai reason/networkerror.rb
    'message looping', // sisimai reason/networkerror.rb
    'unable to resolve route', // sisimai reason/networkerror.rb
    'loop was found in the mail exchanger', // sisimai reason/systemerror.rb
    'can not connect to', // Coremail's notice: "英文说明:Can not connect to wps.cn:…", "Can not connect to recipient's server because of unstable network or firewall filter." (src/rules/mta/coremail.ts)
    'cannot connect to', // the same words written as one
    'can\'t connect to', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'address family mismatch on destination mxs', // sisimai reason/networkerror.rb
    'all routes to destination blocked', // sisimai reason/networkerror.rb
    'could not contact dns servers', // sisimai reason/networkerror.rb
    'could not retrieve source address', // sisimai reason/networkerror.rb
    'exceeded maximum hop count', // sisimai reason/networkerror.rb
    'host name lookup failure', // sisimai reason/networkerror.rb
    'listed as a best-preference mx', // sisimai reason/networkerror.rb
    'no relevant answers', // sisimai reason/networkerror.rb
    'establish an smtp connection', // sisimai reason/networkerror.rb
    'the incorrect hostname used for inbounds', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['mail ', 'loop'], // sisimai reason/networkerror.rb Pairs @f352cb87
    ['message ', 'loop'], // sisimai reason/networkerror.rb Pairs @f352cb87
    ['connection with ', ' is broken'], // CommuniGate Pro: "SMTP module(domain <domain>) reports: connection with <host> is broken" (hippich/PHPMailer-BMH phpmailer-bmh_rules.php, rule 0231, its sample; secondary: wording seen in the wild)
    ['no ', 'route to'], // sisimai reason/networkerror.rb Pairs @f352cb87
  ],
  action: {
    id: 'wait',
    summary: 'A network or DNS problem: the queue retries; check the recipient domain\'s MX records if it persists.',
    steps: [
      'Let the queue retry.',
      'If it persists, check the recipient domain\'s DNS (MX records) and your server\'s network.',
    ],
  },
} as const satisfies ReasonRule;
