import type {ReasonRule} from '../types.ts';

/** The message does not comply with RFC 5322 or related standards. */
export default {
  id: 'notcompliantrfc',
  title: 'The message breaks the email standards',
  description: 'The message does not comply with RFC 5322 or related standards.',
  // An X.400 gateway's report names the standard it converted to, not one the message broke.
  exceptWhen: [
    'converted to rfc 822 at', // ISODE PP Chans/dr2rfc/write_report.c, the administrator's section of a delivery report
  ],
  phrases: [
    'rfc 5322', // common
    'rfc5322', // common
    'rfc 2822', // common
    'rfc2822', // common
    'rfc 822', // common
    'not rfc compliant', // common
    'non-compliant', // weak
    'multiple from', // common
    'duplicate header', // common
    'missing required header', // common
    'not compliant with', // common
    'does not conform to', // common
    'multiple addresses in from', // gmail
    'rfcmessagenoncompliant', // sisimai reason/notcompliantrfc.rb
    'multiple subject headers', // sisimai reason/notcompliantrfc.rb
    'rfc 1035 violation', // sisimai reason/notcompliantrfc.rb
  ],
  action: {
    id: 'fix-content',
    summary: 'Make the message standards-compliant (one From, a Date, a Message-ID, valid headers).',
    steps: [
      'Check the headers against RFC 5322.',
      'Fix the sending software and resend.',
    ],
  },
} as const satisfies ReasonRule;
