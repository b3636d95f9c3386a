/**
 * Dovecot LDA / LMTP rejection mail: the message Dovecot's delivery agent sends back itself when it
 * refuses a message it was handed (a Sieve "reject", or a full mailbox), a multipart/report with a
 * human-readable part, a machine-readable part and the returned message's header.
 *
 * Dovecot writes no SMTP reply in this mail: its text carries the reason the refusing code gives
 * (the Sieve script's reject text, or the quota plugin's "Quota exceeded (mailbox for user is
 * full)"). The generator's pool of SMTP replies cannot fit it: `dovecotRejection` takes the reason
 * text (Dovecot's %r), and test/decoder/dovecot-rejection.test.ts drives it with a table of
 * positive and negative cases.
 *
 * Source: dovecot/core (stored commits e0cad405 and 0175d37a of src/lib-lda/mail-send.c):
 * - src/lib-lda/mail-send.c `mail_send_rejection()`: the header fields in this order, "Message-ID",
 *   "Date", "From: Mail Delivery Subsystem <postmaster_address>" (0175d37a; e0cad405 writes the
 *   postmaster_address as configured), "To: <return path>", "MIME-Version: 1.0", "Content-Type:
 *   multipart/report; report-type=<delivery-status | disposition-notification>;" folded with a tab
 *   before `boundary="<pid>/<hostname>"`, "Subject: " + rejection_subject, "Auto-Submitted:
 *   auto-replied (rejected)", "Precedence: bulk"; the preamble "This is a MIME-encapsulated
 *   message"; the text/plain part (charset utf-8, Content-Disposition inline,
 *   Content-Transfer-Encoding 8bit) holding rejection_reason expanded, followed by CRLF and at once
 *   the next delimiter; then either (dsn, "For LDA rejects. currently only used when user is out of
 *   quota") a message/delivery-status part "Reporting-MTA: dns; <hostname>", "Final-Recipient:
 *   rfc822; <rcpt>", "Action: failed", "Status: 5.2.2" (mailbox full, else 5.2.0), or ("For Sieve
 *   reject") a message/disposition-notification part (RFC 3798 / RFC 8098) "Reporting-UA:
 *   <hostname>; Dovecot Mail Delivery Agent", "Final-Recipient: rfc822; <rcpt>",
 *   "Original-Message-ID: <its Message-ID>", "Disposition:
 *   automatic-action/MDN-sent-automatically; deleted"; then a message/rfc822 part with the
 *   original's header only, its Content-Type field dropped ("we're not including the message
 *   body"), and "\r\n\r\n--<boundary>--";
 * - src/lib-lda/lda-settings.c defaults: rejection_subject "Rejected: %s", rejection_reason "Your
 *   message to <%t> was automatically rejected:%n%r" (%t recipient, %n CRLF, %r reason, %s the
 *   original subject cut to 80 characters), postmaster_address "postmaster@%d" (the recipient's
 *   domain); the same defaults in doc/example-config/conf.d/15-lda.conf;
 * - src/lib-lda/mail-deliver.c `mail_deliver_get_new_message_id()`:
 *   "<dovecot-<sec>-<usec>-<n>@<hostname>>";
 * - src/lda/main.c (stored commit 01615760): a save refused with MAIL_ERROR_NOSPACE and
 *   quota_full_tempfail = no (the default) sets mailbox_full and dsn, then sends the rejection with
 *   the storage error as reason; src/plugins/quota/quota.c DEFAULT_QUOTA_EXCEEDED_MSG "Quota exceeded
 *   (mailbox for user is full)";
 * - dovecot/pigeonhole src/lib-sieve/sieve-actions.c `sieve_action_reject_mail()`: under the LDA and
 *   LMTP the Sieve reject goes through the same `mail_send_rejection()` (its own fallback writes the
 *   same parts with "Subject: Automatically rejected mail").
 * Secondary: GNU Mailman's bounce detectors (flufl.bounce simplematch.py) call the over-quota
 * rejection of older releases an "MDN (bogus - should be DSN)": before the dsn branch every rejection
 * was the MDN form, which `dovecot` renders with any reason, quota included.
 * Dovecot sends one rejection per refused recipient.
 */
import {field, headersOf, message, noticeDate, type Rendered, type RenderOptions, sender} from './common.ts';

/** The quota plugin's default refusal text (quota.c DEFAULT_QUOTA_EXCEEDED_MSG). */
export const quotaExceeded = 'Quota exceeded (mailbox for user is full)';

const pid = '24871';

/** postmaster_address "postmaster@%d": the recipient's domain, else (a bare user name) the host name, as lda_settings_check falls back. */
function postmasterOf(recipient: string, hostname: string): string {
  const at = recipient.lastIndexOf('@');
  return `postmaster@${at < 0 ? hostname : recipient.slice(at + 1)}`;
}

/** The returned header: the original's header fields without Content-Type (and its continuation lines). */
function returnedHeader(original: string): string {
  const lines = headersOf(original).replace(/\n$/, '').split('\n');
  const kept: string[] = [];
  let dropping = false;
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      if (!dropping) kept.push(line);
      continue;
    }
    dropping = /^content-type:/i.test(line);
    if (!dropping) kept.push(line);
  }
  return kept.join('\n');
}

function headerValue(original: string, name: string): string | undefined {
  const match = new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(headersOf(original));
  return match?.[1]?.trim();
}

/**
 * One rejection. `reason` is %r, the Sieve reject text or the storage error; `dsn` the LDA's quota
 * form (delivery-status, Status 5.2.2) rather than the MDN.
 */
export function dovecotRejection(recipient: string, reason: string, options: RenderOptions, dsn: boolean): Rendered {
  const hostname = options.remoteHost;
  const boundary = `${pid}/${hostname}`;
  const subject = (headerValue(options.original, 'Subject') ?? '').slice(0, 80);
  const messageId = headerValue(options.original, 'Message-ID');
  const text = `Your message to <${recipient}> was automatically rejected:\n${reason}\n`;
  const report = dsn
    ? [
      'Content-Type: message/delivery-status',
      '',
      `Reporting-MTA: dns; ${hostname}`,
      `Final-Recipient: rfc822; ${recipient}`,
      'Action: failed',
      'Status: 5.2.2',
    ]
    : [
      'Content-Type: message/disposition-notification',
      '',
      `Reporting-UA: ${hostname}; Dovecot Mail Delivery Agent`,
      `Final-Recipient: rfc822; ${recipient}`,
      ...(messageId === undefined ? [] : [`Original-Message-ID: ${messageId}`]),
      'Disposition: automatic-action/MDN-sent-automatically; deleted',
    ];
  const body = [
    'This is a MIME-encapsulated message',
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    'Content-Disposition: inline',
    'Content-Transfer-Encoding: 8bit',
    '',
    // The reason, its CRLF, and at once the next delimiter: no blank line between.
    text + `--${boundary}`,
    ...report,
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    '',
    returnedHeader(options.original),
    '',
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
  const raw = message([
    `Message-ID: <dovecot-1772445600-118204-0@${hostname}>`,
    `Date: ${noticeDate}`,
    `From: Mail Delivery Subsystem <${postmasterOf(recipient, hostname)}>`,
    `To: <${sender}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=${dsn ? 'delivery-status' : 'disposition-notification'};`,
    `\tboundary="${boundary}"`,
    field('Subject', `Rejected: ${subject}`),
    'Auto-Submitted: auto-replied (rejected)',
    'Precedence: bulk',
  ], body);
  return {raw, webmail: text};
}
