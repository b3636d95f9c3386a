import type {MtaFamily} from '../types.ts';

// PMail (Jinnrry/PMail), a self-hosted mail server in Go: it delivers straight to each domain's MX,
// trying port 25 with STARTTLS, then 587 and 465, then 25 without TLS, and when the last attempt
// fails logs the recipients and the error, the remote server's reply as Go's net/smtp prints it
// ("550 Mail content denied ..."), glued to its words. It keeps no queue: the send has ended.
const send = 'Jinnrry/PMail server/utils/send/send.go@05bca5d5a819a1a137c5363a5deaf9501622fd29';

/**
 * PMail's log of a failed delivery: "<recipients> 邮件投递失败<error>" ("mail delivery failed"), then
 * the error it returns, "以下收件人投递失败：<address>,<address>" ("delivery failed for these
 * recipients:"), which its forwarding rule logs after "Forward Error:".
 */
export default {
  id: 'pmail',
  name: 'PMail',
  source: send,
  recipientLeadIns: [
    // Its full-width colon reads as a colon.
    {text: '以下收件人投递失败:', language: 'zh', source: `${send}: doSend() returns errors.New("以下收件人投递失败：" + array.Join(errEmailAddress, ","))`},
  ],
  replyIntroductions: [
    {text: '邮件投递失败', language: 'zh', source: `${send}: doSend() log.Errorf("%v 邮件投递失败%+v", tos, err) after the last port failed`},
  ],
  sendFailed: [
    {text: '以下收件人投递失败:', language: 'zh', source: `${send}: doSend(), after every port was tried; no queue retries it`},
  ],
} satisfies MtaFamily;
