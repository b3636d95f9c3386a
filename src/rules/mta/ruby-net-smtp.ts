import type {MtaFamily} from '../types.ts';

// Ruby's net/smtp (ruby/net-smtp lib/net/smtp.rb), the SMTP client of Ruby applications (Rails'
// ActionMailer and the mail gem deliver through it): a refused command raises an exception whose
// message is the server's reply, code first, and a log or an error page prints it after the class's
// name: "Net::SMTPFatalError: 550 5.1.1 <bob@example.org>: Recipient address rejected", or Rails'
// "Net::SMTPFatalError (554 Message rejected: ...)". Its words say no more than the reply's class:
// SMTPServerBusy is "a temporary error", as its documentation says, and nothing says the
// application will not try again.
const netSmtp = 'ruby/net-smtp lib/net/smtp.rb (Net::SMTP::Response#exception_class: 4xx SMTPServerBusy, 500 SMTPSyntaxError, other 5xx SMTPFatalError, 53x SMTPAuthenticationError, else SMTPUnknownError; check_response raises it with the response\'s message)';
const errorDocs = 'https://ruby-doc.org/stdlib-2.6/libdoc/net/smtp/rdoc/Net/SMTPFatalError.html ("Represents a fatal SMTP error (error code 5xx, except for 500)"); Net::SMTPServerBusy "Represents SMTP error code 4xx, a temporary error"';

/** How Ruby prints an exception nothing rescued: its message, then its class's name in parentheses. */
const uncaughtFormat = 'ruby/ruby eval_error.c (print_errinfo: the message, then " (", the class\'s name, ")"), as in "net/smtp.rb:975:in `check_response\': 550 5.1.1 ... (Net::SMTPFatalError)"';

/** Its exceptions for a refused command other than AUTH, each carrying the server's reply. */
const replyExceptions = ['SMTPFatalError', 'SMTPServerBusy', 'SMTPSyntaxError', 'SMTPUnknownError'];

/** Ruby net/smtp's exceptions for a refused command, each carrying the server's reply. */
export default {
  id: 'ruby-net-smtp',
  name: 'Ruby net/smtp',
  source: `${netSmtp}; ${errorDocs}`,
  replyIntroductions: [
    // The class's name, then the reply: after ": " in a log or a backtrace, in parentheses on Rails'
    // error page.
    ...replyExceptions.flatMap((name) => [
      {text: `${name.toLowerCase()}: `, source: `${netSmtp}: raise ${name}, res.message; printed "Net::${name}: <message>"`},
      {text: `${name.toLowerCase()} (`, source: `${netSmtp}; Rails' error page and log print "Net::${name} (<message>)"`},
    ]),
    {text: 'smtpauthenticationerror: ', source: `${netSmtp}: authenticate raises SMTPAuthenticationError with the AUTH reply`},
  ],
  // The class's name apart from the reply: Ruby prints an uncaught exception as "<file>:<line>:in
  // '<method>': <message> (<class>)", and error trackers show the class and the message in fields of
  // their own. The name with or without its module: a tracker may print either.
  exceptionNames: replyExceptions.map((name) => ({
    text: name.toLowerCase(),
    source: `${netSmtp}: raise ${name}, res.message; ${uncaughtFormat}`,
  })),
} satisfies MtaFamily;
