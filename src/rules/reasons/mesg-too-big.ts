import type {ReasonRule} from '../types.ts';

/** The message is bigger than the receiving server accepts. */
export default {
  id: 'mesgtoobig',
  title: 'The message is too large',
  description: 'The message is bigger than the receiving server accepts.',
  // A limit of this one mailbox is exceedlimit, not a limit of the server; a header too large is
  // the message's form (contenterror).
  exceptWhen: ['for this recipient', 'set by recipient', 'recipsizelimit', 'header size'],
  phrases: [
    'message too large', // common
    'message too big', // common
    'message size exceeds', // common
    'size exceeds', // common
    'exceeds size limit', // common
    'message is too large', // common
    'message is too big', // common
    'exceeds the maximum size', // common
    'exceeded maximum message size', // common
    'message file too big', // common
    'size limit exceeded', // common
    'mail size exceeded', // common
    'too large for', // common
    'message size limit', // common
    'exceeds maximum allowed message size', // common
    'message length exceeds', // common
    'max message size', // common
    'message exceeds maximum', // common
    'size of message', // weak
    'taille limite du message', // sisimai reason/emailtoolarge.rb
    'maximum allowed message size', // sisimai reason/emailtoolarge.rb
    'maximum inbound message size', // sisimai reason/mesgtoobig.rb
    'size limit', // sisimai reason/mesgtoobig.rb
    'longer than the maximum size allowed', // exim src/src/moan.c (ERRMESS_TOOBIG: "A message that you sent was longer than the maximum size allowed on this system.")
    'line limit exceeded', // sisimai reason/emailtoolarge.rb Index @b38980af and reason/mesgtoobig.rb Index @f4800ed8
    'exceeded the maximum incoming message size', // sisimai reason/mesgtoobig.rb Index @f4800ed8
  ],
  phraseSequences: [
    ['message ', ' too large'], // common
    ['size ', ' exceeds '], // common
    ['exceeded', 'message size'], // sisimai reason/emailtoolarge.rb Pairs @b38980af
    ['message ', 'exceeds ', 'limit'], // sisimai reason/emailtoolarge.rb Pairs @b38980af
    ['message ', 'size', 'exceed'], // sisimai reason/emailtoolarge.rb Pairs @b38980af
    ['message ', 'too', 'big'], // sisimai reason/emailtoolarge.rb Pairs @b38980af
  ],
  action: {
    id: 'fix-content',
    summary: 'Send a smaller message: remove or shrink attachments, or share them as links.',
    steps: [
      'Reduce the message size (attachments are usually the cause).',
      'Send again.',
    ],
  },
} as const satisfies ReasonRule;
