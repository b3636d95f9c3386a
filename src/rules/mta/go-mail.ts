import type {MtaFamily} from '../types.ts';

// go-mail (wneessen/go-mail), a Go mail library: a refused command comes back as its SendError, the
// reason it names the command by, ": ", the server's reply(es) (its net/smtp fork prints "%03d %s"),
// then the recipients it concerns.
const sendError = 'wneessen/go-mail senderror.go@da6bf264052d496a4be0fcbd17962a1cfdd49048 (SendError.Error: the reason\'s String(), ": " and each error, ", affected recipient(s): " and the addresses, ", affected message ID: "; SendErrReason.String: ErrSMTPMailFrom "sending SMTP MAIL FROM command", ErrSMTPRcptTo "sending SMTP RCPT TO command", ErrSMTPData "sending SMTP DATA command", ErrSMTPDataClose "closing SMTP DATA writer")';
const client = 'wneessen/go-mail client.go@2084526c772f02a3e29ce5dac3f69c5b10f4afdf (DialAndSend: "send failed: %w"; the message is reset after a refusal, nothing is queued)';

/**
 * go-mail's SendError: "send failed: sending SMTP RCPT TO command: 550 5.1.1 <rcpt>: Recipient
 * address rejected, affected recipient(s): rcpt@example.org, affected message ID: <id>". Every
 * recipient refused at RCPT TO is listed after "affected recipient(s):".
 */
export default {
  id: 'go-mail',
  name: 'go-mail (Go)',
  source: `${sendError}; ${client}`,
  recipientLeadIns: [
    {text: 'affected recipient(s): ', source: `${sendError}: the refused recipients, joined by ", "`},
  ],
  replyIntroductions: [
    {text: 'sending smtp mail from command:', source: sendError},
    {text: 'sending smtp rcpt to command:', source: sendError},
    {text: 'sending smtp data command:', source: sendError},
    {text: 'closing smtp data writer:', source: `${sendError}: the reply to the message's data`},
  ],
  sendFailed: [
    {text: 'sending smtp mail from command:', source: client},
    {text: 'sending smtp rcpt to command:', source: client},
    {text: 'sending smtp data command:', source: client},
    {text: 'closing smtp data writer:', source: client},
  ],
  stages: [
    {text: 'sending smtp mail from command:', stage: 'MAIL FROM', source: sendError},
    {text: 'sending smtp rcpt to command:', stage: 'RCPT TO', source: sendError},
    {text: 'sending smtp data command:', stage: 'DATA', source: sendError},
    {text: 'closing smtp data writer:', stage: 'DATA', source: `${sendError}: the reply after the message's data`},
  ],
} satisfies MtaFamily;
