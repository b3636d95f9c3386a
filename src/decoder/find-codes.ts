/**
 * Finding SMTP codes in free text. Every pattern here is a fixed-width or single-quantifier
 * expression with no nested repetition, so scanning stays linear on hostile input.
 */
import {templateExpectedCodeLabels, templateImpliedReplies, templateReplyIntroductions} from './templates.ts';
import {codesSharedWithHttp, receivedLineMarks, replyLabels, type ReplyLabel} from '../rules/session-transcripts.ts';
import {escapeRegExp, LiteralSet} from './match-text.ts';
import {replyCodes} from '../rules/reply-codes.ts';

/**
 * The words after which a mail server's template prints the remote reply ("SMTP Protocol Returned
 * a Permanent Error 550 ...", "Remote host said: 550"), in the form they are compared in: lower
 * case, each blank one space (templates fold their lines, so any run of white space stands for it),
 * grouped by their last character that is not a blank.
 */
const introductionsByLastCharacter = new Map<string, string[]>();
for (const text of new Set(templateReplyIntroductions.map((introduction) => introduction.toLowerCase().replace(/\s+/g, ' ')))) {
  const last = text.trimEnd().at(-1);
  if (last !== undefined) introductionsByLastCharacter.set(last, [...introductionsByLastCharacter.get(last) ?? [], text]);
}

/** Whether the character at `index` is white space, as `\s` reads it. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text[index]!));
}

/** The character at `index` in lower case. */
function lowerAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
  return code < 128 ? text[index]! : text[index]!.toLowerCase();
}

/**
 * Whether `introduction` (normalised) ends at `end` of `text`, read backwards from its character at
 * `last`: its letters in any case, each of its blanks any run of white space.
 */
function endsWithIntroduction(text: string, last: number, introduction: string): boolean {
  let at = last;
  for (let index = introduction.trimEnd().length - 1; index >= 0; index--) {
    if (at < 0) return false;
    if (introduction[index] === ' ') {
      if (!isSpaceAt(text, at)) return false;
      while (at >= 0 && isSpaceAt(text, at)) at--;
    } else if (lowerAt(text, at--) !== introduction[index]) {
      return false;
    }
  }
  return true;
}

/**
 * The template's reply introduction that ends at `end` of `text`, if one does. Only the characters
 * before the code are read, never the whole text: a code's position is asked of every diagnostic,
 * line and reply read, and a scan of each such text for every introduction was a fifth of a
 * notice's decoding.
 */
function introductionEndingAt(text: string, end: number): string | undefined {
  let last = end - 1;
  while (last >= 0 && isSpaceAt(text, last)) last--;
  if (last < 0) return undefined;
  const candidates = introductionsByLastCharacter.get(lowerAt(text, last));
  if (candidates === undefined) return undefined;
  // An introduction that ends in a blank ("<-- ") needs white space before `end`; one that does not, none.
  const spaceBefore = last < end - 1;
  return candidates.find((introduction) => introduction.endsWith(' ') === spaceBefore && endsWithIntroduction(text, last, introduction));
}

/**
 * An RFC 3463 enhanced status code: class 2/4/5, subject, detail (detail may be 3 digits: 5.7.606).
 * A code stands apart from a word, a path and an address: a version glued to a name or a path
 * ("nodemailer@4.7.0@nodemailer/lib", "v2.1.5", "/5.1.1/") is no status, nor one a hyphen joins to
 * a program's name, as packages name their releases ("milter-greylist-4.3.7", "dovecot-2.3.4":
 * RPM's NAME-VERSION-RELEASE). A hyphen after a reply code is a reply's own ("550-5.7.1").
 */
const statusPattern = /(?<![\w.@/])(?<![A-Za-z]-)([245])\.(\d{1,3})\.(\d{1,3})(?![\d@/]|\.\d)/g;

/**
 * An RFC 5321 reply code candidate: three digits standing alone (a CJK keyboard's full-width comma
 * may follow). After a `#` or a `=` it counts
 * only with an enhanced code right after it (Exchange's "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not
 * found ##", a message trace's "LED=550 5.1.10 ..."), as `isReplyPosition` does not take either for
 * a reply's place ("ticket #550", "size=550").
 */
const replyPattern = /(?<![\w.\-/@+])([245][0-5]\d)(?=[ \-'"\]):;,\uff0c]|$)/gm;

/** Success replies that servers really send; other 2yz numbers are too often sizes or counts. */
const successReplies = new Set(['211', '214', '220', '221', '235', '250', '251', '252']);

export interface FoundCode {
  readonly code: string;
  /** Offset in the text searched. */
  readonly index: number;
  /**
   * A code the text does not print: a client's message that stands for it (`impliedReplies`, .NET's
   * "Transaction failed. The server response was:"), as the text words it. `index` is where the
   * server's reply, its code dropped, begins.
   */
  readonly impliedBy?: string;
}

/** The words that name the number after them a version: "version 2.3.3", "ver. 4.1.1", "v 2.1.5". */
const versionWord = /\b(?:version|ver\.?|release|rev\.?|v)[ :]*$/i;

/** Every enhanced status code in `text`, in order. */
export function findStatusCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (const match of text.matchAll(statusPattern)) {
    const [, klass, subject, detail] = match;
    // x.0.0-style codes with absurd subjects (e.g. version numbers 5.10.2) are not status codes,
    // nor is a number that a word names a version ("daemon started -- version 2.3.3").
    if (Number(subject) > 7 || versionWord.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    found.push({code: `${klass}.${Number(subject)}.${Number(detail)}`, index: match.index});
  }
  return found;
}

/** An enhanced code right after a reply code (`550-5.7.1`, `550 '5.7.1`), tried in place (sticky). */
const enhancedAfterReply = /[ -]?['"(#[]?[245]\.\d/y;

/** The longest setting's name read back from a quoted value. */
const maxSettingNameLength = 80;
/**
 * A line's start that assigns a quoted value to a setting: indentation, a name with an underscore,
 * ` = `, the quote. The name may stand as a shell's `export` or a Compose file's `environment:`
 * list item ("- SMTP_USER=...") writes it.
 */
const settingValueOpens = /^[ \t]*(?:-[ \t]+|export[ \t]+)?[A-Za-z][\w.-]*_[\w.-]*[ \t]*=[ \t]*["']?[ \t]*$/;

/**
 * Whether the code at `index` opens the value a setting's name is given at its line's start: a
 * reply a server is set to give, in its configuration, not one it gave. Dovecot's
 * `quota_status_overquota = "552 5.2.2 Mailbox is full"`, Postfix's main.cf lines ("name = value",
 * names joined by underscores: "smtpd_reject_footer = ...").
 */
export function isSettingValue(text: string, index: number): boolean {
  // Read back no further than a setting's name may be long: a long line costs no more than a short one.
  const from = Math.max(0, index - maxSettingNameLength);
  const before = text.slice(from, index);
  const lineStart = before.lastIndexOf('\n');
  if (lineStart < 0 && from > 0) return false;
  return settingValueOpens.test(before.slice(lineStart + 1));
}

/** A file's name up to the colon before a number: a name, a dot, an extension ("SmtpTransport.java"). */
const fileNameBeforeColon = /\w\.[a-z][a-z0-9]{0,9}$/i;

/**
 * Whether the code at `index` is the line number after a file's name and a colon, as a stack
 * trace gives each frame's place ("at ...SmtpTransport.sendMessageTo(SmtpTransport.java:539)",
 * "mailer.js:421:15", "smtp.rb:550:in"): no reply, whatever number it is.
 */
function isFileLine(text: string, index: number): boolean {
  return index > 0 && text[index - 1] === ':' && fileNameBeforeColon.test(text.slice(Math.max(0, index - 13), index - 1));
}

/** A hexadecimal digit or a colon: what an IPv6 address is written with. */
const ipv6Character = /[0-9A-Fa-f:]/;

/**
 * Whether the number at `index` is a group of an IPv6 address (RFC 4291 §2.2: groups of up to four
 * hexadecimal digits parted by colons, "[2606:2800:220:6d:26bf:1447:1097:aa7]:25"): a colon on
 * either side, and the run of hexadecimal digits and colons around it holding three groups or more.
 * Bounded: an address is at most 39 characters.
 */
function isIpv6Group(text: string, index: number): boolean {
  if (text[index - 1] !== ':' && text[index + 3] !== ':') return false;
  let start = index;
  while (start > 0 && index - start < 40 && ipv6Character.test(text[start - 1]!)) start--;
  let end = index + 3;
  while (end < text.length && end - index < 40 && ipv6Character.test(text[end]!)) end++;
  return text.slice(start, end).split(':').filter((group) => group !== '').length >= 3;
}

/** The reply codes that RFC 5321 and its extensions define (`replyCodes`). */
const definedReplyCodes: ReadonlySet<string> = new Set(replyCodes.map((rule) => rule.code));

/**
 * Whether the code at `index` is a number no RFC defines as a reply, alone on its line: a sending
 * service's API error code printed below its message (Postmark's "406") is no server's reply. A
 * server gives its words after a code of its own ("571 Delivery not authorized"), and a defined
 * code alone is still one (a reply wrapped after its code, a code pasted to be looked up).
 */
function isBareUndefinedCode(text: string, index: number): boolean {
  if (definedReplyCodes.has(text.slice(index, index + 3))) return false;
  let after = index + 3;
  while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
  if (after < text.length && text[after] !== '\n' && text[after] !== '\r') return false;
  let before = index - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before < 0 || text[before] === '\n' || text[before] === '\r';
}

/**
 * Characters after which a reply code is in an SMTP position: line start, `said:`, `<<<`, `;`, or
 * the end of a template's reply introduction (`introductions`, computed only when needed).
 */
function isReplyPosition(text: string, index: number): boolean {
  let at = index - 1;
  let cellStart = false;
  for (; at >= 0 && (text[at] === ' ' || text[at] === '\t'); at--) if (text[at] === '\t') cellStart = true;
  // A tab inside a line parts the cells of a table copied from a page (an error tracker's
  // "MESSAGE<tab>550 Message rejected"): a cell opens as a line does.
  if (at < 0 || cellStart) return true;
  // A number in brackets right after a word is a process's id, as syslog writes each line's
  // program ("postfix/smtp[544]:", RFC 3164 §4.1.3 "TAG[pid]"), not a reply.
  if (text[at] === '[' && at > 0 && /[\p{L}\p{N}_]/u.test(text[at - 1]!)) return false;
  // CJK text ends its label with a full-width colon, its clause with a full-width comma and its
  // sentence with an ideographic full stop, after which a Chinese or Japanese notice quotes the
  // remote server's reply ("邮件发送失败，554 DT:SPM ..."), and opens a bracket with a full-width one.
  return '\n:<(\'"[;>\uff1a\uff0c\u3002\uff08'.includes(text[at]!) || followsIntroduction(text, index) || afterReceivedMark(text, at);
}

/** The labels of a reply (`replyLabels`) by their word, lower case. */
const replyLabelByWord: ReadonlyMap<string, ReplyLabel> = new Map(replyLabels.map((label) => [label.text, label]));
/** The most characters read back from a code for its label: the label and the marks between. */
const maxLabelDistance = 16;
/**
 * A word and what may stand between it and a code: blanks, a colon or an equals sign, an opening
 * quote or bracket, a dash. The marks are captured: a verb needs a quote. The word is whole: the
 * tail of a setting's name ("reject_code = 554", Postfix's postconf) labels no reply.
 */
const labelToCode = /(?<!\w)([a-z]+)[ \t]*([:=]?)[ \t]*([-"'([]?)[ \t]*$/;
/** A verb and "with" before a code ("the server responded with 550 ..."): the word before "with". */
const verbBeforeWith = /(?<!\w)([a-z]+)[ \t]+with[ \t]*$/;

/**
 * Whether the words right before the code at `index` name it a server's reply: one of
 * `replyLabels` ("error 550", "Server response: 550", "says \"554", "responded with 550"), nothing
 * but marks between. A code HTTP gives a meaning too, or one after "HTTP", is left to the other
 * signs of a reply.
 */
export function isLabelledReply(text: string, index: number): boolean {
  if (codesSharedWithHttp.has(text.slice(index, index + 3))) return false;
  const before = text.slice(Math.max(0, index - maxLabelDistance), index).toLowerCase();
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const match = labelToCode.exec(line);
  if (match === null || before.includes('http')) return false;
  // A verb's reply after "with" is its object, as after a quote mark: "responded with 550 ...".
  if (match[1] === 'with') return replyLabelByWord.get(verbBeforeWith.exec(line)?.[1] ?? '')?.quotes === true;
  const label = replyLabelByWord.get(match[1]!);
  if (label === undefined) return false;
  return label.quotes !== true || /["']/.test(match[3]!);
}

/** The last characters of a client's marks of a line received ("<-", "<**"; `receivedLineMarks`). */
const receivedMarkEnds = new Set(receivedLineMarks.map((mark) => mark.text.at(-1)!));
const receivedMarks = new Set(receivedLineMarks.map((mark) => mark.text));

/** The most characters of a line up to a received line's mark and the mark itself. */
const maxMarkedPrefix = 8;

/** Whether the text of a line up to `at` (its last character, not a blank) is a client's mark of a line received. */
function afterReceivedMark(text: string, at: number): boolean {
  if (!receivedMarkEnds.has(text[at]!)) return false;
  // Read back a few characters only: a mark opens its line, after a blank or two at most.
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < maxMarkedPrefix && text[lineStart - 1] !== '\n') lineStart--;
  return (lineStart === 0 || text[lineStart - 1] === '\n') && receivedMarks.has(text.slice(lineStart, at + 1).trim());
}

/**
 * Whether the code at `index` of `text` follows a template's reply introduction, blanks between
 * ("MTA 'mx.example.net' gives error message  5.7.1 ...").
 */
export function followsIntroduction(text: string, index: number): boolean {
  return introductionBefore(text, index) !== undefined;
}

/** The template's reply introduction (normalised) that the code at `index` of `text` follows, blanks between. */
export function introductionBefore(text: string, index: number): string | undefined {
  let at = index;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  // An introduction that ends in a blank ("<-- ") ends where the code starts.
  return introductionEndingAt(text, at) ?? (at === index ? undefined : introductionEndingAt(text, index));
}

/** The client libraries' labels of the code they expected, lower case, each blank one space. */
const expectedCodeLabels = [...new Set(templateExpectedCodeLabels.map((label) => label.toLowerCase().replace(/\s+/g, ' ')))];
/** The first word of each label, lower case: a code with none of them before it is no expectation. */
const expectedCodeFirstWords = [...new Set(expectedCodeLabels.map((label) => label.split(' ')[0]!))];
/** The most characters read back from a code for a label of expectation: the label and its quote. */
const maxExpectationDistance = 48;

/**
 * Whether the code at `index` is one a client expected ('Expected response code "250" but got code
 * "550"'): the label, then blanks and quotes only, before it on its line.
 */
function isExpectedCode(text: string, index: number): boolean {
  if (expectedCodeLabels.length === 0) return false;
  // The labels' words stand just before the code: read only the few characters there.
  const near = text.slice(Math.max(0, index - maxExpectationDistance), index).toLowerCase();
  if (!expectedCodeFirstWords.some((word) => near.includes(word))) return false;
  const line = near.slice(near.lastIndexOf('\n') + 1).replace(/\s+/g, ' ').replace(/[ "'(]+$/, '');
  return expectedCodeLabels.some((label) => line.endsWith(label));
}

/** The client messages that stand for a dropped reply code, as one case-blind search; blanks any run of white space. */
// The longest first: a message that another one opens (Horde's "... not receiving messages." in
// none, but any such pair) is found whole.
const impliedReplyPattern = templateImpliedReplies.length === 0 ? undefined
  : new RegExp([...templateImpliedReplies].sort((a, b) => b.text.length - a.text.length).map((implied) => escapeRegExp(implied.text).replace(/ /g, '\\s+')).join('|'), 'gi');
const impliedReplyByText = new Map(templateImpliedReplies.map((implied) => [implied.text, implied.replies]));
/** The fewest characters of a message's end that the pre-check looks for (`impliedReplyEnds`). */
const minImpliedEndLength = 16;

/** A message's last words, as few as make `minImpliedEndLength` characters ("server response was:", "tls connection to the server."). */
function endWords(text: string): string {
  const words = text.split(' ');
  let end = words.pop()!;
  while (end.length < minImpliedEndLength && words.length > 0) end = `${words.pop()!} ${end}`;
  return end;
}

/**
 * The last words every implied reply's message ends in, with its colon or full stop, lower case:
 * .NET's end in "The server response was:", Horde's in a sentence. Enough of them that a text's
 * ordinary "the server." does not send it to the search.
 */
const impliedReplyEnds = new LiteralSet([...new Set(templateImpliedReplies.map((implied) => endWords(implied.text)))], {caseBlind: true});

/** Whether `text` may hold an implied reply's message: its last words, in any case ("SMTP connections."). */
function mayHoldImpliedReply(text: string): boolean {
  return impliedReplyEnds.test(text);
}

/**
 * The codes a client's message stands for where the reply it introduces carries none (.NET's
 * "Transaction failed. The server response was: Message rejected"): one per message, the class
 * chosen by the reply's own enhanced code when the message stands for two ("Mailbox unavailable."
 * is 450 and 550 alike), none when that stays open.
 */
function impliedReplyCodes(text: string, printed: readonly FoundCode[]): FoundCode[] {
  // Every such message ends in .NET's "The server response was:": most texts hold none of it.
  if (impliedReplyPattern === undefined || !mayHoldImpliedReply(text)) return [];
  const found: FoundCode[] = [];
  for (const match of text.matchAll(impliedReplyPattern)) {
    let at = match.index + match[0].length;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    // The reply kept its code after all ("... was: 550 5.7.1 ..."): that one counts.
    if (printed.some((code) => code.index === at) || /^[245]\d\d(?![\d.])/.test(text.slice(at, at + 4))) continue;
    const replies = impliedReplyByText.get(match[0].toLowerCase().replace(/\s+/g, ' ')) ?? [];
    const statusClass = /^([245])\.\d{1,3}\.\d{1,3}(?![\d.])/.exec(text.slice(at, at + 12))?.[1];
    const code = replies.length === 1 ? replies[0] : replies.find((reply) => reply[0] === statusClass);
    if (code !== undefined) found.push({code, index: at, impliedBy: match[0]});
  }
  return found;
}

/**
 * The SMTP reply codes in `text` that stand where a server reply stands: at a line start, after
 * `said:`, `<<<` or `smtp;`, or right before an enhanced code. "order 550 shipped" has none.
 */
export function findReplyCodes(text: string): FoundCode[] {
  let found: FoundCode[] = [];
  // Codes that only a label names a reply ("SMTP error code 421" in a heading), kept for a text
  // that quotes no reply in its own place: the server's words below a heading outweigh it.
  const labelled: FoundCode[] = [];
  for (const match of text.matchAll(replyPattern)) {
    const index = match.index;
    enhancedAfterReply.lastIndex = index + 3;
    const code = match[1]!;
    if (code[0] === '2' && !successReplies.has(code)) continue;
    if (isExpectedCode(text, index) || isSettingValue(text, index) || isBareUndefinedCode(text, index) || isFileLine(text, index) || isIpv6Group(text, index)) continue;
    if (isReplyPosition(text, index) || enhancedAfterReply.test(text)) found.push({code, index});
    else if (code[0] !== '2' && isLabelledReply(text, index)) labelled.push({code, index});
  }
  if (found.length === 0) found = labelled;
  const implied = impliedReplyCodes(text, found);
  return implied.length === 0 ? found : [...found, ...implied].sort((a, b) => a.index - b.index);
}

/**
 * The last attempt's reply that an expiry or a delay quotes after its own code: "554 4.4.7 Message
 * expired ... <421 4.4.2 Connection timed out>" gives "421 4.4.2 Connection timed out>", and
 * Exchange's "returned '400 4.4.7 Message delayed'" followed by the dated line of the remote
 * server's last reply gives that line. Only after an enhanced code of delivery time expired (X.4.7,
 * RFC 3463 §3.5), which is the sending server's own verdict, and only a reply code after it.
 */
export function lastAttemptIn(head: string): string | undefined {
  // Most diagnostics hold no X.4.7 at all: one native search spares the scan for codes.
  if (!head.includes('.4.7')) return undefined;
  const expiry = findStatusCodes(head)[0];
  if (!expiry?.code.endsWith('.4.7')) return undefined;
  // A positive completion (2yz, RFC 5321 §4.2.1) answers no attempt that failed: a transcript's "221 Bye" after the expiry is none.
  const reply = findReplyCodes(head).find((found) => found.index > expiry.index && found.code[0] !== '2');
  return reply === undefined ? undefined : head.slice(reply.index);
}

/** "smtp;" and a reply code: RFC 3464's diagnostic type before the remote server's own reply (§2.3.6). */
const quotedSmtpReply = /smtp;[ \t]*([245]\d\d)(?![\d])/gi;

/**
 * A reply code, a hyphen and an apostrophe that opens the remote server's words: Amazon SES's
 * summary of a refusal quotes them so, after its own status and words ("5.1.0 - Unknown address
 * error 550-'5.7.1 <bob@example.org>... Access denied' (delivery attempts: 0)", as the SES
 * developer guide's bounce example and Sisimai's amazonses.rb record it).
 */
const apostropheQuotedReply = /(?<![\w.])([245]\d\d)-'/;

/**
 * Sendmail's summary line of a recipient, "<code> <address>... <message>" (usrerr's "%s... %s"),
 * whose message is itself a reply with its own code: "554 <bob@example.org>... 550 Host unknown
 * (Authoritative answer from name server)". The inner reply says why; 554 only sums it up.
 */
const replyAfterAddress = /^[ \t]*[245]\d\d[ -]<?[^\s<>@]{1,64}@[^\s<>]{1,255}?>?\.\.\.[ \t]+([245]\d\d)(?=[ -])/;

/**
 * The remote server's own reply that a relay's summary quotes: "554 5.7.0 < #5.7.133 smtp;550
 * 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup ...>" gives "550 5.7.133 ...", and SES's
 * "550-'...'" (`apostropheQuotedReply`) the words in its quotes. Only a reply
 * typed "smtp;" (RFC 3464 §2.3.6, the type of a remote SMTP server's reply) after another reply
 * code, which is then the relay's; the first reply of a diagnostic is its own.
 */
export function quotedReplyIn(head: string): string | undefined {
  // Each shape is looked for only where its own marks stand: most diagnostics have neither.
  const apostrophed = head.includes("-'") ? apostropheQuotedReply.exec(head) : null;
  if (apostrophed !== null && apostrophed[1]![0] !== '2') return head.slice(apostrophed.index);
  const afterAddress = head.includes('...') ? replyAfterAddress.exec(head) : null;
  if (afterAddress !== null && afterAddress[1]![0] !== '2') return head.slice(afterAddress.index + afterAddress[0].length - 3);
  if (!/smtp;/i.test(head)) return undefined;
  const first = findReplyCodes(head)[0];
  if (first === undefined) return undefined;
  quotedSmtpReply.lastIndex = first.index + 3;
  const quoted = quotedSmtpReply.exec(head);
  return quoted === null || quoted[1]![0] === '2' ? undefined : head.slice(quoted.index + quoted[0].length - 3);
}

/** Whether a diagnostic opens with an expiry or a delay (X.4.7): the sending server's verdict, not the remote server's reply. */
export function opensWithExpiry(text: string): boolean {
  return text.includes('.4.7') && findStatusCodes(text)[0]?.code.endsWith('.4.7') === true;
}

/**
 * The status code that belongs to the server's reply in a diagnostic: the one right after a reply
 * code wins ("5.1.0 - Unknown address error 550-'5.7.1 ..." → 5.7.1), else the first specific one.
 */
export function pickStatusCode(text: string): string | undefined {
  // In a transcript, the successes before the failure are not the answer: failures come first.
  const all = findStatusCodes(text);
  const failures = all.filter((status) => status.code[0] !== '2');
  const statuses = failures.length > 0 ? failures : all;
  if (statuses.length === 0) return undefined;
  const replies = findReplyCodes(text);
  for (const reply of replies) {
    const next = statuses.find((status) => status.index > reply.index && status.index - reply.index <= 6);
    if (next === undefined) continue;
    // X.0.0 is "other or undefined status" (RFC 3463 §3.1, §3.3): a wrapper's own, where a precise
    // code of the same class further on is the remote server's, quoted after it ("550 5.0.0
    // mx.example.net. said: 5.7.1 ...", maddy's wrapping of the reply it got).
    const precise = next.code.endsWith('.0.0') ? statuses.find((status) => status.index > next.index && status.code[0] === next.code[0] && !status.code.endsWith('.0.0')) : undefined;
    return (precise ?? next).code;
  }
  return statuses.find((status) => !status.code.endsWith('.0.0'))?.code ?? statuses[0]!.code;
}

/** The first reply code of a diagnostic (`550 550 5.1.1` → 550). */
export function pickReplyCode(text: string): string | undefined {
  return pickReply(text)?.code;
}

/** The reply `pickReplyCode` picks, with where it stands and what implies it when the text does not print it. */
export function pickReply(text: string): FoundCode | undefined {
  const replies = findReplyCodes(text);
  return replies.find((reply) => reply.code[0] !== '2') ?? replies[0];
}

const ipv4Pattern = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d]|\.\d)/g;
const ipv6Pattern = /\[(?:ipv6:)?([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\]/gi;

/** IPv4 and bracketed IPv6 addresses named in `text`, without duplicates. */
export function findIpAddresses(text: string): string[] {
  const ips = new Set<string>();
  for (const match of text.matchAll(ipv4Pattern)) ips.add(match[1]!);
  for (const match of text.matchAll(ipv6Pattern)) ips.add(match[1]!);
  return [...ips];
}
