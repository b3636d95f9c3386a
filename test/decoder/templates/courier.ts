/**
 * Courier MTA failure notice ("NOTICE: mail delivery status.").
 *
 * Source: svarshavchik/courier (snapshot fe506ccc), as recorded in shared/reference/mta-sources.md §5:
 * - courier/courier/module.dsn/dsn.C (`format_del_info`, `print_receipient`, the DSN writer: Status
 *   is always generic, the real code is in Diagnostic-Code);
 * - courier/courier/module.dsn/dsnheader.txt.in ("This is a delivery status notification from
 *   <me>,", "running the Courier mail server, version <v>."), dsnfailed.txt ("UNDELIVERABLE MAIL",
 *   "Your message to the following recipients cannot be delivered:"), dsnfooter.txt ("The original
 *   message follows as a separate attachment."), dsnsubjectnotice.txt;
 * - courier/courier/libs/comdsn.C: From "Courier mail server at <me>".
 * Recipient block: "<rcpt>:" / "     <host>:" / " >>> RCPT TO:<rcpt>" / " <<< <reply line>", as dsn.C's
 * format_del_info indents them.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, genericStatus, message, multipart, noticeDate,
  parseReply, type RenderOptions, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '=_courier-12345-1772445600';

/** One recipient as dsn.C writes it: "<rcpt>:" then format_del_info's lines (five spaces before the host, one before ">>>" and "<<<"). */
export function courierRecipientBlock(recipient: TemplateRecipient, options: RenderOptions): string {
  return [
    `<${recipient.address}>:`,
    `     ${options.remoteHost} [${options.remoteIp}]:`,
    ` >>> RCPT TO:<${recipient.address}>`,
    ...recipient.reply.split('\n').map((line) => ` <<< ${line}`),
  ].join('\n');
}

/** dsnheader.txt: who sends the notice, and where the message came from. */
export const courierHeaderText = `This is a delivery status notification from ${reportingHost},
running the Courier mail server, version 1.4.1.

The original message was received on ${arrivalDate}
from client.example.org (client.example.org [192.0.2.25])`;

/** The notice's top headers as dsn.C writes them, its boundary on a continuation line of its own. */
export function courierHeaders(subject: string, boundary: string): string[] {
  return [
    'Return-Path: <>',
    `From: "Courier mail server at ${reportingHost}" <@>`,
    `To: ${sender}`,
    `Subject: ${subject}`,
    'Mime-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `    boundary="${boundary}"`,
    'Content-Transfer-Encoding: 7bit',
    `Message-ID: <courier.0000000069A5A0B0.00003039@${reportingHost}>`,
    `Date: ${noticeDate}`,
  ];
}

/** The line dsn.C writes around the recipients' blocks. */
export const courierRule = '-'.repeat(75);

/** dsnfooter.txt, the end of the text part. */
export const courierFooter = `If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.
`;

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `${courierHeaderText}

${courierRule}

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

${recipients.map((recipient) => courierRecipientBlock(recipient, options)).join('\n\n')}

${courierRule}

${courierFooter}`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`, `Arrival-Date: ${arrivalDate}`, 'Received-From-MTA: dns; client.example.org (client.example.org [192.0.2.25])'],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      'Action: failed',
      `Status: ${genericStatus(parseReply(recipient.reply))}`,
      `Remote-MTA: dns; ${options.remoteHost} [${options.remoteIp}]`,
      diagnosticField(recipient.reply),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: 7bit'], body: report},
    {headers: ['Content-Type: message/rfc822', 'Content-Transfer-Encoding: 7bit'], body: options.original},
  ], 'This is a MIME message.');
  const raw = message(courierHeaders('NOTICE: mail delivery status.', boundary), body);
  return {raw, webmail: text};
}

export const courier: FamilyTemplate = {
  id: 'courier',
  kind: 'bounce',
  render,
  statusField: genericStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
