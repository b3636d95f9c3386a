/**
 * The Japanese mobile carriers' own failure notices. Only au's EZweb notice ("Mail System Error -
 * Returned Mail") is recorded well enough, with the remote reply in it, to render around a reply.
 *
 * EZweb sources:
 * - sisimai/rb-sisimai lib/sisimai/lhost/ezweb.rb (same in sisimai/p5-sisimai
 *   lib/Sisimai/Lhost/EZweb.pm and sisimai/go-sisimai lhost/via-ezweb.go): Subject "Mail System
 *   Error - Returned Mail", "From: <Postmaster@ezweb.ne.jp>", a Message-Id at
 *   "lsean.ezweb.ne.jp", a Received header "... ezweb.ne.jp (EZweb Mail) with ...", the returned
 *   message after "Content-Type: message/rfc822", and the per-recipient block its comment quotes:
 *   "Each of the following recipients was rejected by a remote" / "mail server." / blank /
 *   "   Recipient: <rcpt>" / "   >>> RCPT TO:<rcpt>" / "   <<< <reply>";
 * - the same notice as other providers' mail systems write it, which opens that paragraph with
 *   "This Message was undeliverable due to the following reason:" and closes with "Please reply
 *   to <Postmaster@...>" / "if you feel this message to be in error.": dream.jp's support page
 *   dream.jp/support/techinfo/mail/error/error05.html ("『Mail System Error - Returned Mail』", From
 *   "Postmaster@point.ne.jp"), and GNU Mailman's detector for it, wRAR/flufl.bounce
 *   flufl/bounce/_detectors/netscape.py (Netscape Messaging Server: the opening line, "please
 *   reply to <...>", a multipart/mixed or multipart/report message with a text/plain part).
 * A multi-line reply is written one "<<< " line per reply line, as such transcripts are; several
 * recipients are written one block each. The MIME boundary and preamble are placeholders.
 *
 * Not rendered, the sources being too thin:
 * - au by KDDI's "Your mail sent on: <date>" / "    Could not be delivered to: <rcpt>" /
 *   "    As their mailbox is full." notice (sisimai/rb-sisimai lib/sisimai/lhost/kddi.rb): the
 *   recorded notices name a cause in the carrier's words and carry no remote reply
 *   (test/public/lhost-kddi.rb: no reply code in any of them);
 * - EZweb's notices that name the cause in its own words ("The user(s) account is disabled.",
 *   "Your message was not delivered within 0 days and 1 hours."), which carry no reply or a
 *   reply the template cannot place;
 * - NTT docomo: its mail servers' SMTP replies only (sisimai/rb-sisimai
 *   lib/sisimai/rhost/nttdocomo.rb); the notices are the sending server's (Sendmail, Postfix);
 * - SoftBank: no notice text of its own found.
 */
import {
  type FamilyTemplate, message, multipart, noticeDate, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '----=_EZweb_Part_4AB12C0FFEE_0';

function recipientBlock(recipient: TemplateRecipient): string {
  return [
    `   Recipient: <${recipient.address}>`,
    `   >>> RCPT TO:<${recipient.address}>`,
    ...recipient.reply.split('\n').map((line) => `   <<< ${line}`),
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: {original: string}): {raw: string; webmail: string} {
  const text = `This Message was undeliverable due to the following reason:

Each of the following recipients was rejected by a remote
mail server.

${recipients.map(recipientBlock).join('\n\n')}

Please reply to <Postmaster@ezweb.ne.jp>
if you feel this message to be in error.
`;
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ], 'This is a multi-part message in MIME format.');
  const raw = message([
    'Return-Path: <>',
    `Received: from ezweb.ne.jp (wmflb01na01.ezweb.ne.jp [192.0.2.40])\n\tby mail.example.org with ESMTP id 8EF56A4B122; ${noticeDate}`,
    `Received: from lsean.ezweb.ne.jp by ezweb.ne.jp (EZweb Mail) with ESMTP id F4AB12C0; ${noticeDate}`,
    `Date: ${noticeDate}`,
    'From: <Postmaster@ezweb.ne.jp>',
    `To: ${sender}`,
    'Subject: Mail System Error - Returned Mail',
    'Message-Id: <20260302100000.F4AB12C0@lsean.ezweb.ne.jp>',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;\n\tboundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const ezweb: FamilyTemplate = {
  id: 'ezweb',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
