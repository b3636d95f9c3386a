/**
 * SurfControl E-mail Filter's failure notice: a transcript of its delivery attempts, then the
 * original message.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/surfcontrol.rb, a record of the notices seen in the
 * wild (Websense publishes no template): the headers "X-SEF-Processed:", "X-SEF-ZeroHour-RefID:"
 * and "X-Mailer: SurfControl E-mail Filter"; the text "Your message could not be sent." / "A
 * transcript of the attempts to send the message follows." / "The number of attempts made: 1" /
 * "Addressed To: <rcpt>", a blank line, the date of the attempt, "Failed to send to identified
 * host," / "<rcpt>: [<ip>], <reply>" / "--- Message non-deliverable."; the original as a
 * message/rfc822 part. The module keeps the recipient of the last "Addressed To:", so a notice is
 * written for one recipient.
 */
import {type FamilyTemplate, joinedReply, message, multipart, noticeDate, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

const boundary = '----=_SEF_1772445600';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    'Your message could not be sent.',
    'A transcript of the attempts to send the message follows.',
    'The number of attempts made: 1',
    ...recipients.map((recipient) => `Addressed To: ${recipient.address}`),
    '',
    'Mon 02 Mar 2026 10:00:00 +0000',
    'Failed to send to identified host,',
    ...recipients.map((recipient) => `${recipient.address}: [${options.remoteIp}], ${joinedReply(recipient.reply)}`),
    '--- Message non-deliverable.',
    '',
  ].join('\n');
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    `From: postmaster@${reportingHost}`,
    `To: ${sender}`,
    'Subject: Message could not be delivered',
    `Date: ${noticeDate}`,
    'X-SEF-ZeroHour-RefID: fgs=000000000',
    'X-SEF-Processed: 0_0_0_000__2026_03_02_10_00_00',
    'X-Mailer: SurfControl E-mail Filter',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const surfcontrol: FamilyTemplate = {
  id: 'surfcontrol',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
};
