import type {MtaFamily} from '../types.ts';

// Python's smtplib (CPython Lib/smtplib.py), the SMTP client of Python applications (Django's and
// Flask's mail included): a refusal reaches the application as an exception whose arguments are the
// reply's code and its text apart, and a traceback or a log prints it with its class's name:
// "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected')", the text as bytes.
const smtplib = 'python/cpython Lib/smtplib.py';

/**
 * smtplib's exceptions for a refused command: SMTPHeloError(code, resp) for HELO/EHLO,
 * SMTPSenderRefused(code, msg, sender) for MAIL FROM, SMTPRecipientsRefused(recipients) when every
 * RCPT TO was refused, a dict of each address to its (code, resp), SMTPDataError(code, msg) for DATA
 * and the reply after the data, SMTPConnectError(code, msg) for the greeting, and
 * SMTPAuthenticationError(code, resp) for AUTH. Each prints as its arguments' tuple.
 */
export default {
  id: 'python-smtplib',
  name: 'Python smtplib',
  source: `${smtplib}: class SMTPResponseException(code, msg) and its subclasses; SMTPRecipientsRefused(recipients), "All recipient addresses refused"`,
  // With set_debuglevel(1) it names the server before the session: "connect: ('smtp.example.org',
  // 587)"; that server then answers (its greeting follows: "reply: b'220 smtp.example.org ...'").
  remoteServerLabels: [
    {text: 'connect: (\'', source: `${smtplib}: connect(): if self.debuglevel > 0: self._print_debug('connect:', (host, port))`},
  ],
  recipientLeadIns: [
    // str() of SMTPRecipientsRefused: its one argument, the dict {address: (code, resp)}.
    {text: 'smtprecipientsrefused: {\'', source: `${smtplib}: sendmail() raises SMTPRecipientsRefused(senderrs), senderrs[each] = (code, resp) of its rcpt()`},
    // The dict printed on its own, as a page prints the exception's value apart from its class's
    // name (Django's debug page: "SMTPRecipientsRefused at /path/", the value on the next line):
    // each refused address is a key, its (code, reply) the value; Python 2 prefixes a unicode key.
    {text: '{\'', source: `${smtplib}: str(SMTPRecipientsRefused) is str() of its one argument, the dict {recipient: (code, resp)}`},
    {text: '{u\'', source: `${smtplib}: the same dict under Python 2, its unicode keys printed u'...'`},
    {text: '), \'', source: `${smtplib}: the dict's next key after the (code, resp) tuple of the one before`},
  ],
  replyIntroductions: [
    {text: 'smtpheloerror: (', source: `${smtplib}: ehlo_or_helo_if_needed() raises SMTPHeloError(code, resp)`},
    {text: 'smtpconnecterror: (', source: `${smtplib}: connect() raises SMTPConnectError(code, msg) when the greeting is not 220`},
    {text: 'smtpsenderrefused: (', source: `${smtplib}: sendmail() raises SMTPSenderRefused(code, resp, from_addr) when MAIL FROM is refused`},
    {text: 'smtpdataerror: (', source: `${smtplib}: sendmail() raises SMTPDataError(code, resp) when DATA or the data is refused`},
    // No stage of its own: AUTH is none of a delivery's; the reply's code (RFC 4954's 535) says it.
    {text: 'smtpauthenticationerror: (', source: `${smtplib}: login() raises SMTPAuthenticationError(code, resp) with the last AUTH method's reply`},
  ],
  // The class's name apart from its arguments: an error tracker's title over the message, a log's
  // "exception type" field.
  exceptionNames: ['SMTPHeloError', 'SMTPConnectError', 'SMTPSenderRefused', 'SMTPRecipientsRefused', 'SMTPDataError'].map((name) => ({
    text: name.toLowerCase(),
    source: `${smtplib}: class ${name}, raised with the server's code and reply`,
  })),
  // str() of any of them, as an application prints its error without the class's name ("Error:
  // (550, b'...')"): the code, a comma, and the reply's text as a bytes literal.
  replyPairSeparators: [
    {text: ', b\'', source: `${smtplib}: SMTPResponseException.__init__ sets args = (code, msg), msg the reply's bytes as getreply() returns them, so str() prints "(550, b'...')"`},
    {text: ', b"', source: `${smtplib}: the same when the reply's text holds a single quote (Python's bytes repr)`},
  ],
  // An exception of sendmail() ends the call: smtplib keeps no queue, so the attempt to send is over.
  sendFailed: [
    {text: 'smtprecipientsrefused:', source: `${smtplib}: sendmail() raises SMTPRecipientsRefused when every RCPT TO was refused`},
    {text: 'smtpsenderrefused:', source: `${smtplib}: sendmail() raises SMTPSenderRefused`},
    {text: 'smtpdataerror:', source: `${smtplib}: sendmail() raises SMTPDataError`},
  ],
  stages: [
    {text: 'smtpheloerror: (', stage: 'HELO', source: `${smtplib}: ehlo_or_helo_if_needed()`},
    {text: 'smtpconnecterror: (', stage: 'CONNECT', source: `${smtplib}: connect()`},
    {text: 'smtpsenderrefused: (', stage: 'MAIL FROM', source: `${smtplib}: sendmail(), mail()`},
    {text: 'smtprecipientsrefused: {', stage: 'RCPT TO', source: `${smtplib}: sendmail(), rcpt()`},
    {text: 'smtpdataerror: (', stage: 'DATA', source: `${smtplib}: sendmail(), data()`},
  ],
} satisfies MtaFamily;
