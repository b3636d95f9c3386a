/**
 * chasquid's failure notice: a multipart/report whose text lists the recipients it gave up on and
 * the last error of each, with a delivery-status part and the original message.
 *
 * Source: albertito/chasquid internal/queue/dsn.go, dsnTemplate (the multipart/report form):
 * - headers "From: Mail Delivery System <postmaster-dsn@<domain>>", "Subject: Mail delivery failed:
 *   returning message to sender", "X-Failed-Recipients: " with each original recipient followed by
 *   ", ", "Auto-Submitted: auto-replied", the boundary on a continuation line indented by four spaces;
 * - the text: "Delivery of your message to the following recipient(s) failed permanently:", a blank
 *   line, then "  {{range .FailedTo -}} - {{.}}\n  {{- end}}": the trim markers leave "- <rcpt>" per
 *   recipient with nothing between them, after two spaces ("  - a@x- b@y"); FailedTo is a map, which
 *   Go's templates walk in the order of its keys. Then "Technical details:" and, for each recipient
 *   refused for good, "- \"<rcpt>\" (EMAIL) failed permanently with error:" and "    <last error>",
 *   then for each still pending when the queue gave up "- \"<rcpt>\" (EMAIL) failed repeatedly and
 *   timed out, last error:" and "    <last error>";
 * - the report "message/global-delivery-status": "Reporting-MTA: dns; <domain>", a blank line, then
 *   per recipient "Original-Recipient: utf-8; <rcpt>", "Final-Recipient: utf-8; <rcpt>", "Action:
 *   failed", "Status: 5.0.0" (4.0.0 for the pending), "Diagnostic-Code: smtp; <last error>": the
 *   range leaves no blank line between two recipients of the same kind, one between the kinds;
 * - the original as message/rfc822, "Content-Description: Undelivered Message".
 * The last error (internal/courier/smtp.go attempt.deliver) is "MAIL+RCPT " before the reply to
 * MAIL FROM or RCPT TO, the reply as Go's net/textproto.Error prints it: "<code> <text>", the lines
 * of a multi-line reply joined by line breaks with their own codes taken off (textproto
 * ReadResponse), so that its further lines stand at the start of a line in the text and the report.
 */
import {type FamilyTemplate, genericStatus, message, noticeDate, parseReply, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

const boundary = 'kq3VVtXlbBf';

/** The reply as Go's textproto keeps it: the first line's code, the further lines' codes taken off. */
function goReply(reply: string): string {
  const lines = reply.split('\n');
  return [lines[0]!.replace(/^(\d{3})-/, '$1 '), ...lines.slice(1).map((line) => line.replace(/^\d{3}[ -]/, ''))].join('\n');
}

function isPending(recipient: TemplateRecipient): boolean {
  return parseReply(recipient.reply).code.startsWith('4');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const failed = recipients.filter((recipient) => !isPending(recipient));
  const pending = recipients.filter(isPending);
  const lastError = (recipient: TemplateRecipient): string => `MAIL+RCPT ${goReply(recipient.reply)}`;
  const failedTo = [...new Set(recipients.map((recipient) => recipient.address))].sort();
  const details = [
    ...failed.map((recipient) => `- "${recipient.address}" (EMAIL) failed permanently with error:\n    ${lastError(recipient)}`),
    ...pending.map((recipient) => `- "${recipient.address}" (EMAIL) failed repeatedly and timed out, last error:\n    ${lastError(recipient)}`),
  ];
  const text = [
    'Delivery of your message to the following recipient(s) failed permanently:',
    '',
    `  ${failedTo.map((address) => `- ${address}`).join('')}`,
    '',
    'Technical details:',
    ...details,
    '',
    '',
  ].join('\n');
  const block = (recipient: TemplateRecipient): string => [
    `Original-Recipient: utf-8; ${recipient.address}`,
    `Final-Recipient: utf-8; ${recipient.address}`,
    'Action: failed',
    `Status: ${genericStatus(parseReply(recipient.reply))}`,
    `Diagnostic-Code: smtp; ${lastError(recipient)}`,
  ].join('\n');
  const report = [
    `Reporting-MTA: dns; ${reportingHost}`,
    '',
    failed.map((recipient) => `${block(recipient)}\n`).join(''),
    pending.map((recipient) => `${block(recipient)}\n`).join(''),
  ].join('\n');
  const body = [
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Disposition: inline',
    'Content-Description: Notification',
    'Content-Transfer-Encoding: 8bit',
    '',
    text,
    `--${boundary}`,
    'Content-Type: message/global-delivery-status',
    'Content-Description: Delivery Report',
    'Content-Transfer-Encoding: 8bit',
    '',
    report,
    `--${boundary}`,
    'Content-Type: message/rfc822',
    'Content-Description: Undelivered Message',
    'Content-Transfer-Encoding: 8bit',
    '',
    options.original,
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
  const raw = message([
    `From: Mail Delivery System <postmaster-dsn@${reportingHost}>`,
    `To: <${sender}>`,
    'Subject: Mail delivery failed: returning message to sender',
    `Message-ID: <chasquid-dsn-kq3VVtXlbBf@${reportingHost}>`,
    `Date: ${noticeDate}`,
    'In-Reply-To: <20260302095800.4AB12C0FFEE@example.org>',
    'References: <20260302095800.4AB12C0FFEE@example.org>',
    `X-Failed-Recipients: ${failedTo.map((address) => `${address}, `).join('')}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\n    boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const chasquid: FamilyTemplate = {
  id: 'chasquid',
  kind: 'bounce',
  render,
  // The report's Status is the generic code of the reply's class (5.0.0, 4.0.0) where the reply
  // gives none.
  statusField: genericStatus,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  saysExpired: true,
  // Several recipients run together on one line ("  - a@x- b@y") and, in the report, in one block
  // (no blank line between two recipients of the same kind): a notice is generated for one.
  multipleRecipients: false,
};
