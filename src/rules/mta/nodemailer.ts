import type {MtaFamily} from '../types.ts';

// Nodemailer (nodemailer/nodemailer), the SMTP client most Node.js applications send with: a refusal
// reaches the application as an Error whose message is the client's own words, ": ", then the
// server's reply (SMTPConnection._formatError), and people paste that message from their logs.
const connection = 'nodemailer/nodemailer lib/smtp-connection/index.js';
const formatError = `${connection} _formatError: err.message += ': ' + response, err.responseCode the reply's first number, err.command the command refused`;

/**
 * Nodemailer's SMTP client: "Mail command failed: 553 ..." for MAIL FROM, "Recipient command
 * failed: 550 ..." for one RCPT TO, "Can't send mail - all recipients were rejected: 550 ..." when
 * every RCPT TO was refused, "Data command failed: ..." for DATA, and "Message failed: 554 ..." for
 * the reply after the message data ("Message failed for recipient <rcpt>: ..." per recipient over
 * LMTP), and "Invalid login: 535 ..." when the server refused its login (AUTH). The reply after
 * the colon is the remote server's own, whole.
 */
export default {
  id: 'nodemailer',
  name: 'Nodemailer',
  source: formatError,
  // Its debug log names the server it connects to before the session: "Resolved smtp.example.org as
  // 192.0.2.1 [cache miss]", the server that then answers (its greeting, when logged, says the same).
  remoteServerLabels: [
    {text: 'resolved', source: `${connection} connect(): logger.debug({tnx: 'dns', source: opts.host, ...}, 'Resolved %s as %s [cache %s]', opts.host, resolved.host, ...)`},
  ],
  recipientLeadIns: [
    {text: 'message failed for recipient ', source: `${connection} _actionLMTPStream: "Message failed for recipient " + recipient, then ": " and the reply (${formatError})`},
  ],
  replyIntroductions: [
    {text: 'mail command failed:', source: `${connection} _actionMAIL: "Mail command failed" (${formatError})`},
    {text: 'recipient command failed:', source: `${connection} _actionRCPT: "Recipient command failed" (${formatError})`},
    {text: 'can\'t send mail - all recipients were rejected:', source: `${connection} _actionRCPT: "Can't send mail - all recipients were rejected" (${formatError})`},
    {text: 'data command failed:', source: `${connection} _actionDATA: "Data command failed" (${formatError})`},
    {text: 'message failed:', source: `${connection} _actionSMTPStream: "Message failed" (${formatError})`},
    // No stage of its own: AUTH is none of a delivery's; the reply's code (RFC 4954's 535) says it.
    {text: 'invalid login:', source: `${connection} _actionAUTHComplete: this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod) (${formatError})`},
  ],
  // The error is the application's: Nodemailer does not queue, so a refusal ends the attempt to send.
  sendFailed: [
    {text: 'mail command failed:', source: `${connection} _actionMAIL (${formatError})`},
    {text: 'recipient command failed:', source: `${connection} _actionRCPT (${formatError})`},
    {text: 'can\'t send mail - all recipients were rejected', source: `${connection} _actionRCPT (${formatError})`},
    {text: 'data command failed:', source: `${connection} _actionDATA (${formatError})`},
    {text: 'message failed:', source: `${connection} _actionSMTPStream (${formatError})`},
  ],
  stages: [
    {text: 'mail command failed:', stage: 'MAIL FROM', source: `${connection} _actionMAIL: command 'MAIL FROM'`},
    {text: 'recipient command failed:', stage: 'RCPT TO', source: `${connection} _actionRCPT: command 'RCPT TO'`},
    // Without the colon too: the error object as an application prints it ("[Error: Can't send mail -
    // all recipients were rejected]", then "response: '550 ...'" among its fields).
    {text: 'can\'t send mail - all recipients were rejected', stage: 'RCPT TO', source: `${connection} _actionRCPT: command 'RCPT TO'; err.response, err.responseCode beside err.message`},
    {text: 'data command failed:', stage: 'DATA', source: `${connection} _actionDATA: command 'DATA'`},
    {text: 'message failed:', stage: 'DATA', source: `${connection} _actionSMTPStream: command 'DATA'`},
  ],
} satisfies MtaFamily;
