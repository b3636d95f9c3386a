/**
 * CommuniGate Pro's failure notice: for each recipient, the address it could not deliver to, the
 * module and queue that tried, and the remote server's reply after the host that gave it.
 *
 * Sources (src/rules/mta/communigate.ts cites them): the CommuniGate Pro manual's "E-Mail Transfer"
 * for the routing address "module(queue)address" ("SMTP module(domain example.com)"); the sample
 * hippich/PHPMailer-BMH quotes, "Failed to deliver to 'xxxxx@yourdomain.com'" / "SMTP
 * module(domain domain.com) reports:" / " connection with mx1.mail.domain.com is broken", lines
 * ending in CR LF; and an AppRiver server's notice whose preview a public repository keeps: From
 * MAILER-DAEMON@<host>, Subject "Undeliverable: <subject>", "Failed to deliver to '<rcpt>' SMTP
 * module(domain aol.com) reports: message text rejected by <host>: <reply>". The layout of several
 * recipients is not shown in them: each gets its block, as the one recipient does; nor how the
 * original comes back: here as a message/rfc822 part, as most servers return it.
 */
import {type FamilyTemplate, joinedReply, message, multipart, noticeDate, originalSubject, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    ...recipients.flatMap((recipient) => [
      `Failed to deliver to '${recipient.address}'`,
      `SMTP module(domain ${domainOf(recipient.address)}) reports:`,
      ` message text rejected by ${options.remoteHost}: ${joinedReply(recipient.reply)}`,
      '',
    ]),
  ].join('\n');
  const raw = message([
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    `Subject: Undeliverable: ${originalSubject}`,
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="_===CGP_12345===_"',
  ], multipart('_===CGP_12345===_', [
    {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]));
  return {raw, webmail: text};
}

export const communigate: FamilyTemplate = {
  id: 'communigate',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
