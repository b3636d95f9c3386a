import type {MtaFamily} from '../types.ts';

// Odoo, the business suite, sends its mail through Python's smtplib and keeps a refused message as
// a mail in exception, with the server it used and the exception's class and arguments, one a line.
const mailServer = 'odoo/odoo odoo/addons/base/models/ir_mail_server.py (send_email: "Mail delivery failed via SMTP server \'%s\'.\\n%s: %s", the server, the exception\'s class name and its text)';
const exceptionText = 'odoo/odoo odoo/tools/misc.py (exception_to_unicode: an exception\'s args joined by "\\n", so smtplib\'s SMTPSenderRefused(code, msg, sender) prints its code, the reply and the sender, each on a line)';

/**
 * Odoo's error for a message its SMTP server refused: "Mail delivery failed via SMTP server
 * 'smtp.example.com'.", then smtplib's exception ("SMTPSenderRefused: 553", the reply on the next
 * line). The server it names is the one that answered; the exception's class names the command.
 */
export default {
  id: 'odoo',
  name: 'Odoo',
  source: `${mailServer}; ${exceptionText}`,
  remoteServerLabels: [
    {text: 'mail delivery failed via smtp server \'', source: mailServer},
  ],
  stages: [
    {text: 'smtpsenderrefused: ', stage: 'MAIL FROM', source: `${exceptionText}; python/cpython Lib/smtplib.py (sendmail() raises SMTPSenderRefused when MAIL FROM is refused)`},
    {text: 'smtprecipientsrefused: ', stage: 'RCPT TO', source: `${exceptionText}; python/cpython Lib/smtplib.py (SMTPRecipientsRefused when every RCPT TO was refused)`},
    {text: 'smtpdataerror: ', stage: 'DATA', source: `${exceptionText}; python/cpython Lib/smtplib.py (SMTPDataError when DATA or the data is refused)`},
  ],
} satisfies MtaFamily;
