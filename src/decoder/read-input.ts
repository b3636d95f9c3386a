import type {Attachment, Email} from 'postal-mime';
import {boundForMimeParser, singleByte} from './bound-mime.ts';
import {deliveryStatusFieldNames, isReportFieldAt, withFlattenedReportLines} from './delivery-status.ts';
import {endsWithIdentifierKey, findAddresses} from './find-addresses.ts';
import {findReplyCodes, findStatusCodes} from './find-codes.ts';
import {cutAtMarker, cutOriginalMessage, isOneLogLine, receivedClauseAt} from './find-failures.ts';
import {escapeRegExp, foldTypography, includesAny, LiteralSet, normalizeForMatch} from './match-text.ts';
import {noticeSenders, noticeSubjects} from '../rules/notice-signals.ts';
import {wholePrintedPayload} from './read-dump.ts';
import {autoReplyHeaderFields, challengeRequestHeaders, delaySubjects} from '../rules/auto-replies.ts';
import {feedbackLoopHeaders} from '../rules/message-headers.ts';
import {telnetStatusLines} from '../rules/session-transcripts.ts';
import {type ClientHeaderField, clientHeaderLabels, englishLabels} from '../rules/client-header-labels.ts';
import {
  anyRecipientHeading, anyTemplateClause, hasBodyMarker, quotesPermanenceClause, templateBanners, templateOriginalMessageMarkers, templateRecipientHeaders, templateRecipientLeadIns, templateReplyFrames, templateSubjects,
} from './templates.ts';

/**
 * Turning any input into the texts the decoder reads: the human-readable notice, the machine
 * report parts, and the few headers that tell what kind of message it is. MIME and charsets are
 * decoded by postal-mime, never by hand.
 */

export interface MessageTexts {
  readonly format: 'raw-message' | 'json' | 'text';
  /**
   * The human-readable part of the notice (for pasted text: all of it), then that of any notice it
   * attaches when it has no report of its own (a relay's notice that wraps the next server's).
   */
  readonly body: string;
  /** message/delivery-status, message/global-delivery-status and feedback-report parts, an attached notice's included. */
  readonly reports: readonly string[];
  readonly subject?: string;
  readonly from?: string;
  /** The failed recipients a header of the notice lists (Exim's X-Failed-Recipients), lower-case. */
  readonly failedRecipients?: readonly string[];
  /** Headers that mark automatic replies (Auto-Submitted, X-Autoreply, Precedence, ...). */
  readonly autoReplyHeaders: readonly string[];
  /** Headers of a complaint feed's report without an ARF part (`feedbackLoopHeaders`), as `name: value`. */
  readonly feedbackHeaders?: readonly string[];
  /**
   * Of a feedback report (RFC 5965), the one address the To of the complained-of copy names (its
   * message/rfc822 or text/rfc822-headers part): the complainant, when no field of the report says.
   */
  readonly complainedCopyTo?: string;
  /**
   * The header block of the message a notice attaches (message/rfc822, usually the returned
   * original), bounded: its To and Cc name the recipients a notice may give by local part alone.
   * Read on demand: few notices name a recipient so.
   */
  readonly attachedHeaders?: () => string | undefined;
  /** The content type of the top-level message (`multipart/report; report-type=...`). */
  readonly contentType?: string;
  /** Parsed JSON, for webhook payloads. */
  readonly json?: unknown;
  /**
   * The messages a message that no notice wrote attaches (message/rfc822, a few at most): what a
   * person sent on, which `decode` reads as given alone where one of them bears a notice's signs
   * (`holdsNotice`), or where the message's own words say nothing.
   */
  readonly forwarded?: {readonly messages: readonly Uint8Array[]; readonly holdsNotice: boolean};
}

/** The largest input tried as a JSON webhook payload. */
const maxJsonLength = 256 * 1024;

/** Larger inputs are cut: a real bounce's useful part sits in its first few hundred kilobytes. */
export const maxInputLength = 4 * 1024 * 1024;

const headerLinePattern = /^[A-Za-z][A-Za-z0-9-]{0,60}:/;

/** Whether `text` opens with an RFC 5322 header block (or an mbox `From ` line before one). */
function looksLikeRawMessage(text: string): boolean {
  let start = 0;
  if (text.startsWith('From ')) start = text.indexOf('\n') + 1;
  const head = text.slice(start, start + 4096);
  // A delivery-status part pasted alone opens with one of RFC 3464's fields in its RFC form
  // ("Reporting-MTA: dns; ..."), which no message's header does, whatever extension fields it
  // holds besides ("X-Postfix-Queue-ID:", which Postfix writes into it): it is a report to read.
  if (isReportFieldAt(head, 0)) return false;
  const lines = head.split('\n', 12);
  let headers = 0;
  for (const line of lines) {
    if (line === '' || line === '\r') break;
    if (headerLinePattern.test(line)) headers++;
    else if (!/^[ \t]/.test(line)) return false;
  }
  return headers >= 2 && /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-[a-z0-9-]+):/im.test(head);
}

/** Line ends of any kind (CRLF, CR, LF) become LF. */
export function unifyLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * A line quoted by a reply or a forward: "> " and its text, ">" alone, or ">>" where a client nests
 * one quote in another without a space ("> " twice is the other way). Sendmail's transcript marks
 * its commands ">>> " too, but on fewer lines than its replies and its own words: only a level most
 * lines carry is taken off.
 */
const quotedLine = /^>(?: |$|\n|>)/;

/** The most levels of quoting taken off: a reply to a reply to a forward writes three or four. */
const maxQuoteLevels = 8;

/**
 * A bounce quoted in a reply or a forward, as it is then pasted: while most lines carry a level of
 * quoting ("> ", or ">>" and "> > " for a quote in a quote), that level is taken off, so the notice
 * reads as its server wrote it.
 */
export function unquoteReply(text: string): string {
  let unquoted = text;
  for (let level = 0; level < maxQuoteLevels; level++) {
    const next = withoutQuoteLevel(unquoted);
    if (next === unquoted) break;
    unquoted = next;
  }
  return unquoted;
}

/** `text` without one level of quoting, when most of its lines carry one; else `text` itself. */
function withoutQuoteLevel(text: string): string {
  // Counted first without splitting: most notices quote nothing, or only a few lines (a
  // transcript's ">>>" lines are not quotes).
  let quotes = 0;
  for (let at = text.startsWith('>') ? 0 : text.indexOf('\n>'); at >= 0 && quotes < 3; at = text.indexOf('\n>', at + 1)) {
    const start = at === 0 && text[0] === '>' ? 0 : at + 1;
    if (quotedLine.test(text.slice(start, start + 4))) quotes++;
  }
  if (quotes < 3) return text;
  const lines = text.split('\n');
  let quoted = 0;
  let written = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    written++;
    if (quotedLine.test(line)) quoted++;
  }
  // A few quoted lines inside a notice are its own text; a reply quotes most of it.
  if (quoted < 3 || quoted * 10 < written * 6) return text;
  // ">>" loses its first mark, and keeps the one of the next level.
  return lines.map((line) => (quotedLine.test(line) ? line.slice(line[1] === '>' ? 1 : 2) : line)).join('\n');
}

/** A mailto link's target as Outlook and Word write it after the link's text: `<mailto:bob@example.com>`. */
const mailtoTarget = /<mailto:([^\s<>@?]{1,64}@[^\s<>?]{1,255})(?:\?[^\s<>]{0,500})?>/g;

/**
 * A notice as Outlook or Word turn it into plain text (copied, forwarded, quoted) writes each link
 * as its text, then its target in angle brackets: "bob@example.com<mailto:bob@example.com>", "Bob
 * Smith<mailto:bob@example.com>". A mailto target goes where the text before it already says the
 * address, and stands as `<address>` after a name otherwise, as the address of a name does.
 */
export function withoutMailtoTargets(text: string): string {
  // Outlook and Word write the scheme in lower case; one native scan rules most texts out.
  if (!text.includes('<mailto:')) return text;
  return text.replace(mailtoTarget, (_whole: string, address: string, offset: number) => {
    const before = text.slice(Math.max(0, offset - address.length - 2), offset).toLowerCase();
    return before.includes(address.toLowerCase()) ? '' : ` <${address}>`;
  });
}

const reportTypes = new Set(['message/delivery-status', 'message/global-delivery-status', 'message/feedback-report', 'message/disposition-notification', 'message/global-disposition-notification']);

/** A part's header line giving one of `reportTypes`. */
const reportPartPattern = new RegExp(`^content-type:[ \\t]*(?:${[...reportTypes].map((type) => type.replace('/', '\\/')).join('|')})(?![\\w-])`, 'im');

/** The escape that switches ISO-2022-JP to JIS X 0208 (ESC $ B, or ESC $ @ for its 1978 edition): RFC 1468. */
// eslint-disable-next-line no-control-regex -- the escape character is what is looked for
const jisEscape = /\x1b\$[@B]/;

/**
 * A part's text. A report part has no charset of its own, yet Japanese servers write its fields
 * (Diagnostic-Code) in ISO-2022-JP, whose 7-bit escapes read as UTF-8 leave the words unreadable.
 */
function attachmentText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  const text = new TextDecoder().decode(content);
  return jisEscape.test(text) ? new TextDecoder('iso-2022-jp').decode(content) : text;
}

/** The most fields listing failed recipients that are read: a notice writes one or two. */
const maxFailedRecipientFields = 100;

/** The addresses of the headers that list a notice's failed recipients, at most 1,000. */
function failedRecipientsOf(headers: readonly {key: string; value: string}[]): string[] | undefined {
  // A set, and a stop at the bounds: a crafted header of thousands of addresses, or thousands of
  // such fields (a notice writes one or two), costs one short pass.
  const addresses = new Set<string>();
  let fields = 0;
  for (const header of headers) {
    if (!templateRecipientHeaders.has(header.key)) continue;
    if (++fields > maxFailedRecipientFields || addresses.size >= 1000) break;
    for (const item of header.value.slice(0, 64 * 1024).split(',')) {
      if (addresses.size >= 1000) break;
      const address = /^\s*<?([^\s<>@,]{1,64}@[^\s<>@,]{1,255}?)>?\s*$/.exec(item)?.[1]?.toLowerCase();
      if (address !== undefined) addresses.add(address);
    }
  }
  return addresses.size > 0 ? [...addresses] : undefined;
}

/** The fields read for an automatic reply's marks, and for a challenge-response system's name. */
const autoReplyFieldNames = new Set([
  ...autoReplyHeaderFields.map((field) => field.name),
  ...challengeRequestHeaders.map((header) => header.text.slice(0, header.text.indexOf(':'))),
]);

/** The fields that may mark an automatic reply, as "name: value", read from postal-mime's header list. */
function autoReplyHeaderValues(headers: readonly {key: string; value: string}[]): string[] {
  return headers.filter(({key}) => autoReplyFieldNames.has(key)).map(({key, value}) => `${key}: ${value.slice(0, 200)}`);
}

const feedbackHeaderNames = new Set(feedbackLoopHeaders.map((header) => header.name));

/** The top-level headers that mark a complaint feed's report (`feedbackLoopHeaders`), as `name: value`. */
function feedbackHeaderValues(headers: readonly {key: string; value: string}[]): string[] | undefined {
  const values = headers.filter(({key}) => feedbackHeaderNames.has(key)).slice(0, 16).map(({key, value}) => `${key}: ${value.slice(0, 400).trim()}`);
  return values.length > 0 ? values : undefined;
}

/** The text of HTML without its style sheets and scripts, which are no words of the notice. */
function withoutStyles(html: string): string {
  const opener = /<(style|script)[\s>]/gi;
  const closers = {style: /<\/style/gi, script: /<\/script/gi};
  let result = '';
  let from = 0;
  for (let match = opener.exec(html); match !== null; match = opener.exec(html)) {
    const closer = closers[match[1]!.toLowerCase() as keyof typeof closers];
    closer.lastIndex = match.index;
    const end = closer.exec(html)?.index;
    result += html.slice(from, match.index);
    if (end === undefined) return result;
    from = end;
    opener.lastIndex = end;
  }
  return result + html.slice(from);
}

/** A character reference's character (`&#39;`, `&#x27;`), or the reference itself when it names none. */
function referencedCharacter(reference: string, digits: string, hex: string | undefined): string {
  const code = Number.parseInt(digits, hex ? 16 : 10);
  return code > 0 && code <= 0x10FFFF ? String.fromCodePoint(code) : reference;
}

/**
 * HTML's (ASCII) white space that a browser shows as one space: a no-break space is a character,
 * not white space, and is kept. A lone space already is what it becomes, so only other runs are
 * matched: replacing every word's space too made this the costliest step of reading an HTML notice.
 */
const htmlWhiteSpace = /[\t\n\f\r][ \t\n\f\r]*| [ \t\n\f\r]+/g;

/**
 * HTML's white space as a browser lays it out (HTML's "white space collapsing"): outside a `<pre>`
 * element, a line end of the source is a space like any other, and a run of spaces is one space;
 * only a tag (`<br>`, a paragraph's end) breaks a line. Inside `<pre>`, every line end stays.
 */
function collapsedWhiteSpace(html: string): string {
  const pre = /<pre[\s>][\s\S]*?(?:<\/pre\s*>|$)/gi;
  let result = '';
  let from = 0;
  for (let match = pre.exec(html); match !== null; match = pre.exec(html)) {
    result += html.slice(from, match.index).replace(htmlWhiteSpace, ' ') + match[0];
    from = match.index + match[0].length;
  }
  return result + html.slice(from).replace(htmlWhiteSpace, ' ');
}

/** Where a block of HTML starts or ends (one line break), and where a paragraph does (a blank line). */
const blockEdge = '\u0001';
const paragraphEdge = '\u0002';
/**
 * The tags, opening or closing, of the elements HTML's rendering section displays as blocks, list
 * items, tables and their rows (WHATWG HTML §15.3): a quoted reply's <blockquote>, a list's items,
 * a <hr> start lines of their own as a division does.
 */
const blockTags = /<\/?(?:address|article|aside|blockquote|center|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|pre|section|summary|table|tr|ul)(?=[\s>/])[^<>]{0,200}>/gi;

/** A run of block edges, with the spaces between them. */
// eslint-disable-next-line no-control-regex -- the two marks above; a control character a page holds itself becomes a line end, as any block edge
const blockEdges = /[\u0001\u0002][\u0001\u0002 ]*/g;

/**
 * The line breaks a run of block edges at `offset` of `text` adds, as a browser lays blocks out:
 * edges side by side make one break ("</div><div>" is a new line, not a blank line), a paragraph's
 * a blank line, and the breaks of `<br>` just before it count toward them (a line's last `<br>`
 * starts no empty line; "<div><br></div>" is one).
 */
function blockBreaks(text: string, run: string, offset: number): string {
  const wanted = run.includes(paragraphEdge) ? 2 : 1;
  let written = 0;
  // Back over the line ends of <br> (spaces are collapsed already): the stretch since the last run.
  for (let at = offset - 1; at >= 0 && written < wanted; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x0A) written++;
    else if (code !== 0x20) break;
  }
  return '\n'.repeat(wanted - written);
}

/** A rough text rendering of HTML, for notices that come only as HTML. Text only: no DOM. */
export function htmlToText(html: string): string {
  // A part labelled HTML that holds no element is plain text under the wrong type: its line ends
  // are the writer's.
  if (!/<[a-z!/]/i.test(html)) return withReferencesRead(html);
  return withReferencesRead(collapsedWhiteSpace(withoutStyles(html))
    .replace(/<br[^<>]{0,200}>/gi, '\n')
    // A paragraph starts and ends with a blank line; the other blocks on a line of their own (each
    // written once by `blockBreaks`), as `innerText` reads a page's elements.
    .replace(/<\/?p(?=[\s>])[^<>]{0,200}>/gi, paragraphEdge)
    .replace(blockTags, blockEdge)
    // Table cells side by side ("Reported error:" | "550 5.1.10 ...") stay apart.
    .replace(/<\/t[dh][^<>]{0,200}>/gi, '\t')
    .replace(/<[^<>]{0,2000}>/g, '')
    .replace(blockEdges, (run: string, offset: number, text: string) => blockBreaks(text, run, offset))
    // The spaces a line kept around its tags (" <br> ") are no words; no-break spaces, still
    // written "&nbsp;" here, are the indent a browser shows.
    .split('\n').map(withoutEdgeSpaces).join('\n'));
}

/** `line` without the spaces at its two ends (tabs stay: they part table cells). */
function withoutEdgeSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 0x20) start++;
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/**
 * `text` with the character references of HTML read (`&lt;`, `&gt;`, `&quot;`, `&nbsp;`, `&#8203;`,
 * `&amp;` last): the text of a page's source, or plain text an archive or a Markdown source escaped
 * ("&lt;bob@example.org&gt;: 550 ..."). A text without an ampersand comes back as it is.
 */
function withReferencesRead(text: string): string {
  // A JSON payload's strings keep theirs: a quote read there would end its string.
  if (!text.includes('&') || /^\s*(?:\{|\[\s*\{)/.test(text)) return text;
  return text
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#(x?)([0-9a-f]{1,6});/gi, (reference, hex: string, digits: string) => referencedCharacter(reference, digits, hex || undefined))
    .replace(/&amp;/g, '&');
}

/**
 * Whether pasted text is HTML source (copied from a message's source or a developer tool): it opens
 * with an element of a document or a notice's layout, not with an address in angle brackets.
 */
function isHtmlSource(text: string): boolean {
  // Anchored at the start: the blanks before the first element are read once, and nothing is copied.
  return /^\s*(?:<!doctype\s+html|<(?:html|head|body|div|table|p|span|font|meta|center|h[1-6])(?=[\s>/]))/i.test(text) || isHtmlLines(text);
}

/** A line break of HTML: `<br>`, `<br/>`, `<br />`. */
const htmlLineBreak = /<br\s{0,4}\/?>/gi;
/** The fewest `<br>` that make a text HTML's lines. */
const minHtmlLineBreaks = 3;

/**
 * Whether a text is a fragment of HTML source that breaks its lines with `<br>` (a ticket system's or
 * a CRM's stored body, a JSON value's HTML copied as text): at least three, on most of the lines of
 * the notice (its returned original, which may be HTML of its own, left aside), or all on one line.
 */
function isHtmlLines(text: string): boolean {
  if (!text.includes('<') || !/<br/i.test(text)) return false;
  const notice = cutOriginalMessage(text);
  const breaks = notice.match(htmlLineBreak)?.length ?? 0;
  if (breaks < minHtmlLineBreaks) return false;
  const lines = notice.split('\n').filter((line) => line.trim() !== '');
  return lines.filter((line) => /<br/i.test(line)).length * 10 >= lines.length * 6;
}

/** CRLF and CR-only line ends become LF, byte-wise (safe for every charset mail uses). */
function unifyByteLineEnds(bytes: Uint8Array): Uint8Array {
  const first = bytes.indexOf(13);
  if (first < 0) return bytes;
  const out = new Uint8Array(bytes.length);
  out.set(bytes.subarray(0, first));
  let length = first;
  // Byte by byte from the first CR: a copy of each line's run made a view of it per line, which
  // cost more than the bytes it copied.
  for (let at = first; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (byte !== 13) {
      out[length++] = byte;
    } else {
      out[length++] = 10;
      if (bytes[at + 1] === 10) at++;
    }
  }
  return out.subarray(0, length);
}

/**
 * Every message/rfc822 part is kept as an attachment, even one marked `inline` (a complaint feed's
 * copy, a client's forward): it is usually the returned original, and inlined its headers would run
 * into the diagnostic, lose the fields the decoder reads from an attached message's head, and cost
 * a date formatter per part. Attachments come as bytes so that an attached message is parsed again
 * from what it was, whatever its charset.
 */
const mimeOptions = {attachmentEncoding: 'arraybuffer', forceRfc822Attachments: true} as const;

/**
 * `unified` parsed; `singleByteText`, when the caller has it, is `unified` decoded one character
 * per byte (see `singleByte`), which spares the bounding pass a decoding of its own.
 */
async function parseMime(unified: string | Uint8Array, singleByteText?: string): Promise<Email> {
  // Loaded on first use: most inputs (pasted text, plain notices) never need it, and the popup
  // opens faster without it.
  const {default: PostalMime} = await import('postal-mime');
  return PostalMime.parse(boundForMimeParser(unified, singleByteText), mimeOptions);
}

const attachedMessageTypes = new Set(['message/rfc822', 'message/global']);
const deliveryStatusTypes = new Set(['message/delivery-status', 'message/global-delivery-status']);

/** What one parsed message holds for the decoder. */
interface MessageParts {
  readonly text: string;
  /** The header blocks of text/rfc822-headers parts (a returned original's or a complained-of copy's headers alone). */
  readonly headerParts: readonly string[];
  /** Text parts that came as attachments without `disposition: attachment`. */
  readonly inlineTexts: readonly string[];
  readonly reports: readonly string[];
  readonly hasDeliveryStatus: boolean;
  readonly attachedMessages: readonly Uint8Array[];
}

function attachmentBytes(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function partsOf(email: Email): MessageParts {
  const reports: string[] = [];
  const inlineTexts: string[] = [];
  const attachedMessages: Uint8Array[] = [];
  const headerParts: string[] = [];
  let hasDeliveryStatus = false;
  for (const attachment of email.attachments) {
    if (attachment.mimeType === 'text/rfc822-headers' && headerParts.length < maxAttachedMessages) {
      headerParts.push(unifyLineEnds(attachmentText(attachment.content).slice(0, maxAttachedHeadLength)));
    }
    if (reportTypes.has(attachment.mimeType)) {
      reports.push(unifyLineEnds(attachmentText(attachment.content)));
      if (deliveryStatusTypes.has(attachment.mimeType)) hasDeliveryStatus = true;
    } else if (attachment.mimeType === 'text/plain' && attachment.disposition !== 'attachment') {
      // Some MTAs attach the notice itself as a text part with a file name.
      inlineTexts.push(attachmentText(attachment.content));
    } else if (attachedMessageTypes.has(attachment.mimeType)) {
      attachedMessages.push(attachmentBytes(attachment.content));
    }
  }
  // A plain part with nothing in it (a notice re-sent by a mailer that kept only the HTML part's
  // words) says less than the HTML part beside it.
  const plain = email.text?.trim() ? email.text : undefined;
  const text = plain ?? (email.html ? htmlToText(email.html) : email.text ?? '');
  return {text, inlineTexts, reports, hasDeliveryStatus, attachedMessages, headerParts};
}

/** A To field's value that is one address, bare or in angle brackets after a display name. */
const singleAddressTo = /^(?:[^<>@,]{0,200}<)?([^\s<>@,"]{1,64}@[^\s<>@,"]{1,255}?)>?$/;

/**
 * The one address the To of a complained-of copy names, from its header block: the first of the
 * report's attached message or header parts that has one. A To of several addresses names no one.
 */
function complainedCopyToOf(parts: MessageParts): string | undefined {
  const heads = [
    ...parts.attachedMessages.slice(0, maxAttachedMessages).map((message) => headerBlockOf(message, maxAttachedHeadLength)),
    ...parts.headerParts,
  ];
  for (const head of heads) {
    const address = singleToOf(head);
    if (address !== undefined) return address;
  }
  return undefined;
}

/** The one address the To field of a message's header block names (`message`: line ends unified). */
function singleToOf(message: string): string | undefined {
  const headerEnd = message.indexOf('\n\n');
  const to = plainHeaders(headerEnd >= 0 ? message.slice(0, headerEnd) : message.slice(0, maxAttachedHeadLength)).find((header) => header.key === 'to')?.value.trim();
  return to === undefined ? undefined : singleAddressTo.exec(to)?.[1];
}

/** The header of a part that holds a complained-of copy, or its headers alone. */
const complainedCopyPartPattern = /^content-type:[ \t]*(?:message\/(?:rfc822|global)|text\/rfc822-headers)(?![\w-])/im;

/** Of a plain feedback report, the one address the To of its complained-of copy names (see `complainedCopyToOf`). */
function plainComplainedCopyTo(text: string, bodyStart: number): string | undefined {
  const rest = text.slice(bodyStart, bodyStart + maxAttachedNoticeLength);
  const part = complainedCopyPartPattern.exec(rest);
  if (part === null) return undefined;
  const partHeadEnd = rest.indexOf('\n\n', part.index);
  return partHeadEnd < 0 ? undefined : singleToOf(rest.slice(partHeadEnd + 2, partHeadEnd + 2 + maxAttachedHeadLength));
}

/**
 * A relay that could not deliver may wrap the bounce it got from the next server in a notice of its
 * own that says nothing but "see the attached report". That attached notice is read, down to this
 * many levels below the top; deeper wrapping is not seen in practice, and each level parses again.
 */
const maxNoticeNesting = 2;

/** Attached messages looked at per level: a notice attaches one or two, a crafted one thousands. */
const maxAttachedMessages = 4;

/**
 * How much of an attached message is parsed. A notice's text and report come before the original
 * it returns, and are a few kilobytes; the parser's cost grows with every line it reads, and a large
 * original would otherwise be parsed once more at each level.
 */
const maxAttachedNoticeLength = 256 * 1024;

/** The top header block that an attached message's type is read from; more is no real header. */
const maxAttachedHeadLength = 64 * 1024;

const deliveryStatusPartPattern = /^content-type:[ \t]*message\/(?:global-)?delivery-status\b/im;

/** A report's content type (RFC 6522), whatever its report-type. */
const multipartReport = /^\s*multipart\/report\b/i;

export function isDeliveryReportType(contentType: string): boolean {
  return multipartReport.test(contentType) && /\breport-type\s*=\s*"?(?:global-)?delivery-status\b/i.test(contentType);
}

/** Whether a Content-Type names a complaint feed's report (RFC 5965: report-type=feedback-report). */
function isFeedbackReportType(contentType: string | undefined): boolean {
  return /report-type[ \t]*=[ \t]*"?feedback-report/i.test(contentType ?? '');
}

/** Whether a parsed message is a delivery report: by its Content-Type, or by a delivery-status part it holds. */
function isDeliveryReport(email: Email, parts: MessageParts): boolean {
  return isDeliveryReportType(contentTypeOf(email) ?? '') || parts.hasDeliveryStatus;
}

/**
 * How sure the top message makes it that an attached message is a notice. Under a notice, the
 * attached message is almost always the returned original, which may well quote a notice of its
 * own (a forwarded bounce that bounced): only a notice's sender with a notice's subject, or a
 * report, makes it one. Under a message a person sent on (`writtenByNotice`: a bounce forwarded
 * as an attachment), any one sign of a notice does: its sender, its subject or a template's line.
 */
type AttachedNoticeSigns = 'sender-and-subject' | 'any';

/**
 * Whether an attached message, by its raw top header block, may be a failure notice (`isNotice`
 * once parsed): cheap, so that the returned original (by far the usual attached message) is not
 * parsed at all. It lets through all that `isNotice` could accept: a report type, a delivery-status
 * part, or a notice's sender with a notice's subject, where an encoded word may hide either. Where
 * any sign will do, every attached message is parsed: its text may hold a template's line.
 */
function mayBeNotice(message: string, signs: AttachedNoticeSigns): boolean {
  if (signs === 'any') return true;
  const headerEnd = message.indexOf('\n\n');
  const head = message.slice(0, headerEnd >= 0 ? Math.min(headerEnd, maxAttachedHeadLength) : maxAttachedHeadLength);
  const headers = plainHeaders(head);
  const value = (key: string) => headers.find((header) => header.key === key)?.value ?? '';
  const contentType = value('content-type');
  if (multipartReport.test(contentType)) return true;
  if (headerEnd >= 0 && /^\s*multipart\//i.test(contentType) && deliveryStatusPartPattern.test(message.slice(headerEnd))) return true;
  const mayMatch = (field: string, phrases: readonly string[]) => encodedWordPattern.test(field) || includesAny(field, phrases);
  return mayMatch(value('from'), noticeSenders) && mayMatch(value('subject'), noticeSubjects);
}

/** An RFC 2047 encoded word: what it says is known only once decoded. */
const encodedWordPattern = /=\?[^?\s]{1,40}\?[bq]\?/i;

/** How much of a message's text is read for a template's fixed line. */
const maxMarkerSearchLength = 4 * 1024;

/**
 * Whether the top message is a notice by what wrote it, for the attached messages it carries: a
 * report, a notice's sender, or a template's fixed line. A message that none of these makes one
 * was sent on by a person, whatever its subject says ("Fwd: Undelivered Mail Returned to Sender"
 * from pat@): it forwards what it attaches, and the notice it attaches speaks for it.
 */
function writtenByNotice(from: string, isReport: boolean, text: string): boolean {
  return isReport || includesAny(from, noticeSenders) || opensWithTemplateLine(text);
}

/**
 * Whether the start of a message's text holds a template's fixed line (`hasBodyMarker`), or a
 * template's whole clause of failure or retrying ("A message you sent has not been delivered to
 * some or all of its recipients.", Citadel's): words a notice writes, not a person forwarding one.
 */
function opensWithTemplateLine(text: string): boolean {
  const words = normalizeForMatch(text.slice(0, maxMarkerSearchLength));
  return hasBodyMarker(words) || quotesPermanenceClause(words);
}

/** A parsed message's sender as one text, name and address: what the notice senders are matched in. */
function senderOf(email: Email): string | undefined {
  return email.from ? `${email.from.name ?? ''} <${email.from.address ?? ''}>` : undefined;
}

function contentTypeOf(email: Email): string | undefined {
  return email.headers.find((header) => header.key === 'content-type')?.value;
}

/**
 * Whether a parsed message is a failure notice, by its own top headers, parts and (where `signs` allows) text only.
 * Where any sign will do (a message a person sent on), so is any message a program wrote in reply:
 * a report of any type (RFC 6522: a complaint feed's, a read receipt's), or one its header marks
 * automatic (RFC 3834 §5, Auto-Submitted other than "no"). Sent on as an attachment, it is what
 * the forward is about.
 */
function isNotice(email: Email, parts: MessageParts, signs: AttachedNoticeSigns = 'sender-and-subject'): boolean {
  if (isDeliveryReport(email, parts)) return true;
  const fromNotice = includesAny(senderOf(email) ?? '', noticeSenders);
  const subjectNotice = includesAny(email.subject ?? '', noticeSubjects);
  if (signs === 'sender-and-subject') return fromNotice && subjectNotice;
  // A subject a family writes its notices under ("Mail could not be delivered", InterScan's) is a sign too.
  return fromNotice || subjectNotice || includesAny(email.subject ?? '', templateSubjects) || opensWithTemplateLine(parts.text) || parts.reports.length > 0
    || multipartReport.test(contentTypeOf(email) ?? '') || isAutoSubmitted(email);
}

/** Whether a message's Auto-Submitted field marks it written by a program (RFC 3834 §5: any value but "no"). */
function isAutoSubmitted(email: Email): boolean {
  const value = email.headers.find((header) => header.key === 'auto-submitted')?.value.trim().toLowerCase();
  return value !== undefined && value !== '' && !value.startsWith('no');
}

/**
 * A parsed message's text, or where parsing found none in a message without report or inline
 * parts, its body as it stands: a damaged multipart (a boundary that matches no part) leaves
 * nothing parsed, yet its body is still readable text.
 */
function readableText(parts: MessageParts, unified: string | Uint8Array): string {
  if (parts.text.trim() !== '' || parts.reports.length > 0 || parts.inlineTexts.length > 0) return parts.text;
  const raw = typeof unified === 'string' ? unified : new TextDecoder().decode(unified);
  const headerEnd = raw.indexOf('\n\n');
  return headerEnd >= 0 ? raw.slice(headerEnd + 2) : '';
}

/** What the attached failure notices hold: their report parts and texts, and the first one itself. */
interface AttachedNotices {
  readonly texts: string[];
  readonly reports: string[];
  /** The first attached message that is a notice, parsed: its headers say what the notice is. */
  readonly first?: {readonly email: Email; readonly parts: MessageParts};
}

/** The report parts and the notice texts of the attached messages that are failure notices. */
async function readAttachedNotices(messages: readonly Uint8Array[], level: number, signs: AttachedNoticeSigns): Promise<AttachedNotices> {
  const texts: string[] = [];
  const reports: string[] = [];
  let first: AttachedNotices['first'];
  for (const message of messages.slice(0, maxAttachedMessages)) {
    const unified = unifyByteLineEnds(message.length > maxAttachedNoticeLength ? message.subarray(0, maxAttachedNoticeLength) : message);
    const characters = singleByte.decode(unified);
    if (!mayBeNotice(characters, signs)) continue;
    let email: Email;
    try {
      email = await parseMime(unified, characters);
    } catch {
      // A damaged attached message is only a clue the notice could do without.
      continue;
    }
    const parts = partsOf(email);
    if (!isNotice(email, parts, signs)) continue;
    first ??= {email, parts};
    reports.push(...parts.reports);
    // The attached notice's own returned original is no more read than the top one's.
    const text = cutOriginalMessage(unifyLineEnds([parts.reports.length === 0 ? readableText(parts, unified) : parts.text, ...parts.inlineTexts].join('\n')));
    if (text.trim() !== '') texts.push(text);
    if (parts.reports.length === 0 && level < maxNoticeNesting) {
      // What a notice attaches is its returned original, unless it is as plainly a notice.
      const deeper = await readAttachedNotices(parts.attachedMessages, level + 1, 'sender-and-subject');
      texts.push(...deeper.texts);
      reports.push(...deeper.reports);
    }
  }
  return first === undefined ? {texts, reports} : {texts, reports, first};
}

/**
 * Parses a raw message with postal-mime, after unifying line ends so CR-only files parse too.
 * `raw`: the input as `readInput` decoded it, one character per byte.
 */
async function readRawMessage(input: string | Uint8Array, raw: string): Promise<MessageTexts> {
  const unified = typeof input === 'string' ? unifyLineEnds(input) : unifyByteLineEnds(input);
  // Line ends unified in the characters are those unified in the bytes: one character per byte.
  const email = await parseMime(unified, typeof input === 'string' ? undefined : unifyLineEnds(raw));
  const parts = partsOf(email);
  // A notice with a report of its own says what failed itself: what it attaches is the original.
  const byNotice = parts.attachedMessages.length > 0
    ? writtenByNotice(senderOf(email) ?? '', isDeliveryReport(email, parts), parts.text)
    : undefined;
  const attached: AttachedNotices = parts.reports.length === 0 && byNotice !== undefined
    ? await readAttachedNotices(parts.attachedMessages, 1, byNotice ? 'sender-and-subject' : 'any')
    : {texts: [], reports: []};
  const reports = [...parts.reports, ...attached.reports];
  const text = reports.length === 0 && attached.texts.length === 0 ? readableText(parts, unified) : parts.text;
  let body = unifyLineEnds([text, ...parts.inlineTexts].join('\n'));
  if (attached.texts.length > 0) {
    // Before any copy of the original in the top notice's own text: text after it is not read.
    const notice = cutOriginalMessage(body);
    body = [notice, ...attached.texts, body.slice(notice.length)].join('\n\n');
  }
  // A message that is no notice and attaches one is a forward of it ("Fwd: ...", a notice sent on
  // as an attachment): the notice's own headers say what it is, whom it failed and what it returns.
  const forwarded = attached.first !== undefined && byNotice === false;
  const {email: notice, parts: noticeParts} = forwarded ? attached.first : {email, parts};
  const noticeType = contentTypeOf(notice);
  const isFeedbackReport = isFeedbackReportType(noticeType);
  return {
    format: 'raw-message',
    // A message a person pasted and signed below (`withoutClosingSignature`), as a text.
    body: withoutClosingSignature(body),
    reports,
    complainedCopyTo: isFeedbackReport ? complainedCopyToOf(noticeParts) : undefined,
    subject: notice.subject,
    from: senderOf(notice),
    autoReplyHeaders: autoReplyHeaderValues(notice.headers),
    feedbackHeaders: feedbackHeaderValues(notice.headers),
    failedRecipients: failedRecipientsOf(notice.headers),
    ...(noticeParts.attachedMessages.length > 0 ? {attachedHeaders: () => headerBlockOf(noticeParts.attachedMessages[0]!)} : {}),
    ...(byNotice === false ? {forwarded: {messages: parts.attachedMessages.slice(0, maxAttachedMessages), holdsNotice: attached.first !== undefined}} : {}),
    contentType: noticeType,
  };
}

/** How much of an attached message's start is read for its header block. */
const maxHeaderBlockLength = 8192;

/** The header block of an attached message (bytes, or text from its start; line ends unified), its first `limit` characters at most. */
function headerBlockOf(message: Uint8Array | string, limit = maxHeaderBlockLength): string {
  const head = typeof message === 'string' ? message.slice(0, limit) : unifyLineEnds(singleByte.decode(message.subarray(0, limit)));
  const end = head.indexOf('\n\n');
  return end < 0 ? head : head.slice(0, end);
}

/** The header block of the message a plain message's part attaches, if a part attaches one. */
function attachedHeaderBlock(text: string, bodyStart: number): string | undefined {
  attachedMessagePattern.lastIndex = bodyStart;
  const match = attachedMessagePattern.exec(text);
  const partHeaderEnd = match === null ? -1 : text.indexOf('\n\n', match.index);
  return partHeaderEnd < 0 ? undefined : headerBlockOf(text.slice(partHeaderEnd + 2, partHeaderEnd + 2 + maxHeaderBlockLength));
}

/** An encoded part or encoded words: what a string input (already characters) still needs parsed. */
const encodedPattern = /content-transfer-encoding:[ \t]*(?:base64|quoted-printable)|=\?[^?\s]{1,40}\?[bq]\?/i;

/** An HTML part: its text is what the tags leave, which only the parsed part gives (`htmlToText`). */
const htmlPartPattern = /content-type:[ \t]*text\/html/i;

/** The escape sequences of ISO-2022-JP open with ESC: such bytes need their charset's decoder. */
// eslint-disable-next-line no-control-regex -- ESC is the point
const escapePattern = /\x1b/;

/** A byte past ASCII, read as one character. */
// eslint-disable-next-line no-control-regex -- the range starts at NUL
const eightBitPattern = /[^\x00-\x7f]/;

/** A charset that a message or one of its parts names: `charset=utf-8`, `charset="ISO-8859-1"`. */
const charsetPattern = /\bcharset[ \t]*=[ \t]*"?([\w.:-]{1,40})/gi;

/** Charsets whose text is UTF-8 as it stands (US-ASCII is a subset). */
const utf8Charsets = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});
const lenientUtf8 = new TextDecoder();

/**
 * A raw message whose 8-bit notice is UTF-8 as it stands (as servers write notices in other
 * languages, RFC 6532) read as characters: when the notice (`notice`, its single-byte characters,
 * one per byte) names no charset but UTF-8's and its bytes are well-formed UTF-8. Otherwise
 * undefined: the MIME parser reads it with the charsets it names. The returned original after the
 * notice is decoded leniently; it is not read.
 */
function utf8Message(input: Uint8Array, notice: string): string | undefined {
  for (const [, charset] of notice.matchAll(charsetPattern)) {
    if (!utf8Charsets.has(charset!.toLowerCase())) return undefined;
  }
  let text: string;
  try {
    text = strictUtf8.decode(input.subarray(0, notice.length));
  } catch {
    return undefined;
  }
  return notice.length === input.length ? text : text + lenientUtf8.decode(input.subarray(notice.length));
}

/** Header values of a plain message's header block, folded lines joined. */
function plainHeaders(head: string): {key: string; value: string}[] {
  const headers: {key: string; value: string}[] = [];
  for (const line of head.split('\n')) {
    const last = headers.at(-1);
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) headers.push({key: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim()});
  }
  return headers;
}

const attachedMessagePattern = /^content-type:[ \t]*message\/(?:rfc822|global)(?![\w-])/gim;
const encodedPartPattern = /^content-transfer-encoding:[ \t]*(?:base64|quoted-printable)\b/im;

/** How far back from an attached message's Content-Type its part's header block is read. */
const maxPartHeadLength = 8 * 1024;

/**
 * Whether a plain message attaches a message that may be a failure notice (see `mayBeNotice`), or
 * one whose encoding hides what it is. Read as it stands, such a message would have the report
 * fields of the attached notice read as its own even when it has a report of its own.
 */
function attachesNotice(text: string, signsOf: () => AttachedNoticeSigns): boolean {
  attachedMessagePattern.lastIndex = 0;
  let match = attachedMessagePattern.exec(text);
  for (let count = 0; match && count < maxAttachedMessages; count++, match = attachedMessagePattern.exec(text)) {
    const partHeaderEnd = text.indexOf('\n\n', match.index);
    if (partHeaderEnd < 0) return false;
    const partStart = Math.max(text.lastIndexOf('\n\n', match.index), match.index - maxPartHeadLength, 0);
    if (encodedPartPattern.test(text.slice(partStart, partHeaderEnd))) return true;
    if (mayBeNotice(text.slice(partHeaderEnd + 2, partHeaderEnd + 2 + maxAttachedNoticeLength), signsOf())) return true;
    attachedMessagePattern.lastIndex = partHeaderEnd;
  }
  return false;
}

/**
 * A plain message's body up to the part that attaches a message (the returned original, or a
 * notice that `attachesNotice` found not to be one): the MIME parser keeps such a part out of the
 * text, so its report-like fields and addresses are not read as the notice's own here either.
 */
function beforeAttachedMessage(text: string, bodyStart: number): string {
  attachedMessagePattern.lastIndex = bodyStart;
  const match = attachedMessagePattern.exec(text);
  if (match === null) return text.slice(bodyStart);
  // The part opens at its boundary line, the last line opening with "--" before its header.
  // With none, the type stands in prose, not in a part's header: nothing is cut.
  const boundaryLine = text.lastIndexOf('\n--', match.index);
  return boundaryLine + 1 < bodyStart ? text.slice(bodyStart) : text.slice(bodyStart, boundaryLine + 1);
}

/**
 * A message with nothing encoded in it reads as it stands: the parts of a report are plain text
 * between boundary lines, and the decoder reads text. This skips the MIME parser, whose cost per
 * message is mostly fixed overhead, for most bounces; anything encoded still goes through it, and
 * so do 8-bit bytes in any charset but UTF-8 (`utf8Message`).
 */
function readPlainMessage(input: string | Uint8Array, raw: string): MessageTexts | undefined {
  // What is encoded in the returned original message does not matter: it is not read.
  const notice = cutAtMarker(raw);
  if (encodedPattern.test(notice) || htmlPartPattern.test(notice)) return undefined;
  let characters = raw;
  if (typeof input !== 'string') {
    // ISO-2022-JP's escapes need its decoder; 8-bit text is read here only as well-formed UTF-8.
    if (escapePattern.test(notice)) return undefined;
    if (eightBitPattern.test(notice)) {
      const utf8 = utf8Message(input, notice);
      if (utf8 === undefined) return undefined;
      characters = utf8;
    }
  }
  const text = unifyLineEnds(characters);
  const headerEnd = text.indexOf('\n\n');
  if (headerEnd < 0) return undefined;
  const body = beforeAttachedMessage(text, headerEnd + 2);
  const headers = plainHeaders(text.slice(text.startsWith('From ') ? text.indexOf('\n') + 1 : 0, headerEnd));
  const value = (key: string) => headers.find((header) => header.key === key)?.value;
  // As `readRawMessage` tells a notice from a message that forwards one.
  let signs: AttachedNoticeSigns | undefined;
  const signsOf = (): AttachedNoticeSigns => (signs ??= writtenByNotice(value('from') ?? '', isDeliveryReportType(value('content-type') ?? ''), body) ? 'sender-and-subject' : 'any');
  // An attached notice is read from its parsed parts, which only the MIME parser gives; a notice
  // with a report part of its own is read without what it attaches (see `readRawMessage`).
  if (!reportPartPattern.test(body) && attachesNotice(text, signsOf)) return undefined;
  const isFeedbackReport = isFeedbackReportType(value('content-type'));
  return {
    format: 'raw-message',
    body: withoutClosingSignature(body),
    reports: [],
    complainedCopyTo: isFeedbackReport ? plainComplainedCopyTo(text, headerEnd + 2) : undefined,
    subject: value('subject'),
    from: value('from'),
    autoReplyHeaders: autoReplyHeaderValues(headers),
    feedbackHeaders: feedbackHeaderValues(headers),
    failedRecipients: failedRecipientsOf(headers),
    attachedHeaders: () => attachedHeaderBlock(text, headerEnd + 2),
    contentType: value('content-type'),
  };
}

/**
 * The input with its byte-order mark read: bytes that open with a UTF-16 mark (`FF FE`, `FE FF`), as
 * some Windows tools save a copied bounce, become the text they encode; a UTF-8 mark (bytes or
 * U+FEFF) is dropped. Anything else comes back as it is.
 */
export function readByteOrderMark(input: string): string;
export function readByteOrderMark(input: string | Uint8Array): string | Uint8Array;
export function readByteOrderMark(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (input[0] === 0xFF && input[1] === 0xFE) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xFE && input[1] === 0xFF) return new TextDecoder('utf-16be').decode(input.subarray(2));
  if (input[0] === 0xEF && input[1] === 0xBB && input[2] === 0xBF) return input.subarray(3);
  return input;
}

/** The parsed JSON, or undefined when `text` is not JSON. */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A JSON object's member opening a text: its quoted name and the colon. */
const jsonMemberStart = /^\s*"[^"\n]{1,64}"\s*:/;

/**
 * The JSON a text holds: the whole text, or one value per line (JSON Lines, as events are exported
 * from a log or an event API), as a list; undefined when neither.
 */
export function parseJsonText(text: string): unknown {
  const whole = tryParseJson(text);
  if (whole !== undefined) return whole;
  // Members of an object selected without its braces (`"delivery-status": {...}`, a part of a
  // logged record): the object they stand in.
  if (jsonMemberStart.test(text)) {
    const members = tryParseJson(`{${text.trim().replace(/,$/, '')}}`);
    if (members !== undefined) return members;
  }
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return undefined;
  const values: unknown[] = [];
  for (const line of lines) {
    const value = tryParseJson(line);
    if (value === undefined) return undefined;
    values.push(value);
  }
  return values;
}

/**
 * How much pasted HTML source is rendered: a few times what the decoder analyses of a text (markup
 * takes most of a notice's HTML), so that a crafted megabyte of markup costs no more.
 */
const maxHtmlLength = 512 * 1024;

/** A form-encoded body whose first field's value opens URL-encoded JSON (`%5B`, `%7B`). */
const formBodyStart = /^[A-Za-z_][\w.-]{0,63}=%(?:5B|7B)/i;

/**
 * The JSON values of a form-encoded body (`application/x-www-form-urlencoded`): each field whose
 * value decodes to JSON, one value as it is, several as a list; undefined when none does.
 */
function formEncodedJson(body: string): unknown {
  const values: unknown[] = [];
  for (const field of body.trim().split('&')) {
    const value = field.slice(field.indexOf('=') + 1).replaceAll('+', ' ');
    let decoded: string;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      continue;
    }
    const json = tryParseJson(decoded);
    if (json !== undefined && typeof json === 'object' && json !== null) values.push(json);
  }
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

/** The texts of a webhook payload: its parsed JSON, and no text. */
function jsonTexts(json: unknown): MessageTexts {
  return {format: 'json', body: '', reports: [], autoReplyHeaders: [], json};
}

/** Below this many lines of text, a text is not judged double-spaced: a short one may just be paragraphs. */
const minDoubleSpacedLines = 6;

/** White space up to the end of a line, from where the search starts (`lastIndex`). */
const blankLine = /[^\S\n]*/y;

/** Pasted text longer than this keeps its layout: no notice is, and its lines are not split to look. */
const maxRelayoutLength = 512 * 1024;

/**
 * Text copied from a rendering that puts each line in a paragraph of its own (an NDR's HTML part
 * shown by a webmail, one `<p>` a line) comes with a blank line after every line, and a paragraph
 * break as a longer run of them. When no two lines of text stand together and at least one run is
 * longer than one blank line (so that the breaks are told from the spacing), the single blank lines
 * are the spacing and are taken out, and each longer run stands for one paragraph break.
 */
export function undoubleSpacing(text: string): string {
  if (text.length > maxRelayoutLength) return text;
  // Read line by line without splitting: most texts have two lines together near their start, and
  // are given back at once.
  let texts = 0;
  let blanks = 0;
  let longRun = false;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    blankLine.lastIndex = start;
    if (blankLine.test(text) && blankLine.lastIndex >= end) {
      blanks++;
      if (blanks >= 2 && texts > 0) longRun = true;
    } else {
      if (texts > 0 && blanks === 0) return text;
      texts++;
      blanks = 0;
    }
    start = end + 1;
  }
  if (texts < minDoubleSpacedLines || !longRun) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() !== '') {
      kept.push(line);
      continue;
    }
    let end = index;
    while (end + 1 < lines.length && lines[end + 1]!.trim() === '') end++;
    if (end > index) kept.push('');
    index = end;
  }
  return kept.join('\n');
}

/**
 * A text indented as a whole (copied from a block quote, or pasted into an indented reply) without
 * the indentation all its lines share, so that report fields and headings start their lines again.
 * The lines' own indentation beyond it stays.
 */
export function dedented(text: string): string {
  if (text.length > maxRelayoutLength) return text;
  // Most texts start their first line of text with a character: nothing to take off, nothing split.
  const firstText = /\S/.exec(text);
  if (firstText === null || (text[firstText.index - 1] ?? '\n') === '\n') return text;
  let common: string | undefined;
  const lines = text.split('\n');
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (line[0] !== ' ' && line[0] !== '\t') return text;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined || !indent.startsWith(common)) {
      let shared = 0;
      const previous = common ?? indent;
      while (shared < previous.length && shared < indent.length && previous[shared] === indent[shared]) shared++;
      common = previous.slice(0, shared);
      if (common === '') return text;
    }
  }
  if (common === undefined || common === '') return text;
  const width = common.length;
  return lines.map((line) => (line.startsWith(common) ? line.slice(width) : line.trimStart())).join('\n');
}

/**
 * The bytes 0x80–0x9F that Windows-1252 (the WHATWG "latin1") shows as characters of their own, by
 * character; every other character up to U+00FF stands for the byte of its code.
 */
const windows1252Bytes = new Map([...new TextDecoder('windows-1252').decode(Uint8Array.from({length: 32}, (_, index) => 0x80 + index))]
  .map((character, index) => [character, 0x80 + index] as const));

/**
 * A sequence UTF-8 leaves when it is read as Windows-1252: the character of a lead byte (0xC2–0xF4:
 * "Ã", "â") and that of a continuation byte (0x80–0xBF), as "couldnâ€™t" and "signalÃ©e" show them.
 */
const mojibakePair = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * A text whose UTF-8 was read as Windows-1252 somewhere on its way (a page, a paste bin, a forum):
 * read again as the UTF-8 it was ("couldnâ€™t" → "couldn’t", "signalÃ©e" → "signalée"). Only a text
 * that holds such a sequence, whose every character is one of Windows-1252, and whose bytes are
 * then valid UTF-8: any other text comes back as it is.
 */
function withoutMojibake(text: string): string {
  if (!mojibakePair.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const byte = code <= 0xff ? code : windows1252Bytes.get(text[at]!);
    if (byte === undefined) return text;
    bytes[at] = byte;
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return text;
  }
}

/** An "=" of quoted-printable (RFC 2045 §6.7): a soft line break, or an escape of one byte in upper-case hex. */
const quotedPrintableEquals = /=(?:\n|[0-9A-F]{2})/g;
/** What only quoted-printable writes: a soft line break, an "=" escaped, or a byte beyond ASCII escaped. */
const quotedPrintableSign = /=\n|=3D|=[89A-F][0-9A-F]/;

/**
 * A text copied from a message's source without its MIME headers, its body still quoted-printable
 * ("...does not exist. Please try=", "=3D", "=C3=A9"), decoded: soft line breaks joined, escapes read
 * as UTF-8 bytes (Latin-1 when they are no UTF-8). Only a text every "=" of which is quoted-printable's
 * and that holds a sign only it writes: a log's "relay=mx.example.org" or a link's "?p=NoSuchUser"
 * leaves a text as it is.
 */
function unquotedPrintable(text: string): string {
  if (!text.includes('=') || !quotedPrintableSign.test(text)) return text;
  const equals = text.split('=').length - 1;
  if ((text.match(quotedPrintableEquals)?.length ?? 0) !== equals) return text;
  const joined = text.replace(/=\n/g, '');
  // At most one byte a character, written in place as withoutMojibake writes its bytes.
  const bytes = new Uint8Array(joined.length);
  let length = 0;
  for (let at = 0; at < joined.length; at++) {
    if (joined[at] === '=') {
      bytes[length++] = Number.parseInt(joined.slice(at + 1, at + 3), 16);
      at += 2;
    } else {
      const code = joined.charCodeAt(at);
      // A character beyond Latin-1 is no quoted-printable text's: it was never encoded.
      if (code > 0xff) return text;
      bytes[length++] = code;
    }
  }
  const array = bytes.subarray(0, length);
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(array);
  } catch {
    return new TextDecoder('latin1').decode(array);
  }
}

/** A signature's separator line (RFC 3676 §4.3: "-- "), its space often lost in a copy. */
const signatureSeparator = /^-- ?$/;
/** The most lines a signature below its separator holds (RFC 3676 §4.3 asks for four; some write more). */
const maxSignatureLines = 12;
/**
 * A letter's closing line ("Thanks,", "Best regards,", "Cordialement,"): short, ending with a comma
 * of any script, with no address or number in it (a folded list of addresses ends its lines so).
 */
const closingLine = /^[^\n@\d]{1,40}[,،，、]$/;
/** The most lines a closing and the name and contacts below it hold. */
const maxClosingLines = 6;

/**
 * A pasted text without what closes a person's message (a help desk's ticket, a forum post): below
 * a last separator line ("-- "), or in a last paragraph that opens with a closing line, a few lines
 * that quote no code are the writer's name and address, never a failed recipient. A separator above
 * a notice (a forward's signature over the message it forwards) is no closing one: the notice's
 * codes stand below it.
 */
export function withoutClosingSignature(text: string): string {
  const separator = text.lastIndexOf('\n--');
  if (separator >= 0) {
    const lineEnd = text.indexOf('\n', separator + 1);
    const signature = lineEnd < 0 ? '' : text.slice(lineEnd + 1);
    if (signatureSeparator.test(text.slice(separator + 1, lineEnd < 0 ? undefined : lineEnd)) && isPersonalTail(signature, maxSignatureLines)) {
      return text.slice(0, separator + 1);
    }
  }
  // The last paragraph, from the blank line before it (trailing blank lines aside).
  const end = text.trimEnd().length;
  const paragraphStart = text.lastIndexOf('\n\n', end - 1);
  if (paragraphStart < 0) return text;
  const paragraph = text.slice(paragraphStart + 2, end);
  const firstLineEnd = paragraph.indexOf('\n');
  const first = (firstLineEnd < 0 ? paragraph : paragraph.slice(0, firstLineEnd)).trim();
  return closingLine.test(first) && isPersonalTail(paragraph, maxClosingLines) ? text.slice(0, paragraphStart + 1) : text;
}

/** The longest end of a text read as a person's closing lines: a signature is a few short lines. */
const maxPersonalTailLength = 2000;

/**
 * Whether the end of a text is a person's few lines that name an address (what would be taken for a
 * recipient): no more than `maxLines`, no code and no template's words in them. Lines that name no
 * address are kept: they may be the notice's own ("<user> wasn't found at <domain>.").
 */
function isPersonalTail(tail: string, maxLines: number): boolean {
  if (tail.length > maxPersonalTailLength || tail.split('\n').filter((line) => line.trim() !== '').length > maxLines) return false;
  if (findAddresses(tail, 1).length === 0 || findReplyCodes(tail).length > 0 || findStatusCodes(tail).length > 0) return false;
  const words = normalizeForMatch(tail);
  return !anyTemplateClause.test(words) && !hasBodyMarker(words);
}

/** A line break as a string literal escapes it: `\n`, `\r\n`, `\r`. */
const escapedLineBreak = /\\r\\n|\\[nr]/g;
/** The escapes of a JSON or C-style string: a line break, a tab, a quote, a backslash, a slash, a UTF-16 code unit (`\u003c`). */
const stringEscape = /\\(?:r\\n|u[0-9a-fA-F]{4}|[nrt"'\\/])/g;
/** The fewest escaped line breaks that make a text a string copied with its escapes. */
const minEscapedLineBreaks = 2;
/** As many in a text that names a Windows path ("C:\\new\\report.txt"), whose separators may stand before an n or an r. */
const minEscapedLineBreaksBesidePath = 5;
/** A Windows path's drive. */
const windowsDrive = /(?<![\w\\])[A-Za-z]:\\[^\s\\]/;

/**
 * A notice copied as a program holds it in a string, its line breaks written as escapes: a log's
 * record, a JSON value copied without its braces, a debugger's or a REPL's print
 * ("This is the mail system at host mx.example.net.\n\n<bob@example.org>: host ... said: 550 ...").
 * Read with its escapes as the characters they stand for, when they are its lines: at least twice
 * as many escaped line breaks as lines it writes out. A log whose every line escapes one reply's
 * line ends (Exim's) keeps its lines, and JSON (an object anywhere in the text) is left to its parser.
 */
export function withStringEscapesRead(text: string): string {
  if (!text.includes('\\')) return text;
  const escaped = text.match(escapedLineBreak)?.length ?? 0;
  if (escaped === 0) return text;
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  if (escaped < minEscapedLineBreaks || escaped < 2 * (lines + 1) || (escaped < minEscapedLineBreaksBesidePath && windowsDrive.test(text))) return withEscapedReplyBreaksRead(text);
  // JSON, whole or in a log's line, is its parser's: its strings' escapes are read there.
  if (text.includes('{"') || (/^\s*\[/.test(text) && tryParseJson(text) !== undefined)) return text;
  return text.replace(stringEscape, (escape) => {
    const kind = escape[1]!;
    if (kind === 'u') return String.fromCharCode(Number.parseInt(escape.slice(2), 16));
    if (kind === 'n' || kind === 'r') return '\n';
    return kind === 't' ? '\t' : kind;
  });
}

/**
 * A server's reply whose line breaks a log wrote as escapes, in a string quoted on one line:
 * logfmt's `msg="Writing response to client: \n503 5.5.1 Error: No sender\r\n"` (Go's
 * strconv.Quote escapes a line break so), a repr, a JSON value's text copied alone. The escaped
 * break before the line's first reply opens it, as the server sent it, and the one closing the
 * string at the line's end closes it. A reply that already stands in a reply's place keeps its
 * escaped continuation lines ("'554-Transaction failed\n554-Reject ..."): they are read as one reply.
 */
const escapedReplyOpening = /(?:\\r)?\\n(?=[245]\d\d[ -])/;
/** An escaped line break that closes a quoted string at its line's end (`\r\n"`). */
const escapedClosingBreak = /(?:\\r)?\\n(["'\]})]?[ \t]*\r?)$/;

/** The text with the escaped line breaks around a log line's reply (`escapedReplyOpening`) read as line breaks. */
export function withEscapedReplyBreaksRead(text: string): string {
  if (!escapedReplyOpening.test(text)) return text;
  return text.split('\n').map((line) => {
    const opening = escapedReplyOpening.exec(line);
    if (opening === null || findReplyCodes(line.slice(0, opening.index)).length > 0) return line;
    const reply = line.slice(opening.index + opening[0].length);
    return `${line.slice(0, opening.index)}\n${reply.replace(escapedClosingBreak, '\n$1')}`;
  }).join('\n');
}

/**
 * Plain text as a person pasted it, undone of what its way there did to it, each step a no-op on a
 * text it does not fit: the charset a page misread, the transfer encoding of a message's source,
 * HTML's escaping, the indentation its lines share, a blank line after every line, line ends lost.
 */
function plainTextRead(text: string): string {
  const decoded = withReferencesRead(fromBbCodeSource(fromMarkdownSource(unquotedPrintable(withoutMojibake(withoutLogPrefix(withoutLineMarks(text)))))));
  return relinedParagraphs(undoubleSpacing(dedented(withSplitRepliesJoined(unwrappedAtWidth(decoded)))));
}

/**
 * A reply code that ends its line, its enhanced code of the same class opening the next: one reply
 * broken after its code (RFC 5321 §4.2 and RFC 3463 §2 put the enhanced code right after the reply
 * code on its line), as a program prints an exception's fields one a line (Odoo's exception text,
 * Python's SMTPSenderRefused: the code, then the server's words) or a client wraps a long line.
 */
const splitReply = /(^|[ \t:;(>])([245])(\d\d)[ \t]*\n[ \t]*\2(\.\d{1,3}\.\d{1,3})(?=[ \t]|$)/gm;

/** The text with each reply broken after its code (`splitReply`) on one line again. */
function withSplitRepliesJoined(text: string): string {
  return text.replace(splitReply, '$1$2$3 $2$4');
}

/** The longest input read for marks on every line (a paste site's page holds a few hundred kilobytes at most). */
const maxMarkedLength = 1024 * 1024;

/** The fewest lines a text must have for marks at every line's start to be a page's, not the text's own. */
const minMarkedLines = 2;
/** A line number as a code viewer's gutter or a numbered list puts it before a line: "12. ", "12: ", "12 ". */
const lineNumber = /^[ \t]*(\d{1,6})(?:[.:)][ \t]?|[ \t])/;
/** A list's bullet as a page renders every line of a paste as an item: "- ", "* ", "• ". */
const lineBullet = /^[ \t]*([-*\u2022])[ \t]/;

/**
 * A text whose every line a page or a viewer marked, with the marks taken off: line numbers
 * counting up by one (a paste site's numbered view, a code viewer's gutter copied along), or the
 * one bullet that starts every line (a paste rendered as a list's items). No notice writes either
 * on every one of its lines, so the marks say nothing of it; a text where some lines lack them is
 * left as it is.
 */
function withoutLineMarks(text: string): string {
  const first = /^[ \t]*(?:\d|[-*\u2022][ \t])/.exec(text.trimStart());
  if (first === null) return text;
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length < minMarkedLines) return text;
  // Numbered: every line, blank ones included (a numbered view numbers them too), one more than the last.
  let next: number | undefined;
  const numbered = lines.every((line, index) => {
    if (line.trim() === '' && index === lines.length - 1) return true;
    const number = lineNumber.exec(line)?.[1];
    if (number === undefined) return false;
    const value = Number(number);
    const follows = next === undefined || value === next;
    next = value + 1;
    return follows;
  });
  if (numbered) return lines.map((line) => line.replace(lineNumber, '')).join('\n');
  const bullet = lineBullet.exec(filled[0]!)?.[1];
  if (bullet !== undefined && filled.every((line) => lineBullet.exec(line)?.[1] === bullet)) {
    return lines.map((line) => line.replace(lineBullet, '')).join('\n');
  }
  return text;
}

/** The fewest lines one log prefix must start for the text to be one message logged line by line. */
const minLoggedLines = 3;
/** The longest prefix a log writes before each line (a timestamp, a host, a program, a level). */
const maxLogPrefixLength = 120;
/** A time of day as a log's prefix writes it: "10:00:01", "10:00". */
const logTimeOfDay = /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;
/** Where a log's prefix ends: a colon, a bar, a closing bracket or a dash, and a space. */
const logPrefixEnd = /(?:[:|\]>]|\s-) $/;

/**
 * A message a program logged line by line, each line under the same prefix ("Mar  2 10:00:01 host
 * app[123]: ", "[2026-03-02 10:00:01] local.ERROR: ", docker compose's "mailserver  | "), with that
 * prefix taken off: written on every line alike, timestamp included, it is one record's, not the
 * notice's. Lines of separate records differ in their timestamps or programs, and keep their
 * prefixes; a prefix with no time and no container's bar is words ("'Invalid Addresses': "), kept.
 */
export function withoutLogPrefix(text: string): string {
  // The prefix the first two written lines share, and the longest of it that is a log's, found
  // before any other line is read: most texts have none, and cost two lines.
  const [first, second] = firstWrittenLines(text);
  if (first === undefined || second === undefined) return text;
  let length = Math.min(maxLogPrefixLength, first.length, second.length);
  let same = 0;
  while (same < length && first.charCodeAt(same) === second.charCodeAt(same)) same++;
  length = same;
  let prefix: string | undefined;
  // The longest shared opening that ends at a separator and is a log's: a time of day in it
  // (syslog's, an application's), or a container's name and its bar. Log records of one second
  // and one process share theirs too, and are read from the words after it, which say the same.
  for (let end = length; end >= 4 && prefix === undefined; end--) {
    const candidate = first.slice(0, end);
    if (logPrefixEnd.test(candidate) && (logTimeOfDay.test(candidate) || /\w[ \t]*\| $/.test(candidate))) prefix = candidate;
  }
  if (prefix === undefined) return text;
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length < minLoggedLines || !filled.every((line) => line.startsWith(prefix))) return text;
  return lines.map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line)).join('\n');
}

/** The first two lines of `text` that hold more than blanks, read without splitting the rest. */
function firstWrittenLines(text: string): [string | undefined, string | undefined] {
  const found: string[] = [];
  for (let start = 0; start <= text.length && found.length < 2;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== '') found.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  return [found[0], found[1]];
}

/** A backslash before ASCII punctuation (CommonMark §2.4), quotes and the backslash left out: a JSON string pasted in text keeps `\\"`. */
const markdownEscape = /\\([!#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g;
/**
 * Strong emphasis around words (CommonMark §6.2): "**bob@example.org**", not Exim's "** bob@..."
 * nor Gmail's "** Address not found **", nor a masked address's "[**.**.**.**]".
 */
const markdownStrong = /(?<![\w*])\*\*(?=[\w<])([^*\n]{0,300}?[^\s*])\*\*(?![\w*])|(?<![\w_])__(?=[\w<])([^_\n]{0,300}?[^\s_])__(?![\w_])/g;
/** A link's text and its target (CommonMark §6.3): "[bob@example.org](mailto:bob@example.org)". */
const markdownLink = /\[([^[\]\n]{1,300})\]\(([^()\s]{1,500})\)/g;
/**
 * A code span (CommonMark §6.1) between runs of one to three backticks, which may run over lines
 * ("`550-...\n    550 ...`" quoting a wrapped reply, "`` 550 ... ``", "```550 ...```" on one line).
 */
const markdownCode = /```([^`]{1,2000})```|``([^`]{1,2000})``|`([^`]{1,2000})`/g;
/** A code fence's line (CommonMark §4.5): three backticks or tildes, and a language name perhaps. */
const markdownFence = /^[ \t]{0,3}(?:```|~~~)[\w+-]{0,40}[ \t]*$/gm;

/**
 * Text as a Markdown source holds it (an issue's or a forum post's text before it is rendered,
 * as an editor wrote it from a paste), read as the text it renders to: a backslash before
 * punctuation ("perl\\.org", "\\<bob@"), strong emphasis around a word or an address, a link's
 * text ("[bob@example.org](mailto:bob@example.org)", another target kept after it), a code span and
 * a code fence's lines. A text with none of them comes back as it is.
 */
function fromMarkdownSource(text: string): string {
  let read = text;
  if (read.includes('\\')) read = read.replace(markdownEscape, '$1');
  if (read.includes('**') || read.includes('__')) read = read.replace(markdownStrong, (_strong, starred?: string, underlined?: string) => starred ?? underlined ?? '');
  if (read.includes('](')) {
    read = read.replace(markdownLink, (_link, label: string, target: string) => {
      // The link renders as its label. A target the label already says adds nothing: a mailto
      // link around a name and its address, a host or address a page linkified
      // ("[mx.example.org](http://mx.example.org/)"). Another is kept after it, a mailto one as its address.
      const address = target.replace(/^mailto:/i, '');
      const page = target.replace(/^https?:\/\//i, '').replace(/\/$/, '');
      return label.includes(address) || page === label ? label : `${label} <${address}>`;
    });
  }
  if (read.includes('`')) read = read.replace(markdownFence, '').replace(markdownCode, '$1$2$3');
  return read;
}

/**
 * The tags of BBCode, the markup of forum software (phpBB's "BBCode guide", vBulletin's "BB Code
 * List"): formatting, quoting, links and addresses, with an optional value after "=" ("[url=...]",
 * "[quote=name]"), opening or closing. A bounce's own brackets ("[BL21]", "[CS01]", "[IPTS04]",
 * "[192.0.2.1]") are none of these names.
 */
const bbCodeTagNames = 'b|i|u|s|quote|code|php|html|noparse|url|email|img|color|colour|size|font|list|indent|center|left|right|highlight';
/** Any of them, and a list's item ("[*]"), which never closes. */
const bbCodeTag = new RegExp(`\\[(\\/?)(${bbCodeTagNames}|\\*)(?:=([^\\]\\n]{0,300}))?\\]`, 'gi');
/** A closing tag of one of them: a text holds BBCode only where one closes. */
const bbCodeClosingTag = new RegExp(`\\[\\/(?:${bbCodeTagNames})\\]`, 'i');

/**
 * Text as a forum post's source holds it, its BBCode tags read as the page renders them: a tag is
 * no text, and a link's or an address's target that its text does not say is kept after it
 * ("[email=bob@example.org]Bob[/email]" reads "Bob <bob@example.org>"), as Markdown's links are
 * (`fromMarkdownSource`). A text with no closing tag comes back as it is.
 */
function fromBbCodeSource(text: string): string {
  if (!bbCodeClosingTag.test(text)) return text;
  // The target of the link or address tag last opened, written after its text when that text closes.
  let target: string | undefined;
  let labelStart = 0;
  let read = '';
  let last = 0;
  for (const tag of text.matchAll(bbCodeTag)) {
    const [whole, closing, name, value] = tag;
    const isLink = /^(?:url|email)$/i.test(name!);
    read += text.slice(last, tag.index);
    last = tag.index + whole.length;
    if (isLink && closing === '') {
      target = value?.replace(/^["']|["']$/g, '');
      labelStart = read.length;
    } else if (isLink && target !== undefined) {
      const address = target.replace(/^mailto:/i, '');
      if (!read.slice(labelStart).includes(address)) read += ` <${address}>`;
      target = undefined;
    }
  }
  return read + text.slice(last);
}

/** The narrowest width a terminal or a viewer is taken to break lines at. */
const minWrapWidth = 60;

/** A terminal's width by default (the VT100's two, which terminals still open with): one line broken there is enough. */
const terminalWidths = new Set([80, 132]);

/**
 * A text copied from a terminal or a viewer that broke every longer line at its width, mid-word if
 * so ("<bob.smith@exam" / "ple.org>: ..."), with those lines joined again. A text is read so when
 * at least two of its lines stand at its longest length (one, at a terminal's default width), that
 * length is a screen's (60 or more), and one of them ends inside a word the next line goes on with:
 * lines a template or a person ended seldom share their longest length, and never end so.
 */
/** A whole address and its colon at a line's start (`unwrappedAtWidth`). */
const opensRecipientLine = /^<?[^\s<>@]{1,64}@[^\s<>@:]{1,255}\.[A-Za-z]{2,63}>?:/;

/** A line that opens a sentence: a capital, then a lower-case letter or a space ("Delivery will ...", "A message ..."). */
const opensSentence = /^\p{Lu}(?:\p{Ll}|\s)/u;

function unwrappedAtWidth(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  let width = 0;
  for (const line of lines) if (line.length > width) width = line.length;
  if (width < minWrapWidth) return text;
  // A line that opens with a whole address and its colon is a recipient's own line, as OpenSMTPD,
  // Postfix and qmail write each ("bob@example.org: 550 ..."), never the rest of the line above.
  // A line that ends a sentence where the next opens one with a capital ("... to
  // alice@mail.example.com." / "Delivery will be retried.") is a sentence's end, not a name's break.
  const atWidth = (index: number) => lines[index]!.length === width && index + 1 < lines.length && lines[index + 1]!.trim() !== ''
    && !opensRecipientLine.test(lines[index + 1]!) && !(lines[index]!.endsWith('.') && opensSentence.test(lines[index + 1]!));
  let broken = 0;
  let midWord = false;
  for (let index = 0; index < lines.length; index++) {
    if (!atWidth(index)) continue;
    broken++;
    // A word's or an address's character at the break, not a rule of dashes (Sendmail's mailq heading
    // is 80 wide); and not an address that ends its line before another opens the next: an address
    // broken in two holds one "@", not two.
    midWord ||= /[\w.@]$/.test(lines[index]!) && /^[\w.@-]/.test(lines[index + 1]!)
      && !(/@[^\s@]*$/.test(lines[index]!) && /^[^\s@]*@/.test(lines[index + 1]!));
  }
  if (!terminalWidths.has(width) || broken === 0 || !midWord) return text;
  const joined: string[] = [];
  let current = '';
  for (let index = 0; index < lines.length; index++) {
    current += lines[index]!;
    if (atWidth(index)) continue;
    joined.push(current);
    current = '';
  }
  return joined.join('\n');
}

/** Any name of a header field that lists failed recipients: most texts hold none, and one test tells. */
const anyRecipientHeaderName = new RegExp([...templateRecipientHeaders].map(escapeRegExp).join('|'), 'i');

/** How many lines of pasted text are read for a header field that lists failed recipients. */
const maxLinesForRecipientHeaders = 300;

/**
 * The header fields of a notice that list its failed recipients (Exim's X-Failed-Recipients), where
 * pasted text holds them on lines of their own (a webmail's full-header view, with its own words
 * above), each with the folded lines that continue it.
 */
function pastedRecipientHeaders(text: string): {key: string; value: string}[] {
  if (!anyRecipientHeaderName.test(text)) return [];
  const lines = text.split('\n', maxLinesForRecipientHeaders);
  const fields: {key: string; value: string}[] = [];
  for (let index = 0; index < lines.length; index++) {
    const colon = lines[index]!.indexOf(':');
    const key = colon < 1 ? '' : lines[index]!.slice(0, colon).trim().toLowerCase();
    if (!templateRecipientHeaders.has(key)) continue;
    let value = lines[index]!.slice(colon + 1);
    while (index + 1 < lines.length && /^[ \t]/.test(lines[index + 1]!)) value += ` ${lines[++index]!.trim()}`;
    fields.push({key, value});
  }
  return fields;
}

/** Reads text as a person sees it: a rendered notice, a selection, a log; HTML source as the text it shows. */
export function readText(text: string): MessageTexts {
  // A quote's level taken off and typography folded before the text's lines are read (its subject
  // line, its pasted header fields): a notice pasted from a reply ("> " before each line), or from
  // a page that put a no-break space wherever a space stood, opens as the notice does. Folded once
  // its characters are mended: UTF-8 read as Windows-1252 spells a no-break space "Â" and one.
  const body = withoutClosingSignature(unquoteReply(unifyLineEnds(withStringEscapesRead(text))));
  const whole = withFlattenedReportLines(foldTypography(isHtmlSource(body) ? htmlToText(body.slice(0, maxHtmlLength)) : plainTextRead(body)));
  // A webmail's view of the message above its text: its sender is the notice's, its lines no notice's.
  const view = viewHeader(whole);
  const viewed = view?.body ?? whole;
  const opening = view?.subject === undefined ? subjectLine(viewed) : undefined;
  // A subject line above the notice's text is its subject, as a raw message's Subject is, and not
  // words of the text: Citadel's delay warning is titled "Delivery Status Notification (Failure)"
  // and says it goes on trying. It stands apart, a blank line under it; a line that names an address
  // or a code is the notice's own first line (IMail's "Delivery failed 5 attempts: <rcpt>"), one that
  // ends in a colon heads what follows (Exchange's "Delivery has failed to these recipients or
  // groups:"), and one that ends in a full stop is a sentence of the text ("This is an automatically
  // generated Delivery Status Notification."): all are kept in its text.
  const read = (opening === undefined ? undefined : belowSubjectLine(viewed, opening)) ?? viewed;
  const subject = view?.subject ?? opening ?? subjectBelowNote(read);
  const failedRecipients = failedRecipientsOf(pastedRecipientHeaders(read));
  return {
    format: 'text', body: read, reports: [], autoReplyHeaders: [], ...(subject === undefined ? {} : {subject}), ...(view === undefined ? {} : {from: view.from}),
    ...(failedRecipients === undefined ? {} : {failedRecipients}),
  };
}

/**
 * One mailbox alone on its line, as a message view shows the sender: a display name (quoted or
 * not; a view without one may show the address there) and the address in angle brackets, or the
 * address alone, with or without them. Lines are short where this is tested (`maxViewLineLength`).
 */
const senderAlone = /^(?:"[^"\n]{0,80}"|[^\s<>"][^<>"\n]{0,79})?[ \t]*<([^\s<>@]{1,64}@[^\s<>@]{1,255})>$|^<?([^\s<>@]{1,64}@[^\s<>@]{1,255}?)>?$/;
/**
 * A date or a time of day as a view prints when a message came, in any language: "2:14 PM (5
 * minutes ago)", "Mon 12/7/2026 9:00 AM", "Tue, Dec 1 at 3:04 PM", "7. Dez. 2026, 09:00",
 * "2026/12/07 9:00". A time, or a date in digits.
 */
const viewDate = /(?<![\d:])\d{1,2}:\d{2}(?![\d:]\d)|(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?!\d)/;
/** A view's label and its short value ("To: Alice Smith", "An: ich", "À : moi"). */
const viewLabelLine = /^[^\s:]{1,12}[ \t]?:[ \t]*.{0,60}$/;
/** A view's recipients without a label, a lower-case word first ("to me", "an mich", "à moi"). */
const viewRecipientsLine = /^\p{Ll}\S{0,11}(?: \S+){0,3}$/u;
/** An SMTP reply code or an enhanced status code: a notice's line, never a view's. */
const codeInLine = /(?<![\w.])(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})(?![\w.])/;
/** Longest line of a view's header block: its sender, date and recipients lines are short. */
const maxViewLineLength = 100;
/** How many lines of a view's header are read for one: a subject, the sender, a few lines under it. */
const maxViewLines = 6;

/**
 * A webmail's view of a message above the message's text, as a selection of the whole view takes
 * it: the sender on a line of its own (`senderAlone`), with the date it came and the recipients it
 * went to on the short lines under it, and the subject above or below them. Gmail shows "Mail
 * Delivery Subsystem <mailer-daemon@googlemail.com>", then "2:14 PM (5 minutes ago)" and "to me";
 * Outlook on the web and Yahoo Mail label the recipients ("To: ...") and put the date under them.
 * The words differ with the webmail and its language; the shape does not: one mailbox alone at the
 * top, then short lines that give a date or a time and the recipients, with no address or reply
 * code among them (a log's line has both; a recipient named above its reply is followed by it). The
 * sender is the notice's own (a mail system's "postmaster@..."), never a recipient it failed for;
 * the block is taken out of the text and its sender read as the text's From. A subject line above
 * the sender (Yahoo Mail puts it there) is the text's subject.
 */
function viewHeader(text: string): {body: string; from: string; subject?: string} | undefined {
  const lines: {text: string; end: number}[] = [];
  for (let start = 0; lines.length < maxViewLines && start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Read only as far as a view's lines may go (a subject's length), not through a long first line.
    const line = text.slice(start, Math.min(end, start + maxSubjectLineLength + 1)).trim();
    if (line !== '') lines.push({text: line, end});
    start = end + 1;
  }
  const senderAt = lines.findIndex((line, index) => index < 2 && line.text.length <= maxViewLineLength && senderAlone.test(line.text));
  if (senderAt < 0 || lines[0]!.text.length > maxSubjectLineLength) return undefined;
  // The lines under the sender, up to the last that a view prints (a date, a label, recipients).
  let last = -1;
  let dated = false;
  let addressed = false;
  for (let index = senderAt + 1; index < lines.length; index++) {
    const line = lines[index]!.text;
    if (line.length > maxViewLineLength || line.includes('@') || codeInLine.test(line)) break;
    const isDate = viewDate.test(line);
    const isRecipients = !isDate && (viewLabelLine.test(line) || viewRecipientsLine.test(line));
    if (!isDate && !isRecipients) break;
    dated ||= isDate;
    addressed ||= isRecipients;
    last = index;
  }
  if (!dated || !addressed) return undefined;
  const sender = lines[senderAt]!.text;
  return {
    body: text.slice(lines[last]!.end + 1),
    from: sender,
    ...(senderAt === 1 ? {subject: lines[0]!.text} : {}),
  };
}

/**
 * The text below `line`, the subject `subjectLine` found on its first line, where that line stands as
 * a subject above the text, apart from its words (see `readText`); undefined where it does not.
 */
function belowSubjectLine(text: string, line: string): string | undefined {
  const start = text.length - text.trimStart().length;
  if (!text.startsWith(line, start) || headerLinePattern.test(line) || line.includes('@') || codeInLine.test(line) || /[:.]$/.test(line)) return undefined;
  const end = text.indexOf('\n', start);
  if (end < 0) return undefined;
  const next = text.indexOf('\n', end + 1);
  return text.slice(end + 1, next < 0 ? undefined : next).trim() === '' ? text.slice(end + 1) : undefined;
}

/** A subject line is short: a notice's first line longer than this is its text, not its subject. */
export const maxSubjectLineLength = 200;

/**
 * A notice's subject as webmail shows it above the text and a selection of the whole message takes
 * it: a first line that is a notice's subject ("Undelivered Mail Returned to Sender", "Delivery
 * Status Notification (Failure)", a delay warning's "Warning: message 1Zb92h-0002aX-BS delayed 2
 * hours") says what the text is, as the Subject of a raw message does.
 */
function subjectLine(text: string): string | undefined {
  const start = text.length - text.trimStart().length;
  const end = text.indexOf('\n', start);
  const first = text.slice(start, end < 0 ? undefined : end).trim();
  // A message pasted from its header on, whatever its lines lost (the blank line under its
  // fields, their folding): its own Subject field, the first of its opening lines.
  const line = headerLinePattern.test(first) ? headerSubjectOf(text.slice(start)) ?? first : first;
  if (line === '' || line.length > maxSubjectLineLength) return undefined;
  const words = line.toLowerCase();
  // A delay warning's subject opens the line (after the label a copy may keep): in a sentence, its
  // words ("a warning: message delayed") are prose.
  const opening = words.replace(/^subject:[ \t]*/, '');
  return noticeSubjects.some((subject) => words.includes(subject)) || delayNoticeSubjects.some((subject) => opening.startsWith(subject)) ? line : undefined;
}

/**
 * The subject of a notice pasted below a person's note ("I got this:", a blank line, then the
 * notice's subject line or its header fields), read as `subjectLine` reads one pasted alone.
 */
function subjectBelowNote(text: string): string | undefined {
  const start = startBelowNote(text);
  return start === undefined ? undefined : subjectLine(text.slice(start));
}

/** How many opening lines of a text that starts with a header field are read for its Subject field. */
const maxHeaderLinesForSubject = 80;

/** The Subject field of a text's opening header lines, as a line ("Subject: ..."). */
function headerSubjectOf(text: string): string | undefined {
  return text.split('\n', maxHeaderLinesForSubject).find((line) => /^subject:/i.test(line))?.trim();
}

/** The subjects of delay warnings that say so alone (`delaySubjects` not marked `ordinary`: "Warning: message ... delayed"). */
const delayNoticeSubjects = delaySubjects.filter((subject) => subject.ordinary !== true).map((subject) => subject.text);

/** The fields of a delivery report (RFC 3464 §2.2, §2.3, and the X- fields servers add): each starts a line. */
const reportFields = [...deliveryStatusFieldNames, 'x-actual-recipient', 'x-postfix-queue-id', 'x-postfix-sender'].map((name) => `${name}:`);
/** What starts a line of a notice wherever it stands: a returned original's marker, a report's field. */
const lineStarts = new LiteralSet([...templateOriginalMessageMarkers, ...reportFields], {caseBlind: true});
const rfc3464Fields = new Set(deliveryStatusFieldNames.map((name) => `${name}:`));

/**
 * A text this long on one line may be a notice flattened; a shorter one is a code or a word, and a
 * longer one is no notice a page flattened (notices are a few kilobytes).
 */
const minFlattenedLength = 40;
const maxFlattenedLength = 64 * 1024;

/** A returned original's marker, alone: where a flattened notice's own text ends. */
const originalMarkers = new LiteralSet(templateOriginalMessageMarkers, {caseBlind: true});
/** The words that stand right before a failed recipient's address ("Recipient address:", "after RCPT TO:<"). */
const recipientLeadIns = new LiteralSet(templateRecipientLeadIns, {caseBlind: true});
/** The words a template frames a remote reply with: its stage ("in reply to RCPT TO command") and its introductions. */
const replyFrames = new LiteralSet(templateReplyFrames, {caseBlind: true});

/** The templates' banner lines ("----- Transcript of session follows -----"): each a line of its own. */
const banners = new LiteralSet(templateBanners, {caseBlind: true});
/** A telnet client's own lines around a session (`telnetStatusLines`). */
const telnetLines = new LiteralSet(telnetStatusLines.map((line) => line.text), {caseBlind: true});
/** A banner closed by a run of its characters, as it opens ("----- ... -----"): the whole line. */
const closesBanner = /([-*=])\1\1$/;

/**
 * After a reply's frame, the remote host its template names on a line of its own and then the reply
 * alone on the next ("SMTP error from remote server after RCPT command:" / "host: mx.example.net" /
 * "550 Mailbox unavailable"): one or two host names (a label before each allowed, "host:"), then
 * a reply code. Read on a bounded window after the frame; no repetition nests an unbounded one.
 */
const hostThenReply = /^[\s:]*(?:(?:[a-z][a-z-]{0,19}:\s*)?(?:[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,10}\.?|\[[0-9a-f.:]{2,45}\])[\s:,]{1,8}){1,2}(?=[245][0-5]\d(?:[\s;:,-]|$))/i;
/** How much text after a reply's frame is read for a host and a reply (`hostThenReply`). */
const maxHostTail = 200;

/** How far after a recipient's address its reply's frame or codes may stand in the same block ("<x>: host mx[192.0.2.1] said: 550"). */
const maxFrameDistance = 256;
/** How far after a list's heading its first recipient may stand ("... list of the affected recipients; also attached is ... <x>"). */
const maxHeadingDistance = 400;
/** Recipients looked at on one flattened line: a notice names a few, a crafted line thousands. */
const maxFlattenedAddresses = 1000;

/** What may stand between a lead-in and its address, or open an address: `To: <x@y>`, `("x@y"`. */
const addressOpeners = new Set([' ', '\t', '<', ':', '"', "'", '(']);

/** The characters that open an address written in brackets or quotes: its block starts with them. */
const addressBrackets = new Set(['<', '"', "'", '(']);

/** Text that ends with a reply's codes ("550 5.1.1 <x@y>", "550 <x@y>..."): the address is named by the reply, inside it. */
const endsWithCodes = /(?:^|[\s(;=#-])(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})[\s:;,-]*$/;
/** Text that names the sender, not a recipient ("Sender Address:", "sent by", "From: Sam Sender <x@y>"): its words, or its field and a display name. */
const endsWithSenderWords = /\b(?:(?:sender|from)(?: address)?(?:\s*:(?:\s+[^\s:<>@"']{1,40}){1,3})?|by)[\s:]*$/i;
/** A report field's address type before its address ("Final-Recipient: rfc822; x@y", RFC 3464 §2.3.2): the field's value. */
const endsWithAddressType = /\b[a-z][a-z0-9-]{0,19};\s*$/i;
/** The index of the first of `sorted` (ascending) greater than `at`, or its length. */
function firstAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! > at) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * What ends a reply's words before an address: a closing bracket or quote ("(reason: 550 5.1.1 User
 * unknown) <next@x>"), or a sentence's end before a capital (the notice's own words after the reply).
 */
const replyWordsEnd = /[)\]>"']|[.!?]\s+\p{Lu}/u;
/** A bracket that opens right before a reply's code, and the one that closes it right after. */
const codeBrackets: Readonly<Record<string, string>> = {'(': ')', '[': ']'};

/** How many characters the code at `at` spans with the bracket that closes right after it ("(450)"), or 0. */
function ownBracketLength(text: string, at: number): number {
  const close = codeBrackets[text[at - 1] ?? ''];
  return close !== undefined && text[at + 3] === close ? 4 : 0;
}

/** How far after a reply's code an address stands in the reply's own words ("554 5.7.1 Message refused; write to postmaster@..."). */
const maxNamedInReply = 100;
/** What may stand between two addresses of one list: blanks, commas, and the same address again ("x@y (x@y)<mailto:x@y>"). */
const listSeparator = /^[\s,;()<>"']*(?:mailto:)?$/i;

/**
 * Where each failed recipient's block starts in a notice flattened to one line, by the notice's
 * own structure as the families' templates (`src/rules/mta`) write it: a recipient's block opens
 * its line there, and the line starts that the flattening took away are found again from
 *   - a recipient lead-in right before the address ("Recipient address: x@y", ">>> RCPT To:<x@y>"):
 *     the block starts with the lead-in;
 *   - the frame of its reply after it, before any other address: a stage or a reply introduction
 *     ("<x@y>: 192.0.2.1 does not like recipient.", "x@y host mx SMTP error from remote mail server
 *     after ...") or the reply's codes ("x@y: 550 5.1.1 ...");
 *   - a recipient list's heading: its first address after it, and each one that follows that one
 *     with nothing else between ("... failed: x@y, z@w").
 * An address that a reply's codes name ("550 5.1.1 <x@y>: ..."), or that names the sender, opens
 * no block; nor does one already the block's own (a transcript's "RCPT TO:<x@y>" under "<x@y>:"),
 * nor one a reply names in its own words after its code with no reply of its own after it ("550
 * 5.7.1 Refused abuse@example.net (in reply to RCPT TO command)"); such a reply is no frame of an
 * address before it.
 */
function recipientBlockStarts(text: string, end: number, headingEnds: readonly number[], replies: readonly number[], frameStarts: readonly number[]): number[] {
  const addresses = findAddresses(text.slice(0, end), maxFlattenedAddresses);
  if (addresses.length === 0) return [];
  // Where the lead-in before each address starts, by where the address starts.
  const ledIn = new Map<number, number>();
  for (const match of recipientLeadIns.matches(text)) {
    let at = match.index + match.text.length;
    while (at < end && addressOpeners.has(text[at]!)) at++;
    ledIn.set(at, match.index);
  }
  // Where each address's block would open: at its lead-in, else at its bracket or quote.
  const openers = addresses.map((found) => {
    let open = found.start;
    if (open > 0 && addressBrackets.has(text[open - 1]!)) open--;
    return {open, leadIn: ledIn.get(found.start) ?? ledIn.get(open), address: found.address.toLowerCase()};
  });
  // Where the next other address's block would open (from the end in one pass): a reply's frame must come before it.
  const nextOther = new Array<number>(addresses.length);
  for (let index = addresses.length - 1; index >= 0; index--) {
    const next = openers[index + 1];
    nextOther[index] = next === undefined ? end : next.address === openers[index]!.address ? nextOther[index + 1]! : next.leadIn ?? next.open;
  }
  /** Whether a colon follows the address `index`, after the bracket or quote that closes it if it opened with one ("<x@y>: 550 ..."). */
  const colonAfter = (index: number): boolean => text[addresses[index]!.end + (openers[index]!.open < addresses[index]!.start ? 1 : 0)] === ':';
  // The reply's frames and codes, in order, read with one cursor as the addresses are.
  const frames = [...replies, ...findStatusCodes(text.slice(0, end)).map((found) => found.index), ...frameStarts].sort((a, b) => a - b);
  /**
   * Whether the address `cursor` opens a recipient's own reply: a colon after it ("x@y: 550 ..."),
   * or a reply's code after it before the next address ("<x@y> 550 ...", "x@y host mx ... SMTP error
   * from remote mail server after RCPT TO:<x@y>: 550 ...").
   */
  const opensReply = (cursor: number): boolean => {
    if (colonAfter(cursor)) return true;
    const at = addresses[cursor]!.end;
    const nextReply = replies[firstAfter(replies, at)];
    return nextReply !== undefined && nextReply - at <= maxFrameDistance && nextReply < nextOther[cursor]!;
  };
  // The address a reply names in its own words after its code ("550 5.7.1 Refused
  // abuse_rbl@abuse-att.net (in reply to ...)", "554 ... write to postmaster@example.net"), by the
  // reply's index: the first address after the code, before any other reply code and before any
  // closing bracket or quote that ends the reply's words ("(reason: 550 ...) <next@x>").
  // A template's clause between them ends the reply's words too: the notice goes on.
  const clauses = anyTemplateClause.occurrences(text.slice(0, end)).map((match) => match.index).sort((a, b) => a - b);
  const namedInReply = new Map<number, number>();
  for (let index = 0, cursor = 0, clause = 0; index < replies.length; index++) {
    const reply = replies[index]!;
    while (cursor < openers.length && openers[cursor]!.open <= reply) cursor++;
    while (clause < clauses.length && clauses[clause]! <= reply) clause++;
    const named = openers[cursor];
    const nextReply = replies[index + 1] ?? end;
    // A code in brackets of its own stands apart from its words, which a client's message writes
    // after its own and the address (Roundcube's "SMTP Error (450): Failed to add recipient "x"
    // (4.1.2 ...)"): its bracket and those words end nothing there.
    const bracketed = ownBracketLength(text, reply);
    if (named !== undefined && named.open < nextReply && named.open - reply <= maxNamedInReply && (bracketed > 0 || !(clauses[clause]! < named.open))
      && !replyWordsEnd.test(text.slice(reply + bracketed, named.open)) && !opensReply(cursor)) namedInReply.set(reply, cursor);
  }
  const starts: number[] = [];
  let block: string | undefined;
  let frameCursor = 0;
  let replyCursor = 0;
  let headingCursor = -1;
  /** The end of the last address that opened a block as a listed one (or repeated it), while the list goes on. */
  let listedEnd = -1;
  /** The template's words after the last recipient that opened a block, up to the next one ("<x@y>  delivery failed; will not continue trying"). */
  let blockWords: string | undefined;
  /** The end of the last address of a log line's recipient field ("to=<a>,<b>"), while its list goes on. */
  let fieldListEnd = -1;
  for (const [index, found] of addresses.entries()) {
    const {open, leadIn, address} = openers[index]!;
    // Sendmail logs one delivery's recipients in one field, "to=<a>,<b>, delay=..." (its log's
    // to= of every mailer): they share the line's outcome, and the list is one block.
    const inFieldList = fieldListEnd >= 0 && leadIn === undefined && listSeparator.test(text.slice(fieldListEnd, open));
    fieldListEnd = inFieldList || (leadIn !== undefined && text.slice(leadIn, open).trimEnd().endsWith('=')) ? found.end : -1;
    if (inFieldList) continue;
    while (frameCursor < frames.length && frames[frameCursor]! < found.end) frameCursor++;
    while (replyCursor < replies.length && replies[replyCursor]! < open) replyCursor++;
    while (headingCursor + 1 < headingEnds.length && headingEnds[headingCursor + 1]! <= open) headingCursor++;
    const frame = frames[frameCursor];
    // A reply that names another address in its own words is that address's, or the reply's: it frames no address before it.
    const framed = frame !== undefined && frame < Math.min(found.end + maxFrameDistance, nextOther[index]!)
      && !(namedInReply.has(frame) && openers[namedInReply.get(frame)!]!.address !== address);
    // An address in a reply's own words is no recipient's block ("... said: 550 5.7.1 Refused abuse_rbl@abuse-att.net (in reply to RCPT TO command)").
    const inReply = replyCursor > 0 && namedInReply.get(replies[replyCursor - 1]!) === index;
    const heading = headingEnds[headingCursor];
    // The first address under a heading: no reply and no other address between them.
    const firstListed = heading !== undefined && open - heading <= maxHeadingDistance
      && (replyCursor === 0 || replies[replyCursor - 1]! < heading) && (index === 0 || addresses[index - 1]!.end <= heading);
    const continuesList = listedEnd >= 0 && listSeparator.test(text.slice(listedEnd, open));
    // The same words after it as after the last recipient that opened a block: the template's line for each recipient, again.
    let after = found.end;
    while (after < end && (text[after] === '>' || text[after] === '"' || text[after] === "'" || text[after] === ')' || text[after] === ' ')) after++;
    const repeats = blockWords !== undefined && text.startsWith(blockWords, after) && (after + blockWords.length === end || /[\s.,;:]/.test(text[after + blockWords.length] ?? ' '));
    const before = text.slice(Math.max(0, open - 40), open).trimEnd();
    // "x@y: 550 ..." opens a block whatever ends the text before it (the last reply's "messages from").
    const colon = colonAfter(index);
    const opens = leadIn !== undefined || ((framed || firstListed || continuesList || repeats) && (colon || repeats || !inReply) && !endsWithCodes.test(before)
      && !endsWithAddressType.test(before) && !endsWithIdentifierKey.test(before) && (colon || !endsWithSenderWords.test(before)));
    listedEnd = (opens && (firstListed || continuesList)) || (continuesList && address === block) ? found.end : -1;
    if (!opens || address === block) continue;
    // A first block opened by its lead-in needs no line of its own: the lead-in names it where it stands (a log line's "to=<x@y>").
    if (leadIn === undefined || block !== undefined) starts.push(leadIn ?? open);
    block = address;
    if (!repeats) {
      const words = text.slice(after, Math.min(nextOther[index]!, after + maxFrameDistance + 1)).trimEnd();
      blockWords = words.length <= maxFrameDistance && after < nextOther[index]! && nextOther[index]! < end && /[a-z]{3}/i.test(words) ? words : undefined;
    }
  }
  return starts;
}

/**
 * A text whose paragraphs each ran into one line, as Markdown renders a notice pasted into an issue
 * or a forum without a code block (the lines of a paragraph joined by spaces, blank lines kept), with
 * each such paragraph's lines broken again as `relined` breaks a wholly flattened text.
 */
export function relinedParagraphs(text: string): string {
  if (!text.includes('\n')) return relined(text);
  if (text.length > maxFlattenedLength) return text;
  // The text's own last line end (a copy ends with one) is no paragraph's.
  const body = text.trimEnd();
  if (!body.includes('\n')) return relined(body) + text.slice(body.length);
  const parts = body.split(paragraphBreak);
  // A title a person wrote above what a page flattened ("bounce back", then the notice on one
  // line): the lines above the long one are short, and the long one is read as a whole text is.
  if (parts.length === 1) return relinedUnderTitle(body) + text.slice(body.length);
  // Rendered so, no paragraph keeps a line end of its own; a notice as written has lines a template
  // ends where it wants ("Invalid final delivery userid: bob@example.org"), which stay as they are.
  if (parts.length < 3 || parts.some((part, index) => index % 2 === 0 && part.includes('\n'))) return text;
  // A paragraph of any length: a heading and its one recipient ("Delivery failed for: - bob@example.org") are short.
  // A paragraph under one whose words end with a recipient list's heading (or name it shortly
  // before their end: "... list of the affected recipients; also attached is ...") is that list,
  // its items joined: "a@x b@y", "<a@x> delivery failed; ... <b@y> delivery failed; ...".
  return parts.map((part, index) => (index % 2 === 1 ? part
    : relined(part, 1, index >= 2 && opensWithAddress.test(part) && endsWithHeading(parts[index - 2]!)))).join('') + text.slice(body.length);
}

/** How many short lines may stand above a flattened notice as its title (a word or two a person typed, a subject). */
const maxTitleLines = 2;

/** The longest line that counts as a title above a flattened notice. */
const maxTitleLength = 80;

/**
 * Whether a line can be a title a person wrote: short, and none of a notice's own in it: no
 * address or code (a log's line, a recipient's), no template's banner or marker ("----- Transcript
 * of session follows -----"), no heading that a list follows (its colon).
 */
function isTitleLine(line: string): boolean {
  const text = line.trim();
  return text.length <= maxTitleLength && !text.includes('@') && !text.endsWith(':') && !/([-=*_#~])\1\1/.test(text)
    && findReplyCodes(text).length === 0 && findStatusCodes(text).length === 0 && !banners.test(text) && !lineStarts.test(text);
}

/**
 * A text of a title or two and one flattened line below them, relined: the title lines stay as
 * they are. Any other shape (several long lines, a line below the long one) is a text as written.
 */
function relinedUnderTitle(body: string): string {
  const lines = body.split('\n');
  if (lines.length < 2 || lines.length > maxTitleLines + 1) return body;
  const last = lines.at(-1)!;
  if (!lines.slice(0, -1).every(isTitleLine) || last.trim().length < minFlattenedLength) return body;
  return [...lines.slice(0, -1), relined(last)].join('\n');
}

/** A paragraph that opens with an address, bare or bracketed, after a list's bullet if any: a list's first item. */
const opensWithAddress = /^[ \t]*(?:[-*\u2022][ \t]+)?[<("']?[^\s@<>()"',;:]{1,64}@/;

/** Whether a paragraph names a recipient list's heading no further than a heading's reach from its end. */
function endsWithHeading(paragraph: string): boolean {
  const trimmed = paragraph.trimEnd();
  const tail = trimmed.slice(-maxHeadingDistance - 200);
  let last: number | undefined;
  for (const match of anyRecipientHeading.matches(tail)) last = match.index + match.text.length;
  return last !== undefined && tail.length - last <= maxHeadingDistance;
}

/** A blank line and the line ends around it, kept as the split's separators. */
const paragraphBreak = /(\n[ \t]*\n(?:[ \t]*\n)*)/;

/**
 * A notice flattened to one line (a page that renders its text without the line ends, a paste into a
 * field of one line) with its lines broken again where the templates break them: before a returned
 * original's marker and each field of a report, after each heading of a recipient list, and before
 * each failed recipient's block (`recipientBlockStarts`). Within a line, a second reply starts a line
 * of its own, as every reply line does in SMTP (RFC 5321 §4.2.1: each line opens with its code): a
 * multi-line reply and a transcript's exchanges come apart again. The readers then find recipients,
 * replies, reports and the returned original where the servers put them. A text of one block and
 * one reply (a reply line, a log line, one recipient's line) stays as it is. `minLength`: the
 * shortest text read as flattened (a rendered paragraph may be a heading and one address).
 */
export function relined(text: string, minLength = minFlattenedLength, underHeading = false): string {
  const trimmed = text.trim();
  if (trimmed.length < minLength || trimmed.length > maxFlattenedLength || trimmed.includes('\n')) return text;
  // A system log writes each event on one line, its reply and the addresses in it included.
  if (isOneLogLine(trimmed)) return text;
  const breaks = new Set<number>();
  for (const match of lineStarts.occurrences(trimmed)) {
    if (match.index === 0 || !/\s/.test(trimmed[match.index - 1]!)) continue;
    // A report field's name starts a line only with the value RFC 3464 gives it: "mailbox status: disabled" is a diagnostic's words.
    if (rfc3464Fields.has(match.text) && !isReportFieldAt(trimmed, match.index)) continue;
    breaks.add(match.index);
  }
  // A banner is a line of its own: it starts one, and what follows it starts the next.
  const bannerEnds = new Map<number, number>();
  for (const match of banners.occurrences(trimmed)) {
    const bannerEnd = match.index + match.text.length;
    if (match.index > 0 && !/\s/.test(trimmed[match.index - 1]!)) continue;
    if (match.index > 0) breaks.add(match.index);
    // Only a banner closed by its run of dashes or stars is its whole line.
    if (bannerEnd < trimmed.length && closesBanner.test(match.text)) breaks.add(bannerEnd);
    bannerEnds.set(match.index, bannerEnd);
  }
  // A telnet client's status line is a line of its own too, the server's greeting or refusal after it.
  for (const match of telnetLines.occurrences(trimmed)) {
    const end = match.index + match.text.length;
    if ((match.index > 0 && !/\s/.test(trimmed[match.index - 1]!)) || (end < trimmed.length && !/\s/.test(trimmed[end]!))) continue;
    if (match.index > 0) breaks.add(match.index);
    if (end < trimmed.length) breaks.add(end);
  }
  const bannerStarts = [...bannerEnds.keys()];
  let bannerCursor = 0;
  // A paragraph under a list's heading (`relinedParagraphs`) opens with its first item.
  const headingEnds: number[] = underHeading ? [0] : [];
  for (const match of anyRecipientHeading.matches(trimmed)) {
    // After the heading's own colon or full stop, when its text ends before them; a heading in a banner ends with the banner.
    let end = match.index + match.text.length;
    while (bannerCursor + 1 < bannerStarts.length && bannerStarts[bannerCursor + 1]! <= match.index) bannerCursor++;
    const bannerStart = bannerStarts[bannerCursor];
    const bannerEnd = bannerStart === undefined || bannerStart > match.index ? undefined : bannerEnds.get(bannerStart)!;
    if (bannerEnd !== undefined && end < bannerEnd) end = bannerEnd;
    while (end < trimmed.length && (trimmed[end] === ':' || trimmed[end] === '.')) end++;
    breaks.add(end);
    headingEnds.push(end);
  }
  // The notice's own text ends at the returned original's first marker; its addresses are no recipients.
  let originalStart = trimmed.length;
  for (let match = originalMarkers.next(trimmed); match !== undefined; match = originalMarkers.next(trimmed, match.index + 1)) {
    if (match.index > 0 && /\s/.test(trimmed[match.index - 1]!)) {
      originalStart = match.index;
      break;
    }
  }
  const notice = trimmed.slice(0, originalStart);
  const replies = findReplyCodes(notice).map((found) => found.index);
  const frames = replyFrames.occurrences(notice);
  // A reply alone on its line after its frame's host ("... after RCPT command: host: mx.example.net 550 ...") starts that line again.
  const hostReplies: number[] = [];
  for (const frame of frames) {
    const frameEnd = frame.index + frame.text.length;
    const tail = hostThenReply.exec(notice.slice(frameEnd, frameEnd + maxHostTail));
    if (tail !== null) hostReplies.push(frameEnd + tail[0].length);
  }
  const known = new Set(replies);
  const newReplies = hostReplies.filter((index) => !known.has(index));
  for (const index of newReplies) breaks.add(index);
  if (newReplies.length > 0) {
    replies.push(...newReplies);
    replies.sort((a, b) => a - b);
  }
  for (const start of recipientBlockStarts(trimmed, originalStart, headingEnds, replies, frames.map((found) => found.index))) if (start > 0) breaks.add(start);
  // Each reply after the first of a line opens a line of its own, and so does one far into its line
  // (a transcript's greeting after the session's first lines, joined): no block frames it there.
  const sorted = [...breaks].sort((a, b) => a - b);
  let lineCursor = 0;
  let lineStart = 0;
  let repliesOnLine = 0;
  for (const index of replies) {
    while (lineCursor < sorted.length && sorted[lineCursor]! <= index) {
      lineStart = sorted[lineCursor++]!;
      repliesOnLine = 0;
    }
    if ((repliesOnLine++ > 0 || index - lineStart > maxFrameDistance) && index > lineStart) {
      // The reply's introduction stays where it ends ("... <<<", MDaemon's "...: <--"): the readers
      // know a reply by the introduction before it across a line end, as a wrapped line leaves it.
      breaks.add(index);
      lineStart = index;
      repliesOnLine = 1;
    }
  }
  // A heading that ends the text breaks no line.
  breaks.delete(trimmed.length);
  if (breaks.size === 0) return text;
  let lined = '';
  let from = 0;
  for (const at of [...breaks].sort((a, b) => a - b)) {
    const line = trimmed.slice(from, at).trim();
    // Breaks with only blanks between them (a heading's end, then its first recipient) make one.
    if (line === '') continue;
    lined += `${line}\n`;
    from = at;
  }
  return lined + trimmed.slice(from).trimStart();
}

/** The longest message whose lost blank lines are restored (a paste is short; a mailbox's file is read as it is). */
const maxRebrokenLength = 1024 * 1024;

/** The boundary a multipart's Content-Type declares (RFC 2046 §5.1.1 allows 70 characters; some writers take more). */
const declaredBoundary = /\bboundary\s*=\s*"?([^"\s;]{1,200})"?/i;

/** A field that a message's source holds and a mail program's display of its fields does not. */
const sourceFieldLine = /^(?:received|return-path|message-id|mime-version|content-type|delivered-to|dkim-signature|x-[a-z0-9-]{1,60})[ \t]*:/i;

/** How many lines below the header's apparent end a field makes that end a lost folding. */
const maxLostFoldingLines = 3;

/** The most multipart boundaries one message's restoring reads: a message nests a few. */
const maxRestoredBoundaries = 16;

/** A MIME part's own header line (RFC 2045 §3: the Content- fields). */
const partHeaderLine = /^content-[a-z-]{1,40}:/i;

/**
 * A raw message whose blank lines a copy dropped (a page that shows a paste's lines as a list):
 * with no blank line under its header, its text runs on into its fields, and a multipart's
 * boundaries and their parts' fields into the text; the MIME parser finds no body. The blank lines
 * go back where RFC 5322 §2.1 and RFC 2046 §5.1.1 put them: under the header's fields, before each
 * boundary line of the multipart the header declares, and under a part's own Content- fields.
 * Undefined when the message kept its header's blank line.
 */
function withPartBreaksRestored(raw: string): string | undefined {
  if (keepsHeaderBreak(raw)) return undefined;
  const lines = unifyLineEnds(raw).split('\n');
  // The header's end: the first line that is no field and no folded line of one (after an mbox's
  // "From " line, which a file cut from a mailbox may keep).
  const headerEnd = lines.findIndex((line, index) => !(index === 0 && line.startsWith('From ')) && !headerLinePattern.test(line) && !/^[ \t]/.test(line));
  if (headerEnd <= 0 || lines[headerEnd] === '') return undefined;
  // A message's source, not a mail program's display of a few of its fields over its text (From,
  // To, Subject: a forward, which reads as text).
  if (!lines.slice(0, headerEnd).some((line) => sourceFieldLine.test(line))) return undefined;
  // That line may be a field's folded line that lost its indentation, no end of the header
  // (`unfoldedHeaderLines` reads such a header): a Received field's next clause ("by
  // mx.example.org", "id ...", "for <...>"), or any line a field follows right below (a folded value
  // runs a line or two; a notice's text opens with sentences). A boundary line ends the header
  // whatever follows it (its part's own fields).
  let fieldAbove = headerEnd - 1;
  while (fieldAbove > 0 && !headerLinePattern.test(lines[fieldAbove]!)) fieldAbove--;
  if (/^received:/i.test(lines[fieldAbove]!) && receivedClauseAt(lines[headerEnd]!, 0, lines[headerEnd]!.length)) return undefined;
  for (let index = headerEnd + 1; !lines[headerEnd]!.startsWith('--') && index < Math.min(lines.length, headerEnd + 1 + maxLostFoldingLines); index++) {
    if (lines[index]!.startsWith('--')) break;
    if (headerLinePattern.test(lines[index]!)) return undefined;
  }
  // The header's multipart boundary, and those a part's own fields declare (a multipart nested in it).
  const boundaries = new Set<string>();
  const declare = (fields: string) => {
    const boundary = declaredBoundary.exec(fields)?.[1];
    if (boundary !== undefined && boundaries.size < maxRestoredBoundaries) boundaries.add(boundary);
  };
  declare(lines.slice(0, headerEnd).join('\n'));
  const out = lines.slice(0, headerEnd);
  out.push('');
  let partFields: string[] | undefined;
  for (const line of lines.slice(headerEnd)) {
    const trimmed = line.trimEnd();
    const boundary = trimmed.startsWith('--') ? trimmed.slice(2).replace(/--$/, '') : undefined;
    if (boundary !== undefined && boundaries.has(boundary)) {
      if (partFields !== undefined) declare(partFields.join('\n'));
      if (out.at(-1) !== '') out.push('');
      out.push(line);
      partFields = trimmed.endsWith('--') && !boundaries.has(trimmed.slice(2)) ? undefined : [];
      continue;
    }
    if (partFields !== undefined) {
      if (partHeaderLine.test(line) || (/^[ \t]/.test(line) && partFields.length > 0)) {
        partFields.push(line);
        out.push(line);
        continue;
      }
      declare(partFields.join('\n'));
      if (line !== '') out.push('');
      partFields = undefined;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Whether a message's header ends with its blank line, read line by line up to there only: most
 * messages keep it, and their text is then neither split nor copied.
 */
function keepsHeaderBreak(raw: string): boolean {
  let start = raw.startsWith('From ') ? raw.indexOf('\n') + 1 : 0;
  for (;;) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const line = raw.slice(start, raw[end - 1] === '\r' ? end - 1 : end);
    if (line === '') return true;
    if (!headerLinePattern.test(line) && !/^[ \t]/.test(line)) return false;
    if (end >= raw.length) return false;
    start = end + 1;
  }
}

/** A single-byte string's bytes (each character one byte, as `singleByte` decoded them). */
function singleByteBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) bytes[index] = text.charCodeAt(index) & 0xff;
  return bytes;
}

/** How much of an input's start is read to tell what kind of input it is. */
const sniffLength = 8192;

/**
 * The first delimiter line of a multipart body (RFC 2046 §5.1.1: "--" and a boundary of 1 to 70
 * characters, which do not end in a space) and the first header field of its part: a message's
 * source copied from below its header ("Show original", a ticket's stored body). Its boundary.
 */
const pastedPartsBoundary = /^--([0-9A-Za-z'()+_,./:=?-](?:[0-9A-Za-z'()+_,./:=? -]{0,68}[0-9A-Za-z'()+_,./:=?-])?)[ \t]*\r?\n(?:content-[a-z-]{1,40}|mime-version)[ \t]*:/i;

/** Reads any input: a raw message, a JSON webhook payload, or text as a person sees it. */
export async function readInput(input: string | Uint8Array): Promise<MessageTexts> {
  return readInputBelowNote(input, true);
}

/**
 * An input whose opening a page or a client changed, mended (`withPlainSpaces`,
 * `withClientLabelsInEnglish`), read from `sniff`, its start as `readInputBelowNote` decoded it
 * (UTF-8's no-break space reads "Â" and one in bytes so decoded); the input itself when nothing is to mend.
 */
function withOpeningMended(input: string | Uint8Array, sniff: string): string | Uint8Array {
  const spaced = sniff.includes(typeof input === 'string' ? '\u00a0' : '\u00c2\u00a0') ? withPlainSpaces(input) : input;
  return opensWithClientLabel(sniff.slice(0, 512)) ? withClientLabelsInEnglish(spaced) ?? spaced : spaced;
}

/**
 * An input whose no-break spaces (U+00A0, UTF-8 C2 A0) are plain spaces: a page puts one wherever
 * a space stood or two spaces did, and a copy of a raw message or of a notice keeps them, where a
 * header field's name and value, a recipient's indentation and a reply's words are parted by
 * spaces. In bytes, only where they are UTF-8: in Windows-1251 the pair is "В" and a no-break space.
 * A text whose UTF-8 was read as Windows-1252 is left as it is: its no-break spaces are bytes of its
 * letters ("à" reads "Ã" and one), which its reading mends (`withoutMojibake`); and one that holds
 * HTML, which keeps them where it collapses spaces.
 */
function withPlainSpaces(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return !input.includes('\u00a0') || keepsNoBreakSpaces(input.slice(0, utf8CheckLength)) ? input : input.replace(/\u00a0/g, ' ');
  const start = utf8Start(input);
  if (start === undefined || !start.includes('\u00a0') || keepsNoBreakSpaces(start)) return input;
  const spaced = new Uint8Array(input.length);
  let length = 0;
  for (let at = 0; at < input.length; at++) {
    if (input[at] === 0xc2 && input[at + 1] === 0xa0) {
      spaced[length++] = 0x20;
      at++;
    } else {
      spaced[length++] = input[at]!;
    }
  }
  return spaced.subarray(0, length);
}

/** An element of HTML that lays out text: where HTML's own white space rules apply. */
const htmlLayoutElement = /<(?:html|body|p|div|br|table|pre|font)\b/i;

/**
 * Whether a text's no-break spaces are to be kept: HTML keeps them where it collapses spaces (a
 * notice's indentation, Exchange 5.5's HTML part), and a text whose UTF-8 was read as Windows-1252
 * spells its letters with them.
 */
function keepsNoBreakSpaces(text: string): boolean {
  return mojibakePair.test(text) || htmlLayoutElement.test(text);
}

/** How much of an input's start is read as UTF-8 for `withPlainSpaces`. */
const utf8CheckLength = 64 * 1024;

/** An input's start read as UTF-8, if it is well-formed UTF-8 (a sequence the check's end cuts counts as such). */
function utf8Start(input: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(input.subarray(0, utf8CheckLength), {stream: true});
  } catch {
    return undefined;
  }
}

/** Each client's header label (`clientHeaderLabels`), lower case: the field it stands for and the languages that write it. */
const clientLabelOf: ReadonlyMap<string, {readonly field: ClientHeaderField; readonly languages: ReadonlySet<string>}> = (() => {
  const labels = new Map<string, {field: ClientHeaderField; languages: Set<string>}>();
  for (const {language, labels: table} of clientHeaderLabels) {
    for (const [label, field] of Object.entries(table)) {
      const known = labels.get(label);
      if (known === undefined) labels.set(label, {field, languages: new Set([language])});
      else known.languages.add(language);
    }
  }
  return labels;
})();

/** A client's header row: its label (up to 30 characters, spaces inside allowed), a space or a no-break space before the colon allowed, a colon, its value. */
const clientHeaderRow = /^([^\s:][^:\n]{0,29}?)[ \t\u00a0]?:[ \t\u00a0]?(.*)$/;

/** A line a client writes above the header it quotes: a rule of underscores, or dashes around words ("-----Ursprüngliche Nachricht-----"). */
const quotedHeaderIntro = /^[ \t]*(?:_{8,}|-{3,}[^\n]{1,60}-{3,})[ \t]*$/;

/**
 * Whether a text's first line (after blank lines and a client's intro line) could open a client's
 * header block: it holds a colon, and what stands before it is no ASCII field name, or is one of the
 * client labels (a label beyond ASCII, read here byte by byte, passes for the reading in full).
 */
function opensWithClientLabel(start: string): boolean {
  const lines = start.replace(/^\s+/, '').split(/\r?\n|\r/, 2);
  const row = clientHeaderRow.exec((quotedHeaderIntro.test(lines[0] ?? '') ? lines[1] : lines[0]) ?? '');
  if (row === null) return false;
  const label = row[1]!.trim().toLowerCase();
  // eslint-disable-next-line no-control-regex -- the test is for ASCII itself
  return /[^\x00-\x7f]/.test(label) || clientLabelOf.has(label);
}

/** The fewest rows of a client's header block read as one: a sender, a subject and one more. */
const minClientHeaderRows = 3;

/** The most rows of a client's header block. */
const maxClientHeaderRows = 10;

/**
 * A text that opens with a mail client's header block in another language than English (Outlook's
 * "Von:" / "Gesendet:" / "An:" / "Betreff:" over a forwarded notice; Gmail's forward, whose sender
 * alone is named in the user's language), with the block's labels put in English: the block is then
 * read as the pasted message's header, as an English one is. The block must name its sender and
 * subject, and its labels be of one language (English ones besides); the first line that is no row
 * of it ends it. Undefined when the text opens with none.
 */
function withClientLabelsInEnglish(input: string | Uint8Array): string | undefined {
  const head = typeof input === 'string' ? input.slice(0, 4096) : new TextDecoder().decode(input.subarray(0, 4096));
  const lines = unifyLineEnds(head).split('\n', maxClientHeaderRows + 4);
  let at = 0;
  while (at < lines.length && lines[at]!.trim() === '') at++;
  if (at < lines.length && quotedHeaderIntro.test(lines[at]!)) at++;
  const first = at;
  // The languages every row so far is written in (English rows fit any), and the field each row names.
  let languages: Set<string> | undefined;
  let translated = false;
  const fields: ClientHeaderField[] = [];
  for (; at < lines.length && at - first < maxClientHeaderRows; at++) {
    const row = clientHeaderRow.exec(lines[at]!);
    const known = row === null ? undefined : clientLabelOf.get(row[1]!.trim().toLowerCase());
    if (known === undefined) break;
    if (!known.languages.has('en')) {
      const common: Set<string> = languages === undefined ? new Set(known.languages) : new Set([...languages].filter((language) => known.languages.has(language)));
      if (common.size === 0) break;
      languages = common;
      translated = true;
    }
    fields.push(known.field);
  }
  if (!translated || at >= lines.length || fields.length < minClientHeaderRows || !fields.includes('from') || !fields.includes('subject')) return undefined;
  // The rows' values from the whole text: the start read above may have cut a long one (a To of many addresses).
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const all = unifyLineEnds(text).split('\n');
  fields.forEach((field, index) => {
    all[first + index] = `${englishLabels[field]}: ${clientHeaderRow.exec(all[first + index]!)![2]}`;
  });
  // A copy that lost the blank line under the block (a web page's rows run on into the text) has it back.
  if (all[at]!.trim() !== '') all.splice(at, 0, '');
  return all.slice(first).join('\n');
}

/** Whole blank lines at a text's start (spaces and tabs allowed on them), with their line ends. */
const leadingBlankLines = /^(?:[ \t]*\r?\n)+/;

/**
 * `readInput`, with a message below a person's note looked for only when `noteRead` (once: what
 * lies below the note is read without looking for another, so a crafted text of many notes costs
 * one more reading, not one per note).
 */
async function readInputBelowNote(input: string | Uint8Array, noteRead: boolean): Promise<MessageTexts> {
  // Most inputs are no longer than the sniffed start: decoded whole once, they are not decoded
  // again if they turn out to be a raw message.
  const whole = typeof input === 'string' ? input : input.length <= sniffLength ? singleByte.decode(input) : undefined;
  const sniff = whole === undefined ? singleByte.decode((input as Uint8Array).subarray(0, sniffLength)) : whole.slice(0, sniffLength);
  // Read once, as the reading's first step: what a page or a client did to the opening, undone.
  if (noteRead) {
    const mended = withOpeningMended(input, sniff);
    if (mended !== input) return readInputBelowNote(mended, true);
  }
  const start = sniff.trimStart();
  // A raw message a copy left below a blank line or two (a selection started above it): the message
  // begins with its first header field (RFC 5322 §2.1), so the lines above it are no part of it,
  // and a parser would read them as its header's end.
  const blankLines = leadingBlankLines.exec(sniff)?.[0].length ?? 0;
  if (blankLines > 0 && (headerLinePattern.test(start) || start.startsWith('From ')) && looksLikeRawMessage(unifyLineEnds(start))) {
    return readInputBelowNote(typeof input === 'string' ? input.slice(blankLines) : input.subarray(blankLines), noteRead);
  }
  // Webhook payloads are small; a larger bracketed text is read as text, never parsed as JSON.
  if ((start.startsWith('{') || start.startsWith('[') || jsonMemberStart.test(start)) && input.length <= maxJsonLength) {
    const text = unifyLineEnds(typeof input === 'string' ? input : new TextDecoder().decode(input));
    const json = parseJsonText(text);
    if (json !== undefined) return jsonTexts(json);
    // A payload a language printed as its own literal (Python's repr of a dict: "{u'mail': ...}"):
    // read before the text's long line is relined.
    const printed = wholePrintedPayload(text);
    if (printed !== undefined && printed !== null && typeof printed === 'object') return jsonTexts(printed);
  }
  // A webhook's form-encoded body, as a request log keeps it (Mandrill posts "mandrill_events=" and
  // its events as URL-encoded JSON).
  if (formBodyStart.test(start) && input.length <= maxJsonLength) {
    const json = formEncodedJson(typeof input === 'string' ? input : new TextDecoder().decode(input));
    if (json !== undefined) return jsonTexts(json);
  }
  // Single-byte decoding keeps every 8-bit byte a non-ASCII character, so the plain reading sees
  // that a charset is needed, and the MIME parser's bounding reads the same characters. Decoded once.
  let raw: string | undefined;
  const rawOf = () => (raw ??= whole ?? singleByte.decode(input as Uint8Array));
  // A multipart body copied from its first delimiter on, the message's header left out: read as the
  // multipart message it is, under a header that names its boundary.
  const boundary = noteRead ? pastedPartsBoundary.exec(start)?.[1] : undefined;
  if (boundary !== undefined) {
    const header = `MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n`;
    const body = rawOf().slice(sniff.length - start.length);
    const read = await readMessage(typeof input === 'string' ? header + body : singleByteBytes(header + body), header + body);
    if (read !== undefined) return read;
  }
  // A paste whose every line a page numbered or made a list's item (a raw message copied from a
  // paste site's view) is read without the marks, once.
  if (noteRead && input.length <= maxMarkedLength && /^[ \t]*(?:\d|[-*\u2022][ \t])/.test(start)) {
    const unified = unifyLineEnds(rawOf());
    const unmarked = withoutLineMarks(unified);
    if (unmarked !== unified) return readInputBelowNote(typeof input === 'string' ? unmarked : singleByteBytes(unmarked), false);
  }
  // A raw message quoted in a reply or a forward ("> " on its lines) is read unquoted, once, as a
  // message: quoted, its header block is no header block. A quoted text stays text (`readText`
  // takes the quote off too).
  if (noteRead && input.length <= maxMarkedLength && start.startsWith('>')) {
    const unified = unifyLineEnds(rawOf());
    // A client's header block in the user's language, quoted, is read in English as unquoted (`readInput`).
    const unquoted = unquoteReply(unified);
    const relabelled = unquoted === unified ? unquoted : withClientLabelsInEnglish(typeof input === 'string' ? unquoted : new TextDecoder().decode(singleByteBytes(unquoted))) ?? unquoted;
    // A quoted message whose copy also lost its header's blank line is one too (`withPartBreaksRestored`).
    const opening = relabelled.trimStart();
    if (unquoted !== unified && (looksLikeRawMessage(opening.slice(0, sniffLength))
      || (headerLinePattern.test(opening) && looksLikeRawMessage((withPartBreaksRestored(opening) ?? '').slice(0, sniffLength))))) {
      return readInputBelowNote(relabelled === unquoted ? (typeof input === 'string' ? unquoted : singleByteBytes(unquoted)) : relabelled, false);
    }
  }
  // A message whose blank lines a copy dropped has them back first (`withPartBreaksRestored`).
  const rebroken = input.length <= maxRebrokenLength && (headerLinePattern.test(start) || start.startsWith('From ')) ? withPartBreaksRestored(rawOf()) : undefined;
  if (rebroken !== undefined && looksLikeRawMessage(rebroken.slice(0, sniffLength))) {
    const read = await readMessage(typeof input === 'string' ? rebroken : singleByteBytes(rebroken), rebroken);
    if (read !== undefined) return read;
  }
  if (looksLikeRawMessage(unifyLineEnds(start))) {
    const read = await readMessage(input, rawOf());
    if (read !== undefined) return read;
  } else if (headerLinePattern.test(sniff)) {
    // A header block pasted with its folded lines' indentation lost (a page that drops a line's
    // leading spaces, a test's copy of a message) is read as the message it is, its folding
    // restored. Only a text that opens with a field is looked at for it: any other is read as text below.
    const restored = typeof input === 'string' ? stringWithFoldingRestored(input) : bytesWithFoldingRestored(input);
    if (restored !== undefined) {
      const read = await readMessage(restored.input, restored.raw);
      if (read !== undefined) return read;
    }
  }
  // A raw message pasted below a few lines of a person's own words ("Here is the bounce:"): the
  // message from its first header line on, the note left out.
  const below = noteRead ? messageStartBelowNote(sniff) : undefined;
  if (below !== undefined) {
    // Read as any input is, so that a message whose copy lost its blank lines or folding is mended.
    const read = await readInputBelowNote(typeof input === 'string' ? input.slice(below) : input.subarray(below), false);
    if (read.format === 'raw-message') return read;
  }
  return readText(typeof input === 'string' ? input : new TextDecoder().decode(input));
}

/**
 * The fields that only a message's own header block holds: what its transport writes (Return-Path
 * and Received, RFC 5321 §4.4; the local delivery's Delivered-To, Envelope-to, X-Original-To) and
 * its MIME fields (RFC 2045 §4, §5). A forward's or a webmail's header block (From, Date, Subject,
 * To, Cc) shows none of them.
 */
const messageOnlyField = /^(?:return-path|received|delivered-to|envelope-to|x-original-to|mime-version|content-type)[ \t]*:/im;

/** The most lines of a header block read below a note for a field only a message holds. */
const maxNoteHeaderLines = 60;

/** The most lines of a person's note read above a pasted message. */
const maxNoteLines = 6;

/**
 * Where pasted text's own start stands below a short note of a person's (at most `maxNoteLines`
 * lines, then a blank line): the first line after the blank, when `opens` says that line opens
 * what was pasted. Offsets count code units of `text`, which are the input's bytes when it was
 * decoded one character per byte.
 */
function startBelowNote(text: string, opens: (line: string) => boolean = () => true): number | undefined {
  let at = 0;
  let blankSeen = false;
  for (let line = 0; line <= maxNoteLines + 1 && at < text.length; line++) {
    const end = text.indexOf('\n', at);
    const current = text.slice(at, end < 0 ? text.length : end).replace(/\r$/, '');
    if (current.trim() === '') {
      if (line > 0) blankSeen = true;
    } else if (blankSeen) {
      return opens(current) ? at : undefined;
    } else if (line >= maxNoteLines) {
      return undefined;
    }
    if (end < 0) return undefined;
    at = end + 1;
  }
  return undefined;
}

/**
 * The first line below a person's short note ("Why do I get this?", a blank line, then what was
 * pasted), or undefined when the text opens with no such note.
 */
export function firstLineBelowNote(text: string): string | undefined {
  const start = startBelowNote(text);
  if (start === undefined) return undefined;
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? undefined : end);
}

/** The longest line that heads what is pasted right below it ("Here is the bounce:"). */
const maxPasteHeadingLength = 80;

/**
 * Where pasted text's own start stands right below a person's one-line heading that ends in a
 * colon and names no header field ("Here is the bounce:", "Message RFC822:"), no blank line
 * between: the line below, when `opens` says that line opens what was pasted.
 */
function startBelowHeading(text: string, opens: (line: string) => boolean): number | undefined {
  const first = text.length - text.trimStart().length;
  const end = text.indexOf('\n', first);
  if (end < 0) return undefined;
  const heading = text.slice(first, end).trimEnd();
  if (heading.length > maxPasteHeadingLength || !heading.endsWith(':') || headerLinePattern.test(heading)) return undefined;
  const nextEnd = text.indexOf('\n', end + 1);
  return opens(text.slice(end + 1, nextEnd < 0 ? undefined : nextEnd).replace(/\r$/, '')) ? end + 1 : undefined;
}

/**
 * Where a raw message may start below a note: at a header block (or an mbox "From " line) that
 * holds a field only a message's own header holds (`messageOnlyField`). Whether the rest is a
 * message, its folding or blank lines mended if a copy lost them, is for `readInput` to tell.
 */
function messageStartBelowNote(sniff: string): number | undefined {
  const opensMessage = (line: string) => headerLinePattern.test(line) || /^from \S/i.test(line);
  const start = startBelowNote(sniff, opensMessage) ?? startBelowHeading(sniff, opensMessage);
  // A header block that a mail server's own marker opens, or that one stands above, is the message a
  // notice returns: the lines above it are that notice's (Zoho Mail's "Received:from mail.zoho.com
  // by mx.zohomail.com" opens the returned header under its recipients' lines).
  if (start === undefined || cutAtMarker(sniff).length <= start) return undefined;
  const block = sniff.slice(start).split('\n', maxNoteHeaderLines);
  const end = block.findIndex((line) => line.trim() === '');
  return messageOnlyField.test((end < 0 ? block : block.slice(0, end)).join('\n')) ? start : undefined;
}

/** A raw message read plainly or through the MIME parser; undefined when it is too damaged to parse. */
async function readMessage(input: string | Uint8Array, raw: string): Promise<MessageTexts | undefined> {
  const plain = readPlainMessage(input, raw);
  if (plain) return plain;
  try {
    return await readRawMessage(input, raw);
  } catch {
    // A damaged message still has readable text: it is read as text.
    return undefined;
  }
}

/**
 * The lines of `text`'s header block whose folding was lost, by their index: each line of the block
 * that opens with neither a field's name nor white space, and goes on with the field above (a
 * Received field's next clause, a list after a comma or a semicolon: "X-Failed-Recipients: a@x," /
 * "b@y", or any line that more fields follow: "Received-SPF: pass (... designates" / "192.0.2.1 as
 * permitted sender)"). None when the block holds any other line (a letter under a forward's fields,
 * no field below it, is no folded line). `text`'s line ends are LF.
 */
function unfoldedHeaderLines(text: string): number[] {
  const blockEnd = text.indexOf('\n\n');
  const lines = text.slice(0, blockEnd < 0 ? text.length : blockEnd).split('\n', maxFoldedHeaderLines + 1);
  if (lines.length > maxFoldedHeaderLines || !headerLinePattern.test(lines[0]!)) return [];
  // A line between two fields belongs to the one above: a header block holds nothing else.
  let lastField = 0;
  for (let index = lines.length - 1; index > 0 && lastField === 0; index--) if (headerLinePattern.test(lines[index]!)) lastField = index;
  let field = '';
  const unfolded: number[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '' || /^[ \t]/.test(line)) continue;
    const name = headerLinePattern.exec(line);
    if (name !== null) {
      field = name[0].toLowerCase();
      continue;
    }
    if (index > lastField && !(field === 'received:' && receivedClauseAt(line, 0, line.length)) && !/[,;][ \t]*$/.test(lines[index - 1]!)) return [];
    unfolded.push(index);
  }
  // A notice's own fixed line is its text, never a field's folded value: a mail program's copy of
  // the fields above a notice, no blank line below them, and a report's fields further on
  // ("Reporting-MTA:", "Status:") is no header block.
  if (unfolded.length > 0 && hasBodyMarker(normalizeForMatch(unfolded.map((index) => lines[index]).join('\n')))) return [];
  return unfolded;
}

/**
 * Where the lines `unfoldedHeaderLines` found start in `text`, whatever its line ends: a space put
 * there indents each again, as RFC 5322 §2.2.3 folds a field. Decoded one character per byte,
 * `text`'s offsets are its bytes' offsets.
 */
function lineStartsOf(text: string, lineIndexes: readonly number[]): number[] {
  const wanted = new Set(lineIndexes);
  const lineEnd = /\r\n?|\n/g;
  const starts: number[] = [];
  for (let index = 1; wanted.size > 0; index++) {
    const end = lineEnd.exec(text);
    if (end === null) break;
    if (wanted.delete(index)) starts.push(end.index + end[0].length);
  }
  return starts;
}

/** A text whose header block's folding was restored, when it then reads as a raw message. */
function stringWithFoldingRestored(input: string): {input: string; raw: string} | undefined {
  const text = unifyLineEnds(input);
  const unfolded = unfoldedHeaderLines(text);
  if (unfolded.length === 0) return undefined;
  let restored = '';
  let from = 0;
  for (const start of lineStartsOf(text, unfolded)) {
    restored += `${text.slice(from, start)} `;
    from = start;
  }
  restored += text.slice(from);
  return looksLikeRawMessage(restored) ? {input: restored, raw: restored} : undefined;
}

/** How far into a message its header block's end is looked for. */
const maxMendedBlockLength = 64 * 1024;

/**
 * The same for a file's bytes: only the header block is mended, with a space byte before each
 * unfolded line, so every other byte (raw 8-bit text in a field, the body) reaches the MIME parser as it was.
 */
function bytesWithFoldingRestored(input: Uint8Array): {input: Uint8Array; raw: string} | undefined {
  // One character per byte: an offset into `head` is an offset into `input`.
  const head = singleByte.decode(input.subarray(0, maxMendedBlockLength));
  const blank = /\r?\n\r?\n|\r\r/.exec(head);
  const block = head.slice(0, blank === null ? head.length : blank.index);
  const unfolded = unfoldedHeaderLines(unifyLineEnds(block));
  if (unfolded.length === 0) return undefined;
  const starts = lineStartsOf(block, unfolded);
  const mended = new Uint8Array(input.length + starts.length);
  let at = 0;
  let from = 0;
  for (const start of starts) {
    mended.set(input.subarray(from, start), at);
    at += start - from;
    mended[at++] = 0x20;
    from = start;
  }
  mended.set(input.subarray(from), at);
  const raw = singleByte.decode(mended);
  return looksLikeRawMessage(`${unifyLineEnds(raw.slice(0, block.length + starts.length))}\n\n`) ? {input: mended, raw} : undefined;
}

/** The most lines of a header block whose folding is restored: a notice's header is a few dozen. */
const maxFoldedHeaderLines = 400;
