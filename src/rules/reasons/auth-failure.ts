import type {ReasonRule} from '../types.ts';

/** The message failed sender authentication (SPF, DKIM, DMARC) or lacked it. */
export default {
  id: 'authfailure',
  title: 'SPF, DKIM or DMARC failed',
  description: 'The message failed sender authentication (SPF, DKIM, DMARC) or lacked it.',
  phrases: [
    'spf', // common
    'dkim fail', // common
    'dkim check', // common
    'dkim signature', // common
    'dkim validation', // common
    'dmarc', // common
    'sender policy framework', // common
    'not authenticated', // weak
    'unauthenticated email', // gmail
    'authentication failed', // weak
    'sender authentication', // common
    'sender id', // weak
    'domainkeys', // common
    'arc validation', // common
    'authentication information', // sendmail milters: "does not have authentication information"
    'fails to pass spf', // common
    '5322.from address doesn\'t meet the authentication requirements', // sisimai reason/authfailure.rb
    'doesn\'t meet the required authentication level', // sisimai reason/authfailure.rb
    'dkim = did not pass', // sisimai lib/sisimai/rhost/godaddy.rb MessagesOf (that provider's reply wording)
    'senders to authenticate their email with dkim', // sisimai lib/sisimai/rhost/google.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'fix-authentication',
    summary: 'Fix your domain\'s SPF, DKIM and DMARC records so the mail authenticates.',
    steps: [
      'Check that the sending server is listed in the SPF record of the envelope domain.',
      'Sign with DKIM using a key published in DNS for the From domain.',
      'Publish a DMARC record and make SPF or DKIM align with the From domain.',
      'Resend after the fix.',
    ],
  },
} as const satisfies ReasonRule;
