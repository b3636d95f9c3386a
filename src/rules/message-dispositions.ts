/**
 * Message disposition notifications (RFC 8098, "MDNs", read receipts): what the recipient's mail
 * program did with a message that reached it. Such a report is no failure, with one exception: a
 * Sieve "reject" (RFC 5429 §2.2.1) is written as an MDN too, its disposition "deleted" by an
 * automatic action, and it refuses the message.
 */

/** A disposition type that says the message reached the recipient, and the modes it says so in. */
export interface DeliveredDisposition {
  /** The disposition type, lower case (RFC 8098 §3.2.6.2). */
  readonly type: string;
  /** The action modes (§3.2.6.1) in which it says so; every mode when absent. */
  readonly actionModes?: readonly string[];
  readonly source: string;
}

export const deliveredDispositions: readonly DeliveredDisposition[] = [
  {type: 'displayed', source: 'RFC 8098 §3.2.6.2: "The message has been displayed by the user agent to someone reading the recipient\'s mailbox"'},
  {type: 'dispatched', source: 'RFC 8098 §3.2.6.2: "The message has been sent somewhere in some manner (e.g., printed, faxed, forwarded) without necessarily having been previously displayed to the user"'},
  {type: 'processed', source: 'RFC 8098 §3.2.6.2: "The message has been processed in some manner (i.e., by some sort of rules or server) without being displayed to the user"'},
  {
    type: 'deleted',
    actionModes: ['manual-action'],
    source: 'RFC 8098 §3.2.6.2: "The message has been deleted"; by a person (manual-action) it had reached them. Deleted by an automatic action is what a Sieve reject writes (RFC 5429 §2.2.1: "Disposition: automatic-action/MDN-sent-automatically; deleted"), a refusal',
  },
];
