/**
 * Reading RFC 3464 delivery-status fields (`Final-Recipient`, `Action`, `Status`,
 * `Diagnostic-Code`, ...) from text, whether they come from a message/delivery-status part or
 * were pasted as text. One record per recipient, in the order the report lists them.
 */
import {withheldComplainantWords} from '../rules/message-headers.ts';

const withheldWords = withheldComplainantWords.map((word) => word.text);

export interface DeliveryStatusRecord {
  recipient?: string;
  originalRecipient?: string;
  /**
   * Sendmail's X-Actual-Recipient: the address that had the problem when it is not the Final-Recipient
   * (an alias's or a forward's target; sendmail/savemail.c errbody(), "the real problem address").
   * The notice's text names that one.
   */
  actualRecipient?: string;
  action?: string;
  status?: string;
  /** The Diagnostic-Code value with its type (`smtp; 550 ...`), continuation lines unfolded. */
  diagnostic?: string;
  /** The Diagnostic-Code field exactly as it stood, folded lines included. */
  diagnosticRaw?: string;
  remoteMta?: string;
  /** Exchange's X-Supplementary-Info ("<host #5.0.0 smtp;550 5.4.1 ...>"), continuation lines unfolded: the reply when no Diagnostic-Code gives it. */
  supplementaryInfo?: string;
  /** The words in parentheses after the Status field's code ("4.0.0 (host name lookup failure)"). */
  statusComment?: string;
}

/**
 * Exchange's extension field of a recipient's group (its DsnHeaders.SupplementaryInfo, as gromox's
 * and Chilkat's DSN readers read it too): "<remote host #<status> smtp;<the remote reply>>", the
 * reply its report's Diagnostic-Code leaves out.
 */
const supplementaryInfoField = 'x-supplementary-info';

export interface DeliveryStatusReport {
  readonly records: DeliveryStatusRecord[];
  readonly reportingMta?: string;
  /** ARF (RFC 5965) `Feedback-Type`, when the report is a complaint rather than a DSN. */
  readonly feedbackType?: string;
  /** ARF `Original-Rcpt-To` / `Removal-Recipient`: who complained. */
  readonly complainants: readonly string[];
}

// The value runs to the end of the line, whatever it holds (`.` stops at U+2028, and a `$` after it
// would then make the two runs of blanks backtrack against each other); it is trimmed after.
const fieldPattern = /^([A-Za-z][A-Za-z0-9-]{1,40})[ \t]*:([^\n]*)/;

/** A comment after a status code (`leadingStatus`): its words in parentheses, to the value's end. */
const statusComment = /^\s*\(([^()]{1,300})\)\s*$/;
/**
 * A comment that only names the code's class or subject in RFC 3463's words ("permanent failure",
 * "persistent transient failure", "other or undefined network or routing status"): it says no more
 * than the code.
 */
const registryWordsOnly = /^(?:(?:persistent )?(?:permanent|transient|temporary) failure|success|other (?:or )?undefined[a-z ]*|[a-z ]* status)$/i;

/** An enhanced status code at a field value's start (RFC 3463 §2: class.subject.detail). */
const leadingStatus = /^[245]\.\d{1,3}\.\d{1,3}(?![\d.]\d)/;

/** Fields whose folded lines the reader follows itself, keeping them as lines (the diagnostic's raw form). */
const fieldsReadFolded: ReadonlySet<string> = new Set(['diagnostic-code', supplementaryInfoField]);

/** RFC 3464's field names (§2.2, §2.3), lower case. */
export const deliveryStatusFieldNames: readonly string[] = [
  'original-envelope-id', 'reporting-mta', 'dsn-gateway', 'received-from-mta', 'arrival-date', 'original-recipient',
  'final-recipient', 'action', 'status', 'remote-mta', 'diagnostic-code', 'last-attempt-date', 'final-log-id',
  'will-retry-until',
];

/**
 * A field of RFC 3464 with the start of the value the RFC gives it: a type and a semicolon
 * ("rfc822;", "dns;", "smtp;"), an action's word, a status code, a date. The words of a diagnostic
 * ("mailbox status: disabled") are no field.
 */
const reportFieldShapes = [
  '(?:final-recipient|original-recipient|remote-mta|reporting-mta|received-from-mta|dsn-gateway|diagnostic-code)[ \\t]*:[ \\t]*[a-z][\\w-]*[ \\t]*;',
  'action[ \\t]*:[ \\t]*(?:failed|delayed|delivered|relayed|expanded)\\b',
  'status[ \\t]*:[ \\t]*[245]\\.\\d',
  '(?:arrival-date|last-attempt-date|will-retry-until)[ \\t]*:[ \\t]*(?:[a-z]{3},|\\d)',
].join('|');
const reportFieldAt = new RegExp(`(?:${reportFieldShapes})`, 'iy');
/** One of them mid-line, after a blank. Only the start of a run of blanks can match: a long run is read back once. */
const reportFieldWithin = new RegExp(`(?<![ \\t])[ \\t]+(?=${reportFieldShapes})`, 'i');

/** Whether a field of RFC 3464, its value's start as the RFC gives it, stands at `index` of `text`. */
export function isReportFieldAt(text: string, index: number): boolean {
  reportFieldAt.lastIndex = index;
  return reportFieldAt.test(text);
}

/** A line that opens with one of RFC 3464's fields, the whole line, in a text of many. */
const reportFieldLine = new RegExp(`^(?:${deliveryStatusFieldNames.join('|')})[ \\t]*:[^\\n]*`, 'gim');

/**
 * `text` with the report fields a paste flattened onto one line ("Final-Recipient: rfc822;
 * bob@example.org Action: failed Status: 5.1.1 Diagnostic-Code: smtp; 550 ...", a webmail that
 * joined the lines of a report) each on a line of its own again, as RFC 3464 §2.1 writes them. Only
 * a line that opens with a report field is split, and only before another report field with its
 * value's start (`reportFieldWithin`); every other line is left as it is, unread.
 */
export function withFlattenedReportLines(text: string): string {
  return text.replace(reportFieldLine, (line) => (reportFieldWithin.test(line) ? line.split(reportFieldWithin).join('\n') : line));
}

/**
 * The report's lines with every other field's folded lines joined to it: a line that opens with
 * white space goes on with the field above (RFC 5322 §2.2.3, which RFC 3464 §2.1 fields follow), as
 * Exchange 2007 folds "Final-recipient: RFC822;" before " bob@example.org".
 */
function unfoldedFields(lines: readonly string[]): string[] {
  const unfolded: string[] = [];
  // The field the last unfolded line opens, read only once a folded line follows it (null: not yet
  // read): most lines fold nothing, and the pattern is not run on them twice.
  let field: string | undefined | null = null;
  for (const line of lines) {
    const folded = (line.startsWith(' ') || line.startsWith('\t')) && line.trim() !== '';
    if (!folded) {
      unfolded.push(line);
      field = null;
      continue;
    }
    if (field === null) field = unfolded.length === 0 ? undefined : fieldPattern.exec(unfolded.at(-1)!)?.[1]!.toLowerCase();
    if (field !== undefined && !fieldsReadFolded.has(field)) unfolded[unfolded.length - 1] += ` ${line.trim()}`;
    else unfolded.push(line);
  }
  return unfolded;
}

/**
 * Strips an address type (`rfc822;`), angle brackets and a trailing comment: `rfc822; Bob
 * <bob@example.org>` and `rfc822; bob@example.org (Bob Smith)` are both `bob@example.org`.
 */
function bareAddress(value: string): string {
  const semicolon = value.indexOf(';');
  const address = (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
  const bracketed = /<([^<>\s]{1,320})>/.exec(address)?.[1];
  // Quotes around the whole address ("<\"bob@example.org\">") quote no local part, which closes its
  // quote before the "@" (RFC 5322 §3.4.1): they are a writer's, around the address.
  if (bracketed !== undefined) return bracketed.replace(/^"([^"@]+@[^"@]+)"$/, '$1');
  // An unpaired bracket left by a sloppy writer ("rfc822; bob@example.org>") is no part of it either,
  // nor the square brackets of a link's text ("[bob@example.org](mailto:...)" as Markdown renders a
  // pasted report; an address holds none but around a domain literal, after its "@"), nor an
  // unpaired quote a paste left at either end ("rfc822;bob@example.org\""): a quoted local part
  // ("\"bob smith\"@example.org") closes its quote before the "@", and a domain holds none.
  return address.replace(/\s*\([^()]{0,200}\)$/, '').replace(/^<|>$/g, '').replace(/^\[([^[\]\s]+@[^[\]\s]+)\]$/, '$1')
    .replace(/(@[^"@\s]{1,255})"$/, '$1').replace(/^"(?=[^"]*$)/, '').trim();
}

/**
 * A recipient field's address (`bareAddress`), or none where the value is words, not an address:
 * no "@" and a blank inside ("[email protected]", the mask a web page's email protection leaves
 * where it hid an address).
 */
function recipientAddress(value: string): string | undefined {
  const address = bareAddress(value);
  return /\s/.test(address) && !address.includes('@') ? undefined : address;
}

/** RFC 3464's field names and ARF's (RFC 5965 §3.1): a line that opens with one is a field of its own. */
const reportFieldNames = new Set([
  ...deliveryStatusFieldNames,
  'feedback-type', 'user-agent', 'version', 'original-mail-from', 'original-rcpt-to', 'removal-recipient',
  'source-ip', 'reported-domain', 'reported-uri', 'authentication-results',
]);

/** A Diagnostic-Code line at least this long may have been wrapped by a mail client (at 72 to 78 columns). */
const minWrappedLength = 60;
/** The narrowest width mail clients wrap plain text at (72 to 78 columns). */
const wrapWidth = 72;

/**
 * Whether `line`, which follows a Diagnostic-Code line of `previousLength` characters, is the rest of
 * its value that a mail client forwarding the report as plain text wrapped onto a line of its own,
 * without the indentation of a folded field: a line that opens no field of a report (a URL's
 * "https:" is no field), after a line long enough to have been wrapped, or one whose first word
 * would not have fitted after it (a long URL moved down whole).
 */
function continuesWrappedValue(line: string, previousLength: number): boolean {
  // A line that opens with a reply code is no wrap: a reply's own line, which goes on with the
  // field only where the field's reply said more lines follow (`continuesMultilineReply`).
  if (line.trim() === '' || /^[245]\d\d[ -]/.test(line)) return false;
  const firstWord = line.trimStart().split(/\s/, 1)[0]!.length;
  if (previousLength < minWrappedLength && previousLength + 1 + firstWord <= wrapWidth) return false;
  const name = fieldPattern.exec(line)?.[1]?.toLowerCase();
  return name === undefined || (!reportFieldNames.has(name) && !name.startsWith('x-'));
}

/** A multi-line reply's line that more lines follow: its code and a hyphen, at the line's start or after the field's "smtp;" (RFC 5321 §4.2.1). */
const replyLineBeforeMore = /(?:^|;[ \t]*)([245]\d\d)-/;

/**
 * Whether `line` is the next line of a multi-line reply the line above opened in a Diagnostic-Code
 * field, written unfolded ("Diagnostic-Code: smtp; 550-Invalid recipient <bob@...>" over "550
 * (#5.1.1)", a paste that lost the fold's indentation): every line of such a reply but the last
 * begins with the code and a hyphen, the last with the code and a space (RFC 5321 §4.2.1), so a
 * line with the same code goes on with the reply.
 */
function continuesMultilineReply(above: string, line: string): boolean {
  const code = replyLineBeforeMore.exec(above)?.[1];
  return code !== undefined && line.startsWith(code) && (line[3] === ' ' || line[3] === '-');
}

/** A part's header that opens a returned message, or its header alone (RFC 3462 §1: the third part of a report). */
const returnedPartType = /^content-type:[ \t]*(?:message\/rfc822|text\/rfc822-headers|message\/global(?:-headers)?)\b/i;
/** The same at any line's start, for one test of a whole text. */
const anyReturnedPartType = new RegExp(returnedPartType.source, 'im');

/**
 * A multipart text read as it stands (a notice pasted whole, its parts not split by a MIME parser)
 * without its returned message's parts: from the boundary line above a part of type message/rfc822
 * (or its headers alone) to the next line of the same boundary. The returned message is the one
 * the sender sent, whatever it holds: a report in it (a bounce of a bounce) is another notice's,
 * and its recipients are none of this one's.
 */
export function withoutReturnedParts(text: string): string {
  if (!anyReturnedPartType.test(text)) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const boundary = /^--([^\s]{1,200})[ \t]*$/.exec(line)?.[1];
    // The part's header follows its boundary line directly (a Content-* field or more before it).
    let header = index + 1;
    while (boundary !== undefined && header < lines.length && header - index <= 4 && /^content-[a-z-]{1,40}[ \t]*:/i.test(lines[header]!) && !returnedPartType.test(lines[header]!)) header++;
    if (boundary === undefined || header >= lines.length || !returnedPartType.test(lines[header]!)) {
      kept.push(line);
      continue;
    }
    // Skip to the next line of the same boundary (the next part, or the closing one), kept.
    let next = header + 1;
    const delimiter = `--${boundary}`;
    while (next < lines.length && lines[next]!.trimEnd() !== delimiter && lines[next]!.trimEnd() !== `${delimiter}--`) next++;
    index = next - 1;
  }
  return kept.join('\n');
}

/** Reads every DSN field block in `text`. Fields outside the recognised names are ignored. */
export function readDeliveryStatus(text: string): DeliveryStatusReport {
  const lines = unfoldedFields(withFlattenedReportLines(text).split('\n'));
  const records: DeliveryStatusRecord[] = [];
  let current: DeliveryStatusRecord | undefined;
  let reportingMta: string | undefined;
  let feedbackType: string | undefined;
  const complainants: string[] = [];
  let lastField: string | undefined;
  // Per-recipient groups are separated by blank lines: a recipient field after one starts a new group.
  let blankSinceRecipient = false;

  /** The groups that had a Final-Recipient field, an address or not. */
  const namesRecipient = new WeakSet<DeliveryStatusRecord>();
  const startRecord = (): DeliveryStatusRecord => {
    current = {};
    records.push(current);
    return current;
  };
  // A field of a recipient's group after a blank line that followed a recipient opens the next
  // group: RFC 3464 §2.1 separates the groups by blank lines and orders no field within one, and
  // some writers put Final-Recipient last (maddy, whose go-message writes a header's fields in
  // reverse order).
  const groupRecord = (): DeliveryStatusRecord => (current && !(blankSinceRecipient && (current.recipient || current.originalRecipient)) ? current : startRecord());

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if ((lastField === 'diagnostic-code' || lastField === supplementaryInfoField) && current) {
      // A folded line (indented) or a wrapped one goes on with the value; a blank folded line ends it.
      const folded = line.startsWith(' ') || line.startsWith('\t');
      if (folded && line.trim() === '') {
        lastField = undefined;
        continue;
      }
      if (folded || continuesWrappedValue(line, lines[index - 1]!.length) || continuesMultilineReply(lines[index - 1]!, line)) {
        if (lastField === supplementaryInfoField) {
          current.supplementaryInfo = `${current.supplementaryInfo ?? ''} ${line.trim()}`;
          continue;
        }
        current.diagnostic = `${current.diagnostic ?? ''} ${line.trim()}`;
        current.diagnosticRaw = `${current.diagnosticRaw ?? ''}\n${line}`;
        continue;
      }
    }
    const match = fieldPattern.exec(line);
    if (!match) {
      if (line.trim() === '') blankSinceRecipient = true;
      lastField = undefined;
      continue;
    }
    const name = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    lastField = name;
    switch (name) {
      case 'reporting-mta':
        reportingMta ??= bareAddress(value);
        break;
      case 'feedback-type':
        feedbackType ??= value.toLowerCase();
        break;
      case 'original-rcpt-to':
      case 'removal-recipient':
        complainants.push(bareAddress(value));
        break;
      case 'original-recipient': {
        const sameGroup = current && !current.originalRecipient && (!current.recipient || !blankSinceRecipient);
        const record = sameGroup ? current! : startRecord();
        record.originalRecipient = recipientAddress(value);
        blankSinceRecipient = false;
        break;
      }
      case 'final-recipient': {
        const sameGroup = current && !current.recipient && (!current.originalRecipient || !blankSinceRecipient);
        const record = sameGroup ? current! : startRecord();
        record.recipient = recipientAddress(value);
        namesRecipient.add(record);
        blankSinceRecipient = false;
        break;
      }
      case 'x-actual-recipient':
        if (current) groupRecord().actualRecipient ??= recipientAddress(value);
        break;
      case 'action':
        groupRecord().action ??= value.toLowerCase();
        break;
      case 'status': {
        // The code alone: its words in parentheses, or a mark a paste left after it ("5.0.0_" of
        // Markdown's emphasis, a sentence's full stop), are not part of it. A value that opens with
        // no class digit is no delivery status: an mbox's own "Status: O" (read, old) above a report
        // pasted with its message's header opens no group and takes no group's place.
        const leading = leadingStatus.exec(value)?.[0];
        const status = leading ?? value.split(/[\s(]/)[0];
        if (status !== undefined && /^[245]/.test(status)) {
          const record = groupRecord();
          record.status ??= status;
          // The reporting MTA's words for the status, in a comment after the code (RFC 3464's own
          // example: "Status: 4.0.0 (cat.example.net: host name lookup failure)").
          const comment = leading === undefined ? undefined : statusComment.exec(value.slice(leading.length))?.[1]?.trim();
          if (comment !== undefined && !registryWordsOnly.test(comment)) record.statusComment ??= comment;
        }
        break;
      }
      case 'diagnostic-code': {
        const record = groupRecord();
        record.diagnostic = value;
        record.diagnosticRaw = line;
        break;
      }
      case supplementaryInfoField:
        if (current) groupRecord().supplementaryInfo ??= value;
        break;
      case 'remote-mta':
        // "dns; mx.example.jp (TCP|192.0.2.1|25)": the host name is the first word. A group may open
        // with it (RFC 3464 §2.1 orders no field of a group), a report pasted without its recipient too.
        groupRecord().remoteMta ??= bareAddress(value).split(/\s/)[0]!.replace(/\.$/, '');
        break;
      default:
        break;
    }
  }
  // Exchange's supplementary information is the reply where no Diagnostic-Code gives one; failing
  // both, the status's own comment says why.
  for (const record of records) {
    if (record.diagnostic === undefined && record.supplementaryInfo !== undefined) {
      record.diagnostic = record.supplementaryInfo;
      record.diagnosticRaw = `X-Supplementary-Info: ${record.supplementaryInfo}`;
    } else if (record.diagnostic === undefined && record.statusComment !== undefined && record.status !== undefined) {
      record.diagnostic = record.statusComment;
      record.diagnosticRaw = `Status: ${record.status} (${record.statusComment})`;
    }
  }
  // Field-like lines of ordinary text (e.g. a stray "Status: ok") do not make a record; a status
  // code of a class (RFC 3464 §2.3.4, required of every group) does, where a selection left out the
  // group's recipient field. A group whose recipient field names no address (a page's "[email
  // protected]") is no recipient's: the notice's text says what it says.
  const real = records.filter((record) => record.recipient || record.originalRecipient || record.diagnostic || (record.status && !namesRecipient.has(record)));
  return {records: real, reportingMta, feedbackType, complainants: namedComplainants(complainants)};
}

/**
 * The complainants a feedback report names: addresses only, and those a feed withheld
 * (`withheldComplainantWords`: "redacted@isp.example") only when the report names no other.
 */
function namedComplainants(values: readonly string[]): string[] {
  const addresses = [...new Set(values.filter((value) => /^[^\s@]{1,320}@[^\s@]{1,255}$/.test(value)))];
  const named = addresses.filter((address) => !withheldWords.some((word) => address.toLowerCase().includes(word)));
  return named.length > 0 ? named : addresses;
}
