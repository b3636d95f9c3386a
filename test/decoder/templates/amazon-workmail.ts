/**
 * Amazon WorkMail failure notice ("Delivery Status Notification (Failure)"): a quoted-printable
 * text part whose "Technical report:" holds delivery-status fields, an HTML part, and the original.
 *
 * Sources (Amazon documents no WorkMail notice layout):
 * - sisimai/p5-Sisimai lib/Sisimai/MSP/US/AmazonWorkMail.pm (v4.1.29, 2016) and sisimai/rb-sisimai
 *   lib/sisimai/lhost/amazonworkmail.rb: Subject matching "Delivery Status Notification ...
 *   Failure", Received from "<host>.smtp-out.<region>.amazonses.com", headers "X-Mailer: Amazon
 *   WorkMail", "X-Original-Mailer: Amazon WorkMail", "X-SES-Outgoing: 2016.01.14-54.240.27.159";
 *   the MIME preamble "This is a multi-part message in MIME format. Your mail reader does not
 *   understand MIME message format.", a boundary of the form "=_...", the text part "Content-Type:
 *   text/plain; charset=iso-8859-15" with "Content-Transfer-Encoding: quoted-printable"; the line
 *   "Technical report:", then "Reporting-MTA: dsn; a27-85.smtp-out.us-west-2.amazonses.com" and per
 *   recipient "Action: failed", "Final-Recipient: rfc822; ...", "Diagnostic-Code: smtp; <reply>",
 *   "Status: <x.y.z>" in that order; then the HTML part, opening "<!DOCTYPE HTML><html>", "<head>",
 *   `<meta name="Generator" content="Amazon WorkMail v3.0-2023.77">`, `<meta http-equiv=
 *   "Content-Type" content="text/html; charset=utf-8">`; then a "content-type: message/rfc822" part.
 * Assumed: the human-readable sentences before "Technical report:" are not on record, so the text
 * part opens with the report itself; the text and HTML parts are taken to be alternatives
 * (multipart/alternative inside the multipart/mixed), the HTML body repeating the report in <pre>
 * (Sisimai stops reading at the HTML part, as if it said the same again); the From address
 * (the postmaster of the sender's own WorkMail domain), the Date and the Message-ID are assumed.
 * WorkMail sometimes writes "Status: 5.1.0" / "5.0.0" with the remote reply quoted inside its own
 * text ("5.1.0 - Unknown address error 550-'5.7.1 ...'"); that form is not rendered here: the
 * Diagnostic-Code holds the reply and the Status its enhanced code (or the class's x.0.0).
 */
import {
  type FamilyTemplate, joinedReply, message, noticeDate, parseReply, quotedPrintable, sender, statusOrGeneric,
  type TemplateRecipient,
} from './common.ts';

const reportingMta = 'a27-85.smtp-out.us-west-2.amazonses.com';
const boundary = '=_gy7C4Gpes0RP4V5Bs9cK4o2Us2ZT57b-3OLnRN+4klS8dTmQ';
const innerBoundary = '=_Xq3vL8Tn2Rb6Wd0Yh4Kp9Mz1Cs5Fg7Jb-2AbCdE+3fGhI4jKlMn';

function report(recipients: readonly TemplateRecipient[]): string {
  const blocks = recipients.map((recipient) => [
    'Action: failed',
    `Final-Recipient: rfc822; ${recipient.address}`,
    `Diagnostic-Code: smtp; ${joinedReply(recipient.reply)}`,
    `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
  ].join('\n'));
  return ['Technical report:', `Reporting-MTA: dsn; ${reportingMta}`, ...blocks].join('\n\n') + '\n';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(recipients: readonly TemplateRecipient[], options: {readonly original: string}): {raw: string; webmail: string} {
  const text = report(recipients);
  const html = `<!DOCTYPE HTML><html>
<head>
<meta name="Generator" content="Amazon WorkMail v3.0-2023.77">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<pre>${escapeHtml(text)}</pre>
</body>
</html>
`;
  const body = `This is a multi-part message in MIME format. Your mail reader does not understand MIME message format.
--${boundary}
Content-Type: multipart/alternative; boundary="${innerBoundary}"

--${innerBoundary}
Content-Type: text/plain; charset=iso-8859-15
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(text)}
--${innerBoundary}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${quotedPrintable(html)}
--${innerBoundary}--

--${boundary}
Content-Type: message/rfc822

${options.original}
--${boundary}--
`;
  const raw = message([
    'Return-Path: <>',
    `Received: from ${reportingMta} (${reportingMta} [54.240.27.159]) by mx.example.org; ${noticeDate}`,
    `Date: ${noticeDate}`,
    'From: MAILER-DAEMON@example.org',
    `To: ${sender}`,
    'Subject: Delivery Status Notification (Failure)',
    'Message-ID: <0101018e1a2b3c4d-5e6f7a8b-9c0d-1e2f-3a4b-5c6d7e8f9a0b-000000@us-west-2.amazonses.com>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    'X-Mailer: Amazon WorkMail',
    'X-Original-Mailer: Amazon WorkMail',
    'X-SES-Outgoing: 2026.03.02-54.240.27.159',
  ], body);
  return {raw, webmail: text};
}

export const amazonWorkmail: FamilyTemplate = {
  id: 'amazon-workmail',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  webmailStatusField: statusOrGeneric,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
