import authfailure from './auth-failure.ts';
import badreputation from './bad-reputation.ts';
import blocked from './blocked.ts';
import contenterror from './content-error.ts';
import delivered from './delivered.ts';
import exceedlimit from './exceed-limit.ts';
import expired from './expired.ts';
import failedstarttls from './failed-starttls.ts';
import feedback from './feedback.ts';
import filtered from './filtered.ts';
import hasmoved from './has-moved.ts';
import hostunknown from './host-unknown.ts';
import mailboxfull from './mailbox-full.ts';
import mailererror from './mailer-error.ts';
import mesgtoobig from './mesg-too-big.ts';
import networkerror from './network-error.ts';
import norelaying from './no-relaying.ts';
import notaccept from './not-accept.ts';
import notcompliantrfc from './not-compliant-rfc.ts';
import onhold from './on-hold.ts';
import policyviolation from './policy-violation.ts';
import rejected from './rejected.ts';
import requireptr from './require-ptr.ts';
import securityerror from './security-error.ts';
import spamdetected from './spam-detected.ts';
import speeding from './speeding.ts';
import suppressed from './suppressed.ts';
import suspend from './suspend.ts';
import syntaxerror from './syntax-error.ts';
import systemerror from './system-error.ts';
import systemfull from './system-full.ts';
import toomanyconn from './too-many-conn.ts';
import undefinedReason from './undefined.ts';
import userunknown from './user-unknown.ts';
import vacation from './vacation.ts';
import virusdetected from './virus-detected.ts';
import type {ReasonId, ReasonRule} from '../types.ts';

/** Every reason, keyed by id. */
export const reasons: Readonly<Record<ReasonId, ReasonRule>> = {
  authfailure, badreputation, blocked, contenterror, delivered, exceedlimit, expired, failedstarttls,
  feedback, filtered, hasmoved, hostunknown, mailboxfull, mailererror, mesgtoobig, networkerror,
  norelaying, notaccept, notcompliantrfc, onhold, policyviolation, rejected, requireptr,
  securityerror, spamdetected, speeding, suppressed, suspend, syntaxerror, systemerror, systemfull,
  toomanyconn, undefined: undefinedReason, userunknown, vacation, virusdetected,
};
