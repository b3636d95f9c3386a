import type {ReasonRule} from '../types.ts';

/** The message's header or body format was refused. */
export default {
  id: 'contenterror',
  title: 'The message format is broken',
  description: 'The message\'s header or body format was refused.',
  // Exim's notice of malformed recipient addresses says "malformed" of an address, not of the message.
  exceptWhen: [
    'this address has been ignored', // exim src/src/moan.c (ERRMESS_BADADDRESS, ERRMESS_BADNOADDRESS)
    'these addresses have been ignored', // exim src/src/moan.c (ERRMESS_BADADDRESS, ERRMESS_BADNOADDRESS)
    'malformed address:', // sisimai lib/sisimai/lhost/exim.rb MessagesOf: Exim's error for an address it cannot parse (syntaxerror)
  ],
  phrases: [
    'header error', // common
    'conversion to internet format failed', // exchange 5.5 / 2000 ims diagnostic (000502cc, 00050311; sisimai lib/sisimai/lhost/exchange2003.rb)
    'invalid header', // common
    'malformed', // common
    'header too long', // common
    'too many headers', // common
    'bad header', // common
    'improper use of 8-bit data', // common
    'message header', // weak
    'invalid mime', // common
    'illegal character', // common
    'header line too long', // common
    'line too long', // common
    'message content', // weak
    'corrupt', // weak
    'header size exceeds', // sisimai reason/contenterror.rb
    'mime complexity', // sisimai reason/contenterror.rb
    'improperly-formatted binary content', // sisimai reason/contenterror.rb
    'unnecessary base64 encoding', // sisimai reason/contenterror.rb
    'charset not supported', // sisimai reason/contenterror.rb
    'too many "received" headers', // sisimai reason/contenterror.rb Index @f352cb87
    'attachment extension is forbidden', // sisimai lib/sisimai/rhost/cox.rb MessagesOf (that provider's reply wording)
  ],
  action: {
    id: 'fix-content',
    summary: 'Fix the format of the message (headers, encoding) in your mail software.',
    steps: [
      'Check the headers and encoding your software produces.',
      'Resend after the fix.',
    ],
  },
} as const satisfies ReasonRule;
