// Sources: Sisimai's status-code-to-reason table, `StandardCode` in rb-sisimai
// lib/sisimai/smtp/status.rb (v5.1.0p3, 2024-10-09; the same table is in p5-sisimai and in
// go-sisimai smtp/status/lib.go `Name()`), as collected in
// ../shared/reference/status-reason.json; the reason vocabulary and typical codes of
// ../shared/reference/reasons.md; the IANA enhanced status registry (status-codes.ts); provider
// replies in ../shared/reference/providers.json where a comment cites one.
//
// This table is only the fallback after the text: the decoder looks at the reply text first, then
// at this table, then at the reply code (reasons.md, "Precedence"). `5.7.1` with "relay access
// denied" is still norelaying.

import type {ReasonId, StatusClass} from './types.ts';

/**
 * Full enhanced codes (`5.1.1`) seen in bounces that carry no registry meaning, only a vendor one.
 * Every other key of `statusReasons` has its `X.y.z` in the IANA registry.
 */
export const unregisteredStatusCodes = [
  '4.4.8', // Microsoft Exchange Online: the destination MX is not in the domain's MTA-STS policy
] as const;

/**
 * Enhanced codes that name a condition of the receiving host with several causes, not one cause:
 * RFC 3463 §3.4 gives an imminent shutdown, excessive load and system maintenance as examples of
 * X.3.2 "System not accepting network messages". The reply's words say which cause it is (a rate
 * limit, too many connections) wherever their reason stands in the order; the code's own reason
 * (`statusReasons`) only when they name none.
 */
export const conditionStatusCodes: readonly string[] = ['4.3.2', '5.3.2'];

/**
 * The reason a full enhanced status code stands for when the text says nothing more precise.
 *
 * @example
 * statusReasons['5.1.1']
 * //=> 'userunknown'
 */
export const statusReasons = {
  // 2.x.x: success (Sisimai)
  '2.1.5': 'delivered',

  // 4.x.x: temporary (Sisimai StandardCode)
  '4.1.6': 'hasmoved', // not a registry class: X.1.6 is permanent only
  '4.1.7': 'rejected',
  '4.1.8': 'rejected',
  '4.1.9': 'systemerror',
  // rb-sisimai and reasons.md say suspend; go-sisimai (2025-02) says blocked, because Gmail sends
  // "450 4.2.1 ... receiving mail too quickly" (a rate limit, caught by its text). The registry
  // meaning of X.2.1 is a disabled mailbox, so suspend stays.
  '4.2.1': 'suspend',
  '4.2.2': 'mailboxfull',
  '4.2.3': 'exceedlimit', // not a registry class: X.2.3 is permanent only
  '4.2.4': 'filtered',
  '4.3.1': 'systemfull',
  '4.3.2': 'notaccept',
  '4.3.3': 'systemerror',
  '4.3.5': 'systemerror',
  '4.4.1': 'expired', // "no answer from host", reported when the sender finally gave up
  '4.4.2': 'networkerror',
  '4.4.3': 'systemerror',
  '4.4.4': 'networkerror',
  '4.4.5': 'systemfull', // older Sisimai releases said toomanyconn
  '4.4.6': 'networkerror',
  '4.4.7': 'expired',
  '4.4.8': 'networkerror', // vendor code, see unregisteredStatusCodes
  '4.5.3': 'systemerror',
  '4.5.5': 'systemerror',
  '4.6.0': 'contenterror',
  '4.6.2': 'contenterror',
  '4.6.5': 'contenterror',
  // Greylisting and temporary IP blocks mostly come as 4.7.1 (and Apple's 421 4.7.1 rate limit).
  '4.7.1': 'blocked',
  '4.7.2': 'blocked', // not a registry class: X.7.2 is permanent only
  '4.7.5': 'securityerror',
  '4.7.6': 'securityerror',
  '4.7.7': 'securityerror',
  '4.7.12': 'securityerror',
  '4.7.15': 'securityerror',
  '4.7.16': 'mesgtoobig',
  // rb-sisimai has 'authfailure ' with a trailing space here; p5-sisimai and go-sisimai do not.
  '4.7.24': 'authfailure',
  '4.7.25': 'requireptr', // not a registry class: X.7.25 is permanent only
  // Added from go-sisimai (2025-02); rb-sisimai 5.1.0p3 has no entry. Not a registry class (X.7.26
  // is permanent only), but Gmail sends 421 4.7.26 and 451 4.7.26 for unauthenticated mail and
  // Microsoft 4.7.26 for IPv6 mail that passes neither SPF nor DKIM (providers.json).
  '4.7.26': 'authfailure',
  // No 4.7.13: X.7.13 (user account disabled) is permanent only and no temporary use was found;
  // a disabled mailbox comes as 4.2.1.
  // No 4.7.0 and no 4.3.0 / 4.4.0 / 4.5.0: Sisimai leaves these catch-alls out on purpose; servers
  // use them for unrelated temporary failures, so only the text can tell.

  // 5.x.x: permanent (Sisimai StandardCode)
  '5.1.0': 'userunknown',
  '5.1.1': 'userunknown',
  '5.1.2': 'hostunknown',
  '5.1.3': 'userunknown',
  '5.1.4': 'filtered',
  '5.1.6': 'hasmoved',
  '5.1.7': 'rejected',
  '5.1.8': 'rejected',
  '5.1.9': 'systemerror',
  '5.1.10': 'notaccept',
  '5.2.0': 'filtered',
  '5.2.1': 'filtered', // Sisimai: a disabled mailbox rejected after DATA; suspend is found by text
  '5.2.2': 'mailboxfull',
  '5.2.3': 'exceedlimit',
  '5.2.4': 'filtered',
  '5.3.0': 'systemerror',
  '5.3.1': 'systemfull', // not a registry class: X.3.1 is temporary only
  '5.3.2': 'notaccept',
  '5.3.3': 'systemerror',
  '5.3.4': 'mesgtoobig',
  '5.3.5': 'systemerror',
  '5.4.0': 'networkerror',
  '5.4.3': 'systemerror',
  '5.4.4': 'hostunknown',
  '5.5.2': 'syntaxerror',
  // Sisimai's choice, kept so results compare with it; the registry meaning of X.5.3 is "too many
  // recipients" and it lists only the temporary class.
  '5.5.3': 'toomanyconn',
  '5.5.4': 'systemerror',
  '5.5.5': 'systemerror',
  '5.5.6': 'syntaxerror', // older Sisimai releases said securityerror
  '5.6.0': 'contenterror',
  '5.6.1': 'contenterror',
  '5.6.2': 'contenterror',
  '5.6.3': 'contenterror',
  '5.6.5': 'contenterror',
  '5.6.6': 'contenterror',
  '5.6.7': 'contenterror',
  '5.6.8': 'contenterror',
  '5.6.9': 'contenterror',
  '5.7.0': 'securityerror',
  '5.7.1': 'securityerror', // blocked, spam, relaying and policy all use 5.7.1: the text decides
  '5.7.2': 'securityerror',
  '5.7.3': 'securityerror',
  '5.7.4': 'securityerror',
  '5.7.5': 'securityerror',
  '5.7.6': 'securityerror',
  '5.7.7': 'securityerror',
  '5.7.8': 'securityerror',
  '5.7.9': 'securityerror',
  '5.7.10': 'securityerror',
  '5.7.11': 'securityerror',
  '5.7.13': 'suspend',
  '5.7.14': 'securityerror',
  '5.7.15': 'securityerror',
  '5.7.16': 'mesgtoobig',
  '5.7.17': 'hasmoved',
  '5.7.18': 'hasmoved',
  '5.7.19': 'securityerror',
  '5.7.20': 'authfailure',
  '5.7.21': 'authfailure',
  '5.7.22': 'authfailure',
  '5.7.23': 'authfailure',
  '5.7.24': 'authfailure',
  '5.7.25': 'requireptr',
  '5.7.26': 'authfailure',
  '5.7.27': 'notaccept', // registry: sender domain has a null MX (Gmail reuses 5.7.27 for SPF; text decides)
  '5.7.28': 'spamdetected',
  '5.7.29': 'authfailure',
  // rb-sisimai says securityerror, go-sisimai (2025-02) and reasons.md say failedstarttls: the
  // registry meaning is REQUIRETLS. Gmail reuses 5.7.30 for bulk mail without DKIM; its text
  // ("didn't pass DKIM authentication") must win there.
  '5.7.30': 'failedstarttls',
} as const satisfies Readonly<Record<string, ReasonId>>;

/**
 * Fallback reasons keyed by `class.subject` (`5.4`), for codes missing from `statusReasons` such
 * as vendor codes (`5.4.300`, `5.7.606`). Only subjects whose codes all point the same way are here.
 *
 * Left out on purpose:
 * - `4.1` / `5.1`: recipient, sender and domain problems share the subject, and Microsoft's 5.1.90
 *   is a rate limit, so `userunknown` would mark live addresses dead.
 * - `4.2` / `5.2`: full, disabled, too big and list problems share it; Microsoft's 5.2.121 / 5.2.122
 *   are hourly limits.
 * - `4.3`, `4.5` / `5.5`, `4.7`: catch-alls for unrelated failures (throttling, TLS, authentication,
 *   commands); Sisimai maps none of 4.3.0, 4.5.0, 5.5.0, 4.7.0 for the same reason.
 * - `X.0`: says nothing about the cause; the decoder answers `undefined`.
 *
 * @example
 * reasonOfClassSubject['5.6']
 * //=> 'contenterror'
 */
export const reasonOfClassSubject = {
  // Any 2.y.z is a success report (RFC 3463 class 2).
  '2.0': 'delivered',
  '2.1': 'delivered',
  '2.2': 'delivered',
  '2.3': 'delivered',
  '2.4': 'delivered',
  '2.5': 'delivered',
  '2.6': 'delivered',
  '2.7': 'delivered',
  // Mail system: 5.3.0 is systemerror in Sisimai; Microsoft's 5.3.190 (journaling) fits.
  '5.3': 'systemerror',
  // Network and routing: 5.4.0 is networkerror in Sisimai; Microsoft's 4.4.316 (cannot connect),
  // 5.4.8 (MTA-STS) and 5.4.14 (loop) fit. Its 5.4.300 / 5.4.316 are expiries, found by their text.
  '4.4': 'networkerror',
  '5.4': 'networkerror',
  // Content: 4.6.0 and 5.6.0 are contenterror in Sisimai; Microsoft's 5.6.11 (bare line feeds) fits.
  '4.6': 'contenterror',
  '5.6': 'contenterror',
  // Security or policy: 5.7.0 is securityerror in Sisimai and in reasons.md the residual reason of
  // this subject. Vendor 5.7.x codes (Microsoft 5.7.5xx-9xx, Gmail 5.7.32 / 5.7.40) should be
  // matched by provider rows before this.
  '5.7': 'securityerror',
} as const satisfies Readonly<Partial<Record<`${StatusClass}.${0 | 1 | 2 | 3 | 4 | 5 | 6 | 7}`, ReasonId>>>;

/**
 * A representative real enhanced code for each reason and class, for display only ("this is what a
 * 5.1.1 looks like"). It is never used to decode. Where `statusReasons` has a code for the reason in
 * that class it is chosen; otherwise the comment names the reply that carries it in practice.
 * Reasons that have no status code of their own (vacation, feedback, onhold, suppressed) are absent.
 *
 * @example
 * statusCodeForReason.mailboxfull['4']
 * //=> '4.2.2'
 */
export const statusCodeForReason = {
  delivered: {'2': '2.1.5'},
  userunknown: {'5': '5.1.1'},
  hostunknown: {'5': '5.1.2'},
  hasmoved: {'5': '5.1.6'},
  notaccept: {'4': '4.3.2', '5': '5.1.10'},
  mailboxfull: {'4': '4.2.2', '5': '5.2.2'},
  suspend: {'4': '4.2.1', '5': '5.7.13'},
  exceedlimit: {'5': '5.2.3'},
  mesgtoobig: {'5': '5.3.4'},
  filtered: {'5': '5.2.0'},
  rejected: {'4': '4.1.8', '5': '5.1.8'},
  blocked: {'4': '4.7.1', '5': '5.7.1'}, // 5.7.1: Spamhaus and other blocklist rejections
  badreputation: {'4': '4.7.0', '5': '5.7.1'}, // Gmail: 421 4.7.0 / 550 5.7.1 for low IP reputation
  requireptr: {'5': '5.7.25'},
  authfailure: {'4': '4.7.26', '5': '5.7.26'}, // 4.7.26: Gmail's rate limit for unauthenticated mail
  securityerror: {'4': '4.7.5', '5': '5.7.0'},
  policyviolation: {'5': '5.7.1'}, // "Delivery not authorized" is the registry's policy code
  spamdetected: {'5': '5.7.28'},
  virusdetected: {'5': '5.7.1'}, // scanners reject with the generic policy code
  contenterror: {'4': '4.6.0', '5': '5.6.0'},
  notcompliantrfc: {'5': '5.7.1'}, // Gmail: 550 5.7.1 for messages that break RFC 5322
  speeding: {'4': '4.7.28'}, // Gmail: 421 4.7.28 for unusual volume, rate limited
  toomanyconn: {'4': '4.7.0'}, // Postfix anvil: 421 4.7.0 "too many connections"
  norelaying: {'5': '5.7.1'}, // Postfix: 554 5.7.1 "Relay access denied"
  syntaxerror: {'5': '5.5.2'},
  systemerror: {'4': '4.3.5', '5': '5.3.0'},
  systemfull: {'4': '4.3.1'},
  networkerror: {'4': '4.4.2', '5': '5.4.0'},
  expired: {'4': '4.4.7'},
  failedstarttls: {'5': '5.7.30'},
  mailererror: {'5': '5.3.0'}, // Sendmail: 554 5.3.0 "unknown mailer error"
  undefined: {'4': '4.0.0', '5': '5.0.0'},
} as const satisfies Readonly<Partial<Record<ReasonId, Readonly<Partial<Record<StatusClass, string>>>>>>;
