import type {MtaFamily} from '../types.ts';

// QQ Mail (Tencent), mail.qq.com. Tencent publishes how to read its notice, not the notice's
// template; these are public records of the notice as received, each quoting its fixed lines.
const helpPage = 'QQ Mail help on returned mail ("如果您发送的邮件被退回，QQ邮箱会发送一封退信通知到您的收件箱 ... 以下是一封退信的范例": a sample notice, then its table of the words a notice holds and their causes: "该用户不存在", "该用户未开通QQ邮箱", "收件人空间不足", "host abcd.com[123.123.123.123] said: *"), as mirrored at qqmailbox.com/transceivers/169.html';
const parserFixture = 'a public repository\'s regression test of a bounce parser, "with a synthetic QQ bounce" built after the notice (From "PostMaster" <PostMaster@qq.com>, Subject "[Qmail] 来自qq.com的退信"; its HTML part: "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：" / "被退回邮件" / "主 题：<subject>" / "时 间：<time>" / "无法发送到 <rcpt>" / "退信原因" / <the cause> <the remote server\'s reply> / "解决方案" / "请联系您的收件人")';
const textFixture = 'another public repository\'s test data, the notice as text ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：" / "被退回邮件" / "主 题：…" / "时 间：…" / "无法发送到 hr@oldcorp.example.com" / "退信原因" / "收件人邮件地址（hr@oldcorp.example.com）不存在，邮件无法送达。" / "解决方案" / "请联系您的收件人，重新核实邮箱地址，或发送到其他收信邮箱。")';

/** A public repository's Go source that keeps a QQ notice as received, as its test text. */
const goRecord = 'a public repository\'s Go source whose test text is a QQ notice as received ("无法发送到 <rcpt> 退信原因 收件人邮件地址（<rcpt>）不存在，邮件无法送达。 host <host>[<ip>] said: 550 ... 解决方案 ...", with the help link http://mail.qq.com/cgi-bin/help_feedback_person); Chinese pages quoting QQ\'s notice for a domain without MX: "收件人（<rcpt>）所属域名不存在，邮件无法送达。" (secondary: wording seen in the wild)';

/**
 * QQ Mail's notice, in Chinese, one per recipient: the returned message's subject and time, "无法
 * 发送到 <rcpt>" (could not be sent to), the cause in QQ's words with the remote server's reply
 * ("退信原因", reason for return), then advice ("解决方案", solution). A table in its HTML part,
 * lines or tab-separated cells when a page or a person copies it.
 */
export default {
  id: 'qq-mail',
  provider: 'tencent',
  name: 'QQ Mail (Tencent)',
  source: `${helpPage}; ${parserFixture}; ${textFixture}`,
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: '很抱歉您发送的邮件被退回', language: 'zh', source: `${parserFixture}; ${textFixture}: the opening line ("We are sorry: the mail you sent was returned")`},
  ],
  recipientLeadIns: [
    {text: '无法发送到', language: 'zh', source: `${parserFixture}; ${textFixture}: "无法发送到 <rcpt>" ("could not be sent to")`},
    // The cause names the recipient again, in full-width parentheses (a copy of the cause alone keeps it).
    {text: '收件人邮件地址（', language: 'zh', source: `${textFixture}: "收件人邮件地址（<rcpt>）不存在，邮件无法送达。" ("the recipient's address (<rcpt>) does not exist")`},
    {text: '收件人（', language: 'zh', source: `${goRecord}: "收件人（<rcpt>）所属域名不存在，邮件无法送达。" ("the domain of the recipient (<rcpt>) does not exist")`},
  ],
  replyIntroductions: [
    {text: '退信原因', language: 'zh', source: `${parserFixture}; ${textFixture}: "退信原因" ("reason for return"), its cell the cause and the remote server's reply`},
  ],
  permanent: [
    {text: '很抱歉您发送的邮件被退回', language: 'zh', source: `${parserFixture}; ${textFixture}: the mail was returned, not held for another try`},
  ],
} satisfies MtaFamily;
