import type {ReasonRule} from '../types.ts';

/** TLS could not be negotiated, or the receiver requires it. */
export default {
  id: 'failedstarttls',
  title: 'Encryption (STARTTLS) failed or is required',
  description: 'TLS could not be negotiated, or the receiver requires it.',
  phrases: [
    'does not support tls', // gmail: "Remote server does not support TLS"
    'does not support starttls', // common
    'starttls', // common
    'tls is required', // common
    'tls required', // common
    'must issue a starttls', // gmail
    'tls negotiation failed', // common
    'tls handshake', // common
    'encryption is required', // common
    'senders to use tls/ssl for smtp', // sisimai lib/sisimai/rhost/google.rb MessagesOf (that provider's reply wording)
    'tls not available due to temporary reason', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'this route requires tls version 1.2 or greater', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'this route requires high-strength ciphers', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'fix-server',
    summary: 'Enable STARTTLS with a valid certificate on the sending server.',
    steps: [
      'Turn on TLS for outgoing mail.',
      'Check the certificate and protocol versions.',
    ],
  },
} as const satisfies ReasonRule;
