/**
 * Oracle (Sun) Communications Messaging Server failure notice ("Delivery Notification: Delivery
 * has failed").
 *
 * Source: Sun Java System Messaging Server 6.3 Administration Guide §10.10 (template files
 * return_failed.txt / return_prefix.txt / return_suffix.txt; texts not published) and, for the
 * wording, sisimai messagingserver.rb, as recorded in shared/reference/mta-sources.md §15: boundary
 * "Boundary_(ID_...)", "This report relates to a message you sent with the following header
 * fields:", "Your message cannot be delivered to the following recipients:", the block
 * "  Recipient address: <rcpt>" / "  Original address: <rcpt>" / "  Reason: Remote SMTP server has
 * rejected address" / "  Diagnostic code: smtp;<reply>" / "  Remote system: dns;<host>
 * (TCP|<ip>|<port>|<ip>|25) (<banner>)"; the report's "Reporting-MTA: dns;<me> (tcp-daemon)".
 * The reply is written on one line.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, headersOf, joinedReply, message, multipart,
  noticeDate, originalAddresses, originalSubject, parseReply, type RenderOptions, reportingHost, sender, statusOrGeneric,
  type TemplateRecipient,
} from './common.ts';

const boundary = 'Boundary_(ID_AbCdEfGh0123456789+XyZ)';
const reason = 'Remote SMTP server has rejected address';

function remoteSystem(options: RenderOptions): string {
  return `dns;${options.remoteHost} (TCP|192.0.2.25|41234|${options.remoteIp}|25) (${options.remoteHost} ESMTP)`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `This report relates to a message you sent with the following header fields:

  Message-id: <20260302095800.4AB12C0FFEE@example.org>
  Date: ${arrivalDate}
  From: Sam Sender <${sender}>
  To: Team <${originalAddresses.to}>
  Subject: ${originalSubject}

Your message cannot be delivered to the following recipients:

${recipients.map((recipient) => [
    `  Recipient address: ${recipient.address}`,
    `  Original address: ${recipient.address}`,
    `  Reason: ${reason}`,
    `  Diagnostic code: smtp;${joinedReply(recipient.reply)}`,
    `  Remote system: ${remoteSystem(options)}`,
  ].join('\n')).join('\n\n')}
`;
  const report = deliveryStatus(
    ['Original-envelope-id: 0T9Z00A1B2C3D400@mail.example.org', `Reporting-MTA: dns;${reportingHost} (tcp_intranet-daemon)`, `Arrival-date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Original-recipient: rfc822;${recipient.address}`,
      `Final-recipient: rfc822;${recipient.address}`,
      'Action: failed',
      `Status: ${statusOrGeneric(parseReply(recipient.reply))} (${reason})`,
      field('Remote-MTA', remoteSystem(options)),
      diagnosticField(joinedReply(recipient.reply), 'Diagnostic-code', 'smtp;'),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-type: text/plain; charset=us-ascii', 'Content-language: en-US'], body: text},
    {headers: ['Content-type: message/delivery-status'], body: report},
    {headers: ['Content-type: text/rfc822-headers'], body: headersOf(options.original)},
  ], 'This is a multi-part message in MIME format.');
  const raw = message([
    'Return-path: <>',
    `Date: ${noticeDate}`,
    `From: Internet Mail Delivery <postmaster@${reportingHost}>`,
    'Subject: Delivery Notification: Delivery has failed',
    `To: ${sender}`,
    `Message-id: <0T9Z00A1B2C3D401@${reportingHost}>`,
    'MIME-version: 1.0',
    field('Content-type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
  ], body);
  return {raw, webmail: text};
}

export const messagingServer: FamilyTemplate = {
  id: 'messaging-server',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
