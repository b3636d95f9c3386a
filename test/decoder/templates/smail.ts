/**
 * Smail 3's failure notice as Deutsche Telekom's (T-Online's) fork of it writes it for a remote
 * refusal: Smail's banners, each failed address on a line of its own in angle brackets with the
 * remote reply indented below it, then its own banner and the returned message's header.
 *
 * Source: smail-3.2.0.108 src/notify.c (the banners "|---- Failed addresses follow: ----|" and
 * "|---- Message text follows: ----|", lines 61-66; "Subject: mail failed, %s", line 1052), as
 * sisimai/go-sisimai eb (FeSmail3) quotes it; the fork's layout from sisimai/rb-sisimai
 * lib/sisimai/lhost/deutschetelekom.rb, a record of its notices: From "Mail Delivery System
 * <Mailer-Daemon@t-online.de>", the header X-TOI-MSGID, " <rcpt>", "   <reply>" (one line) and
 * "|---- Message header follows: ----|" before the returned header. The subject's "%s" is written
 * "returning to sender", as mail clients that imitate Smail write it.
 */
import {type FamilyTemplate, headersOf, joinedReply, message, noticeDate, sender, type TemplateRecipient, type RenderOptions} from './common.ts';

const failedBanner = '|------------------------- Failed addresses follow: ---------------------|';
const headerBanner = '|------------------------- Message header follows: ----------------------|';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    failedBanner,
    ...recipients.flatMap((recipient) => [` <${recipient.address}>`, `   ${joinedReply(recipient.reply)}`]),
    '',
    headerBanner,
    headersOf(options.original),
  ].join('\n');
  const raw = message([
    'From: Mail Delivery System <Mailer-Daemon@t-online.de>',
    `To: ${sender}`,
    'Subject: mail failed, returning to sender',
    `Date: ${noticeDate}`,
    'X-TOI-MSGID: c9412855-531f-497b-b007-5ffc033877a0',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
  ], text);
  return {raw, webmail: text};
}

export const smail: FamilyTemplate = {
  id: 'smail',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
