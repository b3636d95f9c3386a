import type {MtaFamily} from '../types.ts';

const aolRb = 'sisimai/rb-sisimai lib/sisimai/lhost/aol.rb (secondary: wording seen in the wild)';

/** AOL Mail: recognised by its headers only; the notice itself is a standard DSN (no AOL template text is public). */
export default {
  id: 'aol',
  name: 'AOL Mail',
  source: `${aolRb}; no AOL-specific official bounce documentation found`,
  headers: [
    {text: 'x-aol-ip', source: `${aolRb}: notice detected by header X-AOL-IP`},
    {text: 'x-bounceio-id', source: `${aolRb}: header comment "X-BounceIO-Id: ..."`},
    {text: 'x-outbound-mail-relay-queue-id', source: `${aolRb}: header comment "X-Outbound-Mail-Relay-Queue-ID: ..."`},
    {text: 'x-outbound-mail-relay-sender', source: `${aolRb}: header comment "X-Outbound-Mail-Relay-Sender: rfc822; ..."`},
  ],
} satisfies MtaFamily;
