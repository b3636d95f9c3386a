/**
 * ZoneMTA's failure and delay notices (zone-eu/zone-mta, the Zone.ee outbound MTA): a
 * multipart/report that nodemailer's MimeNode builds, one notice per recipient, with a text in the
 * words of Gmail's old notice, a delivery-status part and the original's headers.
 *
 * Sources (zone-eu/zone-mta):
 * - plugins/core/email-bounce.js generateBounceMessage: a MimeNode "multipart/report;
 *   report-type=delivery-status" with the header fields "From" (the configured mailerDaemon,
 *   "Mail Delivery Subsystem <mailer-daemon@[HOSTNAME]>" in config/default.js, [HOSTNAME] replaced
 *   by the sending host's name), "To: <sender>", "X-Sending-Zone", "X-Failed-Recipients:
 *   <rcpt>", "Auto-Submitted: auto-replied", "Subject: Delivery Status Notification (Failure)" (or
 *   "(Delay)" for the delay notice), "In-Reply-To" and "References" with the original's
 *   Message-ID; a text/plain part "Content-Description: Notification": "Delivery to the following
 *   recipient failed permanently:", four spaces and the recipient, an empty line, "Technical
 *   details of permanent failure:", an empty line, the response, two empty lines. The delay
 *   notice's text (isDelayed, the 'queue:delayed' hook): "Delivery incomplete", an empty line,
 *   "There was a temporary problem delivering your message to <rcpt>.", an empty line, "Delivery
 *   will be retried. You'll be notified if the delivery fails permanently.", an empty line,
 *   "Technical details of the failure:", an empty line, the response. A message/delivery-status
 *   part "Content-Description: Delivery report": "Reporting-MTA: dns; <host>", "X-ZoneMTA-Queue-ID",
 *   "X-ZoneMTA-Sender: rfc822; <sender>", "Arrival-Date" (toUTCString with GMT as +0000), an empty
 *   line, "Final-Recipient: rfc822; <rcpt>", "Action: failed" ("delayed"), "Status: 5.0.0"
 *   ("4.0.0"), "Remote-MTA: dns; <mx>" when one answered, "Diagnostic-Code: smtp; <response>"; a
 *   text/rfc822-headers part "Content-Description: Undelivered Message Headers" with the original's
 *   header block. A failure notice is sent for a refusal and for a temporary reply once the
 *   deferrals ran out (lib/sender.js handleResponseError: the same notice, the reply as it came).
 * - lib/sender.js handleResponseError and sendBounceMessage: the response is
 *   bounces.formatSMTPResponse(err.response || err.message).
 * - lib/bounces.js formatSMTPResponse: the leading reply code and enhanced code kept as they came
 *   ("550-5.1.1 " when the reply is multi-line), every further line's own codes replaced by a
 *   space, then every run of white space folded to one space: one line.
 * nodemailer lib/mime-node (the MimeNode ZoneMTA uses): the root's Content-Type moved last, after
 * the Date, Message-ID and MIME-Version it adds; a text part whose lines pass 76 characters (or
 * whose content is a Buffer, as the original's headers are) is written quoted-printable, else 7bit;
 * the message/delivery-status part gets no Content-Transfer-Encoding; no preamble.
 */
import {
  arrivalDate, type FamilyTemplate, headersOf, message, multipart, noticeDate, quotedPrintable, type Rendered,
  type RenderOptions, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '--_NmP-5c3b1a9e0f7d2e46-Part_1';

/** bounces.formatSMTPResponse: the reply on one line, the first line's codes as they came. */
export function zonemtaResponse(reply: string): string {
  const str = reply.trim();
  const code = /^\d{3}[\s-]+([\d.]+\s*)?/.exec(str);
  const rest = (code ? str.slice(code[0].length) : str).replace(/^\d{3}[\s-]+([\d.]+\s*)?/gm, ' ');
  return ((code ? code[0] : '') + rest).replace(/\s+/g, ' ').trim();
}

/** A text part as MimeNode writes it: 7bit when every line is short, quoted-printable otherwise. */
function textPart(description: string, text: string, forceQuotedPrintable = false): {headers: string[]; body: string} {
  const long = forceQuotedPrintable || /^.{77,}/m.test(text);
  return {
    headers: ['Content-Type: text/plain', `Content-Description: ${description}`, `Content-Transfer-Encoding: ${long ? 'quoted-printable' : '7bit'}`],
    body: long ? quotedPrintable(text) : text,
  };
}

function renderKind(delayed: boolean) {
  return (recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered => {
    const [recipient] = recipients;
    if (!recipient || recipients.length > 1) throw new Error('ZoneMTA writes one notice per recipient');
    const response = zonemtaResponse(recipient.reply);
    const text = delayed
      ? `Delivery incomplete\n\nThere was a temporary problem delivering your message to ${recipient.address}.\n\nDelivery will be retried. You'll be notified if the delivery fails permanently.\n\nTechnical details of the failure:\n\n${response}\n\n`
      : `Delivery to the following recipient failed permanently:\n    ${recipient.address}\n\nTechnical details of permanent failure:\n\n${response}\n\n`;
    const report = [
      `Reporting-MTA: dns; ${reportingHost}`,
      'X-ZoneMTA-Queue-ID: 18e2b7c4a5f0003a1f',
      `X-ZoneMTA-Sender: rfc822; ${sender}`,
      `Arrival-Date: ${arrivalDate.replace(/ 2 /, ' 02 ')}`,
      '',
      `Final-Recipient: rfc822; ${recipient.address}`,
      `Action: ${delayed ? 'delayed' : 'failed'}`,
      `Status: ${delayed ? '4.0.0' : '5.0.0'}`,
      `Remote-MTA: dns; ${options.remoteHost}`,
      `Diagnostic-Code: smtp; ${response}`,
      '',
      '',
    ].join('\n');
    const messageId = /^Message-ID: (.*)$/m.exec(options.original)?.[1];
    const body = multipart(boundary, [
      textPart('Notification', text),
      {headers: ['Content-Type: message/delivery-status', 'Content-Description: Delivery report'], body: report},
      // The headers come as a Buffer, which MimeNode never takes for plain text.
      {...textPart('Undelivered Message Headers', headersOf(options.original), true), headers: ['Content-Type: text/rfc822-headers', 'Content-Description: Undelivered Message Headers', 'Content-Transfer-Encoding: quoted-printable']},
    ]);
    const raw = message([
      `From: Mail Delivery Subsystem <mailer-daemon@${reportingHost}>`,
      `To: ${sender}`,
      'X-Sending-Zone: bounces',
      `X-Failed-Recipients: ${recipient.address}`,
      'Auto-Submitted: auto-replied',
      `Subject: Delivery Status Notification (${delayed ? 'Delay' : 'Failure'})`,
      ...(messageId ? [`In-Reply-To: ${messageId}`, `References: ${messageId}`] : []),
      `Message-ID: <0f2c9e7a-51b4-4c8e-9d3a-6b1e2f7a8c90@${reportingHost}>`,
      `Date: ${noticeDate.replace(/ 2 /, ' 02 ')}`,
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status;\n boundary="${boundary}"`,
    ], body);
    return {raw, webmail: text};
  };
}

const common = {
  shownReply: zonemtaResponse,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
} as const;

export const zonemta: FamilyTemplate = {
  id: 'zonemta',
  kind: 'bounce',
  render: renderKind(false),
  // The report's Status is always 5.0.0, whatever the reply (a temporary reply whose deferrals ran
  // out is failed as it came).
  statusField: () => '5.0.0',
  ...common,
};

export const zonemtaDelay: FamilyTemplate = {
  id: 'zonemta-delay',
  kind: 'delay',
  render: renderKind(true),
  statusField: () => '4.0.0',
  ...common,
};
