/**
 * mox's failure and delay notices (mjl-/mox, Mechiel Lukkien's mail server): a multipart/report
 * per recipient, delivered to the sender's own mailbox, with a short text, a delivery-status part
 * and the original's headers. Written from the sources at one commit (5b20cba), where the files
 * below agree with each other.
 *
 * Sources (mjl-/mox at 5b20cba50aa1e7d81678b36f925e1cc6e2c99438):
 * - queue/dsn.go deliverDSNFailure: subject "mail delivery failed", the text "\nDelivery has failed
 *   permanently for your email to:\n\n\t<rcpt>\n\nNo further deliveries will be attempted.\n\nError
 *   during the last delivery attempt:\n\n\t<errmsg>\n"; deliverDSNDelay: subject "mail delivery
 *   delayed", "\nDelivery has been delayed of your email to:\n\n\t<rcpt>\n\nNext attempts to
 *   deliver: in 4 hours, 8 hours and 16 hours.\nIf these attempts all fail, you will receive a
 *   notice.\n\nError during the last delivery attempt:\n\n\t<errmsg>\n"; deliverDSN: From
 *   postmaster@<hostname>, To the sender, References the original's Message-ID, Status "5." (or
 *   "4." for the delay) and the enhanced code's subject and detail (secodeOpt, "0.0" when none),
 *   Action failed (delayed), Remote-MTA the host, DiagnosticCode the errmsg behind the Status when
 *   it does not open with an enhanced code itself, Last-Attempt-Date, Will-Retry-Until for the
 *   delay; then "Return-Path: <postmaster@<hostname>>" appended after the composed message.
 * - queue/direct.go fail: the failure notice for a permanent error, or when the attempts ran out
 *   (8) for a temporary one; the delay notice after the fifth attempt. deliverHost: errmsg is
 *   smtpclient.Error's Error(), secodeOpt its Secode.
 * - smtpclient/client.go Deliver: a refusal is Error{permanent: code/100 == 5, code, secode,
 *   lastLine, "%w: got %d, expected 2xx"} with ErrStatus ("remote smtp server sent unexpected
 *   response status code"); Error() writes "<err>, permanent: <line>" ("transient" for a temporary
 *   one), the line being the reply's last line, its codes included.
 * - dsn/dsn.go Message.Compose: "From: <postmaster@...>", "To: <...>", "Subject", "Message-Id",
 *   "References", "Date", "MIME-Version: 1.0", "Content-Type: multipart/report;
 *   report-type="delivery-status"; boundary="<boundary>""; Go's mime/multipart parts with their
 *   header fields sorted by name: "Content-Transfer-Encoding: 7BIT" and "Content-Type: text/plain"
 *   for the text, "message/delivery-status" for the report ("Reporting-MTA: dns; <host>",
 *   "Arrival-Date", then per recipient an empty line, "Final-Recipient: rfc822;<rcpt>", "Action",
 *   "Status" (codeLine: the code, any rest in parentheses), "Remote-MTA: dns;<mx> (<ip>)",
 *   "Diagnostic-Code: smtp; <code> (<rest>)"), "text/rfc822-headers" with the original's header.
 *   Every line ends in CRLF; the template writes LF (the raw forms add CRLF and CR).
 */
import {
  arrivalDate, type FamilyTemplate, headersOf, noticeDate, parseReply, type ParsedReply, type Rendered,
  type RenderOptions, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '5f0c8a3e91d24b7c6a1e0f9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d';

/** The reply's last line: what smtpclient keeps as the Error's Line. */
function lastLine(reply: string): string {
  return reply.split('\n').at(-1)!;
}

/** smtpclient.Error's Error() for a refused RCPT TO. */
function errorMessage(reply: string): string {
  const parsed = parseReply(reply);
  return `remote smtp server sent unexpected response status code: got ${parsed.code}, expected 2xx, ${parsed.code.startsWith('5') ? 'permanent' : 'transient'}: ${lastLine(reply)}`;
}

/** "5." or "4." and the reply's enhanced code's subject and detail ("0.0" when it has none). */
function statusOf(reply: ParsedReply, delayed: boolean): string {
  return `${delayed ? '4' : '5'}.${reply.status?.slice(2) ?? '0.0'}`;
}

function renderKind(delayed: boolean) {
  return (recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered => {
    const [recipient] = recipients;
    if (!recipient || recipients.length > 1) throw new Error('mox writes one notice per recipient');
    const errmsg = errorMessage(recipient.reply);
    const status = statusOf(parseReply(lastLine(recipient.reply)), delayed);
    const text = delayed
      ? `\nDelivery has been delayed of your email to:\n\n\t${recipient.address}\n\nNext attempts to deliver: in 4 hours, 8 hours and 16 hours.\nIf these attempts all fail, you will receive a notice.\n\nError during the last delivery attempt:\n\n\t${errmsg}\n`
      : `\nDelivery has failed permanently for your email to:\n\n\t${recipient.address}\n\nNo further deliveries will be attempted.\n\nError during the last delivery attempt:\n\n\t${errmsg}\n`;
    const date = (value: string) => value.replace(/ 2 /, ' 02 ');
    const report = [
      `Reporting-MTA: dns; ${reportingHost}`,
      `Arrival-Date: ${date(arrivalDate)}`,
      '',
      `Final-Recipient: rfc822;${recipient.address}`,
      `Action: ${delayed ? 'delayed' : 'failed'}`,
      `Status: ${status}`,
      `Remote-MTA: dns;${options.remoteHost} (${options.remoteIp})`,
      `Diagnostic-Code: smtp; ${status} (${errmsg})`,
      `Last-Attempt-Date: ${date(noticeDate)}`,
      ...(delayed ? ['Will-Retry-Until: Tue, 03 Mar 2026 14:00:00 +0000'] : []),
    ].join('\n');
    const messageId = /^Message-ID: (.*)$/m.exec(options.original)?.[1];
    const raw = [
      `From: <postmaster@${reportingHost}>`,
      `To: <${sender}>`,
      `Subject: mail delivery ${delayed ? 'delayed' : 'failed'}`,
      `Message-Id: <Xq3b8K2mVf0aT7rLw1cH9g@${reportingHost}>`,
      ...(messageId ? [`References: ${messageId}`] : []),
      `Date: ${date(noticeDate)}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type="delivery-status"; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Transfer-Encoding: 7BIT',
      'Content-Type: text/plain',
      '',
      text,
      `--${boundary}`,
      'Content-Transfer-Encoding: 7BIT',
      'Content-Type: message/delivery-status',
      '',
      report,
      '',
      `--${boundary}`,
      'Content-Transfer-Encoding: 7BIT',
      'Content-Type: text/rfc822-headers',
      '',
      headersOf(options.original).replace(/\n$/, ''),
      '',
      `--${boundary}--`,
      `Return-Path: <postmaster@${reportingHost}>`,
      '',
    ].join('\n');
    return {raw, webmail: text};
  };
}

const common = {
  shownReply: lastLine,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
} as const;

export const mox: FamilyTemplate = {
  id: 'mox',
  kind: 'bounce',
  render: renderKind(false),
  // "5." and the reply's own subject and detail: a temporary reply whose attempts ran out is
  // reported under class 5.
  statusField: (reply) => statusOf(reply, false),
  ...common,
};

export const moxDelay: FamilyTemplate = {
  id: 'mox-delay',
  kind: 'delay',
  render: renderKind(true),
  statusField: (reply) => statusOf(reply, true),
  ...common,
};
