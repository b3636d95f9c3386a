/**
 * MailFoundry's failure notice: a block per failed recipient with the remote server's reply, then
 * the original message.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/mailfoundry.rb, a record of the notices seen in the
 * wild (no vendor template is public): the subject "Message delivery has failed", a Received header
 * "(MAILFOUNDRY) id", the body opening "This is a MIME encoded message", then "Unable to deliver
 * message to: <rcpt>" / "Delivery failed for the following reason:" / "Server <host>[<ip>] failed
 * with: <reply>", "This has been a permanent failure.  No further delivery attempts will be made.",
 * and the original as a message/rfc822 part. Several recipients are written as several blocks.
 */
import {type FamilyTemplate, joinedReply, message, multipart, noticeDate, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

const boundary = '=_MAILFOUNDRY_1772445600_12345';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    ...recipients.flatMap((recipient) => [
      `Unable to deliver message to: <${recipient.address}>`,
      'Delivery failed for the following reason:',
      `Server ${options.remoteHost}[${options.remoteIp}] failed with: ${joinedReply(recipient.reply)}`,
      '',
    ]),
    'This has been a permanent failure.  No further delivery attempts will be made.',
    '',
  ].join('\n');
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ], 'This is a MIME encoded message');
  const raw = message([
    `Received: from localhost (localhost [127.0.0.1])\n\tby ${reportingHost} (MAILFOUNDRY) id 4AB12C0FFEE;\n\t${noticeDate}`,
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    'Subject: Message delivery has failed',
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const mailfoundry: FamilyTemplate = {
  id: 'mailfoundry',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
