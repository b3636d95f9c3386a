import type {ReasonRule} from '../types.ts';

/** The server will not pass the mail on to another domain for you. */
export default {
  id: 'norelaying',
  title: 'The server refused to relay',
  description: 'The server will not pass the mail on to another domain for you.',
  phrases: [
    'email address is not verified', // amazon ses: unverified identities may not send through it
    'relay access denied', // postfix
    'relaying denied', // common
    'relay not permitted', // common
    'not permitted to relay', // common
    'relaying not allowed', // common
    'unable to relay', // common
    'relay denied', // common
    'we do not relay', // common
    'no relaying', // common
    'relay not allowed', // common
    'relaying is not allowed', // common
    'cannot relay', // common
    'not allowed to relay', // common
    'relaying to', // weak
    'relay prohibited', // common
    'open relay', // weak
    'domain isn\'t in my list of allowed rcpthost', // sisimai reason/blocked.rb
    'send to a non-local e-mail address', // sisimai reason/norelaying.rb
    'not configured to relay', // sisimai reason/norelaying.rb
    'we don\'t handle mail for', // sisimai reason/norelaying.rb
    'as a relay', // sisimai reason/norelaying.rb
    'not a gateway', // sisimai reason/norelaying.rb
    'relaying mail to ', // sisimai reason/norelaying.rb
    'specified domain is not allowed', // sisimai reason/norelaying.rb
    'not local host', // sisimai reason/norelaying.rb Index @f4800ed8
    'insecure mail relay', // sisimai reason/norelaying.rb (its first pattern, "Insecure Mail Relay"): before securityerror's "insecure"
  ],
  phraseSequences: [
    ['relay', ' denied'], // common
  ],
  action: {
    id: 'fix-server',
    summary: 'Send through a server that is allowed to relay for you (authenticate to your own mail server).',
    steps: [
      'Authenticate (SMTP AUTH) to your own outgoing server.',
      'Check the recipient domain\'s MX records point where you sent it.',
    ],
  },
} as const satisfies ReasonRule;
