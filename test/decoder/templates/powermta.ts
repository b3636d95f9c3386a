/**
 * PowerMTA's failure notice: its letter with one line per affected recipient, a delivery-status
 * part that holds the remote replies, and the original's header section.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/powermta.rb, a record of the notices seen in the wild
 * (Port25 publishes no template): the subject starting "Delivery report", the letter "Hello, this is
 * the mail server on <host>." / "I am sending you this message to inform you on the delivery status
 * of a message you previously sent.  Immediately below you will find a list of the affected
 * recipients;  also attached is a Delivery Status Notification (DSN) report in standard format, as
 * well as the headers of the original message." / " <rcpt>  delivery failed; will not continue
 * trying"; the delivery-status part with the field "X-PowerMTA-BounceCategory: <category>" (the
 * template writes the neutral "other"); the header section as text/rfc822-headers. The letter
 * holds no reply: only the report does.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, headersOf, joinedReply, message, multipart, noticeDate, parseReply,
  type RenderOptions, reportingHost, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '26A45D2D/9A1C/4B6F/8E4F/3C0E6B2A7D11';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    `Hello, this is the mail server on ${reportingHost}.`,
    '',
    'I am sending you this message to inform you on the delivery status of a',
    'message you previously sent.  Immediately below you will find a list of',
    'the affected recipients;  also attached is a Delivery Status Notification',
    '(DSN) report in standard format, as well as the headers of the original',
    'message.',
    '',
    ...recipients.map((recipient) => `  <${recipient.address}>  delivery failed; will not continue trying`),
    '',
  ].join('\n');
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822;${recipient.address}`,
      'Action: failed',
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
      `Remote-MTA: dns;${options.remoteHost} (${options.remoteIp})`,
      diagnosticField(joinedReply(recipient.reply), 'Diagnostic-Code', 'smtp;'),
      'X-PowerMTA-BounceCategory: other',
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: text/rfc822-headers'], body: headersOf(options.original)},
  ]);
  const raw = message([
    `From: postmaster@${reportingHost}`,
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    'Subject: Delivery report',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const powermta: FamilyTemplate = {
  id: 'powermta',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: false,
  multipleRecipients: true,
};
