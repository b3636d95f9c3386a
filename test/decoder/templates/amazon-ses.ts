/**
 * Amazon SES bounce e-mail ("Delivery Status Notification (Failure)"): a text part that only lists
 * the recipients, the reply being in the delivery-status part alone.
 *
 * Source: AWS SES documentation for the notification fields (docs.aws.amazon.com/ses/latest/dg/
 * notification-contents.html; API_Bounce: DiagnosticCode is the DSN's Diagnostic-Code) and, for the
 * e-mail layout, sisimai amazonses.rb, as recorded in shared/reference/mta-sources.md §25 and
 * ndr-formats.md §8: From "MAILER-DAEMON@email-bounces.amazonses.com", the subject, "An error
 * occurred while trying to deliver the mail to the following recipients:", the report with
 * "Action: failed", "Final-Recipient:", "Diagnostic-Code: smtp; <reply>", "Status:".
 */
import {
  deliveryStatus, diagnosticField, type FamilyTemplate, field, joinedReply, message, multipart, noticeDate, parseReply,
  type RenderOptions, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '00000000000000000000000000000000000000000000000000000000000000AB';
const reportingMta = 'a1-23.smtp-out.us-west-2.amazonses.com';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `An error occurred while trying to deliver the mail to the following recipients:\n${recipients.map((recipient) => recipient.address).join('\n')}\n`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingMta}`],
    recipients.map((recipient) => [
      'Action: failed',
      `Final-Recipient: rfc822; ${recipient.address}`,
      `Remote-MTA: dns; ${options.remoteHost}`,
      diagnosticField(joinedReply(recipient.reply)),
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'Return-Path: <>',
    `Date: ${noticeDate}`,
    'From: MAILER-DAEMON@email-bounces.amazonses.com',
    `To: ${sender}`,
    'Subject: Delivery Status Notification (Failure)',
    'Message-ID: <0100018e-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-000000@email-bounces.amazonses.com>',
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
  ], body);
  return {raw, webmail: text};
}

export const amazonSes: FamilyTemplate = {
  id: 'amazon-ses',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: false,
  multipleRecipients: true,
};
