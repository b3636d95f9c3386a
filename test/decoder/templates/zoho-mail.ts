/**
 * Zoho Mail's failure notice: the opening Exim also writes, a line per recipient with its error, and
 * the returned message's header after Zoho's own Received line.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/zoho.rb (imported from p5-sisimai; Zoho's source is
 * not public, the module is the public record of its notices): the header "X-ZohoMail"; the text
 * "This message was created automatically by mail delivery software." / "A message that you sent
 * could not be delivered to one or more of its recipients. This is a permanent error."; a
 * recipient's line "<rcpt> Invalid Address, ERROR_CODE :550, ERROR_CODE :<text>" (the reply's
 * text with its enhanced code), or, for a host it did not reach, "[Status: Error, Address: <rcpt>,
 * ResponseCode 421, , Host not reachable.]"; the returned header after "Received:from
 * mail.zoho.com by mx.zohomail.com". The record gives the second form for a temporary reply only,
 * and neither the notice's From nor its Subject: the raw form has a plain sender and no subject.
 */
import {type FamilyTemplate, headersOf, message, noticeDate, parseReply, sender, type TemplateRecipient, type RenderOptions} from './common.ts';

/** The reply's text without its code on each line, its lines joined: what the recipient's line quotes. */
function replyText(reply: string): string {
  return reply.split('\n').map((line) => line.replace(/^\d{3}[ -]?/, '')).join(' ').trim();
}

function recipientLine(recipient: TemplateRecipient): string {
  const {code} = parseReply(recipient.reply);
  return code.startsWith('4')
    ? `[Status: Error, Address: <${recipient.address}>, ResponseCode ${code}, , ${replyText(recipient.reply)}]`
    : `${recipient.address} Invalid Address, ERROR_CODE :${code}, ERROR_CODE :${replyText(recipient.reply)}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    'This message was created automatically by mail delivery software.',
    'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. ',
    '',
    ...recipients.map(recipientLine),
    '',
    '',
    'Received:from mail.zoho.com by mx.zohomail.com',
    `    with SMTP id 1772445480000123.4567890123456; ${noticeDate}`,
    headersOf(options.original),
  ].join('\n');
  const raw = message([
    'From: <mailer-daemon@mail.zoho.com>',
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    'X-ZohoMail: Si CHF_MF_NL SS_10 UW48 UB48 FMWL UW48 UB48 SGR3_1_09124_42',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
  ], text);
  return {raw, webmail: text};
}

export const zohoMail: FamilyTemplate = {
  id: 'zoho-mail',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
