/**
 * Digital Arts m-FILTER's failure notice: a Japanese letter, the failed address, the remote reply
 * and the SMTP command under dashed headings, then the original message.
 *
 * Source: sisimai/rb-sisimai lib/sisimai/lhost/mfilter.rb, a record of the notices seen in the wild
 * (Digital Arts publishes no template): the header "X-Mailer: m-FILTER", the subject "failure
 * notice", the letter "このメールは「m-FILTER」が自動的に生成して送信しています。" /
 * "メールサーバーとの通信中、下記の理由により" / "このメールは送信できませんでした。", then
 * "以下のメールアドレスへの送信に失敗しました。" and the address alone on its line, "-------server
 * message" and the reply, "-------SMTP command" and the command ("DATA"), "-------original message"
 * before the original. The module keeps one reply per notice, so a notice is written for one
 * recipient. The From line and the UTF-8 body (base64) are the template's own choice.
 */
import {base64Lines, type FamilyTemplate, headersOf, joinedReply, message, noticeDate, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = [
    'このメールは「m-FILTER」が自動的に生成して送信しています。',
    'メールサーバーとの通信中、下記の理由により',
    'このメールは送信できませんでした。',
    '',
    '以下のメールアドレスへの送信に失敗しました。',
    ...recipients.map((recipient) => recipient.address),
    '',
    '',
    '-------server message',
    ...recipients.map((recipient) => joinedReply(recipient.reply)),
    '',
    '-------SMTP command',
    'DATA',
    '',
    '-------original message',
    headersOf(options.original),
  ].join('\n');
  const raw = message([
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    'Subject: failure notice',
    `Date: ${noticeDate}`,
    'X-Mailer: m-FILTER',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
  ], `${base64Lines(text)}\n`);
  return {raw, webmail: text};
}

export const mfilter: FamilyTemplate = {
  id: 'mfilter',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
};
