import type {MtaFamily} from '../types.ts';

// XMail, Davide Libenzi's mail server (mirrored at warren-bank/mirror-XMail-mail-server).
const build = 'warren-bank/mirror-XMail-mail-server QueueUtils.cpp (QueUtBuildErrorResponse: the notice\'s header and text)';
const temp = 'warren-bank/mirror-XMail-mail-server SMAILSvr.cpp (SMAILHandleResendNotify: the "[<03>] Note:" text of a notice sent while the message is retried)';

/**
 * XMail: a plain text notice, one per recipient, that opens with a machine-readable line
 * "[<00>] XMail bounce: Rcpt=[<rcpt>];Error=[<reply>]" and repeats the reply under "[<02>] The
 * reason of the delivery failure was:".
 */
export default {
  id: 'xmail',
  name: 'XMail',
  source: `${build}; QueUtNotifyPermErrDelivery, QueUtNotifyTempErrDelivery, QueUtResendMessage; SMTPUtils.cpp (USmtpGetResponse: the reply's lines joined by CRLF); ${temp}`,
  subjects: [
    {text: 'error sending message [', source: `${build}: "Subject: Error sending message [<spool file>] from [<domain>]"`},
  ],
  headers: [
    {text: 'x-mailererror', source: `${build}: "X-MailerError: Message = [<spool file>] Server = [<domain>]" (XMail refuses to bounce a message carrying it: its loop check)`},
  ],
  bodyMarkers: [
    {text: 'xmail bounce: rcpt=[', source: `${build}: "[<00>] XMail bounce: Rcpt=[%s];Error=[%s]"`},
  ],
  recipientLeadIns: [
    {text: 'xmail bounce: rcpt=[', source: `${build}: "[<00>] XMail bounce: Rcpt=[%s];Error=[%s]"`},
  ],
  replyIntroductions: [
    {text: 'the reason of the delivery failure was:', source: `${build}: "[<02>] The reason of the delivery failure was:", an empty line, then the reason`},
  ],
  temporary: [
    {text: 'this is a temporary error and you do not have to resend the message', source: `${temp}: "** This is a temporary error and you do not have to resend the message"`},
  ],
  originalMessageMarkers: [
    {text: '[<05>] here is listed the initial part of the message:', source: `${build}: the original's header (and NotifyMsgLinesExtra lines of its body) follow`},
  ],
} satisfies MtaFamily;
