/**
 * maddy's failure notice: a multipart/report whose text names the reporting host and gives one line
 * per recipient it gave up on, with a delivery-status part and the original message's header.
 *
 * Sources (foxcpp/maddy; emersion/go-smtp; emersion/go-message):
 * - internal/dsn/dsn.go GenerateDSN: the notice's header fields Date, Message-Id,
 *   Content-Transfer-Encoding "8bit", Content-Type "multipart/report; report-type=delivery-status;
 *   boundary=<b>", MIME-Version, Auto-Submitted "auto-replied", To, From, Subject "Undelivered Mail
 *   Returned to Sender"; go-message's textproto.WriteHeader writes a header's fields last added
 *   first, so they stand in the reverse order, as do each part's and each report block's;
 * - dsn.go failedText: the text opens with an empty line, then "This is the mail delivery system at
 *   <host>.", "Unfortunately, your message could not be delivered to one or more" / "recipients.
 *   The usual cause of this problem is invalid" / "recipient address or maintenance at the recipient
 *   side.", "Contact the postmaster for further assistance, provide the Message ID (below):",
 *   "Message ID: <id>", "Arrival: <time>", "Last delivery attempt: <time>" (Go's time.Time
 *   printed as "2006-01-02 15:04:05 -0700 MST"); then writeHumanReadablePart writes, per recipient,
 *   "Delivery to <rcpt> failed with error: <error>" (fmt's %v of the error);
 * - the error is a go-smtp SMTPError, whose Error() is "SMTP error <code>: <message>"
 *   (go-smtp smtp.go); its message is "<mx> said: <text>" (internal/smtpconn wrapClientErr with
 *   AddrInSMTPMsg, which internal/target/remote sets), the MX name as DNS gives it, with its final
 *   dot; go-smtp's client (toSMTPErr) takes the enhanced code off the reply's first line and off
 *   each further line that repeats it, and Go's textproto joins the lines by line breaks with their
 *   reply codes taken off, so a multi-line reply's further lines stand at the start of a line;
 * - internal/target/queue/queue.go toSMTPErr: the error kept for the notice starts as 554 5.0.0 (451
 *   4.0.0 when temporary) and takes the remote's code and message from the error's fields, but its
 *   enhanced code only when the field is of go-smtp's EnhancedCode type; maddy's exterrors.SMTPError
 *   (framework/exterrors/smtp.go) stores its own EnhancedCode type, so the assertion fails and the
 *   notice keeps the generic 5.0.0 or 4.0.0: the remote's enhanced code is written nowhere;
 * - dsn.go RecipientInfo.WriteTo: "Final-Recipient: rfc822; <rcpt>", "Action: failed", "Status:
 *   <generic>", "Diagnostic-Code: smtp; <code> <generic> <message>" with the message's line breaks
 *   replaced by spaces; emitDSN sets no RemoteMTA, so no Remote-MTA field; ReportingMTAInfo.WriteTo:
 *   "Reporting-MTA: dns; <host>", "X-Maddy-Sender: rfc822; <sender>", "X-Maddy-MsgID: <id>",
 *   "Arrival-Date", "Last-Attempt-Date";
 * - dsn.go writeHeader: the original's header as "message/rfc822-headers", "Content-Description:
 *   Undelivered message header".
 * queue.go writes a notice for the recipients refused for good and for those whose last retry
 * failed (a temporary reply then): the text says nothing of the retries.
 */
import {type FamilyTemplate, field, genericStatus, headersOf, message, parseReply, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

// go-message's multipart writer: 30 random bytes in hexadecimal.
const boundary = '6c1e5b0a9d8f7e6d5c4b3a29180716253a4b5c6d7e8f9a0b1c2d3e4f5a6b';
const messageId = '5f3a2c1d';

/** The reply's lines without their enhanced codes: what go-smtp's client keeps of it. */
function withoutEnhancedCodes(reply: string): string {
  return reply.split('\n').map((line) => line.replace(/^([245]\d\d[ -])[245]\.\d{1,3}\.\d{1,3} /, '$1')).join('\n');
}

/** The error's message: the reply's text, its lines joined by line breaks, after the MX's name. */
function errorMessage(reply: string, remoteHost: string): string {
  const text = withoutEnhancedCodes(reply).split('\n').map((line) => line.slice(4)).join('\n');
  return `${remoteHost}. said: ${text}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    '',
    `This is the mail delivery system at ${reportingHost}.`,
    '',
    'Unfortunately, your message could not be delivered to one or more',
    'recipients. The usual cause of this problem is invalid',
    'recipient address or maintenance at the recipient side.',
    '',
    'Contact the postmaster for further assistance, provide the Message ID (below):',
    '',
    `Message ID: ${messageId}`,
    'Arrival: 2026-03-02 09:58:00 +0000 UTC',
    'Last delivery attempt: 2026-03-02 10:00:00 +0000 UTC',
    '',
    ...recipients.map((recipient) => `Delivery to ${recipient.address} failed with error: SMTP error ${parseReply(recipient.reply).code}: ${errorMessage(recipient.reply, options.remoteHost)}`),
    '',
  ].join('\n');
  const block = (recipient: TemplateRecipient): string => {
    const parsed = parseReply(recipient.reply);
    const generic = genericStatus(parsed);
    return [
      field('Diagnostic-Code', `smtp; ${parsed.code} ${generic} ${errorMessage(recipient.reply, options.remoteHost).replaceAll('\n', ' ')}`),
      `Status: ${generic}`,
      'Action: failed',
      `Final-Recipient: rfc822; ${recipient.address}`,
    ].join('\n');
  };
  const report = [
    'Last-Attempt-Date: Mon, 2 Mar 2026 10:00:00 +0000',
    'Arrival-Date: Mon, 2 Mar 2026 09:58:00 +0000',
    `X-Maddy-Msgid: ${messageId}`,
    `X-Maddy-Sender: rfc822; ${sender}`,
    `Reporting-Mta: dns; ${reportingHost}`,
    '',
    ...recipients.map((recipient) => `${block(recipient)}\n`),
  ].join('\n');
  const body = [
    `--${boundary}`,
    'Content-Description: Notification',
    'Content-Type: text/plain; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    text,
    `--${boundary}`,
    'Content-Description: Delivery report',
    'Content-Type: message/delivery-status',
    '',
    report,
    `--${boundary}`,
    'Content-Transfer-Encoding: 8bit',
    'Content-Type: message/rfc822-headers',
    'Content-Description: Undelivered message header',
    '',
    headersOf(options.original),
    `--${boundary}--`,
    '',
  ].join('\n');
  const raw = message([
    'Subject: Undelivered Mail Returned to Sender',
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    'Auto-Submitted: auto-replied',
    'Mime-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary=${boundary}`,
    'Content-Transfer-Encoding: 8bit',
    `Message-Id: <9a8b7c6d5e4f3a2b@${reportingHost}>`,
    'Date: Mon, 2 Mar 2026 10:00:00 +0000',
  ], body);
  return {raw, webmail: text};
}

export const maddy: FamilyTemplate = {
  id: 'maddy',
  kind: 'bounce',
  render,
  // Neither part keeps the remote's enhanced code (see above): the report's Status is the class's
  // generic code, the text has none.
  shownReply: withoutEnhancedCodes,
  statusField: genericStatus,
  // Held on a side branch: with this Status the engine refuses a provider's row whose enhanced code
  // differs from the generic 5.0.0 (a generic code taken as a contradiction), and it gives each
  // recipient of a report whose fields stand Final-Recipient last the next block's fields.
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
