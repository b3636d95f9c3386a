import type {ReasonRule} from '../types.ts';

/** The destination publishes no mail service (null MX) or refuses all mail. */
export default {
  id: 'notaccept',
  title: 'The domain accepts no mail',
  description: 'The destination publishes no mail service (null MX) or refuses all mail.',
  // "Not accepting mail with attachments" refuses the message, not all mail (sisimai reason/policyviolation.rb).
  exceptWhen: ['not accepting mail with'],
  phrases: [
    'does not accept mail', // common
    'null mx', // rfc 7505
    'accepts no mail', // common
    'not accepting mail', // common
    'no mail service', // common
    'no mx record found', // yahoo
    'doesn\'t receive email', // gmail: "The domain example.org doesn't receive email according to the administrator"
    'no mx found for domain', // opensmtpd
    'couldn\'t find a mail exchanger', // qmail
    'indicated no smtp service', // exim: "an MX or SRV record indicated no SMTP service"
    'mail service not available', // common
    'host does not accept mail', // common
    'does not accept email', // common
    'mail for this domain is not accepted', // common
    'destination seem to reject all mails', // sisimai reason/notaccept.rb
    'mail receiving disabled', // sisimai reason/notaccept.rb
    'mx or srv record indicated no smtp ', // sisimai reason/notaccept.rb
    'no host found for existing smtp ', // sisimai reason/notaccept.rb
    'no route for current request', // sisimai reason/notaccept.rb
    'account inbounds disabled', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['no mx ', 'found for '], // sisimai reason/notaccept.rb Pairs @f352cb87
  ],
  action: {
    id: 'suppress',
    summary: 'Remove this address: its domain does not receive email at all.',
    steps: [
      'Stop sending to this domain.',
      'Contact the recipient by another channel if they matter.',
    ],
  },
  // A 4xx one (4.3.2, a host shut down for maintenance) may come back: keep the address for now.
  temporaryAction: {
    id: 'wait',
    summary: 'The domain is not taking mail for now: let the queue retry, and remove the address only if it fails for good.',
    steps: [
      'Let the queue retry.',
      'If it ends in a permanent failure (a null MX, 556), remove the address.',
    ],
  },
} as const satisfies ReasonRule;
