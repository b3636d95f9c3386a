import type {MtaFamily} from '../types.ts';

// go-mail (wneessen/go-mail), a Go mail library: a refused command comes back as its SendError, the
// reason it names the command by, ": ", the server's reply(es) (its net/smtp fork prints "%03d %s"),
// then the recipients it concerns.
const sendError = 'wneessen/go-mail senderror.go@da6bf264052d496a4be0fcbd17962a1cfdd49048 (SendError.Error: the reason\'s String(), ": " and each error, ", affected recipient(s): " and the addresses, ", affected message ID: "; SendErrReason.String: ErrSMTPMailFrom "sending SMTP MAIL FROM command", ErrSMTPRcptTo "sending SMTP RCPT TO command", ErrSMTPData "sending SMTP DATA command", ErrSMTPDataClose "closing SMTP DATA writer")';
const client = 'wneessen/go-mail client.go@2084526c772f02a3e29ce5dac3f69c5b10f4afdf (DialAndSend: "send failed: %w"; the message is reset after a refusal, nothing is queued)';

/**
 * go-mail's SendError: "send failed: sending SMTP RCPT TO command: 550 5.1.1 <rcpt>: Recipient
 * address rejected, affected recipient(s): rcpt@example.org, affected message ID: <id>". Every
 * recipient refused at RCPT TO is listed after "affected recipient(s):". Each reason names its
 * command; "closing SMTP DATA writer" is the reply to the message's data.
 */
const reasons = [
  ['sending smtp mail from command:', 'MAIL FROM'],
  ['sending smtp rcpt to command:', 'RCPT TO'],
  ['sending smtp data command:', 'DATA'],
  ['closing smtp data writer:', 'DATA'],
] as const;

export default {
  id: 'go-mail',
  name: 'go-mail (Go)',
  source: `${sendError}; ${client}`,
  recipientLeadIns: [
    {text: 'affected recipient(s): ', source: `${sendError}: the refused recipients, joined by ", "`},
  ],
  replyIntroductions: reasons.map(([text]) => ({text, source: sendError})),
  sendFailed: reasons.map(([text]) => ({text, source: client})),
  stages: reasons.map(([text, stage]) => ({text, stage, source: sendError})),
} satisfies MtaFamily;
