/**
 * hMailServer's failure notice: a plain text message, no delivery-status part and no returned
 * original, in the words of its default server message.
 *
 * Sources (hmailserver/hmailserver):
 * - hmailserver/source/DBScripts/CreateTablesMYSQL.sql, the default rows of hm_servermessages:
 *   SEND_FAILED_NOTIFICATION "Your message did not reach some or all of the intended recipients.",
 *   a blank line, "   Sent: %MACRO_SENT%", "   Subject: %MACRO_SUBJECT%", a blank line, "The
 *   following recipient(s) could not be reached:", a blank line, "%MACRO_RECIPIENTS%", a blank line,
 *   "hMailServer"; MESSAGE_UNDELIVERABLE "Message undeliverable";
 * - hmailserver/source/Server/SMTP/SMTPDeliverer.cpp SubmitErrorLog_: %MACRO_SENT% is the
 *   original's date, %MACRO_SUBJECT% its subject, %MACRO_RECIPIENTS% the recipients' errors one
 *   after the other; the notice is "From: mailer-daemon@<host>"
 *   (Common/Util/MailerDaemonAddressDeterminer.cpp), "Subject: Message undeliverable: <subject>";
 * - SMTP/ExternalDelivery.cpp _CollectDeliveryResult: a recipient refused for good is written as
 *   "<rcpt>", then its error, then an empty line; _RescheduleDelivery: once the retries are used up,
 *   "<rcpt>", its last error, an empty line, "Tried <n> time(s)" (n the retries + 1, 4 retries by
 *   default: smtpnoofretries in the same SQL) and an empty line;
 * - SMTP/SMTPClientConnection.cpp _UpdateRecipientWithError: the error is "   Error Type: SMTP",
 *   "   Remote server (<ip>) issued an error.", "   hMailServer sent: <last command>" (here the
 *   refused "RCPT TO:<rcpt>"), "   Remote server replied: <reply>"; InternalParseData passes over
 *   every line whose fourth character is "-", so a multi-line reply is written as its last line.
 * Every line of the server's messages ends in CRLF; the template writes LF (the raw forms add CRLF
 * and CR).
 */
import {type FamilyTemplate, message, noticeDate, originalSubject, parseReply, type RenderOptions, reportingHost, sender, arrivalDate, type TemplateRecipient} from './common.ts';

/** What hMailServer keeps of a reply: its last line. */
function lastLine(reply: string): string {
  return reply.split('\n').at(-1)!;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const errors = recipients.map((recipient) => {
    const error = [
      recipient.address,
      '   Error Type: SMTP',
      `   Remote server (${options.remoteIp}) issued an error.`,
      `   hMailServer sent: RCPT TO:<${recipient.address}>`,
      `   Remote server replied: ${lastLine(recipient.reply)}`,
      '',
    ];
    // A temporary reply ends in a notice only when the retries are used up.
    return parseReply(recipient.reply).code.startsWith('4') ? [...error, 'Tried 5 time(s)', '', ''].join('\n') : [...error, ''].join('\n');
  });
  const text = [
    'Your message did not reach some or all of the intended recipients.',
    '',
    `   Sent: ${arrivalDate}`,
    `   Subject: ${originalSubject}`,
    '',
    'The following recipient(s) could not be reached:',
    '',
    `${errors.join('')}`,
    '',
    'hMailServer',
    '',
  ].join('\n');
  const raw = message([
    `Message-ID: <5F3A2C1D-0001-4A2B-9C3D-7E6F5A4B3C2D@${reportingHost}>`,
    `Date: ${noticeDate}`,
    `From: mailer-daemon@${reportingHost}`,
    `To: ${sender}`,
    `Subject: Message undeliverable: ${originalSubject}`,
    'Auto-Submitted: auto-generated',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ], text);
  return {raw, webmail: text};
}

export const hmailserver: FamilyTemplate = {
  id: 'hmailserver',
  kind: 'bounce',
  render,
  shownReply: lastLine,
  // The remote server is named by its IP address only.
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  // hMailServer writes several recipients in one notice, but in its own order: those refused for
  // good as their deliveries ended, then, under one "Tried <n> time(s)", those whose retries ran out
  // sorted by address (a std::map): a notice is generated for one recipient.
  multipleRecipients: false,
};
