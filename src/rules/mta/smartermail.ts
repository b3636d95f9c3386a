import type {MtaFamily} from '../types.ts';

// SmarterMail (SmarterTools), a Windows mail server: its Delivery log is the outbound conversation
// ("CMD:" / "RSP:" lines under a bracketed session id), closed for each recipient by one line that
// names the sender, the recipient and the outcome.
const deliveryLog = 'SmarterMail\'s Delivery log (<date>-delivery.log; SmarterTools staff: "Delivery" is the outbound conversation log, portal.smartertools.com/community/a94043/smtp-send-and-smtp-receive-logs.aspx), as a public repository\'s live logging test of SmarterMail 100.0.9742 quotes it: "[313455-1] Delivery for sender@… to rcpt@… has completed (Delivered)", then "Delivery finished for sender@… at <time> [id:…]"';

/** SmarterMail's delivery log: only its line of a delivery is on record, not its notice's words. */
export default {
  id: 'smartermail',
  name: 'SmarterMail',
  source: deliveryLog,
  // "Delivery for <sender> to <rcpt>": the first address is the sender's.
  senderLeadIns: [
    {text: 'delivery for ', source: deliveryLog},
    {text: 'delivery finished for ', source: deliveryLog},
  ],
  delivered: [
    {text: 'has completed (delivered)', source: deliveryLog},
  ],
} satisfies MtaFamily;
