/**
 * Exim failure notices and delay warnings (4.86+, MIME with a delivery-status part).
 *
 * Source: Exim/exim (snapshot 13835a3c), as recorded in shared/reference/mta-sources.md §2:
 * - src/src/deliver.c `send_bounce_message()` (subject "Mail delivery failed: returning message to
 *   sender", opening "This message was created automatically by mail delivery software.", the
 *   "This is a permanent error. The following address(es) failed:" marker, X-Failed-Recipients,
 *   the DSN part with "Status: 5.0.0"), `send_warning_message()` (subject "Warning: message <id>
 *   delayed <time>", "has not yet been delivered to one or more of its recipients after more than",
 *   "Delay reason:", "No action is required on your part"), `print_address_error()`;
 * - src/src/transports/smtp.c `check_response()`: "SMTP error from remote mail server after RCPT
 *   TO:<rcpt>:"; test/mail/0253.lmn for the recipient block layout. Exim prints each line of a
 *   multi-line reply on its own indented line and does not wrap them.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, genericStatus, headersOf, message, multipart,
  noticeDate, originalSubject, parseReply, type RenderOptions, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '1772445600-eximdsn-1804289383';
const messageId = '1vAbCd-000ABC-Xy';

export function recipientBlock(recipient: TemplateRecipient, options: RenderOptions, delay: boolean): string {
  return [
    `  ${recipient.address}`,
    `    host ${options.remoteHost} [${options.remoteIp}]`,
    `    ${delay ? 'Delay reason: ' : ''}SMTP error from remote mail server after RCPT TO:<${recipient.address}>:`,
    ...recipient.reply.split('\n').map((line) => `    ${line}`),
  ].join('\n');
}

function failureText(recipients: readonly TemplateRecipient[], options: RenderOptions): string {
  return `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

${recipients.map((recipient) => recipientBlock(recipient, options, false)).join('\n\n')}
`;
}

function delayText(recipients: readonly TemplateRecipient[], options: RenderOptions): string {
  const several = recipients.length > 1;
  return `This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on ${reportingHost}.

The message identifier is:     ${messageId}
The subject of the message is: ${originalSubject}
The date of the message is:    ${arrivalDate}

The ${several ? 'addresses' : 'address'} to which the message has not yet been delivered ${several ? 'are' : 'is'}:

${recipients.map((recipient) => recipientBlock(recipient, options, true)).join('\n\n')}

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, delay: boolean): {raw: string; webmail: string} {
  const text = delay ? delayText(recipients, options) : failureText(recipients, options);
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`],
    recipients.map((recipient) => [
      `Action: ${delay ? 'delayed' : 'failed'}`,
      `Final-Recipient: rfc822;${recipient.address}`,
      `Status: ${genericStatus(parseReply(recipient.reply))}`,
      `Remote-MTA: dns; ${options.remoteHost}`,
      diagnosticField(recipient.reply),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-type: message/delivery-status'], body: report},
    delay
      ? {headers: ['Content-type: text/rfc822-headers'], body: headersOf(options.original)}
      : {headers: ['Content-type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'Return-path: <>',
    `Envelope-to: ${sender}`,
    `Delivery-date: ${noticeDate}`,
    `Received: from Debian-exim by ${reportingHost} with local (Exim 4.98)`,
    `\tid 1vAbCe-000ABD-Zz; ${noticeDate}`,
    'Auto-Submitted: auto-replied',
    `From: Mail Delivery System <Mailer-Daemon@${reportingHost}>`,
    `To: ${sender}`,
    ...(delay ? [] : [field('X-Failed-Recipients', recipients.map((recipient) => recipient.address).join(', '))]),
    `Subject: ${delay ? `Warning: message ${messageId} delayed 24 hours` : 'Mail delivery failed: returning message to sender'}`,
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary=${boundary}`),
    'MIME-Version: 1.0',
    `Message-Id: <E1vAbCe-000ABD-Zz@${reportingHost}>`,
    `Date: ${noticeDate}`,
  ], body);
  return {raw, webmail: text};
}

export const exim: FamilyTemplate = {
  id: 'exim',
  kind: 'bounce',
  render: (recipients, options) => render(recipients, options, false),
  statusField: genericStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};

export const eximDelay: FamilyTemplate = {
  id: 'exim-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, true),
  statusField: genericStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
