/**
 * The shapes of the rules data. Everything under `src/rules` is plain data that satisfies these
 * types; the decoder (`src/decoder`) is the only code that interprets it.
 */

/** The reason vocabulary of `shared/reference/reasons.md`: the stable machine names. */
export const reasonIds = [
  'userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'mailboxfull', 'suspend', 'exceedlimit',
  'mesgtoobig', 'filtered', 'rejected', 'blocked', 'badreputation', 'requireptr', 'authfailure',
  'securityerror', 'policyviolation', 'spamdetected', 'virusdetected', 'contenterror',
  'notcompliantrfc', 'speeding', 'toomanyconn', 'norelaying', 'syntaxerror', 'systemerror',
  'systemfull', 'networkerror', 'expired', 'failedstarttls', 'mailererror', 'suppressed', 'onhold',
  'undefined', 'delivered', 'vacation', 'feedback',
] as const;

export type ReasonId = (typeof reasonIds)[number];

/** Provider ids: one file per provider under `src/rules/providers/`, file name = id. */
export const providerIds = [
  'google', 'microsoft365', 'outlook-com', 'yahoo', 'apple', 'comcast', 'cox', 'zoho', 'mimecast',
  'proofpoint', 'barracuda', 'amazon-ses', 'orange', 'spamhaus', 'spamcop', 'cloudmark', 'proton',
  'messagelabs', 'tencent', 'godaddy', 'spectrum', 'facebook', 't-online', 'iua', 'nttdocomo',
  'mailru', 'yandex', 'gmx', 'web-de', 'ionos', 'free', 'netease', 'cloudflare', 'seznam',
  'interia', 'wp', 'onet', 'rambler', 'ukr-net', 'abv', 'strato', 'all-inkl', 'eclipso', 'posteo',
  'mailbox-org', 'freenet', 'libero', 'aruba', 'sfr', 'ovh', 'swisscom', 'telenet', 'ziggo', 'kpn',
  'bt', 'naver', 'kakao', 'yahoo-japan', 'biglobe', 'nifty', 'kddi-au', 'softbank', 'sina', 'sohu',
  'china-mobile-139', 'aliyun', 'rediff', 'uol', 'telstra', 'fastmail', 'tuta', 'rackspace',
  'titan', 'mailchannels', 'trend-micro', 'cisco-secure-email', 'sophos', 'hornetsecurity',
  'forcepoint', 'spamexperts', 'forwardemail', 'improvmx', 'postini', 'att', 'earthlink',
  'centurylink', 'optimum', 'bell', 'shaw', 'talktalk', 'xtra', 'virgilio', 'terra', 'iinet',
  'rogers', 'sky', 'virgin-media', 'tiscali', 'centrum-cz', 'sapo',
  'mweb', 'frontier', 'windstream', 'united-online', '21cn', 'hrvatski-telekom',
  'hetzner', 'gandi', 'hostinger', 'one-com', 'infomaniak', 'uberspace', 'namecheap', 'migadu', 'purelymail',
  'vade', 'retarus', 'smtp2go',
  'telus', 'proximus', 'a1', 'telia', 'telenor', 'ocn', 'so-net', 'nate', 'tom', 'walla', 'vodafone-de',
  'trustwave', 'spamtitan', 'appriver', 'fortimail-cloud', 'mandrill',
  'sendgrid', 'mailgun', 'postmark', 'sparkpost', 'mailjet', 'brevo', 'elastic-email', 'socketlabs', 'resend', 'mailtrap', 'mailersend', 'mailchimp',
] as const;

export type ProviderId = (typeof providerIds)[number];

/** The class digit shared by reply codes and enhanced status codes. */
export type StatusClass = '2' | '4' | '5';

/** One RFC 5321 basic reply code (`550`). */
export interface ReplyCodeRule {
  readonly code: string;
  /** Short meaning in our own words, e.g. "Mailbox unavailable (not found, no access, or policy)". */
  readonly meaning: string;
  /**
   * The reply's text as RFC 5321 §4.2.2 lists it ("Command parameter not implemented"): words any
   * server may print after the code, so no provider's own.
   */
  readonly text?: string;
  /** `core` = RFC 5321 itself; `extension` = AUTH, STARTTLS, ETRN, RFC 7504 and the like. */
  readonly kind: 'core' | 'extension';
  /** Where it is defined, e.g. "RFC 5321 §4.2.3". */
  readonly source: string;
  /**
   * The reason the reply names by itself, when neither the text nor an enhanced code names one:
   * only a reply whose defined meaning is a single cause (500–504: the command or its syntax).
   */
  readonly reason?: ReasonId;
  /**
   * The one command this reply answers, where its definition ties it to one (RFC 4954's 235 and
   * its 530, 534, 535 and 538 answer AUTH, or a command refused for want of it): its `reason` then
   * stands over the reply's words, which speak of a login ("authentication failed"), not of SPF or
   * DKIM, and alone it tells of a login, not of a message.
   */
  readonly answers?: 'AUTH';
}

/** One entry of the IANA enhanced status registry, written class-free (`X.1.1`). */
export interface StatusCodeRule {
  /** `X.1.1` form: the subject and detail; the class comes from the code being decoded. */
  readonly code: string;
  readonly title: string;
  /** One or two sentences in our own words. */
  readonly description: string;
  /** Classes the registry allows for it. */
  readonly classes: readonly StatusClass[];
  /** The RFCs the registry cites. */
  readonly source: string;
}

/** Class (X) or subject (Y) sub-code meanings of RFC 3463. */
export interface StatusPartRule {
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

/** How to recognise a provider from the reply or the bounce, and where its docs are. */
export interface ProviderInfo {
  readonly id: ProviderId;
  /** Display name, e.g. "Google (Gmail / Google Workspace)". */
  readonly name: string;
  /** Lower-case host name suffixes of its mail servers, e.g. ".google.com", "aspmx.l.google.com". */
  readonly hostSuffixes: readonly string[];
  /** Lower-case substrings that only this provider puts in its replies, e.g. "- gsmtp". */
  readonly replyMarkers: readonly string[];
  /**
   * The mail domains whose mailboxes the provider itself holds (its users' addresses: gmail.com),
   * lower case: a verdict on such a mailbox (no such user, full, closed) can only be its own.
   */
  readonly mailboxDomains?: readonly string[];
  /** Where `mailboxDomains` come from. */
  readonly mailboxDomainsSource?: string;
  /**
   * The names people write for the provider in their own words ("yandex returned 550 ...", "my
   * Gmail address"), lower case, as its own pages (`docsUrl`, `source`) write its brand: each
   * distinctive as a word. A name that is also an everyday word (Orange, Free, Sky, Resend) or a
   * program's (Outlook, the client) is left out; its mail domains (`mailboxDomains`) still name it.
   */
  readonly names?: readonly string[];
  /** Its main documentation of SMTP errors. */
  readonly docsUrl: string;
  /** Where these facts come from. */
  readonly source: string;
  /**
   * A blocklist that other servers consult (Spamhaus, SpamCop): the reply codes are those of the
   * server quoting the listing, so its rows match on their text alone.
   */
  readonly quotedByOtherServers?: boolean;
  /**
   * The provider whose servers and code base this one's mail runs on: its servers answer in that
   * provider's documented codes, whose rows explain a reply from one of its hosts that none of its
   * own rows does. The provider that answered stays this one.
   */
  readonly platform?: {readonly provider: ProviderId; readonly source: string};
}

/** One provider-specific reply, matched on codes and text. Every provider uses this one shape. */
export interface ProviderRow {
  /** Basic reply code when the source states it. */
  readonly reply?: string;
  /** Enhanced status code (x.y.z) when the source states it. */
  readonly status?: string;
  /**
   * A range of enhanced codes the source documents as one reply (Microsoft's 5.7.606-649), first
   * and last: any code in it matches the row, with or without the row's text.
   */
  readonly statusRange?: readonly [first: string, last: string];
  /**
   * The SMTP stage the reply must have answered, where the source gives the same words two meanings
   * by stage (docomo's "550 Unknown user": no such address at RCPT TO, a refused sender after DATA):
   * the row matches only a reply the notice says answered that stage.
   */
  readonly stage?: SmtpStage;
  /** The provider's own token: `TSS04`, `RP-001`, `CS01`, `CXBL`, `AS(201806281)`. */
  readonly providerCode?: string;
  /** Lower-case substrings; the row matches when any one is found in the reply text. */
  readonly text: readonly string[];
  /**
   * The source is the provider's own list of what its servers reply (Yandex's help page of its
   * replies), so these words, at 30 characters or more, name the provider even with no code beside
   * them. Words a source only quotes (a knowledge-base article about replies any server sends) carry
   * no such mark: they name no one without their code.
   */
  readonly ownWords?: true;
  /** The reason this reply means, from our vocabulary. */
  readonly reason: ReasonId;
  /** What it means, in our own words. */
  readonly meaning: string;
  /** What the sender should do, in our own words. */
  readonly action: string;
  /** Link to the provider's documentation for this error. */
  readonly docsUrl: string;
  /** Where the row comes from (official doc, observed bounce, ...). */
  readonly source: string;
}

export interface ProviderRules {
  readonly info: ProviderInfo;
  readonly rows: readonly ProviderRow[];
}

/** What the sender should do about a failure, in words a person can act on. */
export interface ActionRule {
  readonly id:
    | 'none' | 'retry' | 'wait' | 'suppress' | 'fix-address' | 'fix-authentication' | 'request-delisting'
    | 'slow-down' | 'fix-content' | 'contact-recipient' | 'fix-sender' | 'fix-server';
  readonly summary: string;
  readonly steps: readonly string[];
}

/**
 * One bounce reason: its meaning for people and the phrases that reveal it in a reply.
 * Phrases are matched as lower-case substrings of the normalised diagnostic text (never as
 * regular expressions, so matching stays linear on hostile input).
 */
export interface ReasonRule {
  readonly id: ReasonId;
  /** Short human title: "The address does not exist". */
  readonly title: string;
  /** The title of a temporary (4xx) failure with this reason, when the plain one would mislead. */
  readonly temporaryTitle?: string;
  readonly description: string;
  /** Lower-case substrings; any one reveals the reason. A trailing comment names where it is seen. */
  readonly phrases: readonly string[];
  /** Lower-case substrings that rule this reason out even when a phrase matches. */
  readonly exceptWhen?: readonly string[];
  /** Fragments that must appear in this order (a variable middle between them). */
  readonly phraseSequences?: readonly (readonly string[])[];
  /** What to do when this is the reason of a permanent (5xx) failure. */
  readonly action: ActionRule;
  /** What to do when it is temporary (4xx), when that differs. */
  readonly temporaryAction?: ActionRule;
}

/**
 * The languages notices are written in that the rules know words of, as BCP 47 primary language
 * subtags: the extension's interface languages (English, German, French, Spanish, Italian, Dutch,
 * Portuguese, Japanese), and Swedish, Russian, Chinese, Polish, Korean, Czech, Slovak, Hungarian,
 * Norwegian (Bokmål) and Finnish; then the languages a webmail's translated errors are written in
 * (Roundcube's language files, src/rules/mta/roundcube.ts).
 */
export const noticeLanguages = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'sv', 'ru', 'zh', 'pl', 'ko', 'cs', 'sk', 'hu', 'nb', 'fi',
  'ar', 'ast', 'az', 'be', 'bg', 'br', 'bs', 'ca', 'cy', 'da', 'el', 'et', 'eu', 'fa', 'fo', 'fy', 'ga', 'gl', 'he', 'hr', 'hy', 'ia', 'id', 'is', 'ka', 'km', 'lb', 'lt', 'lv', 'mk', 'nn', 'ro', 'sl', 'sq', 'sr', 'ta', 'tr', 'uk', 'uz', 'vi'] as const;

export type NoticeLanguage = (typeof noticeLanguages)[number];

/**
 * One fixed text of a mail server's template: lower-case, white space folded, composed (NFC) and
 * in plain typography (straight apostrophes, ASCII colons and spaces: the decoder folds a notice's
 * typography to these before it reads it), with where it is written.
 */
export interface TemplateText {
  readonly text: string;
  /** The language of the text, when it is not English (a notice written in the reader's language). */
  readonly language?: NoticeLanguage;
  /** Repository and file, or the vendor's page, where the server writes this text. */
  readonly source: string;
  /**
   * Words that follow the text a few characters on, past a count the template fills in: "delivery
   * failed " is IMail's only where " attempts:" follows its number ("Delivery failed 5 attempts:"),
   * not in a program's "message delivery failed to /var/mail/...". Read for permanence words.
   */
  readonly followedBy?: string;
  /**
   * Of permanence words: a log line's own verdict of the delivery (ZoneMTA's "DEFERRED[network]"),
   * or a sending program's whole error message (PHPMailer's "SMTP Error: data not accepted."),
   * which says the outcome alone however short it is, as a clause of a template does.
   */
  readonly verdict?: true;
}

/** The SMTP stage a reply answered: the connection (greeting), HELO/EHLO, MAIL FROM, RCPT TO or DATA. */
export type SmtpStage = 'CONNECT' | 'HELO' | 'MAIL FROM' | 'RCPT TO' | 'DATA';

/** Template words that name the SMTP stage that failed ("does not like recipient" → RCPT TO). */
/** A log's flag before a recipient (`loggedRecipientFlags`), with the message id it must follow. */
export interface LoggedRecipientFlag extends TemplateText {
  /**
   * A regular expression's source, lower case and of bounded repetitions only, for the log's
   * message id that stands right before the flag, one space between them.
   */
  readonly idBefore: string;
  /**
   * What the log says happened to the address on the flag's line: delivered, failed for good, or
   * deferred; none where the line names an attempt whose result the lines below give.
   */
  readonly outcome?: 'delivered' | 'failed' | 'deferred';
}

export interface StageText extends TemplateText {
  readonly stage: SmtpStage;
}

/** A sending server's own error of an attempt that met no reply (`ownErrors`), with its enhanced code. */
export interface OwnError {
  readonly text: string;
  readonly status: string;
  readonly source: string;
}

/** A client's message that names the reply code it dropped (`impliedReplies`). */
export interface ImpliedReply {
  readonly text: string;
  /** The codes the message stands for, one per class at most: "450" and "550". */
  readonly replies: readonly string[];
  readonly source: string;
}

/**
 * How one family of mail servers or services writes its non-delivery reports, from its own
 * templates (source code or vendor documentation): one file per family under `src/rules/mta/`.
 * Every text is a lower-case substring matched on text whose runs of white space are folded to one
 * space, never a regular expression. The decoder reads the union of all families' texts: nothing in
 * it depends on which family wrote a notice, so a relay that rewraps another server's words is read
 * the same way.
 */
export interface MtaFamily {
  /** The file name: `postfix`, `exim`, `exchange`, ... */
  readonly id: string;
  /**
   * The provider whose own notices these are, where the family is one provider's mail system and
   * its id is not that provider's (Gmail's notices are Google's). A family whose id is a
   * provider's id (`yahoo`, `mailru`) is that provider's without saying so.
   */
  readonly provider?: ProviderId;
  /**
   * Body markers that only this provider's own notices carry (its name in them, its own sentences:
   * Gmail's "google tried to deliver your message"), unlike the generic lines of the software it
   * runs (GMX's Exim text), listed here instead of `bodyMarkers`: they mark a notice as body markers
   * do, and a notice that holds one and quotes no server's reply was written, and its verdict
   * given, by the family's provider.
   */
  readonly writerMarkers?: readonly TemplateText[];
  /** Display name: "Postfix". */
  readonly name: string;
  /** The family's main sources: repositories and files, or vendor pages. */
  readonly source: string;
  /** Substrings of the notice's From header. */
  readonly senders?: readonly TemplateText[];
  /** Substrings of the notice's Subject. */
  readonly subjects?: readonly TemplateText[];
  /** Header names (lower-case, no colon) that only this family's notices carry: `x-ymailisg`. */
  readonly headers?: readonly TemplateText[];
  /**
   * Header names (lower-case, no colon) whose value lists the failed recipients, comma-separated:
   * read when the notice's text names none in a form we know.
   */
  readonly recipientHeaders?: readonly TemplateText[];
  /** Fixed lines of the notice's text that name the family: "this is the mail system at host". */
  readonly bodyMarkers?: readonly TemplateText[];
  /** Words that stand right before a failed recipient's address: "unable to deliver message to". */
  readonly recipientLeadIns?: readonly TemplateText[];
  /**
   * A log's flag before a recipient's address that counts only right after the log's own message
   * id (Exim's "1qXyZa-000123-AB => bob@example.org"): the flag alone ("=>") is any text's arrow.
   */
  readonly loggedRecipientFlags?: readonly LoggedRecipientFlag[];
  /**
   * The word a template writes right after a recipient's address in a sentence ("Your message wasn't
   * delivered to <rcpt> because ..."): a copy that lost the space before it glues it to the address
   * ("bob@example.orgbecause"), and it is cut off again. Lower-case letters only.
   */
  readonly recipientTrailers?: readonly TemplateText[];
  /**
   * Words after which stands the address a failed one was generated from (by an alias or a
   * forward): the address the sender gave. It is the failed recipient only where the template
   * shows no address of its own above it ("an undisclosed address"); under a printed address it
   * is that address's origin, not another recipient.
   */
  readonly parentAddressLeadIns?: readonly TemplateText[];
  /**
   * Words of a line that opens a list of failed recipients, one per line below it ("The following
   * addresses had permanent fatal errors"): a listed line may then carry a display name or a bullet
   * before the address ("Bob (bob@example.org)", "- bob@example.org").
   */
  readonly recipientHeadings?: readonly TemplateText[];
  /**
   * Words that stand right after an address in a reply to say it is the sender's, not a
   * recipient's ("<bob@example.net>: Sender address rejected: Domain not found"): where the
   * reply's line opens with that address, it is still no failed recipient.
   */
  readonly senderLabels?: readonly TemplateText[];
  /**
   * A reply's own words that it refused the sender, wherever they stand in it ("550-Verification
   * failed for <alice@example.net>" ... "550 Sender verify failed", Exim's sender verification): an
   * address such a reply names is the sender's, and names no failed recipient.
   */
  readonly senderRefusals?: readonly TemplateText[];
  /** Words that stand right before an address in a reply to say it is the sender's: "domain of sender address". */
  readonly senderLeadIns?: readonly TemplateText[];
  /**
   * Labels a template writes right before the name of the remote server that answered ("Remote
   * server: mx.example.org"): that server gave the reply quoted for the recipient.
   */
  readonly remoteServerLabels?: readonly TemplateText[];
  /**
   * Words a template writes right after the name of the remote server that answered
   * ("mx.example.org gave this error:").
   */
  readonly remoteServerTrailers?: readonly TemplateText[];
  /**
   * Words a server's reply writes right after the name of the client it refused, quoted with its
   * address or not ("<mail.example.com[192.0.2.1]>: Client host rejected:"): that host connected,
   * it did not answer, and names no provider of the answering server.
   */
  readonly clientNameTrailers?: readonly TemplateText[];
  /**
   * Labels a template writes right before the name of its own server, the one that wrote the notice
   * ("Generating server: mail.example.org"): where the notice names no other server for a
   * recipient, that server refused the recipient itself, and its reply is its own.
   */
  readonly reportingServerLabels?: readonly TemplateText[];
  /**
   * Lines that open the server's own file of its notices' templates (Postfix's bounce(5)
   * "failure_template = <<EOF"): a text that holds one is that configuration, not a notice.
   */
  readonly templateFileLines?: readonly TemplateText[];
  /** Template words of a delivery confirmation (a success DSN or receipt): "successfully delivered". */
  readonly delivered?: readonly TemplateText[];
  /**
   * Words after which the remote server's own reply follows ("remote host said:", "reported
   * error:"), or the codes of that reply alone ("status code: 550 5.1.10", a heading that yields to
   * the whole reply further on).
   */
  readonly replyIntroductions?: readonly TemplateText[];
  /**
   * What a client library prints between a refusal's code and its text when it prints the two as a
   * pair in brackets, its name left out: Python's smtplib exception as str() gives it, "(550, b'5.7.1
   * ...')", the text as a bytes literal. A code in such a pair is a server's reply.
   */
  readonly replyPairSeparators?: readonly TemplateText[];
  /**
   * Words after which a client library names the code it expected, not the one it got
   * ('Expected response code "250" but got code "550"'): a code there is no server's reply.
   */
  readonly expectedCodeLabels?: readonly TemplateText[];
  /**
   * A client library's message that stands for the reply code it drops from the server's reply
   * (.NET's "Transaction failed. The server response was: Message rejected" is 554), lower-case,
   * ending where the reply's text begins. Two codes: the reply's enhanced code says which class.
   */
  readonly impliedReplies?: readonly ImpliedReply[];
  /**
   * The names of a client library's exceptions that carry a server's refusal, lower case, as an
   * application's log, backtrace or error tracker prints them apart from their message (Ruby's
   * "550 Message rejected (Net::SMTPFatalError)", an error tracker's "Error type:" over "Error
   * message:"): a reply code beside one is that server's reply, whatever its text.
   */
  readonly exceptionNames?: readonly TemplateText[];
  /** Template words that say the failure is final, when no code does: "this is a permanent error". */
  readonly permanent?: readonly TemplateText[];
  /**
   * A sending program's words that say its attempt to send failed (PHPMailer's "SMTP Error: The
   * following recipients failed:", Outlook Express's "The message could not be sent because"): no
   * queue retries the message, so its delivery has ended whatever the class of the reply it quotes.
   * They say nothing of the cause: a recipient's permanence is still its reply's.
   */
  readonly sendFailed?: readonly TemplateText[];
  /** Template words that say the server is still retrying (a delay notice): "will retry for". */
  readonly temporary?: readonly TemplateText[];
  /**
   * A queueing server's own words around a remote reply in its record of one delivery attempt
   * (Postfix's "host %s said: %s (in reply to %s)", Exim's "SMTP error from remote mail server
   * after %s:"): the server keeps a message whose attempt got a temporary reply and tries again,
   * so such a record selected alone, with nothing of a notice around it, is a delay.
   */
  readonly queuedAttemptFrames?: readonly TemplateText[];
  /**
   * The sending server's own errors of an attempt that met no reply from the next server (the
   * connection refused or timed out, the next server's name not found), lower case, each with the
   * enhanced code the server gives it in its logs and reports: pasted alone, such a line is the
   * failure, and the code's class says whether the server retries. The first row of the table that
   * a line holds is the one it is.
   */
  readonly ownErrors?: readonly OwnError[];
  /** Template words that name the SMTP stage that failed. */
  readonly stages?: readonly StageText[];
  /** Line openings (after optional indentation) after which the rest is the returned original. */
  readonly originalMessageMarkers?: readonly TemplateText[];
  /**
   * Template words after which the notice quotes the returned message's header fields in its own
   * text, its own words going on below them (Messaging Server's "with the following header
   * fields:" above its recipients): a header block right after them is no returned message.
   */
  readonly headerExcerptLeadIns?: readonly TemplateText[];
  /** How the family's webhook or event API reports a delivery (a sending service's JSON events). */
  readonly webhook?: WebhookShape;
  /** Log lines whose report the server wrote with its spaces and line breaks replaced (qmail's `logsafe`). */
  readonly escapedLogLines?: readonly EscapedLogLine[];
  /**
   * The heading of a listing of the server's queue (Postfix's `mailq`), below which each message's
   * reasons stand in parentheses, each above the recipients it applies to, indented.
   */
  readonly queueListingHeadings?: readonly TemplateText[];
}

/**
 * A log line that carries a report with its spaces and line breaks replaced, so that it stays one
 * line: `before`, a number (the delivery's id), `after`, then the escaped report
 * (`delivery 42: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_...`).
 */
export interface EscapedLogLine {
  readonly before: string;
  readonly after: string;
  /** What stands for a space (and for any other character the log refuses), and for a line break. */
  readonly space: string;
  readonly lineBreak: string;
  /**
   * The log's earlier line that names the delivery's recipient: `before`, the same delivery id,
   * then words and the address after one of `to` ("starting delivery 42: msg 2883715 to remote
   * bob@example.org").
   */
  readonly startedBy?: {readonly before: string; readonly to: readonly string[]};
  readonly source: string;
}

/**
 * A dotted path to a field of a JSON event: `bounce.bouncedRecipients`, `delivery-status.code`
 * (a field's own name may hold a dash, never a dot).
 */
export type JsonPath = string;

/** Values of one field, compared as text (`true` is "true"): Mailgun's `severity` "temporary". */
export interface WebhookFieldValues {
  readonly path: JsonPath;
  readonly values: readonly string[];
}

/**
 * What a service's event says happened to a recipient: `failed` (given up), `delayed` (still
 * retried), `delivered`, `complaint` (a feedback-loop report), `suppressed` (the service itself did
 * not send, the address being on its suppression list), `autoreply` (an automatic answer).
 */
export type WebhookOutcome = 'failed' | 'delayed' | 'delivered' | 'complaint' | 'suppressed' | 'autoreply';

/**
 * Where an event's fields sit. Each path is looked up in the recipient's own entry first (an entry
 * of a list of recipients), then in the event.
 */
export interface WebhookFields {
  /** The recipients: a path to one address, to a list of addresses, or to a list of entries. */
  readonly recipients?: JsonPath;
  /**
   * Where a copy cut the event before its own list of recipients: the message's recipients (SES's
   * `mail.destination`), read only when they are one address, which the event can then only be about.
   */
  readonly recipientsWhenCut?: JsonPath;
  /** In an entry of a list of recipients, its address. */
  readonly address?: JsonPath;
  /**
   * The recipients are an object keyed by address, each value that recipient's entry (JMAP's
   * EmailSubmission deliveryStatus: `{"bob@example.org": {"smtpReply": ..., "delivered": "no"}}`).
   */
  readonly recipientsByAddress?: true;
  /**
   * The remote server's reply or the service's words for it: the first alternative found; an
   * alternative that is a list joins the parts it finds (Mailgun's code, message and description).
   */
  readonly diagnostic?: readonly (JsonPath | readonly JsonPath[])[];
  /** The enhanced status code (RFC 3463): the first alternative found; one that is a list joins its three parts with dots (KumoMTA's class, subject and detail). */
  readonly status?: readonly (JsonPath | readonly JsonPath[])[];
  /** The host that answered, or the service's reporting host (`dsn; a8-52.smtp-out.amazonses.com`). */
  readonly remoteHost?: readonly JsonPath[];
  /**
   * The service's own server that wrote the report (RFC 3464's Reporting-MTA: SES's `reportingMTA`),
   * and where the event names the remote server it tried (SES's `remoteMtaIp`): an event written
   * by the service's own server that names no remote attempt carries the service's own verdict
   * (no domain to deliver to, its suppression list), whatever reply it prints.
   */
  readonly reportingHost?: readonly JsonPath[];
  readonly remoteAttempt?: readonly JsonPath[];
  /** The service's own class of the event (`bounceSubType`, `bounce_description`): read when the diagnostic says too little. */
  readonly context?: readonly JsonPath[];
  /** For complaints: the feedback type (RFC 5965), "abuse" when none is given. */
  readonly feedbackType?: readonly JsonPath[];
  /** Field values that say the service did not send at all: the address is on its suppression list. */
  readonly suppressedWhen?: readonly WebhookFieldValues[];
  /**
   * Field values that say the event reports nothing that failed (Postmark's SubscriptionChange with
   * SuppressSending false: an address taken off the suppression list): it is no event of a failure.
   */
  readonly noFailureWhen?: readonly WebhookFieldValues[];
  /**
   * Field values that say the event is an automatic answer to the message, no failure (SparkPost's
   * bounce classes 60 Auto-Reply and 100 Challenge-Response, under its `bounce` events).
   */
  readonly autoreplyWhen?: readonly WebhookFieldValues[];
  /** Field values that say the service still retries (a `failed` event of severity "temporary"). */
  readonly delayedWhen?: readonly WebhookFieldValues[];
  /**
   * Field values that say the service no longer retries (a next attempt that is none), over what
   * the event's type or its reply's class would say (`delayed`, `retriedWhenTemporary`).
   */
  readonly failedWhen?: readonly WebhookFieldValues[];
  /** Field values that say the failure is final (SES's `bounceType` "Permanent", Mailjet's `hard_bounce` true). */
  readonly permanentWhen?: readonly WebhookFieldValues[];
  /** Field values that say the failure is not final, though the service no longer retries (SES's `bounceType` "Transient"). */
  readonly temporaryWhen?: readonly WebhookFieldValues[];
}

/**
 * An entry of a service's event API that carries no type field (SendGrid's list of bounces:
 * `{created, email, reason, status}`), or an event a paste cut before its type: read as an event of
 * `type` (one of the shape's `events`' types) when it has none of the shape's type fields, every one
 * of `fields` and, where `anyOf` is given, at least one of those; `marks` are not asked of it.
 */
export interface UntypedEntry {
  readonly type: string;
  readonly fields: readonly JsonPath[];
  readonly anyOf?: readonly JsonPath[];
  readonly source: string;
}

/** One kind of event of a service's webhook, by the values of its type field. */
export interface WebhookEventRule extends WebhookFields {
  /** Values of the type field (`bounce`, `hard_bounce`, `HardBounce`). */
  readonly types: readonly string[];
  readonly outcome: WebhookOutcome;
  /** The kind of event itself says the failure is final (`hard_bounce`); a `delayed` one is never final. */
  readonly permanent?: true;
  /** A `failed` event whose reply is temporary (4xx) is tried again: it is a delay (maddy's "delivery attempt failed"). */
  readonly retriedWhenTemporary?: true;
  /**
   * A `failed` event whose reply is a success (2xx, RFC 5321 §4.2.1: positive completion) was a
   * delivery: an event a paste cut to its reply, its type gone, is known by the reply's class.
   */
  readonly deliveredWhenSuccess?: true;
  /** The reason the service's documentation gives this kind of event, when it names one. */
  readonly reason?: ReasonId;
  /**
   * The service refused by itself (its policies: SparkPost's policy_rejection): the reply the event
   * prints is the service's own, and the service is the provider that answered.
   */
  readonly ownVerdict?: true;
  /** The service's documentation of this kind of event. */
  readonly source: string;
}

/**
 * A sending service's webhook events (or the same JSON from its event API, as pasted; or the rows of
 * its accounting file or exported list, a CSV table read by its header): how an event is known to
 * be the service's, and where its recipients, replies and codes sit. The fields given
 * here hold for every kind of event; an event rule's own fields come first.
 */
export interface WebhookShape extends WebhookFields {
  /** Where the event sits in one posted item, tried in order (`''`: the item itself; `msys.message_event`). */
  readonly envelopes?: readonly JsonPath[];
  /** The field that names the kind of event, tried in order. */
  readonly typeField: readonly JsonPath[];
  /** Fields of which the service's events carry at least one (its own ids), told apart from another service's events of the same type name. */
  readonly marks?: readonly JsonPath[];
  /** Entries of the service's that carry no type field, each known by its fields: the first that fits is taken. */
  readonly untypedEntries?: readonly UntypedEntry[];
  readonly events: readonly WebhookEventRule[];
  /** The service's webhook documentation. */
  readonly source: string;
}
