/**
 * XMail's notices: a plain text message, no MIME structure, one per recipient, that opens with a
 * machine-readable line and returns the original's header. One builder writes the failure notice
 * and the notice sent while the message is retried.
 *
 * Sources (warren-bank/mirror-XMail-mail-server, XMail 1.x by Davide Libenzi):
 * - QueueUtils.cpp QueUtBuildErrorResponse: the header "Date:   <time>", "X-MessageId: <<spool
 *   file>>", "X-SmtpMessageId: <<id>>", "From: <domain> PostMaster <<postmaster>>", "To: <sender>",
 *   "Subject: Error sending message [<spool file>] from [<domain>]", "X-MailerServer: <XMail
 *   version>", "X-MailerError: Message = [<spool file>] Server = [<domain>]"; then the text
 *   "[<00>] XMail bounce: Rcpt=[<rcpt>];Error=[<reason>]", two empty lines, "[<01>] Error sending
 *   message [<spool file>] from [<domain>].", an empty line, "ID:        <<id>>", "Mail From:
 *   <<sender>>", "Rcpt To:   <<rcpt>>", "Server:    <<host>> [<ip>]" when a server is known, two
 *   empty lines; "[<02>] The reason of the delivery failure was:", an empty line, the reason, two
 *   empty lines; "[<03>] Note:", an empty line, the note, two empty lines, when there is a note;
 *   "[<04>] Here is listed the message log file:" only with NotifySendLogToSender (off by default);
 *   "[<05>] Here is listed the initial part of the message:", an empty line, the original's header
 *   and an empty line (NotifyMsgLinesExtra body lines, 0 by default).
 * - QueueUtils.cpp QueUtNotifyPermErrDelivery: the failure notice, for a reply refused for good
 *   (SMAILSvr.cpp SMAILCmd_smtp and SMAILRemoteMsgSMTPSend's callers pass USmtpGetErrorMessage, the
 *   reply as read, and USmtpGetErrorServer, the MX's name); SMTPUtils.cpp USmtpGetResponse keeps
 *   every line of a multi-line reply, codes and all, joined by CRLF.
 * - QueueUtils.cpp QueUtResendMessage: once the retries are used up the failure notice gives the
 *   fixed reason "The maximum number of delivery attempts has been reached" (an older version,
 *   QueUtCleanupNotifyErrDelivery, writes the same), and no reply: the failure is final, the reason
 *   the expiry.
 * - SMAILSvr.cpp SMAILHandleResendNotify: at the attempts listed in NotifyTryPattern, a notice with
 *   the note "** This is a temporary error and you do not have to resend the message", "** The
 *   system tried to send the message at      : <time>", "** The current number of delivery attempts
 *   is   : <n>", "** The system will try to resend the message at : <time>"; its reason and server
 *   come from the message's log (QueueUtils.cpp QueUtNotifyTempErrDelivery, QueUtGetLastLogInfo):
 *   QueUtGetLogEntryVar reads the "SMTP-Error" value up to the first line end, so a multi-line
 *   reply is written as its first line (its opening quote taken off).
 * Every line ends in CRLF; the template writes LF (the raw forms add CRLF and CR). The spool file
 * name and SMTP message id are of an illustrative form.
 */
import {type FamilyTemplate, headersOf, noticeDate, parseReply, type Rendered, type RenderOptions, replyClass, reportingHost, sender, type TemplateRecipient} from './common.ts';

const spoolFile = '1772445480123.7f3a.mail.example.org';
const smtpMessageId = 'S4F2A1C@mail.example.org';
const expiry = 'The maximum number of delivery attempts has been reached';

/** The first line of a reply, what the delay notice reads back from the log. */
function firstLine(reply: string): string {
  return reply.split('\n')[0]!;
}

function notice(recipient: TemplateRecipient, options: RenderOptions, reason: string, note?: string): Rendered {
  const text = [
    `[<00>] XMail bounce: Rcpt=[${recipient.address}];Error=[${reason}]`,
    '',
    '',
    `[<01>] Error sending message [${spoolFile}] from [${reportingHost}].`,
    '',
    `ID:        <${smtpMessageId}>`,
    `Mail From: <${sender}>`,
    `Rcpt To:   <${recipient.address}>`,
    `Server:    <${options.remoteHost}> [${options.remoteIp}]`,
    '',
    '',
    '[<02>] The reason of the delivery failure was:',
    '',
    reason,
    '',
    '',
    ...(note === undefined ? [] : ['[<03>] Note:', '', note, '', '']),
    '[<05>] Here is listed the initial part of the message:',
    '',
    headersOf(options.original).replace(/\n$/, ''),
    '',
    '',
  ].join('\n');
  const header = [
    `Date:   ${noticeDate}`,
    `X-MessageId: <${spoolFile}>`,
    `X-SmtpMessageId: <${smtpMessageId}>`,
    `From: ${reportingHost} PostMaster <postmaster@${reportingHost}>`,
    `To: ${sender}`,
    `Subject: Error sending message [${spoolFile}] from [${reportingHost}]`,
    'X-MailerServer: XMail 1.27',
    `X-MailerError: Message = [${spoolFile}] Server = [${reportingHost}]`,
  ].join('\n');
  return {raw: `${header}\n\n${text}`, webmail: text};
}

function only(recipients: readonly TemplateRecipient[]): TemplateRecipient {
  const [recipient] = recipients;
  if (!recipient || recipients.length > 1) throw new Error('XMail writes one notice per recipient');
  return recipient;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const recipient = only(recipients);
  const permanent = replyClass(parseReply(recipient.reply)) === '5';
  return notice(recipient, options, permanent ? recipient.reply : expiry);
}

function renderDelay(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const recipient = only(recipients);
  return notice(recipient, options, firstLine(recipient.reply), [
    '** This is a temporary error and you do not have to resend the message',
    '** The system tried to send the message at      : Mon, 2 Mar 2026 09:59:30 +0000',
    '** The current number of delivery attempts is   : 3',
    '** The system will try to resend the message at : Mon, 2 Mar 2026 10:15:30 +0000',
  ].join('\n'));
}

export const xmail: FamilyTemplate = {
  id: 'xmail',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  saysExpired: true,
  writesReply: (reply) => replyClass(parseReply(reply)) === '5',
  multipleRecipients: false,
};

export const xmailDelay: FamilyTemplate = {
  id: 'xmail-delay',
  kind: 'delay',
  render: renderDelay,
  shownReply: firstLine,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: false,
};
