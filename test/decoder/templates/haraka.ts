/**
 * Haraka failure notice ("failure notice", qmail-imitating, with an RFC 3464 report since v2.7.0).
 *
 * Source: haraka/Haraka, as recorded in shared/reference/mta-sources.md §7:
 * - config/outbound.bounce_message (read at commit 12405324): "Received: (Haraka {pid} invoked for
 *   bounce)", "From: MAILER-DAEMON@{me}", "Subject: failure notice", "Hi. This is the Haraka Mailer
 *   program at {me}.", "I'm afraid I wasn't able to deliver your message to the following
 *   addresses.", "This is a permanent error; I've given up. Sorry it didn't work out.",
 *   "Intended Recipients: {recipients}", "Failure Reason: {reason}", then {extended_reason}: one
 *   "<rcpt>: <reason>" line per recipient;
 * - outbound/hmail.js `populate_bounce_message_with_headers()`: the message/delivery-status part
 *   ("Reporting-MTA: dns;<me>", "Final-Recipient: rfc822;<rcpt>", "Diagnostic-Code: smtp;<code>
 *   <enhanced> <text>") and "Content-Description: Undelivered Message Headers" (text/rfc822-headers).
 * Haraka keeps a multi-line reply as one line (its lines joined by spaces).
 */
import {
  compactFailedFields,
  deliveryStatus, type FamilyTemplate, field, headersOf, joinedReply, message, multipart, noticeDate,
  type RenderOptions, reportingHost, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '_haraka_bounce_7F3A2C1D_';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const reason = recipients.length === 1
    ? joinedReply(recipients[0]!.reply)
    : `Some recipients failed: ${recipients.map((recipient) => recipient.address).join(', ')}`;
  const text = `Hi. This is the Haraka Mailer program at ${reportingHost}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

Intended Recipients: ${recipients.map((recipient) => `<${recipient.address}>`).join(', ')}
Failure Reason: ${reason}
${recipients.map((recipient) => `${recipient.address}: ${joinedReply(recipient.reply)}`).join('\n')}
`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${reportingHost}`, `Arrival-Date: ${noticeDate}`],
    recipients.map((recipient) => compactFailedFields(recipient, options.remoteHost)),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], body: headersOf(options.original)},
  ]);
  const raw = message([
    `Received: (Haraka 4242 invoked for bounce); ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    'Subject: failure notice',
    `Message-Id: <7F3A2C1D-0001-4A2B-9C3D-000000000001@${reportingHost}>`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
  ], body);
  return {raw, webmail: text};
}

export const haraka: FamilyTemplate = {
  id: 'haraka',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
