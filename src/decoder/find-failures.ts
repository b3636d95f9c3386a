import {endsWithIdentifierKey, findAddresses, type FoundAddress, greetsReader, recipientOnLine} from './find-addresses.ts';
import {findReplyCodes, findStatusCodes, followsIntroduction, isSettingValue, opensWithExpiry} from './find-codes.ts';
import {escapeRegExp, LiteralSet, normalizeForMatch} from './match-text.ts';
import {clientHeaderLabels} from '../rules/client-header-labels.ts';
import {messageHeaderNames} from '../rules/message-headers.ts';
import {noticeSenderLocalParts, recipientTags} from '../rules/recipient-phrases.ts';
import {mailPorts, receivedLineMarks, sentLineMarks, telnetStatusLines} from '../rules/session-transcripts.ts';
import type {OwnError} from '../rules/types.ts';
import {anyRecipientHeading, anyTemplateClause, hasBodyMarker, ownErrorIn, templateClauses, templateLoggedRecipientFlags, templateOriginalMessageMarkers, templateParentAddressLeadIns, templateQueueListingHeadings, templateRecipientLeadIns, templateRemoteServerLabels, templateRemoteServerTrailers, templateHeaderExcerptLeadIns, templateReportingServerLabels, templateSenderLabels, templateSenderLeadIns, templateSenderRefusals, templateStage} from './templates.ts';

/**
 * Finding each failed recipient and its diagnostic in the human-readable text of a bounce, a
 * transcript or a log line, whatever MTA wrote it. The shapes recognised, by example:
 *   Postfix   `<x@example.com>: host mx[192.0.2.1] said: 550 5.1.1 ... (in reply to RCPT TO command)`
 *   Exim      `  x@example.com` then `    host mx [192.0.2.1]` `    SMTP error from remote mail server after RCPT TO:<x@...>:` `    550 ...`
 *   qmail     `<x@example.com>:` then `192.0.2.1 does not like recipient.` `Remote host said: 550 ...`
 *   Sendmail  `>>> RCPT To:<x@example.com>` then `<<< 550 5.1.1 <x@example.com>... User unknown`
 *   Gmail     `Your message wasn't delivered to x@example.com because ...` ... `The response was:` `550 5.1.1 ...`
 *   Logs      `to=<x@example.com>, ... status=bounced (host ... said: 550 ...)`, `** x@example.com ... : 550 ...`
 */

/** RFC 3464 report fields and the MIME part headers around them. */
const reportFieldPattern = /^(?:final-recipient|original-recipient|action|status|remote-mta|reporting-mta|received-from-mta|arrival-date|last-attempt-date|will-retry-until|diagnostic-code|x-postfix-[\w-]+|x-actual-recipient|x-original-message-id|content-[\w-]+)[ \t]*:/i;

/** At most this many distinct recipients are collected from one text. */
const maxRecipients = 1000;

/** How much text around a reply is read for its command and host. */
const maxNearbyLength = 16 * 1024;

export interface FailureBlock {
  recipient?: string;
  /** All the text of the block, for matching reasons. */
  text: string;
  /** The diagnostic line(s) exactly as they stand in the input. */
  diagnostic: string;
  remoteHost?: string;
  command?: string;
  /** Enhanced code stated by a log line (`dsn=5.1.1`). */
  status?: string;
  /** Where `status` was read: a log line's `dsn=` field, or a heading above the reply ("Status code: 550 5.1.10"). */
  statusFrom?: 'log' | 'heading';
  /** Whether the diagnostic holds a server reply (rather than prose around the address). */
  hasReply?: boolean;
  /** The sending server's own error the diagnostic is (`ownErrors`), where no reply stands. */
  ownError?: OwnError;
}

/**
 * Cuts `text` before the returned copy of the original message, so its words are not read as
 * errors: at a server's marker line, or, with no marker, at the original's header block.
 */
export function cutOriginalMessage(text: string): string {
  if (text === lastCut.text) return lastCut.result;
  const start = returnedOriginalStart(text);
  const result = start === undefined ? text : text.slice(0, start);
  lastCut = {text, result};
  return result;
}

/**
 * One scan for all the servers' marker lines, each at a line start after optional indentation. The
 * markers are literal text (escaped), so the alternation cannot backtrack beyond one marker's length.
 * The line start is a character matched (not `^` with flag `m`): the engine then skips ahead to
 * line breaks instead of trying every position, and a raw text's CR-only lines still count.
 */
const markerLine = new RegExp(`(?:^|[\\r\\n])[ \\t]*(?:${templateOriginalMessageMarkers.map(escapeRegExp).join('|')})`, 'gi');

const ordinaryHeaders = new Set(messageHeaderNames.map((header) => header.name));
const headerFieldAt = /([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:/y;
/** A code of an SMTP reply or an enhanced code: the notice has spoken before the header block. */
const anyCode = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d])|(?:^|[\s:(<'"])[245]\d\d[\s-]/m;

/**
 * `text` cut at the first server's marker line only: enough to tell whether a raw message's notice
 * needs its MIME parser, and one native scan.
 */
export function cutAtMarker(text: string): string {
  const marker = markerStart(text);
  return marker === undefined ? text : text.slice(0, marker);
}

/** Where the first server's marker line starts, if any. */
function markerStart(text: string): number | undefined {
  markerLine.lastIndex = 0;
  // A marker with nothing above it returns nothing of a notice: what follows it is the text (a
  // notice forwarded under Outlook's "-----Original Message-----", as a person pastes it).
  const textStart = text.search(/\S/);
  for (let match = markerLine.exec(text); match !== null; match = markerLine.exec(text)) {
    const first = match[0].charCodeAt(0);
    const start = first === 10 || first === 13 ? match.index + 1 : match.index;
    if (textStart < start) return start;
  }
  return undefined;
}

/** Where the returned original starts: at a server's marker line, or before it at a quoted header block. */
function returnedOriginalStart(text: string): number | undefined {
  const marker = markerStart(text);
  return headerBlockStart(text, marker ?? text.length) ?? marker;
}

/**
 * Where the original's header block starts, when a notice quotes it with no marker: a run of at
 * least three header fields at line starts, two or more of them an ordinary message's
 * (`messageHeaderNames`), after the notice has given a code, or written one of its template's fixed
 * lines and named an address (Exim's "This message was created automatically by mail delivery
 * software." and its failed recipient, above a "retry timeout exceeded" that gives no code; not a
 * template that lists the original's fields first, Messaging Server's "This report relates to a
 * message you sent with the following header fields:"). Report fields (Final-Recipient, ...) and
 * MIME part headers are not ordinary, so a report or a part never starts such a run. A Received
 * field's next clause on a line of its own (its folding lost in a paste: "by mx.example.net with
 * esmtp", "id ...", "(Exim 4.96)") goes on with the field (RFC 5321 §4.4).
 */
function headerBlockStart(text: string, limit: number): number | undefined {
  let runStart = -1;
  let fields = 0;
  let ordinary = 0;
  let runTested = false;
  let lastName: string | undefined;
  let lineStart = 0;
  while (lineStart < limit) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const first = text.charCodeAt(lineStart);
    if (runStart >= 0 && (first === 32 || first === 9) && end > lineStart) {
      // A folded line continues the field above it.
    } else if (runStart >= 0 && lastName === 'received' && receivedClauseAt(text, lineStart, end)) {
      // So does a Received field's next clause that lost its folding.
    } else {
      // A field's name starts with a letter and is tried in place (sticky, bounded): no copy of
      // the line, and no search past it.
      let name: string | undefined;
      if ((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) {
        headerFieldAt.lastIndex = lineStart;
        const found = headerFieldAt.exec(text);
        if (found !== null && found.index + found[0].length <= end) name = found[1]!.toLowerCase();
      }
      if (name === undefined) {
        runStart = -1;
      } else {
        if (runStart < 0) {
          runStart = lineStart;
          fields = 0;
          ordinary = 0;
          runTested = false;
        }
        fields++;
        lastName = name;
        if (ordinaryHeaders.has(name)) ordinary++;
        if (fields >= 3 && ordinary >= 2 && !runTested) {
          // Once per run: a long run must not rescan the text before it at every line.
          runTested = true;
          const before = text.slice(Math.max(0, runStart - maxNearbyLength), runStart);
          const words = normalizeForMatch(before);
          // A template that quotes the message's header fields goes on below them: not its end.
          const quotesFields = templateHeaderExcerptLeadIns.some((leadIn) => words.endsWith(leadIn));
          if (!quotesFields && (anyCode.test(before) || (hasBodyMarker(words) && findAddresses(before).length > 0))) return runStart;
        }
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The clauses a Received field's lines open with (RFC 5321 §4.4: "from", "by", "via", "with", "id", "for", a comment). */
const receivedClause = /(?:from|by|via|with|id|for)\b|\(/iy;

/** Whether the line from `start` to `end` of `text` opens with a Received field's clause. */
export function receivedClauseAt(text: string, start: number, end: number): boolean {
  receivedClause.lastIndex = start;
  return receivedClause.test(text) && receivedClause.lastIndex <= end;
}

/** The last text cut and its result: the same notice is cut by several readers in a row. */
let lastCut = {text: '', result: ''};

const commandPattern = /(?:\b(?:in reply to|after)|>>>|\bsmtp:) ?(rcpt to|rcpt|mail from|data|end of data|helo|ehlo|starttls|initial connection)\b/g;

/**
 * The SMTP command a reply answered, when the text says it: the last one named before the reply,
 * in the generic forms ("in reply to", "after", `>>>`) or in a mail server's own template words
 * ("does not like recipient", "[RCPT_TO]").
 */
export function findCommand(text: string): string | undefined {
  let last: string | undefined;
  let lastIndex = -1;
  // Replies are folded at any space ("in reply to\n    RCPT TO command"): read them unfolded.
  // The stage is named near the reply: the block's first 4 KB say it.
  const unfolded = normalizeForMatch(text.slice(0, 4096));
  for (const match of unfolded.matchAll(commandPattern)) {
    last = match[1]!.toUpperCase();
    lastIndex = match.index;
  }
  const named = templateStage(unfolded);
  if (named && named.index > lastIndex) return named.stage;
  if (last === 'END OF DATA') return 'DATA';
  if (last === 'RCPT') return 'RCPT TO'; // "SMTP:RCPT host 192.0.2.8: 553 ..." (x3)
  if (last === 'INITIAL CONNECTION') return 'CONNECT';
  return last;
}

/** A session's marks before a line a client sent or received (`sentLineMarks`, `receivedLineMarks`), as one alternation. */
const sentMark = `(?:${sentLineMarks.map((mark) => escapeRegExp(mark.text)).join('|')})`;
const receivedMark = `(?:${[...receivedLineMarks].sort((a, b) => b.text.length - a.text.length).map((mark) => escapeRegExp(mark.text)).join('|')})`;

/**
 * A client's command of a mail transaction (RFC 5321 §3.3: MAIL, RCPT, then DATA) on a line of its
 * own, as a person types it in a session with a server (telnet, openssl s_client) or a client prints it.
 */
const transactionCommand = new RegExp(`^[ \\t]*(?:${sentMark} *)?(?:mail from|rcpt to) ?:[ \\t]*<?[^\\s<>@]*@[^\\s<>]*>?[ \\t]*$`, 'i');
/** Any client command of a session on a line of its own (RFC 5321 §4.1.1). */
const sessionCommand = new RegExp(`^[ \\t]*(?:${sentMark} *)?(?:quit|rset|noop|data|(?:helo|ehlo) \\S+|(?:mail from|rcpt to) ?:.*)[ \\t]*$`, 'i');
/** A server's reply line (RFC 5321 §4.2), after a client's mark of a line received. */
const sessionReply = new RegExp(`^[ \\t]*(?:${receivedMark} *)?[2-5]\\d\\d(?:[ -]|$)`);

/** The client's DATA command on a line of its own (RFC 5321 §4.1.1.4), after its mark of a line sent. */
const dataCommand = new RegExp(`^[ \\t]*(?:${sentMark} *)?data[ \\t]*$`, 'im');

/**
 * Whether a session with a server reaches the message's data: only the reply to the data's end
 * accepts a message (RFC 5321 §3.3); a session that stops before DATA has sent none.
 */
export function sessionSendsData(text: string): boolean {
  return dataCommand.test(text.slice(0, 64 * 1024));
}

/** The first line from `from` up to `end` that is a client's command of a session, or -1. */
function nextSessionCommand(lines: readonly string[], from: number, end: number): number {
  for (let index = from; index < end; index++) if (sessionCommand.test(lines[index]!)) return index;
  return -1;
}

/** A text that names no RCPT TO holds no session: one test spares the rest a line-by-line read. */
const anyRcptCommand = /rcpt to ?:/i;
/** How many lines of a text are read for a session's commands: a session pasted whole is short. */
const maxSessionLines = 400;

/**
 * Whether a text is an SMTP session as a client saw it: a transaction's MAIL FROM and RCPT TO, each
 * answered on the next line by the server's reply. Its refusals are then the server's own, code
 * alone or not: every reply of a session answers the command above it (RFC 5321 §4.2), and the one
 * after the message's closing "." answers for every recipient accepted (§4.1.1.4).
 */
export function isSessionTranscript(text: string): boolean {
  if (!anyRcptCommand.test(text)) return false;
  const lines = text.split('\n', maxSessionLines);
  let mail = false;
  let rcpt = false;
  for (let index = 0; index + 1 < lines.length; index++) {
    const line = lines[index]!;
    if (!transactionCommand.test(line) || !sessionReply.test(lines[index + 1]!)) continue;
    if (/rcpt/i.test(line)) rcpt = true;
    else mail = true;
    if (mail && rcpt) return true;
  }
  return false;
}

/** A report's recipient field's value on its line: "rfc822; <address>" (RFC 3464 §2.3.1-2). */
const reportRecipientValue = /\brfc822;[ \t]*<?([^\s<>@;]{1,64}@[^\s<>;]{1,255}?)>?[ \t]*$/i;
/** The name of a recipient's field before its value (Final-Recipient, Original-Recipient, X-Actual-Recipient; ZMailer writes them with a space). */
const recipientFieldName = /^[ \t]*(?:final|original|x-actual)[- ]recipient[ \t]*:/i;
/** The same name alone on its line, its value on the next (ZMailer's layout). */
const recipientFieldAlone = new RegExp(`${recipientFieldName.source}[ \\t]*$`, 'i');

/**
 * A host name as the patterns below read it: labels, and a top-level domain of letters (so never an
 * IPv4 address, which names no host).
 */
const hostName = '[a-z0-9][a-z0-9.-]{0,252}\\.[a-z]{2,63}';

/**
 * A server's greeting (RFC 5321 §4.2: "220", then the server's own name), as the first line of
 * a session's replies copied on their own, after a client's mark of a line received if any.
 */
const greetingLine = new RegExp(`^[ \\t]*(?:${receivedMark} *)?220[ -]${hostName}\\.?(?:[ \\t]|$)`, 'i');

/**
 * Whether a text is the server's side of a session: its greeting opens the text, and a reply
 * refuses something below it (its replies copied without the commands they answer).
 */
export function opensWithGreeting(text: string): boolean {
  const start = text.length - text.trimStart().length;
  const firstLineEnd = text.indexOf('\n', start);
  if (!greetingLine.test(text.slice(start, firstLineEnd < 0 ? undefined : Math.min(firstLineEnd, start + 1000)))) return false;
  return text.split('\n', maxSessionLines).some((line) => /^[ \t]*(?:\S{1,4}[ \t]*)?[45]\d\d(?:[ -]|$)/.test(line));
}

/** A host name as the decoder keys it: lower case, without the root's trailing dot. */
function hostKey(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

/**
 * The ways a text names the remote host, each with the words it opens with, in lower case: a
 * pattern can match only where they stand (in any case; Exim's `H=` is then told apart by its own
 * pattern).
 */
const hostPatterns: readonly {opening: string; pattern: RegExp}[] = [
  {opening: 'host ', pattern: new RegExp(`\\bhost (${hostName})\\.? ?\\[`, 'i')}, // postfix, exim
  // Postfix wraps a recipient's line at 79 columns with a 4-space indent (bounce_notify_util.c,
  // bounce_print_wrap: LENGTH 79, INDENT 4): the break may fall between "host" and its name.
  {opening: 'host\n', pattern: new RegExp(`\\bhost\\n[ \\t]{1,8}(${hostName})\\.? ?\\[`, 'i')}, // postfix, wrapped
  {opening: 'talking to ', pattern: new RegExp(`\\btalking to (${hostName})\\.?[:\\s]`, 'i')}, // sendmail
  {opening: 'remote-mta:', pattern: new RegExp(`\\bremote-mta: ?dns; ?(${hostName})`, 'i')}, // rfc 3464
  {opening: 'relay=', pattern: new RegExp(`\\brelay=(${hostName})\\[`, 'i')}, // postfix log
  {opening: 'h=', pattern: new RegExp(`\\bH=(${hostName}) \\[`)}, // exim log
  {opening: 'connect', pattern: new RegExp(`\\bconnect(?:ing|ion)? to (${hostName})\\b`, 'i')}, // various
  // Exchange writes "Remote Server at mail.example.com (192.0.2.3) returned '550 ...'" (shared/reference/ndr-formats.md).
  {opening: 'remote server ', pattern: new RegExp(`\\bremote server (?:at )?\\[?(${hostName})\\]?`, 'i')}, // various
  // A session's greeting names the server that answers in it: "220 <domain> ..." (RFC 5321 §4.2,
  // Greeting), as a transcript quotes it ("S: 220 smtp.example.org ESMTP", "<<< 220-mx.example.org").
  {opening: '220 ', pattern: new RegExp(`(?<![\\w.-])220 (${hostName})\\.?(?=[\\s,;]|$)`, 'im')},
  {opening: '220-', pattern: new RegExp(`(?<![\\w.-])220-(${hostName})\\.?(?=[\\s,;]|$)`, 'im')},
  // So does its answer to EHLO, which opens with the server's domain (RFC 5321 §4.1.1.1, ehlo-ok-rsp:
  // "250" SP Domain [SP ehlo-greet], or "250-" Domain on the first of several lines), where a paste
  // left out the greeting: smtplib's debug lines ("reply: b'250-mx.example.org\r\n'"), a session
  // copied from its EHLO on. The reply's other lines name keywords and codes, no host name.
  {opening: '250 ', pattern: new RegExp(`(?<![\\w.-])250 (${hostName})\\.?(?=[\\s,;\\\\]|$)`, 'im')},
  {opening: '250-', pattern: new RegExp(`(?<![\\w.-])250-(${hostName})\\.?(?=[\\s,;\\\\]|$)`, 'im')},
  // Gmail's legacy notice names the server that refused after "by", the address after a dot and a
  // space: "... rejected by the server for the recipient domain example.jp by mx.example.jp.
  // [192.0.2.2]." (sisimai's test of reading the remote host quotes the sentence so).
  {opening: 'by ', pattern: new RegExp(`\\bby (${hostName})\\. \\[(?:\\d{1,3}\\.|[\\da-f]{0,4}:)`, 'i')},
  {opening: 'mx=', pattern: new RegExp(`\\bmx=(${hostName})\\[`, 'i')}, // zonemta log (lib/sender.js: "CONNECTED domain=%s mx=%s[%s]", "REJECTED[...] ... mx=%s")
  // The templates' own labels of the remote server ("Remote server: mx.example.org").
  ...templateRemoteServerLabels.map((label) => ({opening: label, pattern: new RegExp(`${escapeRegExp(label)} ?\\[?(${hostName})`, 'i')})),
];

const hostPatternOpenings = hostPatterns.map(({opening}) => opening);
/**
 * Every pattern's opening, in one scan. None of them can start inside another, so the scan misses
 * none; one may start another ("connect", PHPMailer's "connection: opening to"), so the longest is
 * tried first where both stand.
 */
const anyHostPatternOpening = new RegExp([...hostPatternOpenings].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gi');
/** The same, for a test whether any stands in a text (no `lastIndex` to reset). */
const anyHostPatternOpeningAlone = new RegExp(anyHostPatternOpening.source, 'i');
const stickyHostPatterns = hostPatterns.map(({pattern}) => new RegExp(pattern.source, `${pattern.flags}y`));

/**
 * The remote host, when the whole notice names one and only one (a transcript's "talking to"). Each
 * pattern is tried only where its opening words stand, not in a scan of the whole text of its own;
 * as in such a scan, a match of a pattern is looked for only after the end of its previous one.
 */
export function onlyRemoteHost(text: string): string | undefined {
  const hosts = remoteHostsNamed(text);
  return hosts.size === 1 ? [...hosts][0] : undefined;
}

/** The remote hosts a text names, up to two (enough to tell one from several). */
function remoteHostsNamed(text: string): Set<string> {
  const hosts = new Set<string>();
  const searchFrom = hostPatterns.map(() => 0);
  for (const opening of text.matchAll(anyHostPatternOpening)) {
    const kind = hostPatternOpenings.indexOf(opening[0].toLowerCase());
    if (opening.index < searchFrom[kind]!) continue;
    const pattern = stickyHostPatterns[kind]!;
    pattern.lastIndex = opening.index;
    const match = pattern.exec(text);
    if (match === null) continue;
    searchFrom[kind] = pattern.lastIndex;
    hosts.add(hostKey(match[1]!));
    if (hosts.size > 1) return hosts;
  }
  // A name before a template's words after the remote server, or before a mail port.
  for (const after of [anyRemoteServerTrailer, anyMailPortAfterName]) {
    for (const found of text.matchAll(after)) {
      const host = hostEndingAt(text, found.index);
      if (host !== undefined) hosts.add(host);
      if (hosts.size > 1) return hosts;
    }
  }
  return hosts;
}

/** A colon and a port that SMTP is spoken on (`mailPorts`), right after a name's last letter: "smtp.example.com:587". */
const anyMailPortAfterName = new RegExp(`(?<=[a-z]):(?:${mailPorts.map(({port}) => port).join('|')})(?!\\d)`, 'gi');

/** Every template's words after the name of the remote server (`remoteServerTrailers`), in one scan. */
const anyRemoteServerTrailer = new RegExp(templateRemoteServerTrailers.map(escapeRegExp).join('|'), 'gi');
const anyRemoteServerTrailerAlone = new RegExp(anyRemoteServerTrailer.source, 'i');
const wholeHostName = new RegExp(`^${hostName}$`, 'i');

/** The host name that ends right at `end` ("mx.example.org" before " gave this error:"), if a host name ends there. */
function hostEndingAt(text: string, end: number): string | undefined {
  let start = end;
  while (start > 0 && end - start < 253 && !/[\s<>([:'"]/.test(text[start - 1]!)) start--;
  const word = hostKey(text.slice(start, end));
  return wholeHostName.test(word) ? word : undefined;
}

/** Any template's label of the server that wrote the notice, then its name (`reportingServerLabels`). */
const reportingServerPattern = new RegExp(`(?:${templateReportingServerLabels.map(escapeRegExp).join('|')}) ?(${hostName})`, 'i');

/**
 * The server that wrote a notice, by its template's label ("Generating server: mail.example.org"):
 * where the notice names no remote server at all, it answered its recipients itself.
 */
function reportingServer(text: string): string | undefined {
  const name = reportingServerPattern.exec(text)?.[1];
  return name === undefined ? undefined : hostKey(name);
}

/**
 * The remote server named on the line under a recipient that stands alone on its own line, as
 * Microsoft documents the administrators' block of an Exchange NDR: the rejected recipient, then
 * the remote server ("mx.example.org", "mx.example.org (192.0.2.1)"), with Exchange 2007 and 2010
 * writing the codes on the same line after a "#" ("mx.example.org #550 5.1.1 ...").
 */
function serverLineUnder(lines: readonly string[], addressLine: number): string | undefined {
  if (!recipientAloneOnLine.test(lines[addressLine]!)) return undefined;
  const match = serverLine.exec(lines[addressLine + 1] ?? '');
  return match === null ? undefined : hostKey(match[1]!);
}

const recipientAloneOnLine = /^[ \t]*<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?[ \t]*$/;
const serverLine = new RegExp(`^[ \\t]*(${hostName})\\.?(?: ?\\([0-9a-f.:]{3,45}\\))?[ \\t]*(?:#|$)`, 'i');

/** The remote host name a reply names, when it names one. */
function findRemoteHost(text: string): string | undefined {
  // Most blocks name no host: one scan for the patterns' openings spares a scan per pattern.
  if (anyHostPatternOpeningAlone.test(text)) {
    for (const {pattern} of hostPatterns) {
      const match = pattern.exec(text);
      if (match) return hostKey(match[1]!);
    }
  }
  const trailer = anyRemoteServerTrailerAlone.exec(text);
  return trailer === null ? undefined : hostEndingAt(text, trailer.index);
}


interface Anchor {
  readonly line: number;
  readonly address: string;
  /** The heading a local part alone is listed under: its words may say why ("... because they are not accepting mail from"). */
  readonly heading?: number;
}

/**
 * A test of whether a prefix ends with one of `leadIns`: one native test rather than one per
 * lead-in. The openers that the prefix loses (`trimAddressOpeners`) are cut from the lead-ins too;
 * a space they leave stays, so that " to <" needs a word before "to " and never matches a bare "To:".
 */
function endingWithOneOf(leadIns: readonly string[]): RegExp {
  const ends = [...new Set(leadIns.map((leadIn) => leadIn.replace(/[\s:<('"[]+$/, '').trimStart()))].filter((end) => end !== '');
  return new RegExp(`(?:${ends.map(escapeRegExp).join('|')})$`);
}

/** Whether a prefix ends with a recipient's lead-in. */
const leadInAtEnd = endingWithOneOf(templateRecipientLeadIns);

/** Whether a prefix ends with words that name the sender's address (`senderLeadIns`). */
const senderLeadInAtEnd = endingWithOneOf(templateSenderLeadIns);

/** The most characters read after an address for a label that names it the sender's. */
const maxLabelDistance = 8;

/** The last word of each sender's lead-in ("address"): a line above that ends in none of them holds none. */
const senderLeadInLastWords = new Set(templateSenderLeadIns.map((leadIn) => leadIn.trim().split(' ').at(-1)!));
/** The first letter of each sender's label: text after an address that starts otherwise holds none. */
const senderLabelFirstLetters = new Set(templateSenderLabels.map((label) => label[0]!));

/** Whether an address is one a mail system sends its notices from (`noticeSenderLocalParts`): the notice's sender, no recipient. */
function isNoticeSender(address: string): boolean {
  const local = address.slice(0, address.lastIndexOf('@')).toLowerCase();
  return noticeSenderLocalParts.some((part) => part.text === local);
}

/**
 * Whether the reply names `address` as the sender's, by the words right before it ("Domain of
 * sender address bob@example.net does not exist") or right after it ("<bob@example.net>: Sender
 * address rejected"), whatever else makes its line look like a recipient's. Each test reads the
 * words only where a cheap look at their first or last word allows them: this runs for every
 * address of a notice.
 */
function namedAsSender(line: string, address: FoundAddress, prefix: string, previousLine: string | undefined): boolean {
  if (senderLeadInAtEnd.test(prefix)) return true;
  // Wrapped text may leave the words at the end of the line above the address.
  if (prefix === '' && previousLine !== undefined && senderLeadInLastWords.has(lastWordOf(previousLine))
    && senderLeadInAtEnd.test(wordsBefore(previousLine, previousLine.length))) return true;
  return labelledSenderAfter(line, address.end);
}

/** Whether the words right after position `end` of `line` (an address's end) label it the sender's ("<x>: Sender address rejected"). */
function labelledSenderAfter(line: string, end: number): boolean {
  let at = end;
  const until = Math.min(line.length, at + maxLabelDistance);
  while (at < until && (line[at] === ' ' || '>:.'.includes(line[at]!))) at++;
  if (at >= line.length || !senderLabelFirstLetters.has(line[at]!.toLowerCase())) return false;
  const after = line.slice(at, at + 40).toLowerCase();
  return templateSenderLabels.some((label) => after.startsWith(label));
}

/** The last word of `line` (lower case, ASCII letters), or '' when it ends otherwise. A loop from the end, at most 32 letters. */
function lastWordOf(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < 32 && /[A-Za-z]/.test(line[start - 1]!)) start--;
  return line.slice(start, end).toLowerCase();
}

/** Whether a prefix ends with the words before the address a failed one was generated from (`parentAddressLeadIns`). */
const parentLeadInAtEnd = endingWithOneOf(templateParentAddressLeadIns);

/** Whether the line stands under "A message sent by" (Exim): the sender's address, not a recipient. */
function namesTheSender(lines: readonly string[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && previous > index - 4 && lines[previous]!.trim() === '') previous--;
  return previous >= 0 && /\bsent by:?\s*$/i.test(lines[previous]!);
}

/** The labels mail clients write over a forwarded or quoted message's header, in every language (`clientHeaderLabels`: "Para", "Von", "Destinataire"). */
const clientLabels: ReadonlySet<string> = new Set(clientHeaderLabels.flatMap((entry) => Object.keys(entry.labels)));

/**
 * Whether line `index` is the value of a message header whose name stands alone on the line above
 * ("From:" over "MAILER-DAEMON@example.org"), as a webmail's view of a message lays its header
 * out, or of a client's label for one in the reader's language (Thunderbird's forward "Para:" over
 * its address, a table's two cells on two lines): the notice's sender or reader, not a failed recipient.
 */
function isValueOfHeaderAbove(lines: readonly string[], index: number): boolean {
  const above = index > 0 ? lines[index - 1]! : '';
  if (above.length > 40 || !above.trimEnd().endsWith(':')) return false;
  const name = above.trim().slice(0, -1).trimEnd().toLowerCase();
  return ordinaryHeaders.has(name) || clientLabels.has(name);
}

const senderRefusalWords = new LiteralSet(templateSenderRefusals, {caseBlind: true});
/** Whether a reply says in its own words that it refused the sender (`senderRefusals`: Exim's "Sender verify failed"). */
function refusesSender(diagnostic: string): boolean {
  return senderRefusalWords.test(diagnostic);
}

/**
 * Whether the address opening or standing in line `index` is inside a reply that refuses the sender
 * (`refusesSender`, in the reply's lines around it): after the reply's code on its line, or on the
 * line below a reply's line ("550-Verification failed for <alice@example.net>" / "550-No Such User
 * Here" / "550 Sender verify failed", on one line or several). That address is the sender's. A
 * recipient named before the reply ("<bob@...>: host ... said:" above it) stays one.
 */
function insideSenderRefusal(lines: readonly string[], index: number, address: FoundAddress): boolean {
  const line = lines[index]!;
  const inReply = findReplyCodes(line.slice(0, address.start)).length > 0 || (index > 0 && /^[ \t]*[245]\d\d[ -]/.test(lines[index - 1]!));
  return inReply && refusesSender(lines.slice(Math.max(0, index - 1), index + 3).join('\n'));
}

/** The longest a recipient heading is read back from an address on its line. */
const maxHeadingReach = 160;

/**
 * Whether a recipient heading's own words (`anyRecipientHeading`, its colon included) end right
 * before position `at` of `line`, only spaces or an opening bracket between: the heading and the
 * first address it lists, on one line. Only a line that holds a colon before `at` is searched.
 */
function headingEndsAt(line: string, at: number): boolean {
  let end = at;
  while (end > 0 && ' \t<("'.includes(line[end - 1]!)) end--;
  if (end === 0 || line[end - 1] !== ':') return false;
  const before = line.slice(Math.max(0, end - maxHeadingReach), end);
  for (let match = anyRecipientHeading.next(before); match !== undefined; match = anyRecipientHeading.next(before, match.index + 1)) {
    if (match.index + match.text.length === before.length) return true;
  }
  return false;
}

/** The characters of an address's local part (RFC 5321's dot-string, as notices print it). */
const localPartChar = /[A-Za-z0-9._%+=-]/;

/**
 * Whether the address opening line `index` is the end of one a display wrapped inside it: the word
 * the line above ends with, joined to it, makes an address the text names elsewhere ("Local mailbox
 * olya.blind" over "yuk@mail.ru is unavailable", the recipient named whole above), so the part is
 * no address of its own. The line above is read back from its end, at most a local part's length.
 */
function continuesWrappedAddress(lines: readonly string[], index: number, address: FoundAddress, namesAddress: (address: string) => boolean): boolean {
  if (index === 0 || address.start !== 0) return false;
  const above = lines[index - 1]!;
  let start = above.length;
  while (start > 0 && above.length - start < 64 && localPartChar.test(above[start - 1]!)) start--;
  if (start === above.length || (start > 0 && above[start - 1] === '@')) return false;
  return namesAddress(`${above.slice(start)}${address.address}`.toLowerCase());
}

/** A field whose value is a message's identifier, not an address: its label at a line's end. */
const identifierFieldEnd = /\b(?:message-id|in-reply-to|references|original-message-id)\s*:\s*$/i;

/**
 * Whether line `index` is the value of a message-identifier field the line above labels, as a line
 * folded or wrapped after "Message-ID:" leaves it (`<20260302.4AB12@example.org>` looks like an address).
 */
function continuesIdentifierField(lines: readonly string[], index: number): boolean {
  return index > 0 && identifierFieldEnd.test(lines[index - 1]!.slice(-80));
}

/** Characters that may stand between a lead-in and its address: `To: <x@y>`, `("x@y"`, a list's `["<x@y>"`. */
const addressOpeners = '<:"\'([';

/**
 * `text` without its trailing white space and `addressOpeners`. A loop from the end rather than a
 * pattern anchored with `$`, which would rescan a long run of them from every start position.
 */
function trimAddressOpeners(text: string): string {
  let end = text.length;
  while (end > 0 && (addressOpeners.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

/** The words of `line` before `end`, as lead-ins are matched: lower case, white space folded, openers cut. */
function wordsBefore(line: string, end: number): string {
  return trimAddressOpeners(line.slice(0, end).toLowerCase().replace(/\s+/g, ' ')).trimStart();
}

/** The marks a list opens its items with. */
// "->" as amavisd-new lists the recipients of its sender notifications ("-> bob@example.org");
// ">>>" as Active!hunter opens each recipient's line (">>> <rcpt> <<rcpt>>", sisimai's
// activehunter.rb). A transcript's ">>>" line is a command ("RCPT To:<...>"), never an address alone.
const listBullets = new Set(['-', '*', '+', '\u2022', '->', '>>>']);

/**
 * The log flags before a recipient (`loggedRecipientFlags`), each after its log's message id, at the
 * end of the words before an address; a local part may stand between flag and address (Exim's
 * "=> marv <marv@example.org>"). Every repetition is bounded, so a test costs at most a few dozen
 * steps per position, and it is tried only on words that hold a flag.
 */
const loggedFlagAtEnd = templateLoggedRecipientFlags.length === 0 ? undefined
  : new RegExp(`(?:^|\\s)(?:${templateLoggedRecipientFlags.map((flag) => `(?:${flag.idBefore}) ${escapeRegExp(flag.text)}`).join('|')})(?: [^\\s@]{1,64})?$`);
const loggedFlags = [...new Set(templateLoggedRecipientFlags.map((flag) => ` ${flag.text}`))];

/** Whether an address after `prefix`, the words before it on its line (`wordsBefore`), stands where a failed recipient stands. */
function isAddressLine(prefix: string): boolean {
  // Sendmail's summary lines name the recipient after the code: "550 <x@example.org>... User unknown";
  // a list's bullet opens the line as chasquid writes each recipient ('- "x@example.org" (EMAIL)
  // failed permanently with error:', internal/queue/dsn.go).
  if (prefix === '' || prefix === '**' || listBullets.has(prefix) || /^[45]\d\d$/.test(prefix)) return true;
  // "Sender Address: x@y", "Original Sender: <x@y>": the sender is named with the same words.
  if (/(?:sender|from)(?: address)?$/.test(prefix)) return false;
  if (loggedFlagAtEnd !== undefined && loggedFlags.some((flag) => prefix.includes(flag)) && loggedFlagAtEnd.test(prefix)) return true;
  return leadInAtEnd.test(prefix);
}

/** A reply's codes right before an address, at the line's start or after other words ("...Exception: 550 5.1.1 "). */
const replyCodesAtEnd = /(?:^|[\s:])[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}$/;

/**
 * Whether the words right after an address in a reply say it is the recipient the reply refused:
 * Postfix smtpd's "<x@example.org>: Recipient address rejected: ..." and "<x@example.org>: Relay
 * access denied" (src/smtpd/smtpd_check.c: the reject reply's "%s rejected" with "Recipient
 * address", and reject_unauth_destination's, both about the RCPT TO address). Sendmail's tag
 * ("<x@...>... ") stands before a refused sender too ("553 5.1.8 <x@...>... Domain of sender address
 * ..."), and a reply that names a header after its codes ("<x@...> From: Domain is invalid") names no
 * recipient either.
 */
function tagsRecipient(line: string, address: {end: number}): boolean {
  return /^>?: (?:recipient address rejected|relay access denied)/.test(line.slice(address.end, address.end + 32).toLowerCase());
}

/**
 * A display name alone before a mailbox (`namedWithDisplayName`): quoted, or one to four words that
 * each open with a capital or a letter of a script without case, as names are written ("Russ
 * Winter", "José García", "山田 太郎"). No colon, so a header field's name ("To: Russ <...>") is
 * none; a template's sentence before an address ("For further assistance, please contact
 * <postmaster@...>", Postfix's bounce_templates.c) has words in lower case.
 */
const displayName = new RegExp(`^\\s*${displayNameOf('\\p{Lu}\\p{Lt}\\p{Lo}')} ?$`, 'u');

/**
 * A display name's pattern: quoted, or one to four words, each opening with a letter of
 * `firstLetters` (a Unicode class's inside), then perhaps a comment in parentheses, which RFC 5322
 * allows around a phrase's words (§3.2.2, CFWS) and directories put there ("Vicky Stuart (Sales -
 * Complaints)"); each part bounded, so that a test stays linear.
 */
function displayNameOf(firstLetters: string): string {
  const word = `[${firstLetters}][\\p{L}\\p{M}'.-]{0,40}`;
  return `(?:"[^"\\n]{1,64}"|${word}(?: ${word}){0,3})(?: \\([^()\\n]{1,80}\\))?`;
}

/**
 * A recipient named alone on its line with its display name, in a list under a heading of any
 * language: RFC 5322's name-addr (§3.4, "Russ Winter <russ@example.com>"), or the name with the
 * address in parentheses that Outlook shows in an NDR's list ("Russ Winter (russ@example.com)"),
 * below a line that ends with a colon ("Échec de la remise pour ces destinataires ou groupes :"),
 * a blank line or another mailbox between, or a few lines below the list's mailbox before it
 * (`previousInList`), after that one's words. Nothing may follow the closing bracket ("Russ
 * Winter <russ@example.com> wrote:" attributes a quotation), and a mailbox at the top of a page
 * (a webmail's sender line) stands under no heading.
 */
function namedWithDisplayName(lines: readonly string[], index: number, address: FoundAddress, previousInList: number): boolean {
  const line = lines[index]!;
  const open = line[address.start - 1];
  const close = line[address.end];
  if (!((open === '<' && close === '>') || (open === '(' && close === ')'))) return false;
  if (line.slice(address.end + 1).trim() !== '' || !displayName.test(line.slice(0, address.start - 1))) return false;
  // The next item of a list whose first one stood under its heading, after that one's words.
  if (index - previousInList <= maxListGap) return true;
  for (let above = index - 1; above >= 0 && above >= index - maxListGap; above--) {
    const text = lines[above]!.trim();
    if (text === '') continue;
    if (text.endsWith(':')) return true;
    if (!listedMailbox.test(text)) return false;
  }
  return false;
}

/** How many lines above a mailbox `namedWithDisplayName` reads for its list's heading. */
const maxListGap = 12;

/** Another mailbox of such a list, on a line of its own: with its name or alone, bracketed or not. */
const listedMailbox = /^(?:[^<>()@\s][^<>()@]{0,80})?[<(]?[^\s<>()@]{1,64}@[^\s<>()@]{1,255}[>)]?$/;

/**
 * A display name at the end of the words before an address, with its opening bracket if any:
 * quoted, or one to four words that each open with a capital (`leadInBeforeDisplayName`).
 */
const displayNameAtEnd = new RegExp(`(?:^|[ \\t])${displayNameOf('\\p{Lu}\\p{Lt}')}[ \\t]*[<(]?$`, 'u');

/**
 * A template's lead-in with the recipient's display name between it and the address, as RFC
 * 5322's name-addr names a mailbox (§3.4): "Your message to Russ Winter <russ@example.com>
 * couldn't be delivered". The name is stepped over and the lead-in read before it (`leadInAtEnd`).
 */
function leadInBeforeDisplayName(line: string, address: FoundAddress): boolean {
  const start = Math.max(0, address.start - 200);
  const name = displayNameAtEnd.exec(line.slice(start, address.start));
  return name !== null && leadInAtEnd.test(wordsBefore(line, start + name.index + 1));
}

/** RFC 2156 §4.3.1: the characters an X.400 address spells out in parentheses. */
const x400Escapes: Readonly<Record<string, string>> = {a: '@', p: '%', b: '!', q: '"', u: '_', l: '(', r: ')'};

/**
 * The labels of the attribute that carries an RFC 822 address inside an X.400 address: RFC 2156's
 * "rfc-822=", and the domain-defined attribute of type SMTP that Exchange's Internet Mail Service
 * wrote ("c=US;a= ;p=Org;o=Site;dda:SMTP=bob@example.org;", as Mail::DeliveryStatus::BounceParser's
 * _cleanup_email records it).
 */
const x400AddressLabels = ['rfc-822=', 'dda:smtp='];

/** Whether `text` holds what every X.400 address that `x400Address` reads holds. */
function mayHoldX400Address(text: string): boolean {
  return text.includes('822=') || text.includes('dda:') || text.includes('DDA:');
}

/**
 * The RFC 822 address an X.400 address carries (RFC 2156): "/c=US/.../rfc-822=bob(a)example.org/"
 * or "c=US;...;rfc-822=bob@example.org" (or "...;dda:SMTP=bob@example.org;") gives "bob@example.org".
 */
function x400Address(line: string): string | undefined {
  // Most lines hold no "822=" or "dda:": a plain search rules them out before any copy is made.
  if (!mayHoldX400Address(line)) return undefined;
  const lower = line.toLowerCase();
  const label = x400AddressLabels.find((text) => lower.includes(text));
  if (label === undefined) return undefined;
  const at = lower.indexOf(label) + label.length;
  const value = /^[^/;\s]{3,320}/.exec(line.slice(at, at + 320))?.[0];
  const address = value?.replace(/\(([a-z]|\d{3})\)/gi, (whole, code: string) => (/^\d+$/.test(code) ? String.fromCharCode(Number(code)) : x400Escapes[code.toLowerCase()] ?? whole));
  return address !== undefined && /^[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,63}$/i.test(address) ? address : undefined;
}

/** The indexes of the lines of `text` that hold a recipient list's heading, in one scan. */
function headingLines(text: string): Set<number> {
  const found = new Set<number>();
  let line = 0;
  let lineEnd = text.indexOf('\n');
  for (const match of anyRecipientHeading.matches(text)) {
    while (lineEnd >= 0 && lineEnd < match.index) {
      line++;
      lineEnd = text.indexOf('\n', lineEnd + 1);
    }
    found.add(line);
  }
  return found;
}

/**
 * A transcript's line that names the recipient the client gave the next server: ">>> RCPT
 * To:<x@y>", wherever it stands in its line (a notice whose line ends were lost has it mid-line).
 */
const transcriptRecipientLine = /(?:^|\s)>>>[ \t]*rcpt to:/i;

/**
 * Gives, in place, the anchors of a transcript's "RCPT To:" lines whose address the notice lists
 * under another domain with the same local part the listed address: the relay rewrote the
 * recipient the sender gave (Sendmail's "<bob@example.com>" in its list of failed addresses, then
 * ">>> RCPT To:<bob@smtp-local.example.com>" in the transcript, as Mail::DeliveryStatus::
 * BounceParser's p_plain_smtp_transcript shows). The listed address is the failed recipient, and
 * the exchange in the transcript, its command and reply, is its own.
 */
function joinRewrittenTranscriptAddresses(anchors: Anchor[], lines: readonly string[]): void {
  // Most notices hold no transcript: one plain search per anchor's line rules it out.
  if (!anchors.some((anchor) => lines[anchor.line]!.includes('>>>'))) return;
  const localPart = (address: string) => address.slice(0, address.lastIndexOf('@'));
  const listed = new Set<string>();
  const given = new Set<string>();
  for (const anchor of anchors) (transcriptRecipientLine.test(lines[anchor.line]!) ? given : listed).add(anchor.address);
  /**
   * Each local part of a listed address that the transcript never gives as it stands, and that
   * address; undefined when two such addresses share it.
   */
  const byLocalPart = new Map<string, string | undefined>();
  for (const address of listed) {
    if (given.has(address)) continue;
    const local = localPart(address);
    byLocalPart.set(local, byLocalPart.has(local) ? undefined : address);
  }
  for (let index = 0; index < anchors.length; index++) {
    const anchor = anchors[index]!;
    if (listed.has(anchor.address) || !transcriptRecipientLine.test(lines[anchor.line]!)) continue;
    const address = byLocalPart.get(localPart(anchor.address));
    if (address !== undefined) anchors[index] = {...anchor, address};
  }
}

/** How many lines below a list's heading its recipients may stand. */
const maxListLength = 30;

/**
 * A list's line that names a recipient by its local part alone, with at most a bullet before it
 * and the reason in parentheses after it: GroupWise's "        bob (user not found)" under "The
 * message that you sent was undeliverable to the following:", AOL's bare screen names under "Your
 * mail to the following recipients could not be delivered ...:" (as Mail::DeliveryStatus::
 * BounceParser's p_novell_groupwise_5_2 and p_aol_senderblock, and GNU Mailman's aol.py, read them).
 */
const listedLocalPart = /^[ \t]*(?:[-*\u2022][ \t]+)?<?([a-z0-9][a-z0-9._%+=-]{0,63})>?(?:[ \t]+\([^()\n]{1,200}\))?[ \t]*$/i;

/** A local part alone at a line's end after a colon: CompuServe's "Receiver not found: bob". */
const localPartAfterColon = /:[ \t]*<?([a-z0-9][a-z0-9._%+=-]{0,63})>?[ \t]*$/i;

/**
 * The recipients a notice names by their local part alone (no @ and domain, which the notice's
 * reader completes from the returned original or from the notice's sender): listed right below a
 * heading that ends in a colon, or after a lead-in and its colon at a line's end. Read only when the
 * notice names no address at all. Returns anchors whose `address` is the local part.
 */
function localPartAnchors(lines: readonly string[], headings: ReadonlySet<number>): Anchor[] {
  const found: Anchor[] = [];
  for (const heading of [...headings].sort((a, b) => a - b)) {
    if (!lines[heading]!.trimEnd().endsWith(':')) continue;
    let index = heading + 1;
    while (index < lines.length && index <= heading + 3 && lines[index]!.trim() === '') index++;
    for (; index < lines.length && index <= heading + maxListLength && found.length < maxRecipients; index++) {
      const line = lines[index]!;
      const match = line.length <= 300 ? listedLocalPart.exec(line) : null;
      if (match === null || /^\d+$/.test(match[1]!)) break;
      found.push({line: index, address: match[1]!.toLowerCase(), heading});
    }
  }
  if (found.length > 0) return found;
  for (let index = 0; index < lines.length && found.length < maxRecipients; index++) {
    const line = lines[index]!;
    if (line.length > 300) continue;
    // One word after the line's last colon, and no address: most lines fail this without a pattern.
    const colon = line.lastIndexOf(':');
    const rest = colon < 0 ? '' : line.slice(colon + 1).trim();
    if (rest === '' || rest.includes(' ') || rest.includes('\t') || rest.includes('@')) continue;
    const match = localPartAfterColon.exec(line);
    if (match === null || /^\d+$/.test(match[1]!)) continue;
    if (leadInAtEnd.test(wordsBefore(line, match.index))) found.push({line: index, address: match[1]!.toLowerCase()});
  }
  return found;
}

/**
 * A line of a recipient list: the address, after at most a bullet or a display name of up to three
 * words ("Bob (bob@example.org)", "- bob@example.org", "> bob@example.org") or a quoted one, which
 * may hold anything but a quote (RFC 5322 §3.4's quoted-string display name: '"Smith, Bob"
 * <bob@example.org>'); no colon, so no "To: x@y" field, and no comma outside quotes, so no sentence
 * ("For assistance, please contact <x@y>"); nothing but closing brackets after it. The address
 * may carry its type, as Exchange writes a proxy address ("SMTP:bob@example.org", which
 * Mail::DeliveryStatus::BounceParser's _cleanup_email strips).
 */
const listedPrefix = /^[\s\-*•>·]*(?:"[^"\n]{1,80}"|[^\s@:<>()",;、，。]{1,64}(?: [^\s@:<>()",;、，。]{1,64}){0,2})?\s*["<(]?\s*(?:[Ss][Mm][Tt][Pp]:)?$/;

/** What may follow the address on a listed line: closing brackets and punctuation, nothing said. */
const listedSuffix = /^[\s>)"'.,;:]*$/;

/**
 * How a line lists its address, if it does: alone (after at most a bullet or a name), or said again
 * after it, as a name's address or in parentheses: "bob@example.com <bob@example.com>" (an address
 * that is its own display name), "Bob Smith <bob@example.com> (bob@example.com)". An address said
 * twice so is a list's line wherever it stands; one alone only under a list's heading.
 */
function listedForm(line: string, address: {start: number; end: number}): 'alone' | 'again' | undefined {
  if (address.start > 200 || !listedPrefix.test(line.slice(0, address.start))) return undefined;
  const after = line.slice(address.end);
  if (after.length <= 40 && listedSuffix.test(after)) return 'alone';
  const written = line.slice(address.start, address.end);
  const again = [` <${written}>`, ` (${written})`].some((repeat) => after.length <= 40 + repeat.length && after.includes(repeat)
    && listedSuffix.test(after.replace(repeat, '')));
  return again ? 'again' : undefined;
}

/** Characters after which an enhanced code stands as a status: `#5.1.1`, `(5.1.1)`, `dsn=5.1.1`. */
const statusLeadIns = '\n#([;:=\'"-<';

/** Whether an enhanced code at `index` stands as a status rather than inside prose ("version 5.1.1"). */
function isStatusPosition(line: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (line[at] === ' ' || line[at] === '\t')) at--;
  if (at < 0) return true;
  const afterCode = /\d{3}$/.test(line.slice(Math.max(0, at - 2), at + 1));
  // A setting's value, its reply code first or the enhanced code alone, is no status given.
  if (isSettingValue(line, afterCode ? at - 2 : index)) return false;
  return statusLeadIns.includes(line[at]!) || afterCode;
}

/**
 * The indexes of all reply lines of `text`, found in one scan of the whole text rather than one
 * scan per line, so a text of a million short lines costs one pass.
 */
function findReplyLines(text: string): Set<number> {
  const lines = new Set<number>();
  // Matches come in text order, so a line counter that only moves forward finds each line.
  const lineCounter = () => {
    let line = 0;
    let lineEnd = text.indexOf('\n');
    return (index: number): number => {
      while (lineEnd >= 0 && lineEnd < index) {
        line++;
        lineEnd = text.indexOf('\n', lineEnd + 1);
      }
      return line;
    };
  };
  const replyLineOf = lineCounter();
  for (const found of findReplyCodes(text)) lines.add(replyLineOf(found.index));
  const statusLineOf = lineCounter();
  for (const found of findStatusCodes(text)) {
    const line = statusLineOf(found.index);
    if (!lines.has(line) && (isStatusPosition(text, found.index) || followsIntroduction(text, found.index))) lines.add(line);
  }
  return lines;
}

/**
 * A MIME boundary delimiter line: `--` and the boundary (RFC 2046 §5.1.1 allows 70 characters),
 * closing `--` included. A line of hyphens alone is a rule or a heading's underline ("Důvod /
 * Reason:" over "---------------"), not a boundary: a boundary holds something else.
 */
const boundaryLine = /^--[^\s]{1,200}$/;
/** A line of hyphens alone, in the shape of a boundary line (`boundaryLine`). */
const hyphensAlone = /^-+$/;
/** The first header field of a body part, after its boundary line. */
const partHeaderLine = /^content-[a-z-]{1,40}[ \t]*:/i;

/**
 * The line where the MIME part holding line `from` ends, as far as a text read as it stands shows it:
 * the next boundary line followed by a part's header or by nothing (the closing one); else
 * `lines.length`. A recipient's lines go no further: the next part is another part's, however
 * close (a report, the returned original), as when the MIME parser splits the parts.
 */
function partEndAfter(lines: readonly string[], from: number): number {
  for (let index = from + 1; index < lines.length && index <= from + 25; index++) {
    const line = lines[index]!;
    if (!line.startsWith('--') || !boundaryLine.test(line) || hyphensAlone.test(line)) continue;
    const next = lines[index + 1];
    if (next === undefined || line.endsWith('--') || partHeaderLine.test(next)) return index;
  }
  return lines.length;
}

/**
 * The reply code a line carries: at its start (`550 ...`, `<<< 550 ...`), else where a reply stands
 * in it (`... <-- 550 ...`); a long line is not searched past its start.
 */
function lineReplyCode(line: string): string | undefined {
  return leadingReplyCode(line) ?? (line.length < 400 ? findReplyCodes(line)[0]?.code : undefined);
}

/** The reply code at a line's start (`550 ...`, `550-...`, `<<< 550 ...`). */
function leadingReplyCode(line: string): string | undefined {
  return /^\s*(?:<<< ?)?([245]\d\d)[ -]/.exec(line)?.[1];
}

/** The width of a line's indentation. */
function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * Collects the diagnostic that starts at line `index`: the rest of its paragraph (a folded reply,
 * a multi-line `550-` reply, the last attempt's reply below an expiry), up to a blank line, a
 * different reply, or `end`.
 */
function diagnosticAt(lines: readonly string[], index: number, end: number): string {
  const first = lines[index]!;
  const parts = [first];
  let replyCode = lineReplyCode(first);
  let lastAttempt = false;
  const logged = syslogLine.test(first);
  for (let next = index + 1; next < end && parts.length < 12; next++) {
    const line = lines[next]!;
    // A log's next line is another event: a line of its own says all there is of its own.
    if (line.trim() === '' || (logged && syslogLine.test(line))) break;
    // A line indented deeper than the reply's first is the reply folded (Postfix indents each
    // continuation line of "said: ..." by four spaces): only a code that opens it starts another
    // reply; one inside it ("... OFR_506 [506]") is the reply's own words.
    const lineCode = indentOf(line) > indentOf(first) ? leadingReplyCode(line) : lineReplyCode(line);
    if (lineCode && replyCode && lineCode !== replyCode) {
      // After an expiry or a delay (X.4.7), the sending server's own verdict, the next reply is the
      // remote server's last one, which says why (Exchange writes it on a dated line of its own).
      if (lastAttempt || !opensWithExpiry(parts.join('\n'))) break;
      lastAttempt = true;
      replyCode = lineCode;
    }
    // A line that introduces the reply ("... said:") goes on with it on the next line, folded.
    replyCode ??= lineCode;
    // The sending side of a transcript ("--> QUIT", timestamped in MDaemon's; a command typed in a
    // session) starts the next exchange.
    // So does a telnet client's own line after the server's last ("Connection closed by foreign host.").
    if (/^\s*(?:>>>|---|\*\*)/.test(line) || (replyCode !== undefined && (/(?:^|\s)-->\s/.test(line) || sessionCommand.test(line) || isTelnetLine(line)))) break;
    // A line that opens with a template's own clause, once the reply has begun, is the notice's
    // text again, where a copy lost the blank line before it (Exim's "No action is required on your
    // part. Delivery attempts will continue for" under its delay reason).
    if (replyCode !== undefined && opensTemplateClause(line)) break;
    parts.push(line);
  }
  return parts.join('\n');
}

/** A telnet client's own lines (`telnetStatusLines`), lower case. */
const telnetLineTexts: ReadonlySet<string> = new Set(telnetStatusLines.map((line) => line.text.toLowerCase()));
/** The longest of them: a longer line is none. */
const maxTelnetLineLength = Math.max(...telnetStatusLines.map((line) => line.text.length));

/** Whether a line is one a telnet client prints of its own, around the session. */
function isTelnetLine(line: string): boolean {
  return line.length <= maxTelnetLineLength + 8 && telnetLineTexts.has(line.trim().toLowerCase());
}

/** The first words of the templates' clauses, lower case: a line that opens with none of them opens none. */
const clauseFirstWords: ReadonlySet<string> = new Set(templateClauses.map((text) => text.split(' ', 1)[0]!));

/** Whether a line opens with a template's clause (`anyTemplateClause`), after its indentation. */
function opensTemplateClause(line: string): boolean {
  const text = line.trimStart();
  const space = text.indexOf(' ');
  if (space < 0 || !clauseFirstWords.has(text.slice(0, space).toLowerCase())) return false;
  return anyTemplateClause.first(text.slice(0, 400))?.index === 0;
}

/** A syslog line's stamp, host and program ("Jul 22 11:29:28 mx postfix/smtp[544]:"), as a pattern's source. */
const syslogPrefix = '(?:[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[.\\d]{0,10}(?:Z|[+-]\\d\\d:?\\d\\d)?) [\\w.-]{1,255} [\\w/.-]{1,100}(?:\\[\\d{1,10}\\])?:';

/**
 * A line of a system log, as syslog writes it (RFC 3164 §4.1.2: "Mmm dd hh:mm:ss host tag[pid]:";
 * RFC 5424 §6.2.3's full date and time) and as grep prints it from several files (its file name
 * first): a mail server's log writes one event per line.
 */
const syslogLine = new RegExp(`^[ \\t]*(?:[\\w./-]{1,200}:)?${syslogPrefix}`);

/** The same stamp, host and program anywhere: where each line of a log run onto one starts. */
const syslogPrefixAnywhere = new RegExp(syslogPrefix, 'g');

/**
 * Whether a text is one line of a system log: one event, written on one line by its program
 * ("Jul 22 11:29:28 mx postfix/smtp[544]: ... status=bounced (host ... said: 550 ...)"), not a notice
 * a page flattened. Several log lines run onto one line each start with their own stamp.
 */
export function isOneLogLine(text: string): boolean {
  // A structured log's line ends with its fields as a JSON object (maddy's "queue: delivered\t{...}"),
  // which is read as an event of its own (`embeddedPayload`), apart from the line's words.
  if (!syslogLine.test(text) || text.includes('{"')) return false;
  syslogPrefixAnywhere.lastIndex = 0;
  let count = 0;
  while (syslogPrefixAnywhere.exec(text) !== null) if (++count > 1) return false;
  return true;
}

/**
 * Whether a reply line holds a success reply and nothing of a failure: "<-- 250 2.1.5 Ok", or a
 * log line's success status alone ("dsn=2.0.0, stat=Sent").
 */
function isSuccessReply(line: string): boolean {
  if (line.length > 1000) return false;
  const reply = findReplyCodes(line)[0]?.code;
  const statuses = findStatusCodes(line);
  return (reply === undefined ? statuses.length > 0 : reply[0] === '2') && statuses.every((status) => status.code[0] === '2');
}

/** How far below its recipient a notice may hold the reply that a heading of bare codes announces. */
const maxHeadingDistance = 60;

/** A character that is neither in a code nor in the punctuation around codes: a word's. */
const wordCharacter = /[^\d\s\-#;:,.()<>[\]'"]/;

/** Whether a line holds codes and nothing else but a label: "Status code: 550 5.1.90". */
export function isBareCodes(line: string): boolean {
  const value = line.length > 200 ? line : line.replace(/^[^:]{0,60}:/, '');
  // Most reply lines say words: one test rules them out before the codes are cut out of a copy.
  if (wordCharacter.test(value)) return false;
  return value.replace(/(?<!\d)(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?!\d)/g, '').replace(/[\s\-#;:,.()<>[\]'"]/g, '') === '';
}

/**
 * A block's status, from a log line's `dsn=` field (the diagnostic's own line first: a log names
 * the same recipient on other events' lines, "status=sent" to a content filter before it bounced),
 * or else the heading's, with where it was read.
 */
function statusOfBlock(blockText: string, headingStatus: string | undefined, diagnostic = ''): Pick<FailureBlock, 'status' | 'statusFrom'> {
  const logged = (loggedStatus.exec(diagnostic) ?? loggedStatus.exec(blockText))?.[1];
  if (logged !== undefined) return {status: logged, statusFrom: 'log'};
  return headingStatus === undefined ? {} : {status: headingStatus, statusFrom: 'heading'};
}

/** A log line's enhanced code: Postfix's `dsn=5.1.1`. */
const loggedStatus = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/;

/** The most lines one reason of a queue listing runs to (the listing wraps a long reason). */
const maxReasonLines = 10;

/** Any queue listing's heading, its spaces standing for any run of blanks. */
const anyQueueListingHeading = new RegExp(templateQueueListingHeadings.map((heading) => escapeRegExp(heading).replace(/ /g, '\\s+')).join('|') || '(?!)', 'i');

/**
 * A queued message's own line in a listing, as the servers print it below their heading: its queue
 * id (Postfix's 10-12 hex digits or long base-52 id; Sendmail's 14-character one), a status mark
 * ("*" being delivered, "!" on hold), its size, its arrival time in ctime's words ("Thu Jun 19
 * 12:25:40"; Sendmail drops the seconds) and its sender, which a copy may push onto the next line.
 * Postfix showq_compat.c (showq_report), Sendmail queue.c (print_single_queue). Each repetition is
 * bounded and parted from the next by a fixed class, so a line is read in linear time.
 */
const queueEntryLine = /^([0-9A-Za-z]{8,20})[*!]?[ \t]{1,20}\d{1,12}[ \t]{1,20}(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]{1,5}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[ \t]{1,5}\d{1,2}[ \t]{1,5}\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]{1,20}(\S{1,320}))?[ \t]*$/;

/**
 * The line that shows `text` is a queue listing: its heading, or, when the selection left that out,
 * a queued message's own line (`queueEntryLine`). Everything a listing shows is still queued.
 */
export function queueListingLine(text: string): string | undefined {
  const heading = anyQueueListingHeading.exec(text);
  if (heading !== null) return heading[0];
  // A queued message's line gives its arrival time as ctime writes it, the weekday before the month
  // with no comma ("Thu Jun 19"), which a message's own dates do not ("Thu, 19 Jun"): one quick
  // search for that first.
  return ctimeDate.test(text) ? queueEntryAnywhere.exec(text)?.[0].trim() : undefined;
}

/** A weekday and a month as ctime(3) writes them, with no comma between. */
const ctimeDate = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) {1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) /;

/** `queueEntryLine` at any line's start, for one search of a whole text (flag m: `^` and `$` at each line). */
const queueEntryAnywhere = new RegExp(queueEntryLine.source.replace('[ \\t]*$', '[ \\t\\r]*$'), 'm');

/**
 * A server's queue listing (Postfix's and Sendmail's `mailq`): under its heading, each message's
 * reasons stand in parentheses, a long one wrapped onto lines of its own, and each applies to the
 * recipients listed below it, indented. A recipient with no reason above it is not failing (the
 * message is being delivered, or waits its turn). A selection without the heading is read from its
 * first message's line on, its recipients indented or not (a web page loses the indentation).
 * Undefined when the text holds no listing.
 */
function readQueueListing(text: string, lines: readonly string[]): {blocks: FailureBlock[]; start: number} | undefined {
  // One search of the text first: most texts hold no listing, and then no line is folded.
  const headed = anyQueueListingHeading.test(text);
  // Without the heading, the first queued message's line opens the listing (`queueListingLine`'s quick search first).
  if (!headed && !ctimeDate.test(text)) return undefined;
  const start = headed ? lines.findIndex((line) => templateQueueListingHeadings.includes(line.trim().replace(/\s+/g, ' ').toLowerCase()))
    : lines.findIndex((line) => line.length <= 400 && queueEntryLine.test(line.trimEnd())) - 1;
  // No line is the heading itself (its words within another line), or no queued message's line.
  if (headed ? start < 0 : start < -1) return undefined;
  const blocks: FailureBlock[] = [];
  let reason: string | undefined;
  // Whether the message's line above named no sender: a copy pushed it onto this line, before the reason.
  let senderDue = false;
  for (let index = start + 1; index < lines.length && blocks.length < maxRecipients; index++) {
    const line = lines[index]!;
    let trimmed = line.trim();
    const entry = queueEntryLine.exec(trimmed);
    if (entry !== null) {
      reason = undefined;
      senderDue = entry[2] === undefined;
      continue;
    }
    if (senderDue) {
      senderDue = false;
      const [sender] = findAddresses(trimmed, 1);
      if (sender?.start === 0 || (sender?.start === 1 && trimmed.startsWith('<'))) trimmed = trimmed.slice(sender.end + (trimmed.startsWith('<') ? 1 : 0)).trim();
    }
    // Sendmail names the body type before the reason ("8BITMIME   (Deferred: ...)").
    const opening = trimmed.indexOf('(');
    if (opening >= 0 && /^(?:[A-Z0-9]{1,16}\s*)?$/.test(trimmed.slice(0, opening)) && (opening === 0 || /^\s/.test(line) || trimmed !== line.trim())) {
      const reasonLines = [trimmed.slice(opening)];
      while (!reasonLines.at(-1)!.endsWith(')') && reasonLines.length < maxReasonLines && index + 1 < lines.length) reasonLines.push(lines[++index]!.trim());
      reason = reasonLines.join(' ').slice(1, -1).trim();
    } else if (trimmed === '' || (!/^\s/.test(line) && (headed || addressAlone(trimmed) === undefined))) {
      // A blank line or the next message's line: the reasons above belong to the message before.
      reason = undefined;
    } else if (reason !== undefined) {
      const address = addressAlone(trimmed);
      if (address !== undefined) {
        blocks.push({recipient: address.toLowerCase(), text: reason, diagnostic: reason, remoteHost: findRemoteHost(reason), command: findCommand(reason), hasReply: findReplyCodes(reason).length > 0});
      }
    }
  }
  return {blocks, start};
}

/**
 * Whether the paragraph so far opens with a recipient's own line ("<bob@example.org>:", as qmail and
 * Postfix head a recipient's reply) and names no other: a reply below it that names an address is
 * that recipient's, whatever address the remote server wrote in it (a rewritten one).
 */
function underRecipientLine(lines: readonly string[], anchors: readonly Anchor[], paragraphStart: number): boolean {
  const last = anchors.at(-1);
  return last !== undefined && last.line >= paragraphStart && /^\s*<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?:\s*$/.test(lines[last.line]!);
}

/**
 * Whether a line is a MIME boundary of the text (RFC 2046 §5.1.1: "--" and the boundary its
 * Content-Type declares, "--" after the last), a boundary that holds an "@" as PowerMTA's and
 * Mandrill's do ("--report59760aff@mta217a-ord.mtasv.net"): a pasted message whose parts a copy
 * could not separate shows it as a line of its own.
 */
function isBoundaryLine(line: string, text: string): boolean {
  const boundary = /^--([^\s]{1,70}?)(?:--)?\s*$/.exec(line)?.[1];
  return boundary !== undefined && (text.includes(`boundary="${boundary}"`) || text.includes(`boundary=${boundary}`));
}

/** The address a line holds and nothing else, bare or in angle brackets (Sendmail lists a recipient so). */
function addressAlone(line: string): string | undefined {
  const bare = line.startsWith('<') && line.endsWith('>') ? line.slice(1, -1) : line;
  const [address] = findAddresses(bare, 2);
  return address?.start === 0 && address.end === bare.length ? address.address : undefined;
}

/** The most addresses read from one line of a list written on one line. */
const maxListedOnLine = 100;

/** What parts two addresses of a list written on one line: a comma, a semicolon or "and", with the brackets and quotes around them. */
const listSeparator = /^[\s>)"']*(?:,|;|\band\b)[\s<("']*$/i;

/**
 * The addresses that follow `first` on its line as the rest of one list: each parted from the one
 * before by a list separator only. Text between them ("a@x: 550 ... b@y") ends the list.
 */
function listedAfter(line: string, first: FoundAddress): FoundAddress[] {
  // Most recipient lines name one address: nothing after it to read.
  if (line.indexOf('@', first.end) < 0) return [];
  const listed: FoundAddress[] = [];
  let previousEnd = first.end;
  for (const next of findAddresses(line.slice(first.end), maxListedOnLine)) {
    const start = first.end + next.start;
    if (!listSeparator.test(line.slice(previousEnd, start))) break;
    listed.push(next);
    previousEnd = first.end + next.end;
  }
  return listed;
}

/**
 * Sendmail's error line for a recipient (err.c usrerr: "<code> [<x.y.z>] <rcpt>... <words>"), as its
 * transcript writes it after the exchange that led to it.
 */
const sendmailErrorLine = /^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?<[^<>\s]{1,320}>\.\.\. \S/;
/** A line of Sendmail's transcript of a session (usersmtp.c): "... while talking to <host>:", ">>> <command>", "<<< <reply>". */
const sendmailTranscriptLine = /^(?:\.\.\. )?while talking to |^(?:>>>|<<<) /i;
/**
 * Sendmail's error line about the host of a session rather than a recipient: its messages put
 * whatever they are about before "... " (err.c fmtmsg, the envelope's current `e_to`), which while
 * it talks to a host is that host and its mailer ("421 example.org (smtp)... Deferred: Connection
 * reset by peer"). It belongs to the session above it, before the recipient's own line.
 */
const sendmailHostLine = /^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?[^\s<>@]{1,255}(?: \([^\s()]{1,40}\))?\.\.\. \S/;

/** The nearest line above `index` that is no host's error line (`sendmailHostLine`), or -1. */
function aboveHostLines(lines: readonly string[], index: number): number {
  let above = index - 1;
  while (above >= 0 && above > index - maxTranscriptLines && sendmailHostLine.test(lines[above]!.trim())) above--;
  return above;
}

/**
 * The Sendmail error line that closes the entry a recipient's line stands in (the line itself, or
 * one below it in the transcript, before `end`), when the entry is a transcript's: the error line
 * follows the exchange right above it.
 */
function sendmailEntryEnd(lines: readonly string[], from: number, end: number, recipient: string): number | undefined {
  for (let index = from; index < end && index < from + maxTranscriptLines; index++) {
    const line = lines[index]!;
    if (sendmailErrorLine.test(line)) {
      // The error line of the same recipient, right after the reply that led to it.
      const named = /<([^<>\s]+)>\.\.\. /.exec(line)?.[1]?.toLowerCase();
      const reply = aboveHostLines(lines, index);
      return named === recipient && reply >= 0 && lines[reply]!.trim().startsWith('<<< ') ? index : undefined;
    }
    if (index > from && !sendmailTranscriptLine.test(line.trim()) && !sendmailHostLine.test(line.trim())) return undefined;
  }
  return undefined;
}

/**
 * Where the transcript that holds line `index` starts: the run of transcript lines above it; none
 * where it gave another recipient to the server (">>> RCPT To:<other>"): that exchange is the other's.
 */
function transcriptStartAbove(lines: readonly string[], index: number, recipient: string): number | undefined {
  const below = aboveHostLines(lines, index) + 1;
  let start = below;
  while (start > 0 && start > index - maxTranscriptLines && sendmailTranscriptLine.test(lines[start - 1]!.trim())) start--;
  if (start === below) return undefined;
  const others = lines.slice(start, index).some((line) => {
    const given = /^\s*>>> rcpt to: ?<([^<>\s]+)>/i.exec(line)?.[1]?.toLowerCase();
    return given !== undefined && given !== recipient;
  });
  return others ? undefined : start;
}

/** The most lines of a transcript read above the error line that closes it. */
const maxTranscriptLines = 40;

/**
 * Whether the reply on line `index` is introduced by words that a wrapped line split off onto the
 * line above ("... Returned a Permanent" / "Error 550 ..."): its line alone does not show the code
 * as a reply, the two lines together do. The line above then opens the diagnostic.
 */
function introducedAbove(lines: readonly string[], index: number): boolean {
  const above = lines[index - 1]!;
  return above.trim() !== '' && findReplyCodes(lines[index]!).length === 0
    && findReplyCodes(`${above}\n${lines[index]!}`).some((found) => found.index > above.length);
}

/** The opening of Exchange's reply in brackets: "<", the reporting host (or none), "#", the status, "smtp;". */
const bracketedReplyOpening = /^<[^\s<>]*[ \t]*#[245]\.\d{1,3}\.\d{1,3}[ \t]+smtp;/i;

/**
 * Exchange's reply in brackets opened and not closed on the line: "<host #status smtp;reply" with
 * its ">" on a line below (Exchange 2003's notice prints "<mx.example.org #5.7.1 smtp;550 5.7.1
 * ...>" under each recipient, as its X-Supplementary-Info field does; sisimai lhost/exchange2003.rb).
 */
function opensBracketedReply(line: string): boolean {
  const open = line.lastIndexOf('<');
  return open >= 0 && line.indexOf('>', open) < 0 && bracketedReplyOpening.test(line.slice(open));
}

/**
 * Finds failed recipients in the human-readable text. Returns one block per distinct recipient
 * in the order they first appear, or a single recipient-less block when the text holds a reply
 * but names nobody (a pasted line such as `550 5.7.26 Unauthenticated email`).
 */
export function findFailures(fullText: string): FailureBlock[] {
  const text = cutOriginalMessage(fullText);
  const lines = text.split('\n');
  const listed = readQueueListing(text, lines);
  // A listing that shows no failing recipient (a selection cut after its first message's line)
  // leaves what stands above it to say: the log lines a person pasted before running mailq.
  if (listed !== undefined) return listed.blocks.length > 0 || listed.start <= 0 ? listed.blocks : findFailures(lines.slice(0, listed.start).join('\n'));
  const replyLines = findReplyLines(text);
  let isSession: boolean | undefined;
  const session = () => (isSession ??= isSessionTranscript(text));
  // Report fields (Final-Recipient, Status, ...) are read by the delivery-status reader; as prose
  // they would make blocks of their own.
  for (const index of replyLines) {
    if (reportFieldPattern.test(lines[index]!)) replyLines.delete(index);
  }
  const anchors: Anchor[] = [];
  // Whether any reply of the text refuses the sender: most texts hold no such words, and then no
  // address is asked about them.
  let senderRefused: boolean | undefined;
  const holdsSenderRefusal = (): boolean => (senderRefused ??= refusesSender(text));
  // Every address the text names, read once and only for an address that may continue a line above.
  let namedInText: ReadonlySet<string> | undefined;
  const namesAddress = (address: string): boolean => (namedInText ??= new Set(findAddresses(text).map((found) => found.address.toLowerCase()))).has(address);
  // The lines that open a recipient list, found in one scan of the whole text, and only when a
  // line could be a listed recipient: most notices name theirs after a lead-in.
  let headings: Set<number> | undefined;
  /** Whether a heading stands at most `maxListLength` lines above line `index`. */
  const underHeading = (index: number): boolean => {
    headings ??= headingLines(text);
    for (let line = index; line >= 0 && line >= index - maxListLength; line--) if (headings.has(line)) return true;
    return false;
  };
  /**
   * Whether the line lists the address as a recipient: said twice, alone under a heading, or after
   * the heading's own colon on its line ("Did not reach the following recipient: bob@example.org",
   * a list of one written on one line, or a list's lines joined by a mail client).
   */
  const listsRecipient = (line: string, address: {start: number; end: number}, index: number): boolean => {
    const form = listedForm(line, address);
    if (form === 'again' || (form === 'alone' && underHeading(index))) return true;
    // Right after a heading's own words on its line, whatever follows: the notice's lines run into
    // one, as an inbox's preview of it shows ("... The following address(es) failed: bob@example.org
    // Blocked spam-message ------ This is a copy ...").
    if (headingEndsAt(line, address.start)) return true;
    // The line's own shape first: the headings are found (one scan of the text) only for a line
    // that could be one.
    if (address.end + 40 < line.length || !listedSuffix.test(line.slice(address.end))
      // After the heading's colon, or after the dashes that close a banner heading (Sendmail's
      // "----- The following addresses had permanent fatal errors -----" with its first address
      // joined to it by a copy that lost the line end).
      || !/(?::|[-\u2013\u2014]{2})[ \t]*[<("]?[ \t]*$/.test(line.slice(Math.max(0, address.start - 40), address.start))) return false;
    headings ??= headingLines(text);
    return headings.has(index);
  };
  // Most notices hold no X.400 address at all: one search of the text spares one per line.
  const readsX400 = mayHoldX400Address(text);
  // The paragraph the line stands in: its first line's indentation and the recipient that line
  // names, and whether a reply has begun in it. A line indented deeper after that is the reply
  // folded (Postfix's four spaces under "<rcpt>: host ... said: 550 5.1.1"): another address
  // there is one the reply quotes (the sender's, "<bounces+x@example.net>: unauthorized sender"),
  // not a failed recipient.
  let paragraphStart = -1;
  let paragraphHasReply = false;
  // The line of the last mailbox named with its display name in a list (`namedWithDisplayName`).
  let lastNamedMailbox = -Infinity;
  // Whether an Exchange reply in brackets ("<mx.example.org #5.7.1 smtp;550 5.7.1 ...>") opened on
  // a line above is still open: its lines up to the closing ">" are the reply, an address there one
  // it quotes ("... please forward this message to delist@example.net>"), no recipient.
  let inBracketedReply = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') {
      paragraphStart = -1;
      paragraphHasReply = false;
      inBracketedReply = false;
      continue;
    }
    if (inBracketedReply) {
      if (line.includes('>')) inBracketedReply = false;
      continue;
    }
    inBracketedReply = opensBracketedReply(line);
    if (paragraphStart < 0) paragraphStart = index;
    const foldedInto = paragraphHasReply && indentOf(line) > indentOf(lines[paragraphStart]!) && anchors.at(-1)?.line === paragraphStart
      ? anchors.at(-1)!.address : undefined;
    if (replyLines.has(index)) paragraphHasReply = true;
    const x400 = readsX400 ? x400Address(line) : undefined;
    if (x400 !== undefined && !namesTheSender(lines, index)) {
      anchors.push({line: index, address: x400.toLowerCase()});
      continue;
    }
    if (!line.includes('@') || reportFieldPattern.test(line) || namesTheSender(lines, index) || continuesIdentifierField(lines, index)
      || isValueOfHeaderAbove(lines, index) || isBoundaryLine(line, text)) continue;
    // Once a lead-in has named its recipients on the line, a later address counts only after a
    // lead-in of its own: two errors a program printed on one line ("SMTP Error: The following
    // recipients failed: a@x Error: SMTP Error: The following recipients failed: b@y").
    let listedOnLine: Set<string> | undefined;
    for (const address of findAddresses(line, 4)) {
      if (foldedInto !== undefined && address.address.toLowerCase() !== foldedInto) continue;
      // The address a hidden one was generated from is the failed recipient; under a printed
      // address, it is that address's origin.
      const prefix = wordsBefore(line, address.start);
      if (endsWithIdentifierKey.test(prefix) || namedAsSender(line, address, prefix, lines[index - 1]) || isNoticeSender(address.address)
        || greetsReader(line, address) || continuesWrappedAddress(lines, index, address, namesAddress) || (holdsSenderRefusal() && insideSenderRefusal(lines, index, address))) continue;
      if (listedOnLine !== undefined) {
        const named = recipientOnLine(address, line);
        if (!listedOnLine.has(named) && isAddressLine(prefix)) {
          anchors.push({line: index, address: named});
          listedOnLine.add(named);
        }
        continue;
      }
      // Postfix wraps a long line with four spaces of indentation (its bounce's line_wrap), so
      // "(expanded from" may end the line above the address it introduces.
      if (parentLeadInAtEnd.test(prefix) || (prefix === '' && index > paragraphStart && parentLeadInAtEnd.test(wordsBefore(lines[index - 1]!, lines[index - 1]!.length).trimEnd()))) {
        // The line above names no address of its own ("an undisclosed address"), not even one
        // this reader takes for none ("bob@b.c"): a header may still name that one.
        if ((anchors.at(-1) === undefined || anchors.at(-1)!.line < paragraphStart) && !lines[index - 1]?.includes('@')) {
          anchors.push({line: index, address: recipientOnLine(address, line)});
          break;
        }
        continue;
      }
      const addressLine = isAddressLine(prefix) || (replyCodesAtEnd.test(prefix) && tagsRecipient(line, address) && !underRecipientLine(lines, anchors, paragraphStart));
      const named = !addressLine && namedWithDisplayName(lines, index, address, lastNamedMailbox);
      if (named) lastNamedMailbox = index;
      if (addressLine || named || leadInBeforeDisplayName(line, address)) {
        // A lead-in may name several recipients on its line ("Found inactive addresses: a, b."):
        // each address that only a comma, a semicolon or "and" parts from the one before is one.
        listedOnLine = new Set();
        for (const listed of [address, ...listedAfter(line, address).filter((next) => !isNoticeSender(next.address))]) {
          const named = recipientOnLine(listed, line);
          anchors.push({line: index, address: named});
          listedOnLine.add(named);
        }
        if (!addressLine) break;
        continue;
      }
      if (listsRecipient(line, address, index)) {
        anchors.push({line: index, address: recipientOnLine(address, line)});
        break;
      }
    }
  }

  // A notice that names no address at all may name its recipients by their local part alone.
  if (anchors.length === 0) anchors.push(...localPartAnchors(lines, headings ??= headingLines(text)));
  else joinRewrittenTranscriptAddresses(anchors, lines);

  const byRecipient = new Map<string, FailureBlock>();
  const order: string[] = [];
  // Where each anchor's block ends: the line of the next anchor naming another address (computed
  // from the end in one pass, so a list of thousands of lines costs no more than one pass).
  const nextOther: number[] = new Array<number>(anchors.length);
  // Addresses listed on one line share the lines below it: another address of the same line ends
  // no block, so the search starts from the first anchor of a later line.
  let laterLine = anchors.length;
  for (let a = anchors.length - 1; a >= 0; a--) {
    const next = anchors[a + 1];
    if (next !== undefined && next.line !== anchors[a]!.line) laterLine = a + 1;
    const later = anchors[laterLine];
    nextOther[a] = later === undefined ? lines.length : later.address !== anchors[a]!.address ? later.line : nextOther[laterLine]!;
  }
  // A report's recipient field (its value "rfc822; <address>", RFC 3464 §2.3.1-2) opens that
  // recipient's record whether or not it is an anchor here (ZMailer prints each value on the line
  // under its field's name): the block of another address above it ends there, and does not take
  // that record's status or reply for its own.
  if (anchors.length > 0 && text.includes('822;')) {
    const fields: Array<{line: number; address: string}> = [];
    for (let index = 0; index < lines.length; index++) {
      const match = reportRecipientValue.exec(lines[index]!);
      // The field's name before the value, or alone on the line above it.
      if (match !== null && (recipientFieldName.test(lines[index]!) || (index > 0 && recipientFieldAlone.test(lines[index - 1]!)))) {
        fields.push({line: index, address: match[1]!.toLowerCase()});
      }
    }
    // The next field naming an address other than each field's own, from the end in one pass.
    const nextChange = new Array<number>(fields.length);
    for (let f = fields.length - 1; f >= 0; f--) {
      nextChange[f] = f + 1 >= fields.length ? -1 : fields[f + 1]!.address !== fields[f]!.address ? f + 1 : nextChange[f + 1]!;
    }
    for (let a = 0, f = 0; a < anchors.length; a++) {
      while (f < fields.length && fields[f]!.line <= anchors[a]!.line) f++;
      const first = fields[f];
      const other = first === undefined ? -1 : first.address !== anchors[a]!.address ? f : nextChange[f]!;
      if (other >= 0) nextOther[a] = Math.min(nextOther[a]!, fields[other]!.line);
    }
  }
  // The last anchor of each list of recipients: anchors on consecutive lines, each a new address on
  // a line that holds no reply (a recipient's line with its reply, or one named again further on,
  // is no list's), found in one pass, and only once a recipient without a reply asks for it.
  let runLast: number[] | undefined;
  const listRuns = (): number[] => {
    const last = new Array<number>(anchors.length);
    const listItem = (a: number): boolean => !replyLines.has(anchors[a]!.line);
    for (let start = 0; start < anchors.length;) {
      let end = start;
      if (listItem(start)) {
        const seen = new Set([anchors[start]!.address]);
        while (end + 1 < anchors.length && anchors[end + 1]!.line === anchors[end]!.line + 1 && listItem(end + 1) && !seen.has(anchors[end + 1]!.address)) {
          end++;
          seen.add(anchors[end]!.address);
        }
      }
      for (let a = start; a <= end; a++) last[a] = end;
      start = end + 1;
    }
    return last;
  };
  let previousOtherLine = -1;
  // Anchors come in line order: one cursor over the sorted reply lines finds each anchor's reply.
  const sortedReplyLines = [...replyLines].sort((a, b) => a - b);
  /**
   * The reply that follows a list of recipients and names none of them ("a@x / b@y / Reason: 550
   * 5.2.2 Mailbox full"): it answers each recipient of the list, not only the last.
   */
  const replyAfterList = (a: number): number => {
    const last = (runLast ??= listRuns())[a]!;
    if (last === a) return -1;
    const from = anchors[last]!.line + 1;
    const until = Math.min(nextOther[last]!, partEndAfter(lines, anchors[last]!.line), from + 25);
    // The cursor already stands at the first reply line at or after this anchor's.
    for (let cursor = replyCursor; cursor < sortedReplyLines.length && sortedReplyLines[cursor]! < until; cursor++) {
      const line = sortedReplyLines[cursor]!;
      if (line >= from) return lines[line]!.includes('@') ? -1 : line;
    }
    return -1;
  };
  let replyCursor = 0;
  /** The anchor that first named each recipient. */
  const firstAnchorOf = new Map<string, number>();
  /**
   * The blocks without the addresses that stand in the notice with nothing of a failure: where
   * other recipients carry a server's reply or a status, an address alone on its line with
   * neither, under no recipient list's heading and in no list of addresses (whose items share the
   * words after it), is one the notice mentions (a site's note of where to write, a contact), not
   * a recipient it failed for.
   */
  const withoutBystanders = (found: FailureBlock[]): FailureBlock[] => {
    const failed = (block: FailureBlock) => block.hasReply === true || block.status !== undefined;
    if (!found.some(failed) || found.every(failed)) return found;
    return found.filter((block) => {
      const a = firstAnchorOf.get(block.recipient ?? '');
      if (failed(block) || a === undefined) return true;
      const line = anchors[a]!.line;
      if (lines[line]!.trim().replace(/^[<(]|[>)]$/g, '').toLowerCase() !== block.recipient) return true;
      runLast ??= listRuns();
      const inList = runLast[a] !== a || (a > 0 && runLast[a - 1] === runLast[a]);
      return inList || underHeading(line);
    });
  };
  // The reply lines that a recipient above already took as its own, following it.
  const claimed = new Set<number>();
  // Whether each reply line is a success alone, read once: a log that names its recipient on every
  // line ("=> bob@example.org ... C=\"250 OK\"") asks it of the same lines from every anchor above.
  const successLines = new Map<number, boolean>();
  const isSuccessLine = (index: number): boolean => {
    let success = successLines.get(index);
    if (success === undefined) successLines.set(index, success = isSuccessReply(lines[index]!));
    return success;
  };
  for (let a = 0; a < anchors.length; a++) {
    const anchor = anchors[a]!;
    if (a > 0 && anchors[a - 1]!.address !== anchor.address) previousOtherLine = anchors[a - 1]!.line;
    // A recipient already diagnosed with a server reply needs no second look: repeats of the same
    // address (a transcript, a copy of the list) add nothing but cost.
    const known = byRecipient.get(anchor.address);
    // Except for the remote server under it: an NDR's administrators' block repeats the recipient
    // with that server on the next line, after the user's section has given the reply.
    if (known?.hasReply) known.remoteHost ??= serverLineUnder(lines, anchor.line);
    if (known?.hasReply || (!known && byRecipient.size >= maxRecipients)) continue;
    // The reply is looked for in the 25 lines below the recipient; once found, it is read to its
    // end, which a notice's lines wrapped by a mail client may push past them.
    const replyEnd = Math.min(lines.length, nextOther[a]!, partEndAfter(lines, anchor.line));
    const end = Math.min(replyEnd, anchor.line + 25);
    while (replyCursor < sortedReplyLines.length && sortedReplyLines[replyCursor]! < anchor.line) replyCursor++;
    // The first failure among the replies below the recipient: a transcript's greeting and "250 OK"
    // lines come before it. Only successes there: the first one (a delivery confirmation).
    let diagnosticLine = -1;
    let successOnly = false;
    for (let cursor = replyCursor; cursor < sortedReplyLines.length && sortedReplyLines[cursor]! < end; cursor++) {
      const candidate = sortedReplyLines[cursor]!;
      successOnly = isSuccessLine(candidate);
      if (diagnosticLine < 0 || !successOnly) diagnosticLine = candidate;
      if (!successOnly) break;
    }
    if (diagnosticLine >= 0) claimed.add(diagnosticLine);
    // Another mention of a recipient we have, with no reply near it, adds nothing; nor does one
    // with successes alone once the recipient's text is full (a log naming it on every line).
    if (known && (diagnosticLine < 0 || (successOnly && known.text.length >= maxNearbyLength))) {
      known.remoteHost ??= serverLineUnder(lines, anchor.line);
      continue;
    }
    // Sendmail ends a recipient's entry with its error line ("554 <rcpt>... Remote protocol
    // error"), after the session's transcript that led to it: its block is that transcript and
    // the line, not the entries below it.
    const closing = sendmailEntryEnd(lines, anchor.line, end, anchor.address);
    const transcriptStart = closing === undefined ? undefined : transcriptStartAbove(lines, anchor.line, anchor.address);
    const block = lines.slice(anchor.line, closing === undefined ? Math.max(end, anchor.line + 1) : closing + 1);
    // "Could not be delivered because of: 550 5.1.1 User unknown. The following recipients were
    // affected: x@example.com": the reply can stand before the list of the addresses it concerns.
    const previousReply = sortedReplyLines[replyCursor - 1];
    if (diagnosticLine < 0 && previousReply !== undefined && previousReply > previousOtherLine && previousReply >= anchor.line - 30
      && !claimed.has(previousReply)) {
      diagnosticLine = previousReply;
    }
    if (diagnosticLine < 0 && !known) diagnosticLine = replyAfterList(a);
    // A heading with bare codes ("Status code: 550 5.1.90") is not the reply when the reply itself,
    // words and all, follows further on ("Reported error: 550 5.1.90 reached your daily limit").
    let headingStatus: string | undefined;
    if (diagnosticLine >= 0 && isBareCodes(lines[diagnosticLine]!)) {
      const limit = Math.min(lines.length, anchor.line + maxHeadingDistance, nextOther[a]!);
      for (let cursor = replyCursor; cursor < sortedReplyLines.length && sortedReplyLines[cursor]! < limit; cursor++) {
        const candidate = sortedReplyLines[cursor]!;
        if (candidate > diagnosticLine && !isBareCodes(lines[candidate]!)) {
          // The heading's enhanced code still counts where the reply itself carries none.
          headingStatus = findStatusCodes(lines[diagnosticLine]!)[0]?.code;
          diagnosticLine = candidate;
          break;
        }
      }
    }
    // Postfix and qmail start the diagnostic on the address line itself ("<x@y>: host ... said:").
    const anchorLine = lines[anchor.line]!;
    // One `@` and no `:` in the address: each part then has a single way to match.
    const anchorCarriesText = /^\s*<?[^\s<>@]+@[^\s<>:]+>?:\s*\S/.test(anchorLine);
    // Sendmail's error line that names the recipient is its own summary of the session above it
    // (usersmtp.c's transcript, then the host's lines): the remote server's last reply there is the
    // reply ("<<< 550 ..." over "554 <rcpt>... Remote protocol error").
    const sessionReply = closing === anchor.line && transcriptStart !== undefined && diagnosticLine === anchor.line ? aboveHostLines(lines, anchor.line) : -1;
    const paragraphStart = sessionReply >= 0 ? sessionReply
      : anchorCarriesText && diagnosticLine >= 0
      && !lines.slice(anchor.line, diagnosticLine).some((line) => line.trim() === '') ? anchor.line
      : diagnosticLine > anchor.line && introducedAbove(lines, diagnosticLine) ? diagnosticLine - 1 : diagnosticLine;
    const diagnostic = diagnosticLine >= 0 ? diagnosticAt(lines, paragraphStart, Math.max(replyEnd, diagnosticLine + 1))
      : block.filter((line) => line.trim() !== '').slice(0, 4).join('\n');
    // The block's text reaches as far as its reply does.
    const replyLinesEnd = diagnosticLine >= 0 ? paragraphStart + diagnostic.split('\n').length : 0;
    // In a session, the client's next command opens the next exchange: the block ends there.
    const sessionEnd = diagnosticLine > anchor.line && session() ? nextSessionCommand(lines, diagnosticLine + 1, anchor.line + block.length) : -1;
    const kept = sessionEnd < 0 ? block : block.slice(0, sessionEnd - anchor.line);
    const blockText = [
      ...(anchor.heading === undefined ? [] : [lines[anchor.heading]!]),
      ...(transcriptStart === undefined ? [] : lines.slice(transcriptStart, anchor.line)),
      ...(replyLinesEnd > anchor.line + kept.length ? lines.slice(anchor.line, replyLinesEnd) : kept),
    ].join('\n');
    // A block is read for its host and command only when it is kept: repeats of a recipient that
    // add nothing cost no more than their text.
    const full = (): FailureBlock => ({
      recipient: anchor.address,
      text: blockText,
      diagnostic,
      remoteHost: findRemoteHost(blockText) ?? serverLineUnder(lines, anchor.line),
      command: findCommand(blockText),
      ...statusOfBlock(blockText, headingStatus, diagnostic),
      // Successes alone are not the reply a later mention (the transcript's RCPT TO) may hold.
      hasReply: diagnosticLine >= 0 && !successOnly,
    });
    const existing = byRecipient.get(anchor.address);
    if (!existing) {
      byRecipient.set(anchor.address, full());
      order.push(anchor.address);
      firstAnchorOf.set(anchor.address, a);
    } else if (diagnosticLine >= 0 && !successOnly && !existing.hasReply) {
      // A later mention with the server's reply beats an earlier one without it.
      byRecipient.set(anchor.address, {...full(), text: `${existing.text}\n${blockText}`.slice(0, maxNearbyLength)});
    } else {
      if (existing.text.length < maxNearbyLength) existing.text = `${existing.text}\n${blockText}`;
      existing.remoteHost ??= findRemoteHost(blockText) ?? serverLineUnder(lines, anchor.line);
      existing.command ??= findCommand(blockText);
    }
  }
  const blocks = withoutBystanders(order.map((address) => byRecipient.get(address)!));
  if (blocks.length > 0) {
    // A recipient whose own lines name no server was answered by the one server the notice names,
    // or, where it names none, by the server that wrote it (`reportingServerLabels`).
    if (blocks.some((block) => block.remoteHost === undefined)) {
      const hosts = remoteHostsNamed(text);
      const host = hosts.size === 1 ? [...hosts][0] : hosts.size === 0 ? reportingServer(text) : undefined;
      if (host) for (const block of blocks) block.remoteHost ??= host;
    }
    return blocks;
  }

  // No recipient named: the first reply in the text stands alone (a pasted line or transcript),
  // the first failure where a session's successes come before it (its greeting, "250 OK").
  let firstReply = -1;
  let firstFailure = -1;
  for (const index of replyLines) {
    if (firstReply < 0 || index < firstReply) firstReply = index;
    if ((firstFailure < 0 || index < firstFailure) && !isSuccessReply(lines[index]!)) firstFailure = index;
  }
  if (firstFailure >= 0) firstReply = firstFailure;
  if (firstReply < 0) return ownErrorBlocks(lines);
  const diagnostic = diagnosticAt(lines, firstReply, lines.length);
  // The command and host are named just before or inside the reply ("... while talking to x:").
  const nearby = [...lines.slice(Math.max(0, firstReply - 20), firstReply), diagnostic].join('\n').slice(-maxNearbyLength);
  const command = findCommand(nearby);
  // "550 5.1.1 <x@example.com>: Recipient address rejected": the address the reply names back,
  // unless the reply refused the sender or the client before any recipient was named, or its code
  // is about the sender's address (RFC 3463 X.1.7, X.1.8: "553 5.1.8 <x>... Domain of sender address").
  const status = findStatusCodes(diagnostic)[0]?.code;
  const aboutSender = command === 'MAIL FROM' || command === 'HELO' || command === 'CONNECT' || status?.endsWith('.1.7') === true || status?.endsWith('.1.8') === true
    || refusesSender(diagnostic);
  const named = aboutSender ? undefined : addressNamedBack(diagnostic);
  return [{recipient: named, text: nearby, diagnostic, remoteHost: findRemoteHost(nearby), command}];
}

/**
 * Whether the words right before position `at` of `text` (on its line) name the address there the
 * sender's or a message's identifier (a log's "from=<x@y>" or "id=<...>", "sender address"), or the
 * value a setting is given (`isSettingValue`).
 */
export function labelledNoRecipient(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const prefix = wordsBefore(before, before.length);
  // A setting's value ("SMTP_USER=alerts@example.org" in a pasted environment) is the address it is set to.
  return senderLeadInAtEnd.test(prefix) || endsWithIdentifierKey.test(prefix) || isSettingValue(text, at);
}

/** The most lines read for the sending server's own error where a text quotes no reply. */
const maxOwnErrorLines = 200;

/**
 * A text that quotes no reply and names no recipient may hold the sending server's own error of an
 * attempt (`ownErrors`: Postfix's "connect to mx.example.org[192.0.2.1]:25: Connection timed out"):
 * its first such line is the failure.
 */
function ownErrorBlocks(lines: readonly string[]): FailureBlock[] {
  for (let index = 0; index < lines.length && index < maxOwnErrorLines; index++) {
    const ownError = ownErrorIn(lines[index]!);
    if (ownError === undefined) continue;
    const diagnostic = lines[index]!.trim();
    const nearby = lines.slice(Math.max(0, index - 20), index + 1).join('\n').slice(-maxNearbyLength);
    return [{recipient: undefined, text: nearby, diagnostic, ownError, remoteHost: findRemoteHost(diagnostic), command: findCommand(nearby)}];
  }
  return [];
}

/**
 * The first address in angle brackets a reply names back ("550 5.1.1 <x@example.com>: ..."), or,
 * failing one, the first bare one its tag names (`recipientTags`, Sendmail's "550 5.1.1
 * x@example.com... User unknown"), but for one its words label the sender's or a message's
 * identifier (`labelledNoRecipient`), before it or after it ("<x@example.net> sender rejected").
 */
function addressNamedBack(diagnostic: string): string | undefined {
  const namesRecipient = (at: number, end: number): boolean => {
    if (labelledNoRecipient(diagnostic, at)) return false;
    const lineEnd = diagnostic.indexOf('\n', end);
    return !labelledSenderAfter(diagnostic.slice(0, lineEnd < 0 ? undefined : lineEnd), end);
  };
  for (const match of diagnostic.matchAll(/<([^\s<>@]{1,64}@[^\s<>]{1,255})>/g)) {
    if (namesRecipient(match.index, match.index + match[0].length)) return match[1]!.toLowerCase();
  }
  if (!diagnostic.includes('...')) return undefined;
  for (const found of findAddresses(diagnostic, 8)) {
    if (isRecipientTagAt(diagnostic, found.end) && namesRecipient(found.start, found.end)) return found.address.toLowerCase();
  }
  return undefined;
}

/** Whether a recipient's tag (`recipientTags`, Sendmail's "... ") stands at `at`: before words, or at the line's end. */
function isRecipientTagAt(text: string, at: number): boolean {
  return recipientTags.some((tag) => {
    const mark = tag.trimEnd();
    if (!text.startsWith(mark, at)) return false;
    const next = text[at + mark.length];
    return next === undefined || /\s/.test(next);
  });
}
