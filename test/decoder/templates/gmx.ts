/**
 * GMX / WEB.DE (United Internet) failure notice: Exim-like opening, its own recipient block, no
 * MIME and no delivery-status part.
 *
 * Source: GMX postmaster pages (postmaster.gmx.com/en/error-messages) for its replies, and sisimai
 * gmx.rb for the notice layout, as recorded in shared/reference/mta-sources.md §22: subject "Mail
 * delivery failed: returning message to sender", "This message was created automatically by mail
 * delivery software.", the block "\"<rcpt>\":" / "SMTP error from remote server after RCPT
 * command:" / "host: <host>" / "<reply>", and "--- The header of the original message is
 * following. ---"; header X-GMX-Antispam. Each reply line is kept on its own line.
 */
import {
  type FamilyTemplate, headersOf, message, noticeDate, type RenderOptions, sender, type TemplateRecipient,
} from './common.ts';

function recipientBlock(recipient: TemplateRecipient, options: RenderOptions): string {
  return [
    `"${recipient.address}":`,
    'SMTP error from remote server after RCPT command:',
    `host: ${options.remoteHost}`,
    recipient.reply,
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

${recipients.map((recipient) => recipientBlock(recipient, options)).join('\n\n')}

--- The header of the original message is following. ---

${headersOf(options.original)}`;
  const raw = message([
    'Return-Path: <>',
    `Date: ${noticeDate}`,
    'From: "Mail Delivery System" <mailer-daemon@gmx.net>',
    `To: ${sender}`,
    'Subject: Mail delivery failed: returning message to sender',
    'Message-Id: <0MA1b2-1c3D4e5F6g-00AbCd@mout.example.net>',
    'X-GMX-Antispam: 0',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
  ], text);
  return {raw, webmail: text};
}

export const gmx: FamilyTemplate = {
  id: 'gmx',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
