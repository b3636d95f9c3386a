/**
 * LBBS's failure notice (the Lightweight Bulletin Board System's SMTP server, by Naveen Albert): a
 * multipart/report with a text in Postfix's words, a delivery-status part and the returned
 * original, one notice per queued recipient.
 *
 * Sources (InterLinked1/lbbs):
 * - nets/net_smtp.c smtp_dsn: the header "Date: <now>", "From: "Mail Delivery Subsystem"
 *   <mailer-daemon@<host>>", "Subject: <delivery_subject_name>", "To: <sender>", "Auto-Submitted:
 *   auto-replied", "Message-ID: <LBBS-NDR-<random>-<pid>@<host>>", "MIME-Version: 1.0",
 *   "Content-Type: multipart/report; report-type=delivery-status;" folded before a tab and
 *   "boundary="----attachment_<pid><random>""; the preamble "This is a multi-part message in MIME
 *   format."; a part "Content-Description: Notification" (text/plain; charset=utf-8): "This is the
 *   mail system at host <host>.", "I'm sorry to have to inform you that your message could not" /
 *   "be delivered to one or more recipients. It's attached below.", "For further assistance,
 *   please send mail to postmaster.", "If you do so, please include this problem report. You can
 *   delete your own text from the attached returned message.", "Please, do not reply to this
 *   message.", two empty lines, then per recipient "<rcpt>:", a tab and "host <mx>[<ip>]", " said:",
 *   a tab and the error, "(in reply to <stage> command)"; a part "Content-Description: Delivery
 *   report" (message/delivery-status): "Reporting-MTA: dns; <host>", "Arrival-Date: <arrival>", then
 *   per recipient "Final-Recipient: rfc822; <rcpt>", "Action: failed", "Status: <status>" when there
 *   is one, "Remote-MTA: dns; <mx>", "Diagnostic-Code: smtp; <error>"; a part "Content-Description:
 *   Undelivered message" (message/rfc822) holding the original, followed by "--<boundary>" (the
 *   closing delimiter lacks its final "--"). delivery_subject_name: "Delivery Status Notification
 *   (Failure)" for one failed recipient.
 * - modules/mod_smtp_delivery_external.c on_queue_file: a permanent reply, or a temporary one once
 *   max_retries attempts have failed, ends in smtp_trigger_dsn(DELIVERY_FAILED, ...); the error is
 *   the readline buffer, the last line of the reply only (the code's own comment says so); the
 *   recipient is the queue file's "<rcpt>", angle brackets kept. smtp_trigger_dsn: the Status is
 *   the error up to its first space (the reply code, not the enhanced code) when the second word
 *   begins with a digit. try_send: the stage of a refused recipient is "RCPT FROM" (sic), the
 *   protocol "smtp", the host the MX's name.
 * Every line ends in CRLF; the template writes LF (the raw forms add CRLF and CR). The notice for a
 * message still being retried (DELIVERY_DELAYED) is sent only with notify_queue, off by default, and
 * is not modelled.
 */
import {arrivalDate, type FamilyTemplate, noticeDate, type Rendered, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

const boundary = '----attachment_42421804289383';

/** The last line of the reply: what try_send's readline buffer holds when the transaction fails. */
function lastLine(reply: string): string {
  return reply.split('\n').at(-1)!;
}

/** smtp_trigger_dsn's Status: the first word when the second begins with a digit. */
function statusOf(error: string): string | undefined {
  const space = error.indexOf(' ');
  if (space < 0) return undefined;
  return /^\d/.test(error.slice(space + 1).trimStart()) ? error.slice(0, space) : undefined;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const [recipient] = recipients;
  if (!recipient || recipients.length > 1) throw new Error('LBBS writes one notice per queued recipient');
  const error = lastLine(recipient.reply);
  const rcpt = `<${recipient.address}>`;
  const status = statusOf(error);
  const text = [
    `This is the mail system at host ${reportingHost}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    'For further assistance, please send mail to postmaster.',
    '',
    'If you do so, please include this problem report. You can delete your own text from the attached returned message.',
    '',
    'Please, do not reply to this message.',
    '',
    '',
    `${rcpt}:`,
    `\thost ${options.remoteHost}[${options.remoteIp}] said:`,
    `\t${error}`,
    '(in reply to RCPT FROM command)',
    '',
  ].join('\n');
  const raw = [
    `Date: ${noticeDate}`,
    `From: "Mail Delivery Subsystem" <mailer-daemon@${reportingHost}>`,
    'Subject: Delivery Status Notification (Failure)',
    `To: ${sender}`,
    'Auto-Submitted: auto-replied',
    `Message-ID: <LBBS-NDR-1804289383-4242@${reportingHost}>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; ${reportingHost}`,
    `Arrival-Date: ${arrivalDate}`,
    '',
    `Final-Recipient: rfc822; ${rcpt}`,
    'Action: failed',
    ...(status === undefined ? [] : [`Status: ${status}`]),
    `Remote-MTA: dns; ${options.remoteHost}`,
    `Diagnostic-Code: smtp; ${error}`,
    '',
    `--${boundary}`,
    'Content-Description: Undelivered message',
    'Content-Type: message/rfc822',
    '',
    options.original.replace(/\n?$/, '\n') + `--${boundary}`,
    '',
  ].join('\n');
  return {raw, webmail: text};
}

export const lbbs: FamilyTemplate = {
  id: 'lbbs',
  kind: 'bounce',
  render,
  shownReply: lastLine,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: false,
};
