/**
 * Sendmail failure notice ("Returned mail: see transcript for details").
 *
 * Source: hrs-allbsd/sendmail (sendmail 8.18.0.2, snapshot 19036c0d), as recorded in
 * shared/reference/mta-sources.md §3:
 * - sendmail/savemail.c `returntosender()` / `errbody()`: subject, "Auto-Submitted: auto-generated
 *   (failure)", "The original message was received at <date>" / "from <client>", the "----- The
 *   following addresses had permanent fatal errors -----" marker, "    (reason: <reply>)", the
 *   "----- Transcript of session follows -----" heading, the DSN part (`smtptodsn()`: the reply's
 *   enhanced code as Status), "Message could not be delivered for <interval>" (envelope.c);
 * - sendmail/usersmtp.c: "... while talking to <host>.:", ">>> RCPT To:<rcpt>", "<<< <reply line>",
 *   then sendmail's own summary line "<code> <status> <rcpt>... <text>".
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, message, multipart, noticeDate,
  parseReply, type RenderOptions, replyClass, reportingHost, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '62A1B2C3.1234/mail.example.org';

function summaryLine(recipient: TemplateRecipient): string {
  const reply = parseReply(recipient.reply);
  return `${reply.code}${reply.status ? ` ${reply.status}` : ''} <${recipient.address}>... ${reply.lastText}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const expiredOnly = recipients.every((recipient) => replyClass(parseReply(recipient.reply)) === '4');
  const text = [
    `The original message was received at ${arrivalDate}`,
    'from client.example.org [192.0.2.25]',
    '',
    ...(expiredOnly ? ['   ----- Message could not be delivered for 5 days -----', '   ----- Message will be deleted from queue -----', ''] : []),
    '   ----- The following addresses had permanent fatal errors -----',
    ...recipients.flatMap((recipient) => [`<${recipient.address}>`, `    (reason: ${recipient.reply.split('\n').at(-1)})`]),
    '',
    '   ----- Transcript of session follows -----',
    `... while talking to ${options.remoteHost}.:`,
    ...recipients.flatMap((recipient) => [
      `>>> RCPT To:<${recipient.address}>`,
      ...recipient.reply.split('\n').map((line) => `<<< ${line}`),
      summaryLine(recipient),
    ]),
    '>>> DATA',
    '<<< 503 5.5.1 No recipients',
    '',
  ].join('\n');
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`, `Received-From-MTA: DNS; client.example.org`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Final-Recipient: RFC822; ${recipient.address}`,
      'Action: failed',
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
      `Remote-MTA: DNS; ${options.remoteHost}`,
      diagnosticField(recipient.reply, 'Diagnostic-Code', 'SMTP; '),
      `Last-Attempt-Date: ${noticeDate}`,
    ]),
  );
  const body = multipart(boundary, [
    {headers: [], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ], 'This is a MIME-encapsulated message');
  const raw = message([
    'Return-Path: <>',
    `Received: from localhost (localhost) by ${reportingHost} (8.18.1/8.18.1) id 622A0000001234; ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: Mail Delivery Subsystem <MAILER-DAEMON@${reportingHost}>`,
    `Message-Id: <202603021000.622A0000001234@${reportingHost}>`,
    `To: <${sender}>`,
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
    'Subject: Returned mail: see transcript for details',
    'Auto-Submitted: auto-generated (failure)',
  ], body);
  return {raw, webmail: text};
}

export const sendmail: FamilyTemplate = {
  id: 'sendmail',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  saysExpired: true,
  multipleRecipients: true,
};
