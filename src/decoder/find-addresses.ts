import {encapsulatedAddressPrefixes, verpFormats} from '../rules/recipient-phrases.ts';
import {readerHonorifics, salutationOpenings} from '../rules/salutations.ts';
import {templateRecipientTrailers} from './templates.ts';

/**
 * Email addresses in free text, found by scanning outwards from each `@` rather than by a
 * regular expression, so the cost stays linear on a crafted megabyte of `a@a@a@...`.
 */

/** A lookup table of the ASCII characters a part of an address may hold (`isIn` adds the letters past ASCII). */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const localChars = charTable(`${alphanumeric}._%+-=/!#$&'*?^\`{|}~`);
/**
 * A domain's characters: letters, digits, dots and hyphens (RFC 5321's Domain), and the underscore,
 * which DNS names hold (RFC 2181 §11) and a person's placeholder for a domain often does
 * ("user@your_domain.com"); a last label is letters still (`topLevelLabel`).
 */
const domainChars = charTable(`${alphanumeric}.-_`);
/**
 * The same with the asterisk, which a person writes over a label to hide it ("********@*******.com",
 * an address pasted onto a public page): read only where each label that holds one is asterisks alone.
 */
const redactedDomainChars = charTable(`${alphanumeric}.-_*`);
/** A domain whose labels are each either no asterisk at all or asterisks alone. */
const redactedDomain = /^(?:(?:\*+|[^*.]+)\.)+[^*.]+$/;

/**
 * The letters past ASCII that an internationalized address holds (RFC 6531 §3.3 and RFC 6532: a
 * local part and a domain of UTF-8 characters, "josé@example.com", "иван@пример.рф"), in the
 * scripts written with spaces between words: Latin, Greek, Cyrillic, and the marks that compose
 * their accents. Scripts written without spaces (Han, kana, Hangul, Thai) are left out: a notice's
 * words there run into the address ("宛先bob@example.jpは存在しません"), with no boundary to tell
 * them apart.
 */
const spacedScriptLetters = '[\\p{Script=Latin}\\p{Script=Greek}\\p{Script=Cyrillic}\\p{M}]';
const spacedScriptLetter = new RegExp(`^${spacedScriptLetters}$`, 'u');

function isIn(table: Uint8Array, code: number): boolean {
  return code < 128 ? table[code] === 1 : code >= 0xc0 && spacedScriptLetter.test(String.fromCharCode(code));
}

/**
 * A domain's last label: letters (an ASCII name, or a U-label of the scripts above: ".рф"), or an
 * A-label, the ASCII form of an internationalized one (RFC 5890: "xn--p1ai").
 */
const topLevelLabel = new RegExp(`^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}|${spacedScriptLetters}{2,63})$`, 'u');

/**
 * The longest local part read. RFC 5321 allows 64 octets, but Exchange encapsulates a whole X.500
 * name in one (IMCEA encapsulation, "IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group
 * ..._cn=Recipients_cn=...-Joe+20Smit@namprd13.prod.outlook.com", the address its NDRs name for an
 * internal recipient), and a local part cut at 64 is a wrong address.
 */
const maxLocalLength = 256;

/** The length of a reply line's code and its continuation hyphen, "550-". */
const replyContinuationLength = 4;

/**
 * Whether the local part `local`, at `start` in `text`, opens with the code and hyphen of a
 * multi-line reply's line (RFC 5321 4.2.1: "550-bob@example.org is not an active address ..."): the
 * hyphen joins no address, it says another line follows. Only where a reply's line starts: at the
 * start of a line, after a transcript's "<<<", or after the colon or semicolon that introduces a
 * reply ("said: 550-...", "Deferred: 452-...", "Diagnostic-Code: smtp; 550-..."). A local part that
 * merely begins with digits ("to 550-shop@example.org", "<550-shop@example.org>") is left as it is.
 */
function opensReplyLine(text: string, start: number, local: string): boolean {
  if (local.length <= replyContinuationLength || !/^[245][0-5]\d-/.test(local)) return false;
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before < 0) return true;
  const mark = text[before];
  if (mark === '<') return before < start - 1 && text.startsWith('<<<', before - 2);
  return mark === '\n' || mark === '\r' || mark === ':' || mark === ';';
}

/**
 * A log field's key glued to the address it names, the brackets around the address left out:
 * "rcpt=bob@example.org" (Zimbra's zmlmtpinject), "to=bob@example.org," (an OpenSMTPD or Postfix
 * line whose "<...>" a paste lost), "recipients=bob@example.org,ann@example.net" (msmtp's log), and
 * a DKIM signature's identity tag on a folded line of its own ("i=MAILER-DAEMON@example.org;", RFC
 * 6376 §3.5). The key is the field's name, no part of the local part; an SRS or VERP local part
 * ("SRS0=...", "bounces+bob=example.org") starts with no such key.
 */
const logFieldKey = /^(?:to|rcpt|from|orig_to|recipients?|sender|ctladdr|i)=(?=[^=])/i;

/**
 * A setting's name glued to the address it is set to, as an environment file or a Compose file's
 * `environment:` list writes one ("SMTP_USER=alerts@example.org", "MAIL_FROM_ADDRESS=..."): a name
 * of words joined by underscores, then "=". The name is no part of the local part (an SRS or VERP
 * local part, "SRS0=...", "bounces+bob=example.org", joins no words by underscores before its "=").
 */
const settingNameKey = /^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+=(?=[^=])/;

export interface FoundAddress {
  readonly address: string;
  readonly start: number;
  readonly end: number;
}

/** The template word a top-level label ends with, where two letters or more of the label are left before it. */
function gluedTrailer(label: string): string | undefined {
  const lower = label.toLowerCase();
  return templateRecipientTrailers.find((word) => lower.length >= word.length + 2 && lower.endsWith(word));
}

/**
 * Text that ends with a log's field of a message's identifier, right before its value: Postfix's
 * cleanup logs "message-id=<...>", ZoneMTA's sender "id=<...>" after the recipient's "to=". The
 * identifier looks like an address and is none.
 */
export const endsWithIdentifierKey = /(?:^|[\s,;])(?:message-id|msg-?id|id)=[<"']?$/i;

/**
 * Whether `local`, at `start` in `text`, opens with a Python string literal's prefix and quote
 * ("u'", "b'") of a literal that closes right after the address (`end`), the literal standing alone:
 * at the start, or after a blank or an opening bracket or brace, as a dict's or a list's item.
 */
function isPythonStringPrefix(text: string, start: number, local: string, end: number): boolean {
  if (local.length <= 2 || local[1] !== '\'' || !'uUbB'.includes(local[0]!) || text[end] !== '\'') return false;
  return start === 0 || /[\s{[(,]/.test(text[start - 1]!);
}

/** Where the domain after the `@` at `at` ends, read with `chars`, without the marks that end a sentence or an emphasis after it. */
function domainEnd(text: string, at: number, chars: Uint8Array): number {
  let end = at + 1;
  // Two dots in a row end the domain (no label is empty): "bob@example.com...User unknown".
  while (end < text.length && end - at < 254) {
    const code = text.charCodeAt(end);
    if (!isIn(chars, code) || (code === 46 && text.charCodeAt(end - 1) === 46)) break;
    end++;
  }
  while (end > at + 1 && '.-_*'.includes(text[end - 1]!)) end--;
  return end;
}

/** After a prompt's user@host: a blank and the directory, then "]" and the prompt's mark (bash's "[\u@\h \W]\$ "). */
const bracketedPromptTail = /^ [^\s\]]{1,200}\][#$]/;
/** After a prompt's user@host: a colon, the directory, the prompt's mark and a blank or the line's end (bash's "\u@\h:\w\$ "). */
const colonPromptTail = /^:[~/][^\s]{0,200}?[#$](?:[ \t]|$)/m;
/** The most characters read after a user@host for a prompt's tail: a directory of 200 and the marks around it. */
const maxPromptTailLength = 204;

/**
 * Whether the user@host at `start`..`end` is a shell's prompt before a command a person ran and
 * pasted ("[root@mail.example.net ~]# telnet mx.example.org 25", "bob@host.example.net:~$ swaks
 * ..."): the prompts bash writes by default (Fedora's and RHEL's /etc/bashrc, PS1="[\u@\h \W]\$ ";
 * Debian's /etc/skel/.bashrc, PS1='\u@\h:\w\$ '), a login and a host's name, no mailbox.
 */
function isShellPrompt(text: string, start: number, end: number): boolean {
  const tail = text.slice(end, end + maxPromptTailLength);
  if (text[start - 1] === '[') return bracketedPromptTail.test(tail);
  return (start === 0 || text[start - 1] === '\n') && colonPromptTail.test(tail);
}

/** Every address in `text`, in order. The domain must have a dot and a 2+ letter last label. */
export function findAddresses(text: string, limit = 1000): FoundAddress[] {
  const found: FoundAddress[] = [];
  let at = text.indexOf('@');
  let scannedTo = 0;
  while (at >= 0 && found.length < limit) {
    let start = at;
    // Never rescan text already consumed by a previous address.
    while (start > scannedTo && at - start < maxLocalLength && isIn(localChars, text.charCodeAt(start - 1))) start--;
    let end = domainEnd(text, at, domainChars);
    if (text[end] === '*' || (text[end] === '.' && text[end + 1] === '*') || text[at + 1] === '*') {
      const redacted = domainEnd(text, at, redactedDomainChars);
      if (redactedDomain.test(text.slice(at + 1, redacted))) end = redacted;
    }
    let local = text.slice(start, at);
    // A quote or a brace before the address is the text's, not the local part's, though RFC 5322's
    // atext allows them: a dict as Python prints it ("{'bob@example.org': (550, ...)}").
    while (local.startsWith('.') || local.startsWith('\'') || local.startsWith('{')) {
      local = local.slice(1);
      start++;
    }
    // Python 2 prints a unicode string with its prefix, so smtplib's refused recipients read
    // "{u'bob@example.org': (550, ...)}": the prefix and its quote open the string, not the address.
    if (isPythonStringPrefix(text, start, local, end)) {
      local = local.slice(2);
      start += 2;
    }
    const key = logFieldKey.exec(local) ?? settingNameKey.exec(local);
    if (key !== null) {
      local = local.slice(key[0].length);
      start += key[0].length;
    }
    if (opensReplyLine(text, start, local)) {
      local = local.slice(replyContinuationLength);
      start += replyContinuationLength;
    }
    let domain = text.slice(at + 1, end);
    let lastDot = domain.lastIndexOf('.');
    // A word glued to the address by a copy that lost the space or line end after it ("your@gmail.comMessage
    // will be retried"): a top-level label turns from lower to upper case nowhere else.
    const glued = lastDot > 0 ? /[a-z][A-Z]/.exec(domain.slice(lastDot + 1)) : null;
    if (glued !== null) {
      end = at + 1 + lastDot + 1 + glued.index + 1;
      domain = text.slice(at + 1, end);
      lastDot = domain.lastIndexOf('.');
    }
    // The same in lower case, where the sentence goes on after a template's word ("...wasn't delivered
    // to bob@example.orgbecause the address couldn't be found"): that word is no part of the address.
    const trailer = lastDot > 0 && text.charCodeAt(end) === 32 ? gluedTrailer(domain.slice(lastDot + 1)) : undefined;
    if (trailer !== undefined) {
      end -= trailer.length;
      domain = text.slice(at + 1, end);
    }
    if (local.length > 0 && lastDot > 0 && topLevelLabel.test(domain.slice(lastDot + 1)) && !isShellPrompt(text, start, end)) {
      found.push({address: `${local}@${domain}`, start, end});
      scannedTo = end;
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return found;
}

/**
 * The SMTP address an encapsulated one carries (`encapsulatedAddressPrefixes`:
 * "IMCEASMTP-bob+40example+2Eorg@gateway.example.net" is bob@example.org), lower case; any other
 * address as it is. An inner text that is no whole address leaves the address as it is.
 */
export function decapsulated(address: string): string {
  const lower = address.toLowerCase();
  const prefix = encapsulatedAddressPrefixes.find((candidate) => lower.startsWith(candidate.text));
  const at = lower.lastIndexOf('@');
  if (prefix === undefined || at <= prefix.text.length) return address;
  const inner = lower.slice(prefix.text.length, at).replace(/\+([0-9a-f]{2})/g, (_escape, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  const [found] = findAddresses(inner, 1);
  return found !== undefined && found.address === inner ? inner : address;
}

/**
 * The recipient an address named in a notice's text stands for: the one a VERP bounce address
 * encodes (`verpRecipient`), else the address itself, decapsulated. Not for a report's fields: a
 * report whose Final-Recipient is a list's bounce address is about that address (a bounce of a
 * bounce), not the one it encodes.
 */
export function recipientNamedBy(address: string): string {
  const lower = address.toLowerCase();
  return verpRecipient(lower, lower.lastIndexOf('@')) ?? decapsulated(address);
}

/**
 * The recipient an address stands for where the notice's own words go on after it on its line
 * ("<bob+list=example.org@alias.example.net>: host mx said: 554 ..."): the template's slot of the
 * refused recipient, which the server refused as written, decapsulated; a VERP form there is an
 * alias's own address, not a bounce address. An address alone on its line is `recipientNamedBy`'s.
 */
export function recipientOnLine(found: FoundAddress, line: string): string {
  let at = found.end;
  while (at < line.length && ' \t>:,;.)]'.includes(line[at]!)) at++;
  const lower = found.address.toLowerCase();
  return at < line.length ? decapsulated(lower) : recipientNamedBy(lower);
}

/**
 * The recipient a bounce address encodes in a VERP format (`verpFormats`): "list-bounces+bob=
 * example.org@lists.example.net" is bob@example.org. Only when what it encodes is an address whose
 * domain has a dot: "bob+tag@example.org" and "bob+a=b@example.org" encode none.
 */
function verpRecipient(lower: string, at: number): string | undefined {
  const local = lower.slice(0, at);
  for (const {separator, equals} of verpFormats) {
    const start = local.indexOf(separator);
    const split = local.lastIndexOf(equals);
    if (start <= 0 || split <= start + 1 || split === local.length - 1) continue;
    const inner = `${local.slice(start + 1, split)}@${local.slice(split + 1)}`;
    const [found] = findAddresses(inner, 1);
    if (found !== undefined && found.address === inner) return inner;
  }
  return undefined;
}

const salutationOpeningWords = salutationOpenings.map((row) => row.text);
/** The first letter of each opening word: a line whose first word starts otherwise opens no salutation. */
const openingFirstLetters = new Set(salutationOpeningWords.map((word) => word[0]!));
const honorificFirstLetters = new Set(readerHonorifics.map((row) => row.text[0]!));
/** What may close a salutation after the reader: punctuation of any script, closing brackets and quotes. */
const salutationClose = /^[\s>)\]"'.,:;!?\u060c\u061b\uff0c\u3001\u3002\uff01\uff1a]*$/;
/** What may stand around the words before the reader: white space, commas and the marks that open an address. */
const openingMark = /[\s,<("'[]/;
const openingMarks = new RegExp(`${openingMark.source}+`, 'g');

/** Where the first letter of `line` stands, past the marks that may open it, or `end` when none does before it. */
function firstLetterBefore(line: string, end: number): number {
  let at = 0;
  while (at < end && openingMark.test(line[at]!)) at++;
  return at;
}

/** Words the reader's name or title may take between a salutation and its address ("Dear user bob@..."): three at most. */
const fewWords = (words: string): boolean => words === '' || words.split(' ').length <= 3;

/**
 * Whether `line` is a letter's salutation that greets its reader by `address`: an opening word
 * (`salutationOpenings`, "Hello", "Hola,", "Dear user") before it, or an honorific
 * (`readerHonorifics`, "様", "您好") right after it, and nothing after it but punctuation. A notice
 * greets the sender of the message it returns, never a failed recipient. Tried for every address
 * of a notice: the cheap tests of the first letters come first.
 */
export function greetsReader(line: string, address: {readonly start: number; readonly end: number}): boolean {
  if (line.length > 200) return false;
  let afterStart = address.end;
  while (afterStart < line.length && (line[afterStart] === ' ' || line[afterStart] === '\t')) afterStart++;
  const honorific = afterStart < line.length && honorificFirstLetters.has(line[afterStart]!)
    ? readerHonorifics.find((row) => line.startsWith(row.text, afterStart)) : undefined;
  if (honorific === undefined) {
    // With no honorific after the address, an opening word must stand before it.
    const first = firstLetterBefore(line, address.start);
    if (first === address.start || !openingFirstLetters.has(line[first]!.toLowerCase())) return false;
  }
  if (!salutationClose.test(line.slice(honorific === undefined ? afterStart : afterStart + honorific.text.length))) return false;
  const before = line.slice(0, address.start).toLowerCase().replace(openingMarks, ' ').trim();
  if (honorific !== undefined) return !before.includes(':') && fewWords(before);
  const opening = salutationOpeningWords.find((word) => before === word || before.startsWith(`${word} `));
  return opening !== undefined && fewWords(before.slice(opening.length).trim());
}

/**
 * Whether a line of its own is a salutation that greets its reader by address (`greetsReader`).
 * Most lines neither open with a salutation's first letter nor hold an honorific: no address is
 * looked for in them.
 */
export function isGreetingLine(line: string): boolean {
  const first = firstLetterBefore(line, line.length);
  if (first === line.length) return false;
  if (!openingFirstLetters.has(line[first]!.toLowerCase()) && !readerHonorifics.some((row) => line.includes(row.text))) return false;
  const [address] = findAddresses(line, 1);
  return address !== undefined && greetsReader(line, address);
}
