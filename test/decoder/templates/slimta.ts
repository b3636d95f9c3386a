/**
 * slimta's failure notice: a multipart/report with a short text, a delivery-status part and the
 * returned original, one notice per reply (recipients that received the same reply share one).
 *
 * Sources (slimta/python-slimta, by Ian C. Good):
 * - slimta/bounce.py default_header_template: the header "From: MAILER-DAEMON", "To: {sender}",
 *   "Subject: Undelivered Mail Returned to Sender", "Auto-Submitted: auto-replied", "MIME-Version:
 *   1.0", "Content-Type: multipart/report; report-type=delivery-status;" folded before
 *   "boundary="{boundary}"", "Content-Transfer-Encoding: 7bit"; the preamble "This is a multi-part
 *   message in MIME format."; a text/plain part "Delivery failed for:", "- {recipients}", an empty
 *   line, "Destination host responded:", "{code} {message}"; a message/delivery-status part
 *   "Remote-MTA: dns; {client_name} [{client_ip}]", "Diagnostic-Code: smtp; {code} {message}";
 *   then a part of type {content_type} (message/rfc822 unless headers_only) holding the original;
 *   default_footer_template closes it. Bounce._get_substitution_table: the boundary is
 *   "boundary_=<uuid4 hex>", client_name and client_ip are "unknown" (the notice names no host),
 *   the recipients are joined by "\r\n- " (Bounce.recipient_join).
 * - slimta/smtp/reply.py Reply.message: an enhanced code at the start of the reply's text is kept
 *   apart and written back before it, its class the reply code's; a reply without one is given the
 *   class's X.0.0 ("550 User unknown" is written "550 5.0.0 User unknown").
 * - slimta/smtp/io.py IO.recv_reply: a multi-line reply's lines lose their codes and are joined by
 *   CRLF, so the notice writes "{code} {message}" over several lines, the later ones bare.
 * - slimta/queue/__init__.py Queue._retry_later: when the backoff gives up on a temporary reply,
 *   " (Too many retries)" is appended to its message and the message is failed (Queue._perm_fail,
 *   Queue._bounce); a permanent reply is failed as it is (Queue._attempt).
 * Every line ends in CRLF; the template writes LF (the raw forms add CRLF and CR). The notice has no
 * Date or Message-ID of its own (the template writes none).
 */
import {type FamilyTemplate, parseReply, type Rendered, type RenderOptions, replyClass, sender, type TemplateRecipient} from './common.ts';

const boundary = 'boundary_=3f2a9c1e7b5d4e8fa0c6b2d9e1f47a35';
const messageEsc = /^([245])\.(\d{1,3})\.(\d{1,3})\s+/;

/** "{code} {message}" as Reply and IO.recv_reply build it, lines joined by LF. */
function written(reply: string): string {
  const parsed = parseReply(reply);
  let text = reply.split('\n').map((line) => line.slice(4)).join('\n');
  let esc = `${parsed.code[0]}.0.0`;
  const match = messageEsc.exec(text);
  if (match) {
    esc = `${parsed.code[0]}.${match[2]}.${match[3]}`;
    text = text.slice(match[0].length);
  }
  if (replyClass(parsed) === '4') text += ' (Too many retries)';
  return text === '' ? `${parsed.code} ${esc}` : `${parsed.code} ${esc} ${text}`;
}

/** The written reply on one line, for the expectations (its code and enhanced code are the first line's). */
function shownReply(reply: string): string {
  return written(reply).split('\n').join(' ');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const [recipient] = recipients;
  if (!recipient || recipients.length > 1) throw new Error('slimta writes one notice per reply');
  const reply = written(recipient.reply);
  const text = ['Delivery failed for:', `- ${recipient.address}`, '', 'Destination host responded:', reply, ''].join('\n');
  const raw = [
    'From: MAILER-DAEMON',
    `To: ${sender}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `    boundary="${boundary}"`,
    'Content-Transfer-Encoding: 7bit',
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/plain',
    '',
    text,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Remote-MTA: dns; unknown [unknown]',
    `Diagnostic-Code: smtp; ${reply}`,
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    '',
    options.original.replace(/\n$/, ''),
    '',
    `--${boundary}--`,
    '',
  ].join('\n');
  return {raw, webmail: text};
}

export const slimta: FamilyTemplate = {
  id: 'slimta',
  kind: 'bounce',
  render,
  shownReply,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  saysExpired: true,
  multipleRecipients: false,
};
