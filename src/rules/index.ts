/**
 * The rules bundle: every table the decoder reads, and the one list that orders reasons.
 */
import type {ReasonId} from './types.ts';

export {reasons} from './reasons/index.ts';
export {providerById, providers} from './providers/index.ts';
export {statusCodes} from './status-codes.ts';
export {statusClasses, statusSubjects} from './status-parts.ts';
export {replyCodes, replyClassMeanings} from './reply-codes.ts';
export {conditionStatusCodes, statusReasons, reasonOfClassSubject} from './status-reasons.ts';
export {deliveredDispositions} from './message-dispositions.ts';
export type * from './types.ts';

/**
 * How a reason is chosen, in two ordered passes (the only precedence lists; a test rejects
 * duplicates). First pass, `reasonOrder`: each reason in turn wins if the enhanced code stands for
 * it or its phrases are in the reply. Then the enhanced code's own reason, when it is a precise
 * one. Second pass, `fallbackReasonOrder`: reasons that only the text can reveal, or whose codes
 * are too broad to trust (5.7.x says "security or policy" for spam, viruses and blocks alike).
 * The order follows the reference analyser's, so results compare on the corpus.
 */
export const reasonOrder: readonly ReasonId[] = [
  'mailboxfull',
  'mesgtoobig',
  'exceedlimit',
  'suspend',
  'hasmoved',
  'norelaying', // "relay access denied" replies often also say "recipient address rejected"
  'authfailure', // SPF/DKIM/DMARC rejections often also say "blocked" or "policy"
  'requireptr', // "... without a valid sender domain. Fix reverse DNS": before rejected and blocked
  'rejected', // "Domain of sender address ... does not exist" is the sender's domain: before hostunknown
  'notaccept', // "couldn't find a mail exchanger": the domain exists but takes no mail
  'hostunknown', // "Domain does not exist" is the domain, not the mailbox: before userunknown
  'userunknown',
  'filtered',
  'notcompliantrfc',
  'badreputation',
  'virusdetected', // "Virus detected; content rejected": before spamdetected
  'spamdetected',
  'speeding',
  'toomanyconn',
  'blocked',
];

/** Reasons the second pass tries on the text, in order, when the first pass found nothing. */
export const fallbackReasonOrder: readonly ReasonId[] = [
  'failedstarttls', // before securityerror: TLS is the more precise cause
  'policyviolation',
  // Before expired: the last attempt's network failure is the cause of an expiry (qmail-send's
  // "Connection refused ... I'm not going to try again; this message has been in the queue too
  // long": the queue gave up, the network said why). Before systemerror: "network error on
  // destination MXs, temporary failure". Here the order leaves the reference analyser's.
  'networkerror',
  'expired', // before systemerror: "unable to deliver this message after 1 day" names no system's failure
  'systemerror',
  'contenterror',
  'systemfull',
  'securityerror',
  'syntaxerror',
  'suppressed',
  'mailererror',
];

/**
 * Reasons whose enhanced codes are too broad to be final: the text may still name a more precise
 * cause (5.7.1 is "delivery not authorized" for spam and blocks alike).
 */
export const broadStatusReasons: readonly ReasonId[] = [
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'suspend', 'networkerror',
  'hostunknown', 'userunknown',
];

/**
 * Reasons about the recipient's own mailbox (it does not exist, is full, closed, moved, or its own
 * rules refused the message): only the server that holds the mailbox gives them.
 */
export const mailboxReasons: ReadonlySet<ReasonId> = new Set(['userunknown', 'mailboxfull', 'suspend', 'hasmoved', 'filtered', 'exceedlimit']);

/**
 * Reasons a sending side may give on its own, before the destination was reached: its relay refuses
 * to relay or wants a login (norelaying, securityerror), its own limits or queue (speeding,
 * toomanyconn, systemfull, suppressed), its own faults (systemerror, mailererror, syntaxerror, a
 * DNS lookup that fails for a domain that exists: hostunknown), and what is no failure. The other
 * reasons are refusals or failures on the way to the recipient's server, whose provider is then the
 * one the recipient's mail domain names, where no host named one; so is a complaint (feedback),
 * which the recipient makes through the mailbox provider's feedback loop (RFC 6449 §1).
 */
export const ownSideReasons: ReadonlySet<ReasonId> = new Set([
  'norelaying', 'securityerror', 'speeding', 'toomanyconn', 'systemfull', 'suppressed', 'systemerror', 'mailererror', 'syntaxerror',
  'hostunknown', 'failedstarttls', 'delivered', 'vacation',
]);
