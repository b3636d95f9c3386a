// QQ Mail's notices (mail.qq.com) as people paste them: the text with its blocks on lines of their
// own, the web page's table copied with a tab between its cells, and run onto one line; with QQ's
// own cause and no code, or with the remote server's reply. The words are those of the public
// records src/rules/mta/qq-mail.ts cites; the generated tests render the notice around every reply.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const opening = '很抱歉您发送的邮件被退回，以下是该邮件的相关信息：';

/** The notice's lines for one recipient and its cause (QQ's words, or its "unknown reason" and the remote reply). */
const lines = (recipient: string, cause: readonly string[]): string[] => [
  opening, '', '被退回邮件', '主 题：季度报告', '时 间：2026-03-02 09:58:00', '', `无法发送到 ${recipient}`, '', '退信原因', ...cause, '', '解决方案', '请联系您的收件人，重新核实邮箱地址，或发送到其他收信邮箱。',
];

const remoteRefusal = ['未知原因', 'host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)'];
const remoteFull = ['未知原因', 'host mx.example.org[192.0.2.25] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)'];

describe('QQ Mail notices', () => {
  test.each([
    ['QQ\'s own words: no such user', lines('bob@qq.com', ['该用户不存在']), 'userunknown', null, true],
    ['QQ\'s own words: no QQ Mail mailbox', lines('bob@qq.com', ['该用户未开通QQ邮箱']), 'userunknown', null, true],
    ['QQ\'s own words: the recipient\'s space is full', lines('bob@qq.com', ['收件人空间不足']), 'mailboxfull', null, true],
    ['the remote server\'s refusal', lines('bob@example.org', remoteRefusal), 'userunknown', '550', true],
    // The notice returns the message (a bounce); the recipient's reply itself was temporary.
    ['a temporary remote reply, returned all the same', lines('bob@example.org', remoteFull), 'mailboxfull', '452', false],
  ])('%s', async (_name, noticeLines, reason, code, permanent) => {
    const recipient = noticeLines.find((line) => line.startsWith('无法发送到'))!.slice(6);
    for (const text of [noticeLines.join('\n'), noticeLines.filter((line) => line !== '').join('\n'), noticeLines.join('\t'), noticeLines.join(' ')]) {
      const result = await decode(text);
      expect(result.kind).toBe('bounce');
      expect(result.recipients.map((found) => [found.recipient, found.permanent, found.reason.id, found.replyCode?.code ?? null]))
        .toEqual([[recipient, permanent, reason, code]]);
    }
  });

  /** The cause alone, as a person copies it: it names the recipient again, in full-width parentheses. */
  test.each([
    ['the address does not exist', '收件人邮件地址（bob@example.org）不存在，邮件无法送达。', 'bob@example.org'],
    ['the address does not exist, with the remote reply below', '收件人邮件地址（bob@example.org）不存在，邮件无法送达。\n错误代码：host mx.example.org[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)', 'bob@example.org'],
    ['the recipient\'s domain does not exist', '收件人（bob@example.net）所属域名不存在，邮件无法送达。\nNo MX Record Found.', 'bob@example.net'],
  ])('the cause alone: %s', async (_name, text, recipient) => {
    const result = await decode(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => found.recipient)).toEqual([recipient]);
  });

  test.each([
    ['a question about returned mail in prose', '我给 bob@example.org 发的邮件被退信了，请问怎么回事？'],
    ['a letter that says it could not be sent to someone', '您好，上周的邮件无法发送到 bob@example.org，我换了一个地址，请查收附件。'],
    ['a letter that names a recipient in parentheses', '您好，收件人（bob@example.org）说没有收到，请再发一次。'],
  ])('%s is no notice', async (_name, text) => {
    const result = await decode(text);
    expect(result.kind).not.toBe('bounce');
    expect(result.recipients).toEqual([]);
  });
});
