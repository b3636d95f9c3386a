/**
 * TransWARE Active!hunter's failure notice, a Japanese mail gateway's: Sendmail's headings around
 * its own lines, one notice per recipient.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/activehunter.rb, a record of the notices seen in the
 * wild (TransWARE publishes no template): the header X-AHMailID, From "MAILER-DAEMON", the subject
 * "FAILURE NOTICE :", the body's "  ----- The following addresses had permanent fatal errors -----",
 * the recipient's line ">>> <rcpt> <<rcpt>>", "  ----- Transcript of session follows -----", then
 * the remote reply alone, and the returned message as a message/rfc822 part ("Content-type:").
 * The module reads one reply for the notice, so a notice is written for one recipient.
 */
import {
  type FamilyTemplate, joinedReply, message, multipart, noticeDate, originalSubject, type RenderOptions, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '----=_AH_NextPart_000_0001';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    '  ----- The following addresses had permanent fatal errors -----',
    '',
    ...recipients.map((recipient) => `>>> ${recipient.address} <${recipient.address}>`),
    '',
    '  ----- Transcript of session follows -----',
    ...recipients.map((recipient) => joinedReply(recipient.reply)),
    '',
  ].join('\n');
  const body = multipart(boundary, [
    {headers: ['Content-type: text/plain; charset=ISO-2022-JP'], body: text},
    {headers: ['Content-type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'From: "MAILER-DAEMON" <MAILER-DAEMON@mx.example.jp>',
    `To: ${sender}`,
    `Subject: FAILURE NOTICE : ${originalSubject}`,
    `Date: ${noticeDate}`,
    'X-AHMailID: 20260302100000.0001',
    'MIME-Version: 1.0',
    `Content-type: multipart/mixed; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const activehunter: FamilyTemplate = {
  id: 'activehunter',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
};
