/**
 * Apache James's failure notice from its DSNBounce mailet (the "bounces" processor of the default
 * mailetcontainer.xml): the default message, the failed recipient, the delivery error, a
 * delivery-status part and the original message.
 *
 * Source: apache/james-project server/mailet/mailets/src/main/java/org/apache/james/transport/
 * mailets/DSNBounce.java:
 * - init: the default messageString "Hi. This is the James mail server at [machine].\nI'm afraid I
 *   wasn't able to deliver your message to the following addresses.\nThis is a permanent error;
 *   I've given up. Sorry it didn't work out.  Below\nI include the list of recipients and the reason
 *   why I was unable to deliver\nyour message.\n";
 * - createTextMsg: that message, "Failed recipient(s):", the recipients (written one after another
 *   with no separator, so a notice is generated for one recipient), a blank line, "Error message:"
 *   and the mail's delivery-error attribute, which remote/delivery/Bouncer.java sets to the
 *   exception's message: the remote reply (written here on one line);
 * - createDSN: "Reporting-MTA: dns; <host>", "Received-From-MTA: dns; <client>", then per recipient a
 *   blank line, "Final-Recipient: rfc822; <rcpt>", "Action: failed", "Status: <the delivery error
 *   itself>", "Diagnostic-Code: smtp; <delivery error>" (smtp when it starts with three digits and a
 *   space), "Last-Attempt-Date:"; the part's description "Delivery Status Notification", file name
 *   "status.dat";
 * - createAttachedOriginal: the original as message/rfc822, its file name the original's subject;
 * - the subject is the original's behind the notify mailets' default prefix "Re:"
 *   (redirect/NotifyMailetInitParameters.java getSubjectPrefix), the sender postmaster.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, joinedReply, message, multipart, noticeDate, originalSubject, type RenderOptions,
  reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '----=_Part_7_1234567890.1772445600000';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const errors = recipients.map((recipient) => joinedReply(recipient.reply));
  const text = [
    `Hi. This is the James mail server at ${reportingHost}.`,
    'I\'m afraid I wasn\'t able to deliver your message to the following addresses.',
    'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.  Below',
    'I include the list of recipients and the reason why I was unable to deliver',
    'your message.',
    '',
    'Failed recipient(s):',
    recipients.map((recipient) => recipient.address).join(''),
    '',
    'Error message:',
    errors[0]!,
    '',
    '',
  ].join('\n');
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`, 'Received-From-MTA: dns; client.example.org'],
    recipients.map((recipient, index) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      'Action: failed',
      `Status: ${errors[index]!}`,
      `Diagnostic-Code: smtp; ${errors[index]!}`,
      `Last-Attempt-Date: ${arrivalDate}`,
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: 7bit', 'Content-Description: Delivery Status Notification', 'Content-Disposition: attachment; filename=status.dat'], body: report},
    {headers: ['Content-Type: message/rfc822', `Content-Disposition: Attachment; filename="${originalSubject}"`], body: options.original},
  ]);
  const raw = message([
    `Date: ${noticeDate}`,
    `From: postmaster@${reportingHost}`,
    `To: ${sender}`,
    `Message-ID: <1234567.8.1772445600000.JavaMail.james@${reportingHost}>`,
    `Subject: Re: ${originalSubject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const apacheJames: FamilyTemplate = {
  id: 'apache-james',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
};
