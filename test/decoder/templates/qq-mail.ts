/**
 * QQ Mail's notice (mail.qq.com, Tencent), one per recipient, in Chinese.
 *
 * Sources (the public records src/rules/mta/qq-mail.ts cites; Tencent publishes no template):
 * - a bounce parser's regression test built after the notice: From "PostMaster" <PostMaster@qq.com>,
 *   Subject "[Qmail] 来自qq.com的退信", a multipart/report message whose one part is HTML: "<p>很抱歉
 *   您发送的邮件被退回，以下是该邮件的相关信息：</p>", a table "被退回邮件" | "主 题：<subject><br/>时
 *   间：<time>", then "无法发送到 <rcpt>" (a cell across the table), "退信原因" | "<cause> <br />
 *   <the remote server's reply>", "解决方案" | "请联系您的收件人".
 * - another repository's test data of the notice as text: the same lines, each cell on a line of
 *   its own, blank lines between the blocks.
 * The webmail text is the text data's form; a copy of the web page keeps the table's cells on one
 * line, a tab between them, which the pasted-text tests cover for every family.
 */
import {encodedWord, joinedReply, message, multipart, noticeDate, originalSubject, type FamilyTemplate, type Rendered, type RenderOptions, type TemplateRecipient} from './common.ts';

/** The cause QQ writes when it names none of its own ("unknown reason"), before the remote reply. */
const unknownCause = '未知原因';

function only(recipients: readonly TemplateRecipient[]): TemplateRecipient {
  const [recipient] = recipients;
  if (!recipient || recipients.length > 1) throw new Error('QQ Mail writes one notice per recipient');
  return recipient;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const recipient = only(recipients);
  const reply = joinedReply(recipient.reply);
  const said = `host ${options.remoteHost}[${options.remoteIp}] said: ${reply}`;
  const text = [
    '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：',
    '',
    '被退回邮件',
    `主 题：${originalSubject}`,
    '时 间：2026-03-02 09:58:00',
    '',
    `无法发送到 ${recipient.address}`,
    '',
    '退信原因',
    unknownCause,
    said,
    '',
    '解决方案',
    '请联系您的收件人',
    '',
  ].join('\n');
  const html = `<html><body>
<p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>
<table><tr><td>被退回邮件</td>
<td>主 题：${escapeHtml(originalSubject)} <br/>时 间：2026-03-02 09:58:00 </td></tr></table>
<table><tr><td colspan="2">无法发送到 ${escapeHtml(recipient.address)}</td></tr>
<tr><td>退信原因</td><td> ${unknownCause} <br /> ${escapeHtml(said)} </td></tr>
<tr><td>解决方案</td><td> 请联系您的收件人 </td></tr></table>
</body></html>
`;
  const raw = message([
    `Date: ${noticeDate}`, 'From: "PostMaster" <PostMaster@qq.com>', 'To: sender@example.org', `Subject: ${encodedWord('[Qmail] 来自qq.com的退信')}`,
    'MIME-Version: 1.0', 'Content-Type: multipart/report; boundary="QQ-report"',
  ], multipart('QQ-report', [
    {headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit'], body: html},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]));
  return {raw, webmail: text};
}

export const qqMail: FamilyTemplate = {
  id: 'qq-mail',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: false,
};
