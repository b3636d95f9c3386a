// Sources: ../shared/reference/retry-guidance.md, which cites RFC 5321 §4.5.4.1 and §4.2.1,
// RFC 3463, RFC 3464, RFC 1123; Postfix src/global/mail_params.h; Exim src/src/configure.default
// and globals.c; Microsoft "Message retry, resubmit, and expiration intervals" and secondary
// summaries of Exchange Online; receiver pages of Yahoo, Google, Microsoft and Mimecast; the sender
// requirement pages of Gmail, Yahoo, Outlook.com and Apple iCloud. The qmail queue lifetime comes
// from the qmail-send man page as quoted by wiki.qmailtoaster.com. All wording is ours.

import type {ReasonId} from './types.ts';

/** How to retry a temporary failure and when to stop. */
export interface RetryRule {
  /** When to try again, e.g. "every 30 minutes, then every 2-3 hours". */
  readonly schedule: string;
  /** When to stop and treat the failure as final, e.g. "4-5 days". */
  readonly giveUpAfter: string;
  /** Why, and any caveat, in one or two sentences. */
  readonly note: string;
  /** Where the advice comes from. */
  readonly source: string;
}

/** Retry advice for one temporary (4xx) reason. */
export interface ReasonRetryRule extends RetryRule {
  readonly reason: ReasonId;
}

/** How a mail server or sending service retries by default. */
export interface MtaRetryDefault {
  /** Display name: "Postfix", "Exim", ... */
  readonly mta: string;
  readonly schedule: string;
  /** Queue lifetime: when the message bounces as undeliverable. */
  readonly giveUpAfter: string;
  /** When the sender is first told about the delay, if ever. */
  readonly delayNotice: string;
  readonly note: string;
  readonly source: string;
  /** True when the defaults were read in source code or the vendor's own documentation. */
  readonly verified: boolean;
}

/** What a mailbox provider demands of senders since its 2024-2025 rules. */
export interface SenderRequirements {
  readonly provider: string;
  /** Which mail the rules cover. */
  readonly appliesTo: string;
  /** When enforcement started. */
  readonly since: string;
  /** Demanded of everyone sending to the provider. */
  readonly allSenders: readonly string[];
  /** Demanded in addition of bulk senders. */
  readonly bulkSenders: readonly string[];
  /** What happens to mail that falls short. */
  readonly enforcement: string;
  readonly source: string;
}

/**
 * The standard retry schedule for a temporary (4xx) failure when nothing more specific applies.
 *
 * @example
 * defaultRetrySchedule.giveUpAfter
 * //=> '4-5 days after the first attempt'
 */
export const defaultRetrySchedule = {
  schedule: 'Wait at least 30 minutes between attempts to the same destination; in practice two attempts in the first hour, then one every 2-3 hours.',
  giveUpAfter: '4-5 days after the first attempt',
  note: 'A 4xx reply says the same request may work later, so the client should keep the message queued and retry; RFC 5321 asks that the intervals be configurable and that unreachable hosts be tracked per destination rather than per message. A DSN with "Action: delayed" may carry "Will-Retry-Until:", the moment the reporting server will stop.',
  source: 'RFC 5321 §4.5.4.1 and §4.2.1; RFC 3463 (class 4 = persistent transient); RFC 3464 (Will-Retry-Until); RFC 1123 (5-day minimum queue time)',
} as const satisfies RetryRule;

/**
 * Out-of-the-box retry behaviour of common mail servers and sending services.
 *
 * @example
 * mtaRetryDefaults.find(row => row.mta === 'Postfix')?.giveUpAfter
 * //=> '5 days (maximal_queue_lifetime)'
 */
export const mtaRetryDefaults = [
  {
    mta: 'Postfix',
    schedule: 'The deferred queue is scanned every 5 minutes; the wait before retrying one message starts at 5 minutes and doubles up to 4000 s (about 67 minutes).',
    giveUpAfter: '5 days (maximal_queue_lifetime)',
    delayNotice: 'none by default (delay_warning_time = 0h)',
    note: 'Releases before about 2.4 used 1000 s for queue_run_delay and minimal_backoff_time. Bounces themselves also live 5 days (bounce_queue_lifetime).',
    source: 'postfix src/global/mail_params.h (vdukhovni/postfix, 2026-08); qmgr(8)',
    verified: true,
  },
  {
    mta: 'Exim',
    schedule: 'Every 15 minutes for the first 2 hours; then gaps growing by 1.5 from 1 hour until 16 hours have passed; then every 6 hours.',
    giveUpAfter: '4 days after the first failure',
    delayNotice: 'after 24 hours (delay_warning), subject "Warning: message <id> delayed <N> hours"',
    note: 'The default rule is `* * F,2h,15m; G,16h,1h,1.5; F,4d,6h`. With no retry rules at all, Exim treats temporary errors as permanent.',
    source: 'exim src/src/configure.default and src/src/globals.c (Exim/exim, 2025-12-29)',
    verified: true,
  },
  {
    mta: 'Sendmail',
    schedule: 'At each queue run (its interval is set by the -q option of the daemon).',
    giveUpAfter: 'commonly 5 days (confTO_QUEUERETURN); some older Solaris setups 3 days',
    delayNotice: 'commonly after 4 hours (Timeout.queuewarn), subject "Warning: could not send message for past 4 hours"',
    note: 'Defaults differ between distributions and can differ by message priority (Timeout.queuereturn.urgent/normal/non-urgent); not confirmed from the sendmail source.',
    source: "O'Reilly \"sendmail\"; Qiita and gist notes; Solaris documentation (OT3d)",
    verified: false,
  },
  {
    mta: 'qmail',
    schedule: 'Quadratic backoff per message; a host that fails twice more than 2 minutes apart is left alone for an hour.',
    giveUpAfter: '7 days (queuelifetime 604800 s); QmailToaster ships 1 day',
    delayNotice: 'none',
    note: 'When the lifetime runs out qmail-send makes one last attempt and treats a temporary failure then as permanent.',
    source: 'qmail-send(8) as quoted by wiki.qmailtoaster.com (Queuelifetime, 2024-03); discuss@blu.org (2011) on backoff',
    verified: false,
  },
  {
    mta: 'Microsoft Exchange Server (on-premises)',
    schedule: '6 quick retries 5 minutes apart after a transient failure; failed outbound connections retried every 10 minutes.',
    giveUpAfter: '2 days (MessageExpirationTimeout)',
    delayNotice: 'after 4 hours (DelayNotificationTimeout)',
    note: 'Queue glitches get 4 retries 1 minute apart; mailbox delivery queues retry every 5 minutes; idle messages are resubmitted after 12 hours.',
    source: 'learn.microsoft.com "Message retry, resubmit, and expiration intervals" (excerpt); gist flowchart; O\'Reilly PowerShell for Exchange 2007',
    verified: true,
  },
  {
    mta: 'Microsoft 365 / Exchange Online',
    schedule: 'First retries within about 15 minutes, then the gap grows to at most 60 minutes (another account: 30 minutes, then hourly).',
    giveUpAfter: '1 day by default; tenants may set 12 hours to 1 day since MC441064 (Dec 2022)',
    delayNotice: 'not documented in the sources read',
    note: 'On expiry the sender gets a 5xx NDR such as "550 5.4.316 Message expired, connection refused" or "5.4.300 Message expired". Known only from secondary sources quoting Microsoft.',
    source: 'it-bibouroku.hateblo.jp (summary of the Microsoft doc); office365itpros.com (2022-12)',
    verified: false,
  },
  {
    mta: 'Gmail (as the sending side)',
    schedule: 'Not published.',
    giveUpAfter: 'about 48 hours (delay DSNs say "will retry for 47 more hours"; older ones "2 more day(s)")',
    delayNotice: 'a delay DSN that states the remaining retry time',
    note: 'Known only from delay notices seen in the wild.',
    source: 'observed Gmail delay DSNs',
    verified: false,
  },
  {
    mta: 'Amazon SES',
    schedule: 'No retry when the account is over its quota or sending rate: the message is dropped and the caller must retry.',
    giveUpAfter: 'not applicable',
    delayNotice: 'none: the API (ThrottlingException) or SMTP ("454 Throttling failure") call fails at once',
    note: 'AWS advises waiting up to 10 minutes before sending again.',
    source: 'docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
    verified: true,
  },
] as const satisfies readonly MtaRetryDefault[];

/**
 * Retry advice for the reasons that show up as temporary (4xx) failures.
 *
 * @example
 * reasonRetryGuidance.find(row => row.reason === 'speeding')?.giveUpAfter
 * //=> '4-5 days (the standard queue lifetime); if it lasts more than 48 hours, review sending practices'
 */
export const reasonRetryGuidance = [
  {
    reason: 'mailboxfull',
    schedule: 'The standard schedule: at least 30 minutes apart, backing off to every few hours.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'Only the recipient can free space. Sent as 452 4.2.2 it is worth retrying; sent as 552 5.2.2 many senders still treat it as a soft bounce, but an address that stays full for weeks is likely abandoned.',
    source: 'RFC 3463 (X.2.2 meant as persistent transient); RFC 5321 §4.5.4.1; reply-codes.json (552)',
  },
  {
    reason: 'suspend',
    schedule: 'The standard schedule.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'A disabled mailbox (4.2.1) may come back. Gmail also sends 450 4.2.1 when the recipient gets mail too fast; that is a rate limit, so slow down for that recipient.',
    source: 'RFC 3463 (X.2.1); providers.json (Gmail 450 4.2.1)',
  },
  {
    reason: 'speeding',
    schedule: 'Retry at a lower sending rate: fewer messages per connection and per hour to that provider.',
    giveUpAfter: '4-5 days (the standard queue lifetime); if it lasts more than 48 hours, review sending practices',
    note: 'Rate limits (Gmail 421 4.7.0 / 4.7.28, Yahoo 421 4.7.0 [TSS04], Microsoft 4.7.650) lift on their own when the traffic is legitimate. Amazon SES throttling is the sender\'s own quota: wait up to 10 minutes.',
    source: 'Google "Gmail SMTP errors and codes"; Yahoo Sender Hub error codes (archived 2026-02); Microsoft NDR article; docs.aws.amazon.com SES quota errors',
  },
  {
    reason: 'toomanyconn',
    schedule: 'Retry with fewer simultaneous connections to that host, after a few minutes.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'The message is fine; the sender opened more parallel connections than the receiver allows (Cox asks for at most 10; Microsoft 451 4.7.652).',
    source: 'RFC 5321 §4.5.4.1; providers.json (Cox, Microsoft, Orange)',
  },
  {
    reason: 'blocked',
    schedule: 'Greylisting: retry after a few minutes, and keep the same sending IP. Temporary IP blocks: the standard schedule.',
    giveUpAfter: '4-5 days; Mimecast greylisting expects the retry between 1 minute and 12 hours',
    note: 'Greylisting (often 450/451 4.7.1) passes on a later retry from the same host. Microsoft 4.7.500-699 and 4.7.850-899 restrictions lift on their own for legitimate traffic; Yahoo [TS03] / [TSS09] replies say retrying will not help even with a 421.',
    source: 'Mimecast SMTP error codes (via sisimai); Microsoft NDR article; Yahoo Sender Hub error codes (archived 2026-02)',
  },
  {
    reason: 'badreputation',
    schedule: 'Retry at a lower rate while the reputation problem is fixed.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'Gmail answers low IP or domain reputation with 421 4.7.0 (rate limited); it turns into 550 5.7.1 blocks if nothing changes. Retrying alone does not fix reputation.',
    source: 'Google "Gmail SMTP errors and codes"; retry-guidance.md §3',
  },
  {
    reason: 'spamdetected',
    schedule: 'Retry at a lower rate; check the content and the list hygiene first.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'Gmail rate-limits unusual volumes of unsolicited mail with 421 4.7.28 and blocks them with 550 5.7.28.',
    source: 'Google "Gmail SMTP errors and codes"',
  },
  {
    reason: 'authfailure',
    schedule: 'Fix SPF, DKIM or DMARC first; retry after the DNS change has propagated.',
    giveUpAfter: '4-5 days; Gmail moves from temporary to permanent rejections for traffic that stays unauthenticated',
    note: 'Since 2024 Gmail rate-limits unauthenticated bulk mail with 421 4.7.26 / 4.7.27 / 4.7.30 / 4.7.32 / 4.7.40 before rejecting it with the matching 5.7.x. A 4.7.24 is a temporary SPF DNS error and usually clears by itself.',
    source: 'Google "Email sender guidelines" and FAQ (archived 2026-03); RFC 7372 (X.7.24)',
  },
  {
    reason: 'requireptr',
    schedule: 'Fix the reverse DNS (PTR) of the sending IP, then retry.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'Gmail rate-limits IPs without forward-confirmed reverse DNS (421 4.7.0, 451 4.7.23) and blocks them later (550 5.7.25); Comcast treats a failed rDNS lookup as temporary (421).',
    source: 'Google "Gmail SMTP errors and codes"; Comcast mail error codes',
  },
  {
    reason: 'failedstarttls',
    schedule: 'Retry once TLS works on the sending side; a receiver that is only temporarily without TLS (454) can be retried on the standard schedule.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'Gmail requires TLS for all senders since 2024 (421 4.7.29 for bulk mail without it).',
    source: 'RFC 3207 (454); Google "Email sender guidelines" (archived 2026-03)',
  },
  {
    reason: 'systemerror',
    schedule: 'The standard schedule.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'A fault on the receiving side (451 local error); the sender cannot fix it and a later attempt usually works.',
    source: 'RFC 5321 §4.2.2 (451) and §4.5.4.1',
  },
  {
    reason: 'systemfull',
    schedule: 'The standard schedule.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'The receiving server is out of storage (452 4.3.1); its operator has to fix it.',
    source: 'RFC 3463 (X.3.1); RFC 5321 §4.5.4.1',
  },
  {
    reason: 'networkerror',
    schedule: 'The standard schedule, tracked per destination host rather than per message.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'DNS failures, timeouts and refused connections usually pass; if they last for days, check the recipient domain\'s MX records.',
    source: 'RFC 5321 §4.5.4.1; RFC 3463 (X.4.x)',
  },
  {
    reason: 'notaccept',
    schedule: 'The standard schedule.',
    giveUpAfter: '4-5 days (the standard queue lifetime)',
    note: 'A host that refuses mail for now (4.3.2: shutdown, maintenance) may come back; a null MX or a 521 / 556 means it never will.',
    source: 'RFC 3463 (X.3.2); RFC 7504; RFC 7505',
  },
  {
    reason: 'expired',
    // Retry guidance is shown for temporary failures only; a 4xx "expired" is a delay warning, sent
    // while the message is still queued. The final expiry is a 5xx, with no retry left to describe.
    schedule: 'Your server keeps retrying on its own schedule; the warning says how long it has tried so far.',
    giveUpAfter: 'when the queue lifetime runs out: 4-5 days after the first attempt by default (a "Will-Retry-Until:" field gives the exact time)',
    note: 'Look for the temporary failure that keeps the message queued (it is often in the same notice); fixing it lets the next attempt through.',
    source: 'RFC 3463 (X.4.7); RFC 5321 §4.5.4.1',
  },
] as const satisfies readonly ReasonRetryRule[];

/**
 * The 2024-2025 requirements of the large mailbox providers; falling short explains many 4.7.x and
 * 5.7.x rejections of otherwise valid mail.
 *
 * @example
 * bulkSenderRequirements.map(row => row.provider)
 * //=> ['Gmail', 'Yahoo', 'Outlook.com', 'Apple iCloud Mail']
 */
export const bulkSenderRequirements = [
  {
    provider: 'Gmail',
    appliesTo: 'Mail to personal Gmail accounts (@gmail.com, @googlemail.com), not to Google Workspace. Bulk: about 5,000 or more messages a day to personal Gmail, counted per primary domain; once a bulk sender, always one.',
    since: '1 February 2024 (one-click unsubscribe by 1 June 2024); stricter enforcement from November 2025',
    allSenders: [
      'SPF or DKIM',
      'forward and reverse DNS (PTR) for every sending IP',
      'TLS for the connection',
      'spam rate in Postmaster Tools below 0.3% (aim for under 0.1%)',
      'messages formatted per RFC 5322',
      'no From: addresses pretending to be gmail.com',
    ],
    bulkSenders: [
      'SPF and DKIM',
      'a DMARC record (p=none suffices)',
      'From: domain aligned with the SPF or DKIM domain',
      'one-click unsubscribe headers (RFC 8058 List-Unsubscribe-Post plus an https List-Unsubscribe URL) on marketing mail',
      'a visible unsubscribe link in the body',
      'unsubscribes honoured within 48 hours',
      'DKIM keys of 1024 bits or more (2048 recommended)',
    ],
    enforcement: 'Gradual: temporary (4.7.x) then permanent (5.7.x) rejections or spam-foldering. Gmail\'s codes: 4.7.23 / 5.7.25 PTR, 4.7.26 / 5.7.26 unauthenticated, 4.7.27 / 5.7.27 SPF, 4.7.29 / 5.7.29 TLS, 4.7.30 / 5.7.30 DKIM, 4.7.32 / 5.7.32 alignment, 4.7.40 / 5.7.40 no DMARC, 5.7.1 RFC 5322. Above 0.3% spam a sender gets no mitigation until it stays below for 7 days.',
    source: 'https://support.google.com/mail/answer/81126 (archived 2026-03-21); https://support.google.com/a/answer/14229414 (archived 2026-03-11)',
  },
  {
    provider: 'Yahoo',
    appliesTo: 'Mail to Yahoo (and AOL) mailboxes; bulk senders as Yahoo classifies them.',
    since: 'February 2024, rolled out gradually',
    allSenders: [
      'SPF or DKIM',
      'spam rate below 0.3%',
      'valid forward and reverse DNS for sending IPs',
      'compliance with RFC 5321 and RFC 5322',
    ],
    bulkSenders: [
      'SPF and DKIM',
      'a DMARC policy of at least p=none that passes (rua reporting strongly advised; relaxed alignment is fine)',
      'From: domain aligned with the SPF or DKIM domain',
      'a working one-click List-Unsubscribe header (RFC 8058 POST highly recommended, mailto accepted)',
      'a visible unsubscribe link',
      'unsubscribes honoured within 2 days',
      'spam rate below 0.3%, measured on mail delivered to the inbox',
    ],
    enforcement: 'Rolled out gradually; the page gives no codes. It also recommends DKIM keys of 1024 bits or more and ARC for forwarders.',
    source: 'https://senders.yahooinc.com/best-practices/ (archived 2025-04-10)',
  },
  {
    provider: 'Outlook.com',
    appliesTo: 'Domains sending more than 5,000 messages a day to Outlook.com, Hotmail and Live addresses.',
    since: '5 May 2025',
    allSenders: [],
    bulkSenders: [
      'SPF passes',
      'DKIM passes',
      'DMARC of at least p=none, aligned with SPF or DKIM (ideally both)',
      'recommended: valid From and Reply-To, working unsubscribe links, list hygiene, transparent practices',
    ],
    enforcement: 'Rejected with "550 5.7.515 Access denied, sending domain ... does not meet the required authentication level" (first announced as routing to Junk).',
    source: 'Microsoft Defender for Office 365 blog "Strengthening Email Ecosystem: Outlook\'s New Requirements for High-Volume Senders" (archived 2025-08-02); Outlook.com Postmaster Troubleshooting page',
  },
  {
    provider: 'Apple iCloud Mail',
    appliesTo: 'Bulk mail to iCloud Mail addresses.',
    since: 'no start date given; in force on the postmaster page archived 2025-02-26',
    allSenders: [],
    bulkSenders: [
      'only recipients who explicitly subscribed',
      'an unsubscribe link that works immediately',
      'ARC headers on forwarded mail',
      'compliance with RFC 5321 and RFC 5322',
      'reverse DNS',
      'stable IPs and From: identity, with marketing and transactional mail kept apart',
      'SPF and DKIM',
      'a published DMARC policy',
      'acting on SMTP errors and having a bounce-handling policy',
      'removing inactive subscribers and never re-adding unsubscribed or suppressed addresses',
    ],
    enforcement: 'Bulk mail that misses any requirement is rejected. No feedback loop and no allow list.',
    source: 'https://support.apple.com/en-us/102322 (archived 2025-02-26)',
  },
] as const satisfies readonly SenderRequirements[];
