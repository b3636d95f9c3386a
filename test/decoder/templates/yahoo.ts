/**
 * Yahoo's own failure notice ("Failure Notice"): qmail-derived plain text, no delivery-status part,
 * the SMTP stage in brackets after the reply ("[RCPT_TO]").
 *
 * Source: Yahoo Sender Hub error-code page (senders.yahooinc.com/smtp-error-codes, sample notice:
 * sender MAILER-DAEMON, qmail-style "Remote host said:" and "--- Below this line is a copy of the
 * message.") and sisimai yahoo.rb for Yahoo's own layout, as recorded in
 * shared/reference/mta-sources.md §19 and ndr-formats.md §3: "Sorry, we were unable to deliver your
 * message to the following address.", "<rcpt>:", "Remote host said: <reply> [RCPT_TO]", header
 * X-YMailISG. A multi-line reply keeps its lines; the stage tag closes the last one.
 */
import {type FamilyTemplate, message, noticeDate, type RenderOptions, sender, type TemplateRecipient} from './common.ts';

function recipientBlock(recipient: TemplateRecipient): string {
  const [first, ...rest] = `${recipient.reply} [RCPT_TO]`.split('\n');
  return [`<${recipient.address}>:`, `Remote host said: ${first}`, ...rest].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `Sorry, we were unable to deliver your message to the following address.

${recipients.map(recipientBlock).join('\n\n')}

--- Below this line is a copy of the message.

${options.original}`;
  const raw = message([
    'Return-Path: <>',
    `Received: from 192.0.2.70 (EHLO nm1.bullet.mail.example.com) by mta1.mail.example.com with SMTP; ${noticeDate}`,
    `Date: ${noticeDate}`,
    'From: MAILER-DAEMON@yahoo.com',
    `To: ${sender}`,
    'Subject: Failure Notice',
    'X-YMailISG: Wq3hC2gWLDtq1NdRj2q4dbTzXJk2MHx4Wk2BzQqz',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
  ], text);
  return {raw, webmail: text};
}

export const yahoo: FamilyTemplate = {
  id: 'yahoo',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
