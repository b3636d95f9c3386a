import type {ReasonRule} from '../types.ts';

/** A security condition failed: authentication required, encryption, or the security policy of the receiver. */
export default {
  id: 'securityerror',
  title: 'Refused for a security reason',
  description: 'A security condition failed: authentication required, encryption, or the security policy of the receiver.',
  phrases: [
    'unauthenticated senders', // postfix smtpd_sender_login_maps
    'authentication required', // common
    'server does not support auth', // exchange 5.5 / 2000 ims diagnostic (000b0981 "502 server does not support auth"; sisimai lib/sisimai/lhost/exchange2003.rb)
    'you do not have permission to send to this recipient', // exchange 2000/2003 5.7.1 explanation (microsoft kb 817425)
    'must authenticate', // common
    'encryption required', // common
    'security policy', // weak
    'not secure', // weak
    'insecure', // weak
    'authentication failed', // common
    'smtp auth', // weak
    'password', // weak
    'login', // weak
    'certificate', // weak
    'not subscribed to ses', // sisimai reason/securityerror.rb
    'authentication credentials invalid', // sisimai reason/securityerror.rb
    'authentication turned on', // sisimai reason/securityerror.rb
    'executable files are not allowed', // sisimai reason/securityerror.rb
    'authentication is required', // sisimai reason/securityerror.rb
    'authentification requise', // sisimai reason/securityerror.rb
    'ses:sendrawemail', // sisimai reason/securityerror.rb
    'authentification invalide', // sisimai reason/securityerror.rb
    'authentication failure', // sisimai reason/securityerror.rb Index @a137468d
    'verification failure', // sisimai reason/securityerror.rb Index @a137468d
    'security alert', // sisimai lib/sisimai/lhost/fml.rb MessagesOf (wording that server's notices carry)
    'could not retrieve credentials', // sisimai lib/sisimai/lhost/opensmtpd.rb MessagesOf (wording that server's notices carry)
    'incorrect authentication data', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
    'submitter failed to authenticate', // sisimai lib/sisimai/rhost/mimecast.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'fix-server',
    summary: 'Check the security settings of the sending server (authentication, TLS) against what the receiver requires.',
    steps: [
      'Read the reply for the requirement (authentication, encryption, certificate).',
      'Fix the configuration, then resend.',
    ],
  },
} as const satisfies ReasonRule;
