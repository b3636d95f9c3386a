/**
 * Stalwart Mail Server's notice: one multipart/report for the failures, the delays or the successes
 * of a message, its first line and subject chosen by what it holds.
 *
 * Source: stalwartlabs/mail-server crates/smtp/src/reporting/dsn.rs: build_dsn (the first lines
 * "Your message could not be delivered to the following recipients:" and "There was a temporary
 * problem delivering your message to the following recipients:", the subjects "Failed to deliver
 * message" and "Warning: Delay in message delivery", the sender "Mail Delivery Subsystem", the parts
 * text/plain, message/delivery-status and message/rfc822 with the original's headers); write_dsn_text
 * (each recipient "<rcpt> (host '<host>' rejected command '<command>' with code <code> (<x.y.z>)
 * '<text>')", the enhanced code 0.0.0 when the reply has none; the command a refusal answered is
 * the one sent, "RCPT TO:<rcpt>"); write_dsn_status (the reply's enhanced code, or else its reply
 * code's digits: 550 gives "Status: 5.5.0"); write_dsn_diagnostic ("Diagnostic-Code: smtp;<code>
 * <text>", the text without the codes, its line ends dropped). How the lines of a multi-line reply
 * are joined in its text is smtp-proto's, not confirmed here: they are joined with a space.
 */
import {
  deliveryStatus, type FamilyTemplate, headersOf, message, multipart, noticeDate, type ParsedReply, parseReply, type RenderOptions,
  reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = 'mbZ3qLhU8dWc2RkY1xVf';

/** The text of a reply without its codes, every line's. */
function replyText(reply: string): string {
  return reply.split('\n').map((line) => parseReply(line).lastText).join(' ');
}

/** The Status dsn.rs writes: the reply's enhanced code, or else the reply code's three digits. */
function stalwartStatus(reply: ParsedReply): string {
  return reply.status ?? reply.code.split('').join('.');
}

function recipientLine(recipient: TemplateRecipient, host: string): string {
  const reply = parseReply(recipient.reply);
  return `<${recipient.address}> (host '${host}' rejected command 'RCPT TO:<${recipient.address}>' with code ${reply.code} (${reply.status ?? '0.0.0'}) '${replyText(recipient.reply)}')`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, delay: boolean): {raw: string; webmail: string} {
  const text = [
    delay ? 'There was a temporary problem delivering your message to the following recipients:' : 'Your message could not be delivered to the following recipients:',
    '',
    ...recipients.map((recipient) => recipientLine(recipient, options.remoteHost)),
    '',
  ].join('\n');
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${reportingHost}`, 'Arrival-Date: Mon, 2 Mar 2026 09:58:00 +0000'],
    recipients.map((recipient) => {
      const reply = parseReply(recipient.reply);
      return [
        `Final-Recipient: rfc822;${recipient.address}`,
        `Action: ${delay ? 'delayed' : 'failed'}`,
        `Status: ${stalwartStatus(reply)}`,
        `Diagnostic-Code: smtp;${reply.code} ${replyText(recipient.reply)}`,
        `Remote-MTA: dns;${options.remoteHost}`,
        ...(delay ? ['Will-Retry-Until: Fri, 6 Mar 2026 09:58:00 +0000'] : []),
      ];
    }),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset="utf-8"'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: headersOf(options.original)},
  ]);
  const raw = message([
    'From: "Mail Delivery Subsystem" <MAILER-DAEMON@mail.example.org>',
    `To: ${sender}`,
    'Auto-Submitted: auto-generated',
    `Message-ID: <18a6c1f2b7e.3d9a@${reportingHost}>`,
    `Subject: ${delay ? 'Warning: Delay in message delivery' : 'Failed to deliver message'}`,
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type="delivery-status";\n\tboundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const stalwart: FamilyTemplate = {
  id: 'stalwart',
  kind: 'bounce',
  render: (recipients, options) => render(recipients, options, false),
  statusField: stalwartStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};

export const stalwartDelay: FamilyTemplate = {
  id: 'stalwart-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, true),
  statusField: stalwartStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
