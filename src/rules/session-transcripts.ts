/**
 * How an SMTP session reads when a client prints it or a person types it: each command of the
 * client on a line of its own, each answered on the next by the server's reply (RFC 5321 §4.1, §4.2),
 * and the marks a client puts before the lines it sent and received.
 */

const swaksDoc = 'jetmore/swaks, the reference documentation (doc/ref.txt, "--show-raw-text" and the transcript\'s prefixes): "===" what swaks says, "->" a line sent, "<-" a line received, "<**" a reply received that is an error, "~>" / "<~" / "<~*" the same inside TLS, "***" swaks\'s own error';

export interface SessionMark {
  /** The mark, without the blanks that follow it. */
  readonly text: string;
  readonly source: string;
}

/** A word that names the number after it a server's reply (`replyLabels`). */
export interface ReplyLabel extends SessionMark {
  /**
   * A verb ("said", "replied") names a reply only with a quote mark before the number, or "with"
   * that makes the number its object: 'it says "554 ..."' and "the server responded with 554 ..."
   * quote one, "And then he said: 550 people came" does not. A noun ("error 550") needs none.
   */
  readonly quotes?: true;
}

/** Marks before the lines a client sent: its commands and the message's lines. */
export const sentLineMarks: readonly SessionMark[] = [
  {text: '->', source: swaksDoc},
  {text: '~>', source: `${swaksDoc}: inside TLS`},
];

/** Marks before the lines a client received: the server's replies. */
export const receivedLineMarks: readonly SessionMark[] = [
  {text: '<-', source: swaksDoc},
  {text: '<**', source: `${swaksDoc}: a reply that is an error`},
  {text: '<~', source: `${swaksDoc}: inside TLS`},
  {text: '<~*', source: `${swaksDoc}: an error reply inside TLS`},
];

const bsdTelnet = 'BSD telnet, usr.bin/telnet/telnet.c (4.3BSD; its descendants in netkit-telnet and inetutils keep the words)';

/**
 * The lines a telnet client prints around a session a person holds with a server by hand, each a
 * line of its own: after "Escape character is ..." the server's greeting or refusal comes, and
 * "Connection closed by foreign host." follows the server's last line. A page that joined a
 * pasted session's lines leaves them in the text as the places its lines broke.
 */
export const telnetStatusLines: readonly SessionMark[] = [
  {text: "Escape character is '^]'.", source: `${bsdTelnet}: status() prints "Escape character is '%s'." once connected, the escape character ^] by default (escape = CTRL(']'))`},
  {text: 'Connection closed by foreign host.', source: `${bsdTelnet}: tn() prints "Connection closed by foreign host." when the server closes the connection`},
];

/**
 * The words that name the number right after them a server's reply when a person or a program
 * quotes one in a sentence or a log line: "error 550 ...", "SMTP error: 554 ...", "Server
 * response: 550 ...", "it says \"554 ...\"". RFC 5321 §4.2 calls what a server answers a command
 * its reply, made of a reply code and text, and its §4.2.1 names the 4yz and 5yz replies the
 * negative, error, ones; clients print the words of that vocabulary before the reply they
 * quote. Everyday words all, so they name a reply only right before a code, and only where the
 * text quotes no reply in a reply's own place (`findReplyCodes`).
 */
export const replyLabels: readonly ReplyLabel[] = [
  {text: 'reply', source: 'RFC 5321 §4.2 "SMTP Replies": every command generates exactly one reply, a three-digit code and text'},
  {text: 'replied', quotes: true, source: 'RFC 5321 §4.2: the server replies to each command'},
  {text: 'response', source: 'RFC 5321 §4.2 and §4.2.1: the text of a reply is the response ("the server response was:", .NET SmtpException; "Server Response:", Outlook Express and Windows Live Mail)'},
  {text: 'responded', quotes: true, source: 'RFC 5321 §4.2: the server responds to each command'},
  {text: 'error', source: 'RFC 5321 §4.2.1: 4yz and 5yz are negative completion replies, the errors a client reports ("SMTP Error:", PHPMailer\'s language file; "SMTP error from remote mail server", Exim\'s deliver.c)'},
  {text: 'said', quotes: true, source: 'Postfix smtp_proto.c, "host %s said: %s"; qmail-remote, "Remote host said:"'},
  {text: 'says', quotes: true, source: 'the present tense of "said" above, as a person quotes a notice'},
  {text: 'answered', quotes: true, source: 'RFC 5321 §4.2: a reply answers a command'},
  {text: 'returned', quotes: true, source: 'Exchange\'s "Remote Server returned" (Microsoft, NDRs in Exchange Online)'},
  {text: 'code', source: 'RFC 5321 §4.2: the reply code'},
];

/**
 * The reply codes that HTTP gives a meaning too (RFC 9110 §15.6: 500 to 504): after "error" or
 * "code" a number of these is as likely a web server's status, so they count only where a reply
 * is quoted in full elsewhere (with its enhanced code, at a line's start).
 */
export const codesSharedWithHttp: ReadonlySet<string> = new Set(['500', '501', '502', '503', '504']);

/**
 * The TCP ports a client talks SMTP to: a host name right before one, after a colon
 * ("smtp.example.com:587"), is the server the client was connected to, as programs name it in
 * their errors and logs. The registered ports, and 2525, which sending services offer where 25 and
 * 587 are blocked.
 */
export const mailPorts: readonly {readonly port: string; readonly source: string}[] = [
  {port: '25', source: 'RFC 5321 §4.5.4.2 (a server keeps a listen on "the SMTP port (specified by IANA as port 25)"); IANA Service Name and Transport Protocol Port Number Registry, "smtp" 25/tcp'},
  {port: '587', source: 'RFC 6409 §3.1 (Message Submission on port 587); IANA registry, "submission" 587/tcp'},
  {port: '465', source: 'RFC 8314 §3.3 and §7.3 (Message Submission over implicit TLS on port 465); IANA registry, "submissions" 465/tcp'},
  {port: '2525', source: 'Mailchimp Developer, "SMTP Integration" (https://mailchimp.com/developer/transactional/docs/smtp-integration/: "Use ports 25, 587, or 2525"); Twilio SendGrid, "Integrating with the SMTP API" (ports 25, 2525 or 587)'},
];

/**
 * The 4xx reply codes that web APIs answer with as often as any mail server: RFC 9110 §15.5.21's
 * "422 Unprocessable Content", a request's fields refused (SparkPost's REST API gives it for invalid
 * data, SparkPost/support-docs content/docs/tech-resources/extended-error-codes.md: 1300, 1400,
 * 2002, ...). RFC 5321's own 4xx codes keep their mail meaning; HTTP's 421 and 451 are rare.
 */
export const clientErrorsSharedWithHttp: ReadonlySet<string> = new Set(['422']);
