import type {MtaFamily} from '../types.ts';

// msmtp (marlam/msmtp), the SMTP client that mail programs, cron and git call as their sendmail:
// it keeps no queue, so a refusal is printed, prefixed with its name, and the message is not sent.
const smtp = 'marlam/msmtp src/smtp.c@787b4eae5ab040a314b461ca48e4730ebecda9bc';
const main = 'marlam/msmtp src/msmtp.c@168efdd1301c0f454ebad5eee2ac0ad181fad488';

/**
 * msmtp's error for a refused command: its words ("recipient address %s not accepted by the
 * server"), then each line of the server's reply, whole, after "server message: ", then "could
 * not send mail (account %s from %s)". Its log line writes the same as fields: "smtpstatus=550
 * smtpmsg='550 ...' errormsg='...'".
 */
export default {
  id: 'msmtp',
  name: 'msmtp',
  source: `${smtp}; ${main}`,
  recipientLeadIns: [
    {text: 'msmtp: recipient address ', source: `${smtp}: smtp_send_envelope "recipient address %s not accepted by the server"`},
    {text: 'the server refuses to send the mail to ', source: `${smtp}: smtp_end_mail_lmtp "the server refuses to send the mail to %s"`},
  ],
  replyIntroductions: [
    {text: 'msmtp: server message:', source: `${main}: print_error "%s: " with its name; ${smtp}: each line of the reply as "server message: %s"`},
    {text: 'msmtp: lmtp server message:', source: `${smtp}: the same over LMTP, "LMTP server message: %s"`},
    {text: 'smtpmsg=\'', source: `${main}: msmtp_log_to_file and syslog: "smtpstatus=%s smtpmsg='%s'", the reply's lines joined by "\\n"`},
  ],
  sendFailed: [
    {text: 'msmtp: could not send mail', source: `${main}: "could not send mail (account %s from %s)" after the error; it keeps no queue`},
  ],
  stages: [
    {text: 'msmtp: envelope from address ', stage: 'MAIL FROM', source: `${smtp}: "envelope from address %s not accepted by the server"`},
    {text: 'msmtp: recipient address ', stage: 'RCPT TO', source: `${smtp}: "recipient address %s not accepted by the server"`},
    {text: 'the server does not accept mail data', stage: 'DATA', source: `${smtp}: smtp_send_mail, DATA refused`},
    {text: 'the server did not accept the mail', stage: 'DATA', source: `${smtp}: smtp_end_mail, the reply after the data`},
    {text: 'cannot get initial ok message from server', stage: 'CONNECT', source: `${smtp}: smtp_get_greeting`},
  ],
} satisfies MtaFamily;
