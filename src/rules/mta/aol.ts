import type {MtaFamily} from '../types.ts';

const aolRb = 'sisimai/rb-sisimai lib/sisimai/lhost/aol.rb (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** AOL Mail: recognised by its headers only; the notice itself is a standard DSN (no AOL template text is public). */
export default {
  id: 'aol',
  provider: 'yahoo',
  name: 'AOL Mail',
  source: `${aolRb}; no AOL-specific official bounce documentation found`,
  headers: [
    {text: 'x-aol-ip', source: `${aolRb}: notice detected by header X-AOL-IP`},
    {text: 'x-bounceio-id', source: `${aolRb}: header comment "X-BounceIO-Id: ..."`},
    {text: 'x-outbound-mail-relay-queue-id', source: `${aolRb}: header comment "X-Outbound-Mail-Relay-Queue-ID: ..."`},
    {text: 'x-outbound-mail-relay-sender', source: `${aolRb}: header comment "X-Outbound-Mail-Relay-Sender: rfc822; ..."`},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'mail to the following recipients could not be delivered', source: `${mailman('aol', 'AOL')}: start line of AOL's notice (text/plain, From @aol.com)`},
  ],
  recipientHeadings: [
    {text: 'mail to the following recipients could not be delivered', source: `${mailman('aol', 'AOL')}: start line, then one recipient a line (often a bare screen name, read as <name>@aol.com)`},
  ],
  permanent: [
    {text: 'mail to the following recipients could not be delivered', source: `${mailman('aol', 'AOL')}: start line of AOL's notice (text/plain, From @aol.com)`},
  ],
} satisfies MtaFamily;
