/**
 * Words that say a refusal was about the recipient's address itself, which decides whether "user
 * unknown" is a dead address or a filter speaking (see `answersRecipient` in the classifier).
 * Lower-case; each comment names the server whose notices use the words.
 */

/** Phrases that speak of the recipient address itself, whatever command they answered. */
export const recipientPhrases: readonly string[] = [
  'recipnotfound', // exchange RESOLVER.ADR.RecipNotFound
  'recipientnotfound', // exchange RESOLVER.ADR.RecipientNotFound
  'recipient name is not recognized', // exchange 2003
  'address couldn\'t be found', // gmail
  'email address wasn\'t found at the destination domain', // exchange, the classic NDR's text for the sender (shared reference ndr-formats.md §2)
  'wasn\'t found at', // exchange online, the NDR's headline "bob wasn't found at example.org." (ndr-formats.md §2)
  'no valid recipients', // verizon mms gateway, various
  'not listed in domino directory', // lotus domino: the directory has no such person
  'not listed in public name & address book', // lotus notes: the same, in its older words (src/rules/reasons/user-unknown.ts)
  'address you entered couldn\'t be found', // exchange 2010 and later, the NDR's user information for 5.1.1 ("The e-mail address you entered couldn't be found"; src/rules/reasons/user-unknown.ts)
  'was not found in the recipient\'s e-mail system', // exchange 2007, the same ("The recipient's e-mail address was not found in the recipient's e-mail system")
  'and other recipients in the same domain', // trend micro interscan: "Unable to deliver message to <rcpt> (and other recipients in the same domain). Please check if address is correct."
];

/**
 * Phrases that name the recipient only when a report backs them with a status: alone, servers
 * also use them for refusals by a filter after the recipient was accepted.
 */
export const reportedRecipientPhrases: readonly string[] = [
  'unknown recipient', // exchange "returned unknown recipient or mailbox unavailable"
  'mailbox unavailable', // exchange, outlook.com
  'doesn\'t have a', // yahoo "This user doesn't have a yahoo.com account"
  'invalid recipient', // various
  'no such user here', // sendmail
  'recipient address rejected', // postfix
  'destinataire invalide', // orange / la poste
];

/**
 * What a server writes right after the address its reply is about, so that the reply names that
 * address as its subject: "550 5.1.1 <bob@example.org>... User unknown", "550 bob@example.org...
 * No such user". Read after the address, bare or in angle brackets.
 */
export const recipientTags: readonly string[] = [
  // sendmail err.c, fmtmsg(): 'output the "to" person', sprintf(eb, "%s... ", to) before the text
  // of every usrerr() and message() about a recipient (8.x, "@(#)err.c 8.26 (Berkeley) 3/11/94").
  '... ',
];

/**
 * Prefixes of an address that encapsulates another, with how the inner one is written: Exchange's
 * IMCEA encapsulation of an SMTP address, "IMCEASMTP-<address>@<gateway>", each character an
 * address may not hold written "+" and its hex code ("+40" for "@", "+2E" for "."). An NDR names
 * the recipient so when an address book entry held it that way: the address the sender gave is
 * the inner one. Lower-case.
 */
export const encapsulatedAddressPrefixes: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'imceasmtp-', source: 'Microsoft KB Q189492 "XFOR: IMCEASMTP-swadmin+40corporate+2ecom@* in NDR Message" (the encapsulated SMTP address and its "+XX" escapes); Exchange\'s RESOLVER.ADR.SmtpInSmtp "encapsulated SMTP address inside an SMTP address (IMCEASMTP-)"'},
];

/**
 * How a list or a mailer writes a recipient into its own bounce address (VERP, variable envelope
 * return path): the bounce address's local part, the separator, the recipient's local part, the
 * equals sign and the recipient's domain ("list-bounces+bob=example.org@lists.example.net"). An
 * address in that form alone on its line where a failed recipient stands is the recipient it
 * encodes: a paste that quotes the list's bounce address beside the refusal names no other one.
 * Where a template's words go on after it ("<x+y=z@host>: host ... said:"), it is the refused
 * address as written (an alias service's addresses take the same form).
 */
export const verpFormats: readonly {readonly separator: string; readonly equals: string; readonly source: string}[] = [
  {separator: '+', equals: '=', source: 'GNU Mailman 2 Mailman/Defaults.py: VERP_FORMAT = \'%(bounces)s+%(mailbox)s=%(host)s\', VERP_REGEXP = r\'^(?P<bounces>[^+]+?)\\+(?P<mailbox>[^=]+)=(?P<host>[^@]+)@.*$\'; Postfix VERP_README: the default delimiters "+=", "prefix+user=domain@origin"'},
];

/**
 * Prefixes of an address that encapsulates an X.500 name, which carries no SMTP address: Exchange's
 * "IMCEAEX-_O=..._CN=RECIPIENTS_CN=<name>@<domain>", a recipient's old LegacyExchangeDN kept by an
 * address book's auto-complete cache. The NDR names the recipient so in its diagnostics while its
 * user information names the person. Lower-case.
 */
export const x500AddressPrefixes: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'imceaex-', source: 'Microsoft Learn "IMCEAEX non-delivery report when you send email messages to an internal user in Microsoft 365" (support.microsoft.com KB 2807779): "the recipient address in the NDR resembles IMCEAEX-_O=MMS_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP..."; the user no longer has that LegacyExchangeDN'},
];

/**
 * Local parts of the addresses a mail system writes its notices from, which no failure is about:
 * a webmail's list or a pasted header line puts the notice's sender first ("Mailer-daemon@yahoo.com
 * Failure notice: ..."). Not "postmaster", which mail is sent to (RFC 5321 §4.5.1) and may fail.
 * Lower-case.
 */
export const noticeSenderLocalParts: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'mailer-daemon', source: 'the sender of the notices of Sendmail, Postfix, Exim, qmail and Yahoo, "MAILER-DAEMON@<host>" (shared/reference ndr-formats.md §1, §3, §4; notice-signals.ts); a notice is sent with a null reverse-path (RFC 5321 §4.5.5), so no mail to it is bounced back'},
];
