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

/**
 * The sentence the human-readable part of a read receipt says it with (RFC 8098 §3: the first part
 * of an MDN is text for a person), as mail programs write it; a receipt pasted from webmail, its
 * machine-readable part left behind, is still told by it. Lower case.
 */
export const displayedReceiptSentences: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'only acknowledges that the message was displayed on the recipient', source: 'Alinto/sogo SoObjects/Mailer/SOGoMailObject+Draft (its MDN text: "This is a Return Receipt for the mail that you sent to %@. Note: This Return Receipt only acknowledges that the message was displayed on the recipient\'s computer. There is no guarantee that the recipient has read or understood the message contents."); the same sentence in AfterLogic WebMail\'s language files (ReturnReceiptMailText2) and Twake Mail\'s "Message was read by <receiver> on <time> ... Note: This Return Read Receipt only acknowledges ..."'},
  {text: 'only acknowledges that the message was displayed on the recipients computer', source: 'the same sentence without its apostrophe, as some programs write it (a Java webmail\'s DispositionServiceImpl template)'},
  {text: 'this receipt only acknowledges that the message was displayed', source: 'a JMAP webmail\'s read receipt: "Note: This receipt only acknowledges that the message was displayed on the recipient\'s device."'},
];
