/**
 * Sendmail delay warning ("Warning: could not send message for past 4 hours"): the notice sendmail
 * sends while a recipient is still queued and being retried.
 *
 * Source: hrs-allbsd/sendmail (sendmail 8.18.0.2, snapshot 19036c0d), as recorded in
 * shared/reference/mta-sources.md §3:
 * - sendmail/envelope.c `dropenvelope()`: once the message has waited Timeout.queuewarn (4h), the
 *   subject "Warning: could not send message for past <interval>" and the transcript lines
 *   "Warning: message still undelivered after <interval>" / "Will keep trying until message is
 *   <interval> old" (the recipient gets QDELAYED; QBYNDELAY only for Deliver-By, see below);
 * - sendmail/savemail.c `returntosender()`: "Auto-Submitted: auto-generated (warning-timeout)" for a
 *   "Warning:" subject, header order, "multipart/report; report-type=delivery-status;\n\tboundary=",
 *   the boundary "<qid>.<time>/<host>"; `errbody()`: "This is a MIME-encapsulated message", the text
 *   part with no header lines, the "**      THIS IS A WARNING MESSAGE ONLY      **" /
 *   "**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **" box (indented four spaces, framed by 46 "*"),
 *   "The original message was received at <date>" / "from <client>", "   ----- Transcript of session
 *   follows -----", then the DSN part (Action: delayed, Status: q_status, Remote-MTA without its
 *   trailing dot, Diagnostic-Code: q_rstatus, Last-Attempt-Date, Will-Retry-Until for a queued
 *   recipient), then the returned message (message/rfc822). The "----- The following addresses had
 *   transient non-fatal errors -----" list is written only for recipients with both QDELAYED and
 *   QBYNDELAY set, i.e. a Deliver-By notify warning, so a plain queue warning has none (as real
 *   8.13/8.14 warnings show); `smtptodsn()`: the Status for a reply without an enhanced code
 *   (450 -> 4.2.0, 451 -> 4.3.0, 452 -> 4.3.1, other 4xx -> 4.0.0);
 * - sendmail/usersmtp.c `reply()`: "... while talking to <host>:" once per connection, ">>> RCPT
 *   To:<rcpt>" then "<<< <line>" for every reply line; only the first reply line is kept as
 *   SmtpError and as the recipient's q_rstatus (`smtprcptstat()`: the enhanced code, else smtptodsn);
 * - sendmail/deliver.c `giveresponse()` with sendmail/sysexits.c (EX_TEMPFAIL " 450 4.0.0 Deferred"):
 *   the transcript line "<rcpt>... Deferred: <first reply line>". With no recipient accepted,
 *   deliver() sends RSET, not DATA, so the transcript ends there.
 */
import {
  arrivalDate, type FamilyTemplate, type ParsedReply, parseReply, type RenderOptions, reportingHost, sender,
  type TemplateRecipient,
} from './common.ts';

/** Four hours after arrival (Timeout.queuewarn=4h), and the end of Timeout.queuereturn=5d. */
const warningDate = 'Mon, 2 Mar 2026 14:02:00 +0000';
const retryUntil = 'Sat, 7 Mar 2026 09:58:00 +0000';
const queueId = '622E2A0000005678';
const boundary = `${queueId}.1772460120/${reportingHost}`;

/** smtptodsn(): the Status sendmail writes when the reply carries no enhanced code. */
export function sendmailStatus(reply: ParsedReply): string {
  if (reply.status) return reply.status;
  const byCode: Readonly<Record<string, string>> = {
    450: '4.2.0', 451: '4.3.0', 452: '4.3.1', 500: '5.5.2', 501: '5.5.4', 502: '5.5.1', 503: '5.5.1', 504: '5.5.4',
    550: '5.2.0', 551: '5.1.6', 552: '5.2.2', 553: '5.1.0', 554: '5.0.0',
  };
  return byCode[reply.code] ?? `${reply.code[0]}.0.0`;
}

function firstLine(reply: string): string {
  return reply.split('\n')[0]!;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    '    **********************************************',
    '    **      THIS IS A WARNING MESSAGE ONLY      **',
    '    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **',
    '    **********************************************',
    '',
    `The original message was received at ${arrivalDate}`,
    'from client.example.org [192.0.2.25]',
    '',
    '   ----- Transcript of session follows -----',
    `... while talking to ${options.remoteHost}.:`,
    ...recipients.flatMap((recipient) => [
      `>>> RCPT To:<${recipient.address}>`,
      ...recipient.reply.split('\n').map((line) => `<<< ${line}`),
      `<${recipient.address}>... Deferred: ${firstLine(recipient.reply)}`,
    ]),
    'Warning: message still undelivered after 4 hours',
    'Will keep trying until message is 5 days old',
  ].join('\n');
  const perMessage = [
    `Reporting-MTA: dns; ${reportingHost}`,
    'Received-From-MTA: DNS; client.example.org',
    `Arrival-Date: ${arrivalDate}`,
  ];
  const perRecipient = recipients.flatMap((recipient) => [
    '',
    `Final-Recipient: RFC822; ${recipient.address}`,
    'Action: delayed',
    `Status: ${sendmailStatus(parseReply(recipient.reply))}`,
    `Remote-MTA: DNS; ${options.remoteHost}`,
    `Diagnostic-Code: SMTP; ${firstLine(recipient.reply)}`,
    `Last-Attempt-Date: ${warningDate}`,
    `Will-Retry-Until: ${retryUntil}`,
  ]);
  // errbody() writes the MIME structure itself: one empty line after each boundary of the text part
  // (it has no header lines), the part headers of the others, an empty line before each boundary.
  const body = [
    'This is a MIME-encapsulated message',
    '',
    `--${boundary}`,
    '',
    text,
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    ...perMessage,
    ...perRecipient,
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    '',
    options.original.replace(/\n$/, ''),
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
  const headers = [
    'Return-Path: <>',
    'Received: from localhost (localhost)',
    `\tby ${reportingHost} (8.18.1/8.18.1) id ${queueId};`,
    `\t${warningDate}`,
    `Date: ${warningDate}`,
    `From: Mail Delivery Subsystem <MAILER-DAEMON@${reportingHost}>`,
    `Message-Id: <202603021402.${queueId}@${reportingHost}>`,
    `To: <${sender}>`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${boundary}"`,
    'Subject: Warning: could not send message for past 4 hours',
    'Auto-Submitted: auto-generated (warning-timeout)',
  ];
  return {raw: `${headers.join('\n')}\n\n${body}`, webmail: `${text}\n`};
}

export const sendmailDelay: FamilyTemplate = {
  id: 'sendmail-delay',
  kind: 'delay',
  render,
  statusField: sendmailStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
