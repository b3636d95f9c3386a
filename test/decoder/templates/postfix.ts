/**
 * Postfix failure and delay notices.
 *
 * Source: vdukhovni/postfix (snapshot 17830e5c), as recorded in shared/reference/mta-sources.md §1:
 * - postfix/src/bounce/bounce_templates.c: `def_bounce_failure_body`, `def_bounce_delay_body`
 *   (subjects, opening, "THIS IS A WARNING ONLY" box, signature);
 * - postfix/src/bounce/bounce_notify_util.c: MIME structure, Content-Description values, the
 *   per-recipient line wrapped at 79 columns with a 4-space continuation indent, the DSN fields
 *   (X-Postfix-Queue-ID, X-Postfix-Sender, Arrival-Date, Original-Recipient);
 * - postfix/src/smtp/smtp_proto.c: "host %s said: %s (in reply to %s)" with the `RCPT TO` command word.
 * Postfix joins a multi-line reply into one line (codes of every line kept) before wrapping.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, field, headersOf, joinedReply, message, multipart, noticeDate,
  postfixRecipientFields, type RenderOptions, reportingHost, sender, statusOrGeneric, type TemplateRecipient, wrap,
} from './common.ts';

/** The failure notice's text (def_bounce_failure_body), written by the Postfix at `host`. */
export function failureTextAt(host: string): string {
  return `This is the mail system at host ${host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
`;
}


const delayText = `This is the mail system at host ${reportingHost}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system
`;

/** `<rcpt>: host mx[ip] said: <reply> (in reply to RCPT TO command)`, wrapped at 79 columns. */
export function recipientLine(recipient: TemplateRecipient, options: RenderOptions): string {
  const line = `<${recipient.address}>: host ${options.remoteHost}[${options.remoteIp}] said: ${joinedReply(recipient.reply)} (in reply to RCPT TO command)`;
  return wrap(line, 79, '    ');
}

/** Where a Postfix notice comes from: its host, the queue id it gives the notice, its From header. */
export interface PostfixSite {
  readonly host: string;
  readonly queueId: string;
  readonly from: string;
}

const defaultSite: PostfixSite = {host: reportingHost, queueId: '4AB12C0FFEE', from: `Mail Delivery System <MAILER-DAEMON@${reportingHost}>`};

/** Postfix's failure (or delay) notice as the Postfix at `site` writes it. */
export function postfixNotice(recipients: readonly TemplateRecipient[], options: RenderOptions, delay: boolean, site: PostfixSite = defaultSite): {raw: string; webmail: string} {
  const boundary = `${site.queueId}.1772445600/${site.host}`;
  const notification = `${delay ? delayText : failureTextAt(site.host)}\n${recipients.map((recipient) => recipientLine(recipient, options)).join('\n\n')}\n`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${site.host}`, `X-Postfix-Queue-ID: ${site.queueId}`, `X-Postfix-Sender: rfc822; ${sender}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      ...postfixRecipientFields(recipient, options.remoteHost, delay ? 'delayed' : 'failed'),
      ...(delay ? ['Will-Retry-Until: Sat, 7 Mar 2026 09:58:00 +0000'] : []),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], body: notification},
    {headers: ['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], body: report},
    delay
      ? {headers: ['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], body: headersOf(options.original)}
      : {headers: ['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], body: options.original},
  ], 'This is a MIME-encapsulated message.');
  const raw = message([
    'Return-Path: <>',
    `Received: by ${site.host} (Postfix) id ${site.queueId}; ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: ${site.from}`,
    `Subject: ${delay ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    `To: ${sender}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
    'Content-Transfer-Encoding: 7bit',
    `Message-Id: <20260302100000.${site.queueId}@${site.host}>`,
  ], body);
  return {raw, webmail: notification};
}

export const postfix: FamilyTemplate = {
  id: 'postfix',
  kind: 'bounce',
  render: (recipients, options) => postfixNotice(recipients, options, false),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};

export const postfixDelay: FamilyTemplate = {
  id: 'postfix-delay',
  kind: 'delay',
  render: (recipients, options) => postfixNotice(recipients, options, true),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
