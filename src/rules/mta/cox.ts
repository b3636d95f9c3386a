import type {MtaFamily} from '../types.ts';

// Cox's list of the refusals its mail servers give, each with the words it prints and its cause.
const errorCodes = 'Cox "Email Error Codes" (cox.com/business/support/email-error-codes.html), as sisimai/rb-sisimai lib/sisimai/rhost/cox.rb transcribes its messages: "sender rejected" ("Cox requires that all sender domains resolve to a valid MX or A-record within DNS") beside "recipient rejected" ("The intended recipient is not a valid Cox Email account")';

/**
 * Cox Email: its servers' replies label the address they refuse, the sender's or the recipient's,
 * by the words after it ("<news@example.net> sender rejected AUP#CXSNDR"). Its notices are the
 * sending server's; only the replies are Cox's.
 */
export default {
  id: 'cox',
  name: 'Cox Email',
  source: errorCodes,
  senderLabels: [
    {text: 'sender rejected', source: errorCodes},
  ],
} satisfies MtaFamily;
