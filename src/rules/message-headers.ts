/**
 * Header fields of an ordinary message, which a notice's own text never starts a line with: a run
 * of them in a notice's text is the header block of the returned original, whose addresses and
 * numbers (`X-Mailman-Version: 2.1.5`, `List-Help: <mailto:...>`) are not the notice's. Lower-case
 * names, each with where it is defined.
 */
export const messageHeaderNames: readonly {readonly name: string; readonly source: string}[] = [
  {name: 'received', source: 'RFC 5322 §3.6.7'},
  {name: 'return-path', source: 'RFC 5322 §3.6.7'},
  {name: 'message-id', source: 'RFC 5322 §3.6.4'},
  {name: 'in-reply-to', source: 'RFC 5322 §3.6.4'},
  {name: 'references', source: 'RFC 5322 §3.6.4'},
  {name: 'date', source: 'RFC 5322 §3.6.1'},
  {name: 'from', source: 'RFC 5322 §3.6.2'},
  {name: 'sender', source: 'RFC 5322 §3.6.2'},
  {name: 'reply-to', source: 'RFC 5322 §3.6.2'},
  {name: 'to', source: 'RFC 5322 §3.6.3'},
  {name: 'cc', source: 'RFC 5322 §3.6.3'},
  {name: 'bcc', source: 'RFC 5322 §3.6.3'},
  {name: 'subject', source: 'RFC 5322 §3.6.5'},
  {name: 'mime-version', source: 'RFC 2045 §4'},
  {name: 'delivered-to', source: 'RFC 9228'},
  {name: 'envelope-to', source: 'Exim specification, the generic transport option envelope_to_add ("Envelope-to:", the envelope recipients, added at delivery)'},
  {name: 'x-original-to', source: 'Postfix local(8) and virtual(8) manuals ("X-Original-To:", the original recipient address, added at delivery)'},
  {name: 'dkim-signature', source: 'RFC 6376 §3.5'},
  {name: 'authentication-results', source: 'RFC 8601'},
  {name: 'list-id', source: 'RFC 2919'},
  {name: 'list-help', source: 'RFC 2369 §3.1'},
  {name: 'list-unsubscribe', source: 'RFC 2369 §3.2'},
  {name: 'list-subscribe', source: 'RFC 2369 §3.3'},
  {name: 'list-post', source: 'RFC 2369 §3.4'},
  {name: 'list-owner', source: 'RFC 2369 §3.5'},
  {name: 'list-archive', source: 'RFC 2369 §3.6'},
  {name: 'x-mailman-version', source: 'GNU Mailman (Mailman/Handlers/CookHeaders.py: X-Mailman-Version)'},
  {name: 'x-mailer', source: 'common mail clients\' extension field (RFC 2076 §3.13)'},
  {name: 'user-agent', source: 'RFC 2076 §3.13 (mail clients)'},
];

/**
 * Preambles: the text before a multipart's first part, which MIME readers ignore (RFC 2046
 * §5.1.1). It says nothing of a delivery, so it is never a notice's diagnostic.
 */
export const mimePreambles: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'this is a mime-encapsulated message', source: 'vdukhovni/postfix postfix/src/bounce/bounce_notify_util.c (bounce_header: the notice\'s preamble)'},
  {text: 'this is a multi-part message in mime format', source: 'the preamble Microsoft Exchange and Mozilla clients write (RFC 2046 §5.1.1 preamble)'},
  {text: 'this is a multipart message in mime format', source: 'RFC 2046 §5.1.1 preamble, as mail clients word it'},
  {text: 'this is a message in mime format', source: 'RFC 2046 §5.1.1 preamble, as mail clients word it'},
  {text: 'this is a mime formatted message', source: 'RFC 2046 §5.1.1 preamble, as mail clients word it'},
];

/**
 * Header fields that mark a complaint feed's report sent without an ARF part (RFC 5965): the whole
 * message is the report, and the complained-of copy follows in its body. `value`, when given, is
 * the field's value (lower case, the whole of it); `recipient` marks the field that names the
 * complainant's address. Lower-case names.
 */
export const feedbackLoopHeaders: readonly {readonly name: string; readonly value?: string; readonly recipient?: true; readonly source: string}[] = [
  {
    name: 'x-hmxmroriginalrecipient',
    recipient: true,
    source: 'cfortune/PHP-Bounce-Handler bounce_driver.class.php (is_an_ARF: the field in the report\'s header or in its first part makes it a Hotmail complaint, its value the recipient; secondary: formats seen in the wild); Outlook.com JMRP (Junk Mail Reporting Program) reports',
  },
  {
    name: 'x-loop',
    value: 'scomp',
    source: 'cfortune/PHP-Bounce-Handler bounce_driver.class.php (is_an_ARF: "X-Loop: scomp", AOL\'s complaint feed before ARF; the complained-of copy\'s To is the recipient; secondary: formats seen in the wild)',
  },
];

/**
 * The sentence a complaint feed's report opens its human-readable part with (RFC 5965 §2 (b): the
 * first part says what the report is), as the specifications' own examples and report generators
 * write it: "This is a(n) <kind of> report for an email message received from ...", a sentence that
 * opens with "this is a" (a report generator may leave out "received", or name a domain). A report
 * pasted from webmail, its machine-readable part shown as an attachment, is still told by it.
 * Lower case.
 */
export const feedbackReportSentences: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'report for an email message ', source: 'RFC 5965 Appendix B.1 ("This is an email abuse report for an email message received from IP 192.0.2.1 on ..."); RFC 6591 Appendix B ("This is an authentication failure report for an email message received from IP ...")'},
  {text: 'report for an email received from', source: 'indimail/indimail-mta qarf(1), the default text of the reports it generates ("This is an email abuse report for an email received from IP ...")'},
];

/**
 * The words a complaint report's opening sentence starts with, at most 80 characters before its
 * `feedbackReportSentences` text (RFC 5965 Appendix B.1, RFC 6591 Appendix B: "This is an email
 * abuse report ...", "This is an authentication failure report ..."). Lower case.
 */
export const feedbackReportOpening = 'this is a';

/**
 * The Feedback-Type a report's opening sentence names before "report for" (RFC 5965 §7.3's
 * registry; RFC 6591 adds auth-failure); a sentence that names none is an abuse report, as
 * RFC 5965's own example is. Lower case.
 */
export const feedbackTypeWords: readonly {readonly text: string; readonly feedbackType: string; readonly source: string}[] = [
  {text: 'authentication failure', feedbackType: 'auth-failure', source: 'RFC 6591 Appendix B'},
  {text: 'authentication-failure', feedbackType: 'auth-failure', source: 'RFC 6591 §3.1 (Feedback-Type: auth-failure)'},
  {text: 'opt-out', feedbackType: 'opt-out', source: 'draft-shafranovich-feedback-report (the ARF draft before RFC 5965: Feedback-Type opt-out, an "opt-out report")'},
  {text: 'fraud', feedbackType: 'fraud', source: 'RFC 5965 §7.3 (fraud)'},
  {text: 'virus', feedbackType: 'virus', source: 'RFC 5965 §7.3 (virus)'},
];

/**
 * Feedback-Type values (IANA's Feedback Report Type Values registry) whose report is no recipient's
 * complaint, with what it reports instead: a reason to explain it by, or none when nothing is to be
 * done. Every other type (abuse, fraud, virus, other, opt-out) is a complaint: stop mailing them.
 */
export const feedbackTypesWithoutComplaint: ReadonlyMap<string, {readonly reason?: 'authfailure'; readonly source: string}> = new Map([
  ['auth-failure', {reason: 'authfailure', source: 'RFC 6591 §3.1 and §6.1: "auth-failure", a report that a message failed the receiver\'s authentication checks (SPF, DKIM, DMARC), sent to the sending domain\'s owner: no user complained, the sender\'s authentication is to be fixed'}],
  ['not-spam', {source: 'RFC 6430 §3: "not-spam", "the entire message has been reported as not being spam": the opposite of a complaint, nothing to act on'}],
]);

/**
 * The sentence a mail client writes in the unsubscribe request it sends for its user to a list's
 * List-Unsubscribe mailto address (RFC 2369 §3.2): the subscriber opts out, a feedback of type
 * opt-out rather than an automatic reply, though the client marks it auto-submitted. Lower case,
 * matched in the body's opening words.
 */
export const unsubscribeRequestSentences: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'apple mail sent this email to unsubscribe from the message', source: 'Spam Resource, "FAQ: List Unsubscribe on Apple Mail on iOS" (2023-02): Apple Mail sends the list-unsubscribe address a message whose body reads "Apple Mail sent this email to unsubscribe from the message "<subject>""'},
];

/**
 * Words that stand for a complainant's address a complaint feed withheld (RFC 6590 §3: a report's
 * redacted fields; Original-Rcpt-To: redacted@..., "Undisclosed recipients"): such a value names no
 * one, and a report that also names the address another way (Removal-Recipient) is about that one.
 * Lower case, matched in the field's value.
 */
export const withheldComplainantWords: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'redacted', source: 'cfortune/PHP-Bounce-Handler bounce_driver.class.php ("some servers will remove the name of the original intended recipient from the FBL report, replacing it with redacted@rcpt-hostname.com": /Undisclosed|redacted/ gives way to Removal-Recipient; secondary: formats seen in the wild); RFC 6590 §3'},
  {text: 'undisclosed', source: 'cfortune/PHP-Bounce-Handler bounce_driver.class.php (same test: "Undisclosed"; secondary: formats seen in the wild)'},
];
