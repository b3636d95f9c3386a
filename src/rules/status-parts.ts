// Sources: RFC 3463 §3.1 (class sub-codes) and §3.2 (subject sub-codes), as listed by the IANA
// "SMTP Enhanced Status Codes" registry (updated 2024-12-06; RFC 5248 set up the registry).
// Facts collected in ../shared/reference/enhanced-status-subjects.json. Titles are the registry's;
// descriptions are ours.

import type {StatusPartRule} from './types.ts';

/**
 * The first part of an enhanced status code: did it work, fail for now, or fail for good.
 *
 * Typed with the row type rather than `as const`, so maps keyed by any decoded string type-check.
 *
 * @example
 * statusClasses.find(part => part.code === '4')?.title
 * //=> 'Persistent Transient Failure'
 */
export const statusClasses: readonly StatusPartRule[] = [
  {
    code: '2',
    title: 'Success',
    description: 'The delivery step worked; the rest of the code may note something done on the way, such as a conversion.',
  },
  {
    code: '4',
    title: 'Persistent Transient Failure',
    description: 'The message itself is acceptable, but a passing condition delayed it or made the server give up for now; the same message may go through later.',
  },
  {
    code: '5',
    title: 'Permanent Failure',
    description: 'Sending the same message again will fail again; the message, the address or the setup has to change first.',
  },
];

/**
 * The second part of an enhanced status code: which area the problem is in.
 *
 * Typed with the row type rather than `as const`, so maps keyed by any decoded string type-check.
 *
 * @example
 * statusSubjects.find(part => part.code === 'X.1')?.title
 * //=> 'Addressing Status'
 */
export const statusSubjects: readonly StatusPartRule[] = [
  {
    code: 'X.0',
    title: 'Other or Undefined Status',
    description: 'The code names no particular area.',
  },
  {
    code: 'X.1',
    title: 'Addressing Status',
    description: 'A sender or recipient address is wrong in form or does not lead anywhere; the sender can often correct it.',
  },
  {
    code: 'X.2',
    title: 'Mailbox Status',
    description: "A condition of the recipient's mailbox; it is usually up to the recipient to change it.",
  },
  {
    code: 'X.3',
    title: 'Mail System Status',
    description: 'A condition of the receiving mail system as a whole; it is up to that system\'s administrator.',
  },
  {
    code: 'X.4',
    title: 'Network and Routing Status',
    description: 'Trouble on the way there: DNS, connections or routing, under the control of the destination or of a server in between.',
  },
  {
    code: 'X.5',
    title: 'Mail Delivery Protocol Status',
    description: 'Trouble in the SMTP exchange itself: commands, their syntax, broken implementations or an unreliable link.',
  },
  {
    code: 'X.6',
    title: 'Message Content or Media Status',
    description: 'Trouble with what the message contains or how it is encoded, such as a type that cannot be carried or converted; both ends may share the blame.',
  },
  {
    code: 'X.7',
    title: 'Security or Policy Status',
    description: 'A security or policy rule of the sender or the receiver: filtering, sender authentication or cryptography.',
  },
];
