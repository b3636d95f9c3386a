import type {ReasonRule} from '../types.ts';

/** The part after the @ does not resolve to any server that accepts mail. */
export default {
  id: 'hostunknown',
  title: 'The domain does not exist or has no mail server',
  description: 'The part after the @ does not resolve to any server that accepts mail.',
  // A lookup that failed for the moment (Postfix's "Host not found, try again" or "Malformed or
  // unexpected name server reply", Gmail's "DNS Error") is a network problem, not proof that the
  // domain does not exist. Postfix's "Name service error ...: Host not found" alone is: NXDOMAIN.
  exceptWhen: ['dns error', 'not found, try again', 'temporary failure', 'malformed or unexpected name server reply'],
  phrases: [
    'domain existiert nicht', // german
    'domaine inexistant', // french
    'dominio no existe', // spanish
    'dominio inesistente', // italian
    'domein bestaat niet', // dutch
    'domínio não existe', // portuguese
    'ドメインが存在しません', // japanese
    'domain is not reachable', // outlook.com
    'host unknown', // sendmail
    'host not found', // common
    'domain not found', // common
    'no such domain', // common
    'domain does not exist', // common
    'unrouteable mail domain', // exim
    'unrouteable address', // exim: the domain resolves to no route
    'unknown domain', // common
    'host or domain name not found', // postfix
    'is unknown or could not be looked up', // bongo src/agents/queue/queue.c CreateDSNMessage, DELIVER_HOST_UNKNOWN: "The host '<domain>' is unknown or could not be looked up"
    'the destination server for this recipient could not be found in domain name service', // exchange 2000/2003 5.4.0 explanation (snmail.co.uk/support/failure-dns.htm quotes the NDR)
    'name or service not known', // postfix
    'invalid domain', // common
    'mail domain not found', // common
    'domain is not valid', // common
    'recipient domain not found', // common
    'the domain name does not exist', // common
    'unknown host', // common
    'all relevant mx records point to non-existent hosts', // exim
    'no mx or a for domain', // sparkpost (momentum): "454 4.4.4 [internal] no MX or A for domain", support.sparkpost.com/docs/faq/understanding-delays-bounces
    'host lookup did not complete', // exim: weak
    'illegal host/domain name found', // sendmail
    'dns error: domain name not found', // gmail
    'domain of address', // sendmail, weak
    'recipient domain must exist', // sisimai reason/hostunknown.rb
    'mail domain mentioned in email address is unknown', // sisimai reason/hostunknown.rb
    'unroutable address', // sisimai reason/hostunknown.rb
    'host name is unknown', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'hostname is unknown', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'couldn\'t find any host named', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'couldn\'t find any host by that name', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'no data record of requested type', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): the resolver's answer for a name with no record of the type asked
    'all host address lookups failed', // sisimai reason/hostunknown.rb
    'couldn\'t find any host ', // sisimai reason/hostunknown.rb
    'dns server returned answer with no data', // sisimai reason/hostunknown.rb
    'domain must exist', // sisimai reason/hostunknown.rb
    'responded with code nxdomain', // sisimai reason/hostunknown.rb
    'the account or domain may not exist', // sisimai reason/hostunknown.rb Index @1a455416
    'as the remote domain doesnt exist', // sisimai lib/sisimai/lhost/kddi.rb MessagesOf (wording that server's notices carry)
  ],
  phraseSequences: [
    ['host ', ' not found'], // dragonfly: "DNS lookup failure: host example.org not found"
    ['domain ', ' not found'], // common
    ['domain ', ' does not exist'], // common
    // Gmail's "Address not found" card for a domain that does not resolve: "Your message wasn't
    // delivered to <rcpt> because the domain <domain> couldn't be found. Check for typos or
    // unnecessary spaces and try again." (the card as quoted whole in public threads; its address
    // twin, "because the address couldn't be found", is sisimai rhost/google.rb's userunknown)
    ['the domain ', ' couldn\'t be found'],
  ],
  action: {
    id: 'fix-address',
    summary: 'Check the domain of the address: it does not exist or receives no mail.',
    steps: [
      'Look for a typo in the part after the @ (gmial.com, outlok.com).',
      'If the domain is right, it has lapsed or has no mail server: remove the address.',
    ],
  },
} as const satisfies ReasonRule;
