import type {MtaFamily} from '../types.ts';

// JavaMail (now Jakarta Mail and Eclipse Angus Mail), the SMTP client of Java applications (Spring's
// JavaMailSender, Apache Commons Email): a refusal reaches the application as an exception whose
// message is the server's reply whole, chained under a SendFailedException, and a stack trace
// prints each ("Caused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <bob@...>: ...").
const transport = 'javaee/javamail mail/src/main/java/com/sun/mail/smtp/SMTPTransport.java';

/**
 * JavaMail's SMTP exceptions: SMTPAddressFailedException for a refused RCPT TO (rcptTo(): new
 * SMTPAddressFailedException(ia, cmd, retCode, lastServerResponse)), chained under
 * SendFailedException("Invalid Addresses", ...); SMTPSenderFailedException for a refused MAIL FROM
 * (mailFrom()); SMTPSendFailedException for a refused DATA or message (issueSendCommand(),
 * finishData()). Each one's message is the reply the server sent; JavaMail keeps no queue, so the
 * exception ends the attempt to send.
 */
export default {
  id: 'javamail',
  name: 'JavaMail / Jakarta Mail',
  source: `${transport}: rcptTo(), mailFrom(), issueSendCommand(); the exceptions' message is lastServerResponse`,
  // Its debug output names the server before the session: 'DEBUG SMTP: trying to connect to host
  // "smtp.example.org", port 587, isSSL false'; that server then answers.
  remoteServerLabels: [
    {text: 'trying to connect to host "', source: `${transport} openServer(): logger.fine("trying to connect to host \\"" + host + "\\", port " + port + ", isSSL " + isSSL)`},
  ],
  replyIntroductions: [
    {text: 'smtpaddressfailedexception:', source: `${transport} rcptTo(): new SMTPAddressFailedException(ia, cmd, retCode, lastServerResponse)`},
    {text: 'smtpsenderfailedexception:', source: `${transport} mailFrom(): new SMTPSenderFailedException(addr, cmd, retCode, lastServerResponse)`},
    {text: 'smtpsendfailedexception:', source: `${transport} issueSendCommand(): new SMTPSendFailedException(cmd, retCode, lastServerResponse, ...)`},
  ],
  // The class's name apart from its message: an error tracker's exception field, a log's type column.
  exceptionNames: [
    {text: 'smtpaddressfailedexception', source: `${transport} rcptTo(): class SMTPAddressFailedException, its message the server's reply`},
    {text: 'smtpsenderfailedexception', source: `${transport} mailFrom(): class SMTPSenderFailedException, its message the server's reply`},
    {text: 'smtpsendfailedexception', source: `${transport} issueSendCommand(): class SMTPSendFailedException, its message the server's reply`},
  ],
  stages: [
    {text: 'smtpaddressfailedexception:', stage: 'RCPT TO', source: `${transport} rcptTo()`},
    {text: 'smtpsenderfailedexception:', stage: 'MAIL FROM', source: `${transport} mailFrom()`},
    {text: 'smtpsendfailedexception:', stage: 'DATA', source: `${transport} issueSendCommand(), the DATA command and the message's end`},
  ],
  sendFailed: [
    {text: 'sendfailedexception: invalid addresses', source: `${transport} rcptTo(): new SendFailedException("Invalid Addresses", mex, ...)`},
    {text: 'smtpaddressfailedexception:', source: `${transport} rcptTo()`},
    {text: 'smtpsenderfailedexception:', source: `${transport} mailFrom()`},
    {text: 'smtpsendfailedexception:', source: `${transport} issueSendCommand()`},
  ],
} satisfies MtaFamily;
