/**
 * OpenSMTPD failure notice ("Delivery status notification: failed"): multipart/mixed, not
 * multipart/report; its delivery report has Status but no Diagnostic-Code and no Remote-MTA.
 *
 * Source: OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (snapshot 3153385b), as recorded in
 * shared/reference/mta-sources.md §6: NOTICE_INTRO ("    Hi!", "    This is the MAILER-DAEMON,
 * please DO NOT REPLY to this email."), `notice_error` ("    An error has occurred while attempting
 * to deliver a message for" / "    the following list of recipients:"), the per-recipient line
 * "%s@%s: %s\n" (the error line, unindented; one line: OpenSMTPD keeps the last reply line), and
 * "    Below is a copy of the original message:"; parts "Content-Description: Notification",
 * "Delivery Report", "Message headers" (text/rfc822-headers).
 */
import {
  deliveryStatus, type FamilyTemplate, headersOf, message, multipart, noticeDate, parseReply, type RenderOptions,
  reportingHost, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '16243578109362418462.1772445600/mail.example.org';

/** NOTICE_INTRO of bounce.c, which opens every notice. */
export const opensmtpdIntro = `    Hi!

    This is the MAILER-DAEMON, please DO NOT REPLY to this email.`;

/**
 * The notice's headers as bounce.c writes them (Subject with action_str(), From, To, Date, MIME,
 * the Content-Type without a space before its boundary), after the ones the server adds when the
 * notice is submitted to it over SMTP (Return-Path, Received, Message-ID).
 */
export function opensmtpdHeaders(action: 'failed' | 'delayed', boundary: string): string[] {
  return [
    'Return-Path: <>',
    `Received: from ${reportingHost} (localhost [127.0.0.1])`,
    `\tby ${reportingHost} (OpenSMTPD) with ESMTP id 6f1a2b3c;`,
    `\t${noticeDate}`,
    `Subject: Delivery status notification: ${action}`,
    `From: Mailer Daemon <MAILER-DAEMON@${reportingHost}>`,
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;boundary="${boundary}"`,
    `Message-ID: <1a2b3c4d5e6f7a8b@${reportingHost}>`,
  ];
}

/** bounce.c's three parts: the notice's text, its delivery report and the original's headers. */
export function opensmtpdParts(boundary: string, text: string, report: string, original: string): string {
  return multipart(boundary, [
    {headers: ['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Description: Delivery Report', 'Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Description: Message headers', 'Content-Type: text/rfc822-headers'], body: headersOf(original)},
  ], 'This is a MIME-encapsulated message.');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `${opensmtpdIntro}

    An error has occurred while attempting to deliver a message for
    the following list of recipients:

${recipients.map((recipient) => `${recipient.address}: ${recipient.reply.split('\n').at(-1)}`).join('\n')}

    Below is a copy of the original message:
`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      'Action: failed',
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
    ]),
  );
  const body = opensmtpdParts(boundary, text, report, options.original);
  const raw = message(opensmtpdHeaders('failed', boundary), body);
  return {raw, webmail: text};
}

export const opensmtpd: FamilyTemplate = {
  id: 'opensmtpd',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  shownReply: (reply) => reply.split('\n').at(-1) ?? reply,
  multipleRecipients: true,
};

/**
 * The notice of OpenBSD's smtpd before OpenSMTPD's own releases: one plain-text message per failed
 * recipient, its reason the remote server's error line as is.
 *
 * Source: OpenBSD src usr.sbin/smtpd/bounce.c,v 1.18 (2010), bounce_session: "Subject: Delivery
 * status notification", "From: Mailer Daemon <MAILER-DAEMON@%s>", "Hi !", "This is the
 * MAILER-DAEMON, please DO NOT REPLY to this e-mail.", "An error has occurred while attempting to
 * deliver a message.", "Recipient: %s@%s", "Reason:", the error line, "Below is a copy of the
 * original message:", then the original. The notice is sent only once delivery failed for good.
 */
function renderEarly(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const [recipient] = recipients;
  const text = `Hi !

This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.
An error has occurred while attempting to deliver a message.

Recipient: ${recipient!.address}
Reason:
${recipient!.reply.split('\n').at(-1)}

Below is a copy of the original message:

`;
  const raw = message([
    'Subject: Delivery status notification',
    `From: Mailer Daemon <MAILER-DAEMON@${reportingHost}>`,
    `To: ${sender}`,
    `Date: ${noticeDate}`,
  ], `${text}${options.original}`);
  return {raw, webmail: text};
}

export const opensmtpdEarly: FamilyTemplate = {
  id: 'opensmtpd-early',
  kind: 'bounce',
  render: renderEarly,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  shownReply: (reply) => reply.split('\n').at(-1) ?? reply,
  multipleRecipients: false,
};
