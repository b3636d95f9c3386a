import {jsonrepair} from 'jsonrepair';
import {acceptsAddress, classify, type FailureRecord, loginReplyCodes, namesFailureCause, quotesProviderReply, withMailboxOwner} from './classify.ts';
import {readDeliveryStatus, type DeliveryStatusRecord, withoutReturnedParts} from './delivery-status.ts';
import {decapsulated, findAddresses, isGreetingLine} from './find-addresses.ts';
import {findReplyCodes, findStatusCodes, introductionBefore, isLabelledReply, lastAttemptIn, opensWithExpiry} from './find-codes.ts';
import {cutAtMarker, cutOriginalMessage, findCommand, findFailures, type FailureBlock, isSessionTranscript, labelledNoRecipient, opensWithGreeting, queueListingLine, sessionSendsData} from './find-failures.ts';
import {firstLineBelowNote, isDeliveryReportType, maxInputLength, maxSubjectLineLength, readByteOrderMark, readInput, readText, type MessageTexts, parseJsonText, unquoteReply, withoutMailtoTargets} from './read-input.ts';
import {printedPayload} from './read-dump.ts';
import {readTable} from './read-table.ts';
import {isObject, readWebhook} from './read-webhook.ts';
import {autoReplyBodyPhrases, autoReplyHeaderFields, autoReplySubjectOpenings, autoReplySubjects, challengeRequestHeaders, challengeRequestPhrases, challengeRequestSubjects, delaySubjects} from '../rules/auto-replies.ts';
import {mailboxReasons} from '../rules/index.ts';
import {deliveredDispositions, displayedReceiptSentences} from '../rules/message-dispositions.ts';
import {feedbackLoopHeaders, feedbackReportOpening, feedbackReportSentences, feedbackTypeWords, feedbackTypesWithoutComplaint, messageHeaderNames, mimePreambles, unsubscribeRequestSentences} from '../rules/message-headers.ts';
import {noticeSenders, noticeSubjects} from '../rules/notice-signals.ts';
import {recipientTags, x500AddressPrefixes} from '../rules/recipient-phrases.ts';
import {replyCodes} from '../rules/reply-codes.ts';
import {clientErrorsSharedWithHttp, codesSharedWithHttp} from '../rules/session-transcripts.ts';
import type {ReasonId} from '../rules/types.ts';
import {escapeRegExp, foldTypography, LiteralSet, normalizeForMatch} from './match-text.ts';
import {hasBodyMarker, hasNoticeWords, holdsLoggedVerdict, loggedOutcome, ownErrorIn, queuedAttemptFrames, quotesImpliedReply, quotesPermanenceClause, saysDelivered, statesUndelivered, type TemplatePermanence, templateFileLines, templateReplyIntroductions, templateReplyPairSeparators, templateStage, templateSubjects, templateWords, unescapeLogLines} from './templates.ts';
import type {DecodeResult, MessageKind, RecipientDiagnosis} from './types.ts';

/**
 * A failure's reply or enhanced code anywhere in a diagnostic, standing apart from words, paths and
 * addresses as `findStatusCodes` reads one: "D4.2.1" (a document's number) or "v5.1.1" is none, nor
 * a process's id in a syslog line's "postfix/smtp[543]:", nor a port after its host ("server=smtp.example.net:587"),
 * nor a group of a telephone number written in the international notation of ITU-T E.123 ("+49 571
 * 3981586-0" in a signature: the group after the country code, or one another long group follows),
 * nor a program's version its name is joined to by a hyphen ("milter-greylist-4.3.7", as `findStatusCodes` reads it).
 */
const failureCode = /(?<![\w.])(?<!\w\[)(?<![\w\]]:)(?<!\+\d{1,3}[ \t-])[45]\d\d(?![\w.])(?![ \t-]\d{4})|(?<![\w.@/])(?<![A-Za-z]-)[45]\.\d{1,3}\.\d{1,3}(?![\d@/]|\.\d)/;

const autoReplyWords = autoReplySubjects.map((subject) => subject.text);

/**
 * Whether a subject (or a pasted text's first line), lower-cased, is an automatic reply's: its
 * words anywhere, or an opening of `autoReplySubjectOpenings` at its start, with one of the words
 * that must follow within the characters the row allows.
 */
function saysAutoReply(subject: string): boolean {
  if (autoReplyWords.some((word) => subject.includes(word))) return true;
  const start = subject.trimStart().slice(0, 200);
  return autoReplySubjectOpenings.some((opening) => start.startsWith(opening.start) && !/[a-z]/.test(start.charAt(opening.start.length)) && (opening.then === undefined
    || opening.then.some((word) => start.slice(opening.start.length, opening.start.length + (opening.within ?? 0) + word.length + 1).includes(` ${word}`))));
}
const challengeWords = new LiteralSet(challengeRequestPhrases.map((phrase) => phrase.text));
const challengeSubjects = challengeRequestSubjects.map((subject) => subject.text);
const challengeHeaders = challengeRequestHeaders.map((header) => header.text);

/**
 * The words of a challenge-response request, if the message is one: the recipient's filter holds
 * the message until the sender confirms (not a bounce). A server's reply with a failure code in it
 * (`blocks`) makes it a bounce that happens to use such words; a code elsewhere (the sender's own
 * subject, quoted) does not.
 */
function challengeRequest(texts: MessageTexts, bodyWords: string, blocks: readonly FailureBlock[]): string | undefined {
  if (texts.format === 'json' || blocks.some((block) => failureCode.test(block.diagnostic))) return undefined;
  const subject = (texts.subject ?? '').toLowerCase();
  const headers = texts.autoReplyHeaders.map((header) => header.toLowerCase());
  return challengeWords.first(bodyWords)?.text ?? challengeSubjects.find((text) => subject.includes(text))
    ?? challengeHeaders.find((text) => headers.some((header) => header.startsWith(text)));
}

/** The record of a challenge-response request (`challengeRequest`): an automatic reply, its words the diagnostic. */
function challengeRecords(texts: MessageTexts, bodyWords: string, blocks: readonly FailureBlock[]): FoundRecords | undefined {
  const challenge = challengeRequest(texts, bodyWords, blocks);
  return challenge === undefined ? undefined : {records: [{diagnostic: challenge, knownReason: 'vacation'}]};
}
const delayWords = delaySubjects.map((subject) => subject.text);

/** Whether a notice's subject speaks of a delay ("Delayed Mail", "Warning: could not send ..."). */
function subjectSaysDelay(subject: string | undefined): boolean {
  const words = (subject ?? '').toLowerCase();
  return delayWords.some((word) => words.includes(word));
}

/** The delay subjects that say so alone, words no ordinary subject holds. */
const decisiveDelayWords = delaySubjects.filter((subject) => subject.ordinary !== true).map((subject) => subject.text);

/**
 * What a delay warning's subject says of its failures when its text says nothing ("deferral
 * notice", "Warning: could not send message for past 4 hours"): they are still being retried.
 */
function subjectPermanence(subject: string | undefined): TemplatePermanence | undefined {
  const words = (subject ?? '').toLowerCase();
  const text = decisiveDelayWords.find((word) => words.includes(word));
  return text === undefined ? undefined : {permanent: false, text};
}

/** How much of a notice's text is read for its template's words. */
const maxTemplateLength = 4 * 1024;

/** How much of a notice's human-readable part stands as the context of a report, or of a notice in prose, that quotes no reply. */
const maxNoticeContext = 20_000;

/** At most this many recipients are diagnosed (a notice to a large list still fits). */
const maxRecipients = 1000;

/** The text blocks by the recipient they name (lower case), the first block of each. */
function blocksByRecipient(blocks: readonly FailureBlock[]): ReadonlyMap<string, FailureBlock> {
  const byRecipient = new Map<string, FailureBlock>();
  for (const block of blocks) {
    const key = block.recipient?.toLowerCase();
    if (key !== undefined && !byRecipient.has(key)) byRecipient.set(key, block);
  }
  return byRecipient;
}

/** True when `text` is one whole Internet mail address (`local@domain.tld`), nothing around it. */
function isInternetAddress(text: string): boolean {
  return findAddresses(text, 1)[0]?.address === text;
}

/** No Original-Recipient expanded: the default of `addressTheSenderGave`, made once. */
const noOriginals: ReadonlySet<string> = new Set();

/**
 * The recipient a report's record names, as the sender wrote it. Original-Recipient is the address
 * the sender gave; Final-Recipient is what forwarding, aliases or a source route made of it on the
 * way (RFC 3464 2.3.1, 2.3.2), so the original wins when it is an Internet address: it is the one
 * in the sender's list, the one to stop mailing. Otherwise the Final-Recipient, of whatever type
 * ("LOCAL;bob"), is what the report says.
 */
function addressTheSenderGave(record: DeliveryStatusRecord, expanded: ReadonlySet<string> = noOriginals): string | undefined {
  // An original that several records share with other final recipients was a list or an alias,
  // expanded on the way: each failure is its final recipient's, and the original still receives.
  const original = record.originalRecipient !== undefined && expanded.has(record.originalRecipient.toLowerCase()) ? undefined : record.originalRecipient;
  // An address of a test domain ("f.b@a.b.c") is still more of one than a local name ("LOCAL;f.b").
  const wins = original !== undefined && (isInternetAddress(original) || (original.includes('@') && record.recipient?.includes('@') !== true));
  const address = (wins ? original : undefined) ?? record.recipient ?? original;
  return address === undefined ? undefined : decapsulated(address);
}

/** The addresses a report's record names, final, original, then the one that had the problem (X-Actual-Recipient), as the text's blocks are keyed (lower case, decapsulated). */
function reportedAddressKeys(record: DeliveryStatusRecord): string[] {
  return [record.recipient, record.originalRecipient, record.actualRecipient].filter((address): address is string => address !== undefined)
    .map((address) => decapsulated(address.toLowerCase()));
}

/**
 * Whether a report's address that has no domain ("Final-Recipient: rfc822; vivian", a local name or a
 * field a paste cut short) is the start of a text's address ("viviana@example.org"): both name the
 * one recipient.
 */
function completes(listed: string | undefined, reported: string | undefined): listed is string {
  return listed !== undefined && reported !== undefined && reported !== '' && !reported.includes('@')
    && listed.toLowerCase().startsWith(reported.toLowerCase());
}

/** A report's address, or the text block's it was joined with when that one `completes` it. */
function completedAddress(reported: string | undefined, listed: string | undefined): string | undefined {
  return completes(listed, reported) ? listed : reported ?? listed;
}

/** The one block whose address a report's address without a domain starts (`completes`), if one alone does. */
function onlyBlockStartingWith(blocks: readonly FailureBlock[], reported: string | undefined): FailureBlock | undefined {
  const starting = blocks.filter((block) => completes(block.recipient, reported));
  return starting.length === 1 ? starting[0] : undefined;
}

/**
 * The Original-Recipients that a report gives two or more different Final-Recipients: addresses a
 * list or an alias expanded (RFC 3464 §2.3.1: the original as the sender gave it, §2.3.2 each
 * final recipient the failure concerns), lower case.
 */
function expandedOriginals(records: readonly DeliveryStatusRecord[]): Set<string> {
  const finals = new Map<string, Set<string>>();
  for (const record of records) {
    if (record.originalRecipient === undefined || record.recipient === undefined) continue;
    const original = record.originalRecipient.toLowerCase();
    const set = finals.get(original) ?? new Set();
    set.add(record.recipient.toLowerCase());
    finals.set(original, set);
  }
  return new Set([...finals].filter(([, set]) => set.size > 1).map(([original]) => original));
}

/** Joins a delivery-status record with the text block that names the same recipient. */
function fromReport(record: DeliveryStatusRecord, blocks: readonly FailureBlock[], byRecipient: ReadonlyMap<string, FailureBlock>, expanded?: ReadonlySet<string>): FailureRecord {
  const block = reportedAddressKeys(record).map((key) => byRecipient.get(key)).find((found) => found !== undefined)
    ?? (blocks.length === 1 ? blocks[0] : onlyBlockStartingWith(blocks, record.recipient));
  const reported = record.diagnosticRaw && record.diagnostic && record.diagnostic.replace(/^[\w-]+;\s*/, '').trim() !== '' ? record.diagnosticRaw : undefined;
  // A report's expiry or delay that quotes no attempt (Exchange's "400 4.4.7 Message delayed" for
  // every recipient) yields to the text's block when that quotes the remote server's last reply.
  const blockSaysMore = reported !== undefined && block !== undefined && opensWithExpiry(reported) && lastAttemptIn(reported) === undefined
    && lastAttemptIn(block.diagnostic) !== undefined;
  const diagnostic = reported !== undefined && !blockSaysMore ? reported : block?.diagnostic ?? record.diagnosticRaw ?? '';
  return {
    recipient: completedAddress(addressTheSenderGave(record, expanded), block?.recipient),
    diagnostic,
    context: block ? block.text : undefined,
    reportedStatus: record.status,
    action: record.action,
    remoteHost: record.remoteMta ?? block?.remoteHost,
    // The reply's own words may name the stage ("... (in reply to end of DATA command)") where the
    // text part does not.
    command: block?.command ?? (reported === undefined ? undefined : findCommand(reported)),
  };
}

function fromBlock(block: FailureBlock, standalone: boolean): FailureRecord {
  return {
    standalone,
    recipient: block.recipient,
    diagnostic: block.diagnostic,
    context: block.text,
    reportedStatus: block.status,
    ...(block.statusFrom === undefined ? {} : {reportedStatusFrom: block.statusFrom}),
    remoteHost: block.remoteHost,
    command: block.command,
    // The class of the code the sending server gives its own error says whether it retries.
    ...(block.ownError === undefined ? {} : {ownPermanence: {permanent: block.ownError.status.startsWith('5'), text: block.ownError.text, stated: true as const}}),
  };
}

/** Whether a recipient's block is its address line alone, with at most a list's marks around it ("-> bob@example.org"). */
function namesOnlyItsAddress(block: FailureBlock): boolean {
  if (block.hasReply || block.status !== undefined || block.recipient === undefined) return false;
  const line = block.text.trim();
  if (line.includes('\n') || line.length > 600) return false;
  return line.toLowerCase().replace(block.recipient, '').replace(/[\s<>()"'*+\u2022-]/g, '') === '';
}

/** The failure records a notice holds, and the feedback type of its complaints. */
interface FoundRecords {
  readonly records: FailureRecord[];
  readonly feedbackType?: string;
  /**
   * The records are a service's events (a webhook payload, posted or inside a text): each names
   * its recipient and says what happened, so the text's template words say nothing of them.
   */
  readonly fromEvents?: boolean;
}

/**
 * The records of a notice whose text names no recipient in a form we know, given the recipients
 * its header lists (Exim's X-Failed-Recipients): each of them, with what the text says.
 */
function withHeaderRecipients(found: FoundRecords, listed: readonly string[] | undefined): FoundRecords {
  if (listed === undefined) return found;
  // A notice whose text was cut off, or never pasted (its header block alone): the header's list
  // is all it says.
  if (found.records.length === 0) return {...found, records: listed.map((recipient) => ({recipient, diagnostic: ''}))};
  const [record] = found.records;
  if (found.records.length === 1 && record!.recipient === undefined && record!.knownReason === undefined) {
    return {...found, records: listed.map((recipient) => ({...record!, recipient}))};
  }
  // Pasted, the field's folded lines are addresses on lines of their own, which the text reads as a
  // list: the field names them all, the first on its own line too.
  const named = new Map(found.records.map((each) => [each.recipient, each]));
  if (found.records.some((each) => each.knownReason !== undefined || each.recipient === undefined || !listed.includes(each.recipient) || failureCode.test(each.diagnostic))) return found;
  return {...found, records: listed.map((recipient) => named.get(recipient) ?? {...found.records.at(-1)!, recipient})};
}

/** The To and Cc fields of a header block, with their folded lines. */
const recipientFieldLines = /^(?:to|cc)[ \t]*:(.*(?:\n[ \t].*){0,20})/gim;

/** The addresses the returned original was sent to: the To and Cc of its header block, lower case. */
function returnedRecipients(texts: MessageTexts): string[] {
  const notice = cutOriginalMessage(texts.body);
  return [texts.attachedHeaders?.() ?? '', texts.body.slice(notice.length, notice.length + 16 * 1024)].flatMap((block) => fieldAddresses(block, recipientFieldLines));
}

/** The From field of a header block, with its folded lines. */
const senderFieldLines = /^from[ \t]*:(.*(?:\n[ \t].*){0,20})/gim;

/**
 * The records of a notice that names no recipient, neither in its text nor in its header, given
 * the one address the message it returns was sent to: a server returns the message it could not
 * deliver (RFC 5321 §6.1; RFC 3461 §4.3: whole or its header, as the sender asked), so the one
 * addressee of that copy is the one it failed. The copy's own sender is none (a sender copying
 * itself), and a copy addressed to several leaves the notice's record as it was: which of them
 * failed, it does not say.
 */
function withReturnedRecipient(found: FoundRecords, texts: MessageTexts): FoundRecords {
  if (found.fromEvents || found.records.length !== 1) return found;
  const [record] = found.records;
  // Only a copy the notice attaches as a message of its own: in text, the header block after a
  // marker may be a forward's, whose To is the notice's reader.
  const attached = texts.attachedHeaders?.();
  if (record!.recipient !== undefined || record!.knownReason !== undefined || attached === undefined) return found;
  const returned = [...new Set(fieldAddresses(attached, recipientFieldLines))];
  if (returned.length === 0 || returned.length > 2) return found;
  const senders = new Set(fieldAddresses(attached, senderFieldLines));
  const addressees = returned.filter((address) => !senders.has(address));
  return addressees.length === 1 ? {...found, records: [{...record!, recipient: addressees[0]}]} : found;
}

/** A field of the summary a notice gives of the message it could not deliver: "To: bob@example.org". */
const summaryField = /^[ \t]*(to|cc|subject|sent|date|from)[ \t]*:[ \t]*(.*)$/i;

/**
 * The records of a notice that names no recipient, given the one address its own text says the
 * undelivered message was sent to: the summary it writes of that message above the returned copy
 * ("Your message\n\n  To: bob@example.org\n  Subject: Quarterly report\n\ndid not reach the
 * following recipient(s)", Microsoft KB 284204; Yahoo's "I'm afraid I wasn't able to deliver the
 * following message. ... Subject: ... To: ..."). The summary holds the message's own Subject and no
 * notice's sender: a notice's own header rows, pasted above it ("From: Mail Delivery System", "To:"
 * its reader, "Subject: Undeliverable: ..."), name its reader instead.
 */
function withSummarizedRecipient(found: FoundRecords, texts: MessageTexts): FoundRecords {
  if (found.fromEvents || found.records.length !== 1) return found;
  const [record] = found.records;
  if (record!.recipient !== undefined || record!.knownReason !== undefined) return found;
  const lines = cutOriginalMessage(texts.body).slice(0, maxTemplateLength).split('\n');
  for (const {fields} of fieldRuns(lines, summaryField)) {
    const named = (name: string) => fields.filter((field) => field[1]!.toLowerCase() === name).map((field) => field[2]!);
    const [subject] = named('subject');
    if (subject === undefined || named('from').length > 0 || isFailureNotice('', subject)) continue;
    const addressees = [...new Set([...named('to'), ...named('cc')].flatMap((value) => findAddresses(value, 3).map((address) => address.address.toLowerCase())))];
    if (addressees.length === 1) return {...found, records: [{...record!, recipient: addressees[0]}]};
    return found;
  }
  return found;
}

/** The addresses of a header block's fields that `fields` finds, lower case. */
function fieldAddresses(block: string, fields: RegExp): string[] {
  return [...block.matchAll(fields)].flatMap((field) => findAddresses(field[1]!, 100).map((found) => found.address.toLowerCase()));
}

/** The domain of a notice's sender ("Mail Delivery Subsystem <mailer-daemon@example.org>"), lower case. */
const senderDomain = /@([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})>?\s*$/i;

/**
 * The text's blocks with a recipient named by its local part alone (GroupWise's "bob (user not
 * found)", CompuServe's "Receiver not found: bob", AOL's bare screen names) completed to an
 * address: the returned original's recipient of that local part, else the local part at the domain
 * of the notice's sender, as Mail::DeliveryStatus::BounceParser (p_compuserve,
 * p_novell_groupwise_5_2, p_aol_senderblock) and GNU Mailman's aol.py complete them. With neither,
 * the block names nobody.
 */
function withLocalPartsCompleted(blocks: readonly FailureBlock[], texts: MessageTexts): readonly FailureBlock[] {
  if (!blocks.some((block) => block.recipient !== undefined && !block.recipient.includes('@'))) return blocks;
  const from = texts.from ?? '';
  const domain = isFailureNotice(from, texts.subject ?? '') ? senderDomain.exec(from.slice(-300))?.[1]?.toLowerCase() : undefined;
  const returned = returnedRecipients(texts);
  return blocks.map((block) => {
    const local = block.recipient;
    if (local === undefined || local.includes('@')) return block;
    const recipient = returned.find((address) => address.slice(0, address.lastIndexOf('@')) === local) ?? (domain === undefined ? undefined : `${local}@${domain}`);
    return {...block, recipient};
  });
}

/**
 * The recipients a text lists with words of their own that the report fields written in that same
 * text leave out: a report pasted cut short after its first recipient's fields ("Final-Recipient:
 * ...; Action: failed") still leaves the text's list of failed recipients, whether the paste
 * starts with the notice's header fields or not. A report of a MIME message (RFC 3464's
 * message/delivery-status part) is whole and speaks alone.
 */
function unreportedBlocks(reported: readonly DeliveryStatusRecord[], joined: readonly FailureRecord[], blocks: readonly FailureBlock[], texts: MessageTexts): FailureRecord[] {
  // A multipart message's text is its parts, which the MIME reader has already told apart: a
  // report there that no part of its own holds is one the reader could not separate, and a
  // boundary or a part's header in the text names no recipient.
  if (texts.reports.length > 0 || /^\s*multipart\//i.test(texts.contentType ?? '')) return [];
  const named = new Set([...reported.flatMap(reportedAddressKeys), ...joined.flatMap((record) => record.recipient?.toLowerCase() ?? [])]);
  // Words of a failure of their own: a code, a failed status or a cause named ("Spam message
  // rejected"), not a label beside an address ("Remetente  alice@example.net" in a webmail's table of
  // the returned message's fields).
  return blocks.filter((block) => block.recipient !== undefined && !named.has(block.recipient.toLowerCase()))
    .map((block) => fromBlock(block, texts.format === 'text')).filter(saysItFailed);
}

/**
 * An NDR that names a recipient in its user information by its SMTP address and in its diagnostics
 * by an X.500 name (`x500AddressPrefixes`: "IMCEAEX-..."): the two are one recipient, the address
 * with the diagnostic's reply. Exchange lists recipients in the same order in both sections, so
 * the names without a reply and the X.500 ones are paired in order, when there are as many of each.
 */
function withX500Paired(blocks: readonly FailureBlock[]): readonly FailureBlock[] {
  const x500 = blocks.filter((block) => block.recipient !== undefined && x500AddressPrefixes.some((prefix) => block.recipient!.toLowerCase().startsWith(prefix.text)));
  if (x500.length === 0) return blocks;
  const isX500 = new Set(x500);
  const unreplied = blocks.filter((block) => !isX500.has(block) && block.recipient !== undefined && block.hasReply !== true && block.status === undefined);
  if (unreplied.length !== x500.length) return blocks;
  // Each name without a reply, to the X.500 name in the same place of the other section.
  const pairOf = new Map(unreplied.map((block, index) => [block, x500[index]!]));
  return blocks.flatMap((block) => {
    if (isX500.has(block)) return [];
    const paired = pairOf.get(block);
    return paired === undefined ? [block] : [{...paired, recipient: block.recipient}];
  });
}

/**
 * Whether a diagnosis is a login and nothing more: a reply defined as the answer to AUTH, for no
 * recipient. Refused, the program that sends the mail could not log in to its own server, so no
 * message was handed over and none was refused; done (235), no message was handed over yet either.
 * A notice that names a recipient refused so (a relay's login failed on its way) is a bounce.
 */
function isLoginReply(recipient: RecipientDiagnosis): boolean {
  return recipient.recipient === undefined && recipient.replyCode !== undefined && loginReplyCodes.has(recipient.replyCode.code);
}

function kindOf(
  recipients: readonly RecipientDiagnosis[], texts: MessageTexts, records: readonly FailureRecord[], permanence: TemplatePermanence | undefined,
  fromEvents: boolean, framedAsNotice: () => boolean,
): MessageKind {
  const actions = records.map((record) => record.action);
  if (recipients.length === 0) return 'none';
  // A login, refused or done, is no delivery's outcome: the text is no bounce, though its reply is explained.
  // A notice's or a log's own words of a delivery's failure ("delivery 4: failure:", a smarthost
  // refused the sending server's login) make it one, and so does a notice's own frame (its sender
  // or subject, a template's fixed lines: Exchange Online's NDR of "530 5.7.57 ... Client was not
  // authenticated to send anonymous mail during MAIL FROM" returns the message).
  // A program's words that its send failed ("SMTP Error: ...", `ofAttempt`) do not make a refused login one.
  if ((permanence === undefined || permanence.ofAttempt === true) && recipients.every(isLoginReply) && !framedAsNotice()) return 'none';
  const reasons = recipients.map((recipient) => recipient.reason.id);
  if (reasons.every((reason) => reason === 'feedback')) return 'feedback';
  if (reasons.every((reason) => reason === 'vacation')) return 'autoreply';
  if (reasons.every((reason) => reason === 'delivered')) return 'delivered';
  // The template's own words decide first: a warning that the server is still retrying is a delay
  // whatever its last code meant ("4.4.7 expired" included), and a notice that says it gave up is not.
  if (permanence?.permanent === false && recipients.every((recipient) => recipient.permanent !== true)) return 'delay';
  // A clause of the template that says so (`stated`) outweighs the remote reply's class too: the
  // sending server decides whether it retries (Postfix retries a 554 greeting, "refused to talk to
  // me: 554 ..."; Gmail's "Delivery incomplete" quotes a 550 it "will retry for 47 more hours"), and
  // `classify` has made such a recipient temporary already.
  if (permanence?.permanent === false && permanence.stated === true && !recipients.some((recipient) => recipient.queueGaveUp)) return 'delay';
  // The template says it still retries and every recipient's report says so too (RFC 3464 §2.3.3,
  // "delayed"): the sending server's two verdicts agree, whatever class the remote reply had.
  if (permanence?.permanent === false && actions.length === recipients.length && actions.every((action) => action === 'delayed')) return 'delay';
  if (permanence?.permanent === true || recipients.some((recipient) => recipient.queueGaveUp)) return 'bounce';
  // The notice's words as a whole say neither, but each recipient's own lines say it is still retried.
  if (permanence === undefined && records.every((record) => record.ownPermanence?.permanent === false)
    && recipients.every((recipient) => recipient.permanent !== true)) return 'delay';
  // Every recipient's report or event says delivery is still being retried.
  if (actions.length > 0 && actions.every((action) => action === 'delayed') && recipients.every((recipient) => recipient.permanent !== true)) return 'delay';
  // Temporary failures are a delay until the sender's server gives up (an expiry is final, unless
  // its own reply code is temporary: Exchange's "400 4.4.7 Message delayed", in any language).
  const allTemporary = recipients.every((recipient) => (recipient.permanent === false
    && (recipient.reason.id !== 'expired' || recipient.replyCode?.class === '4'))
    || recipient.reason.id === 'delivered');
  // A service's event says for itself whether it is retried; a notice's subject, or a reply pasted alone, may say it.
  const sayDelay = actions.includes('delayed') || (!fromEvents && subjectSaysDelay(texts.subject));
  if (allTemporary && sayDelay) return 'delay';
  // A server's temporary reply pasted alone, the text nothing but that reply: the client that got
  // it may ask again (RFC 5321 §4.2.1, 4yz "Transient Negative Completion", and §4.5.4.1, a
  // sender's queue retries), and nothing says it gave up. So is a queueing server's own record of
  // an attempt that got one, selected alone (Postfix's "host mx[ip] said: 450 ... (in reply to RCPT
  // TO command)", Exim's log line "... SMTP error from remote mail server after RCPT TO:<...>: 451
  // ..."): that server keeps the message and tries again. A program's error that quotes such a
  // reply ("SMTP Error: 421 ...") or a session's transcript is the program's attempt, which failed.
  if (allTemporary && permanence === undefined && !fromEvents && texts.format === 'text'
    && (isReplyAlone(texts.body) || isQueuedAttemptAlone(texts.body)) && !framedAsNotice()) return 'delay';
  return 'bounce';
}

/** A header field the reader keeps as "name: value" (`autoReplyHeaders`, `feedbackHeaders`), split again. */
function splitField(field: string): {name: string; value: string} {
  const colon = field.indexOf(':');
  return {name: field.slice(0, colon), value: field.slice(colon + 1)};
}

/** Whether a header field ("name: value") is one an automatic responder writes, with the value it writes. */
function marksAutoReply(field: string): boolean {
  const {name, value} = splitField(field.toLowerCase());
  return autoReplyHeaderFields.some((known) => known.name === name && (known.value === undefined || value.includes(known.value)));
}

function isAutoReply(texts: MessageTexts): boolean {
  const subject = (texts.subject ?? '').toLowerCase();
  const marked = texts.autoReplyHeaders.some(marksAutoReply);
  // Postfix and Exim mark their notices "Auto-Submitted: auto-replied" too (RFC 3834 §5 asks it of
  // every automatic response): a notice's sender, subject or delivery report says which it is.
  return saysAutoReply(subject) || (marked && !/mailer-daemon|postmaster/i.test(texts.from ?? '')
    && !isFailureNotice(texts.from ?? '', texts.subject ?? '') && !isDeliveryReportType(texts.contentType ?? ''));
}

const autoReplyBodyWords = new LiteralSet(autoReplyBodyPhrases.map((phrase) => phrase.text));

/** The longest text of a message read as an automatic reply for its words alone. */
const maxAutoReplyLength = 3000;

/**
 * The words by which a message says it is an automatic reply ("I am out of the office"), if it is
 * a short plain message or pasted text, not a report, from no notice's sender and under no
 * notice's subject.
 */
function autoReplyWordsOf(texts: MessageTexts, bodyWords: string): string | undefined {
  if (texts.format === 'json' || texts.reports.length > 0 || /multipart\/report/i.test(texts.contentType ?? '')
    || (texts.body.length >= maxAutoReplyLength && texts.body.trim().length >= maxAutoReplyLength)
    || isFailureNotice(texts.from ?? '', texts.subject ?? '')) return undefined;
  return autoReplyBodyWords.first(bodyWords)?.text;
}

/**
 * Whether a message's sender or subject is that of a delivery failure notice: the senders and
 * subjects notices share (`noticeSenders`, `noticeSubjects`), or a subject a family writes its notices under
 * ("NOTICE: mail delivery status.", Courier's dsnsubjectnotice.txt).
 */
function isFailureNotice(from: string, subject: string): boolean {
  const sender = from.toLowerCase();
  const words = subject.toLowerCase();
  return noticeSenders.some((name) => sender.includes(name)) || noticeSubjects.some((word) => words.includes(word))
    || templateSubjects.some((text) => words.includes(text));
}

/** How far into a text a complaint report's opening sentence is looked for: its first lines. */
const maxOpeningOffset = 600;

/**
 * A feedback report's records, one per address it names, each of its type: a complaint, or a report
 * of another thing (`feedbackTypesWithoutComplaint`: an authentication failure), which `classify`
 * explains as that thing. A "not spam" report has nothing to report.
 */
function feedbackRecords(recipients: readonly (string | undefined)[], diagnostic: string, feedbackType: string): FailureRecord[] {
  const meaning = feedbackTypesWithoutComplaint.get(feedbackType);
  if (meaning !== undefined && meaning.reason === undefined) return [];
  return recipients.map((recipient) => ({recipient, diagnostic, knownReason: 'feedback', feedbackType}));
}

/**
 * The opening sentence of a complaint feed's report (`feedbackReportSentences`), when the text's
 * first lines hold one, and the Feedback-Type its words name (`feedbackTypeWords`; abuse when none).
 */
function feedbackOpening(body: string, bodyWords: string): {sentence: string; feedbackType: string} | undefined {
  const start = bodyWords.slice(0, maxOpeningOffset);
  const core = feedbackReportSentences.find((candidate) => start.includes(candidate.text));
  if (core === undefined) return undefined;
  const at = start.indexOf(core.text);
  const lead = start.slice(Math.max(0, at - 80), at);
  if (!lead.includes(feedbackReportOpening)) return undefined;
  const feedbackType = feedbackTypeWords.find((word) => lead.includes(word.text))?.feedbackType ?? 'abuse';
  const line = body.slice(0, maxOpeningOffset * 2).split('\n').find((candidate) => normalizeForMatch(candidate).includes('report for an email'));
  return {sentence: (line ?? core.text).trim().slice(0, 1000), feedbackType};
}

/** The first of a message's header fields that marks a complaint feed's report (`feedbackLoopHeaders`), as `name: value`. */
function feedbackLoopHeaderOf(fields: readonly string[] | undefined): string | undefined {
  return fields?.find((field) => {
    const {name, value} = splitField(field);
    const words = value.trim().toLowerCase();
    return feedbackLoopHeaders.some((header) => header.name === name && (header.value === undefined || header.value === words));
  });
}

/** An address alone in a header field's value, in angle brackets or not. */
const fieldAddress = /^[ \t]*<?([^\s<>@]{1,320}@[^\s<>]{1,255}?)>?[ \t]*$/;

/** The fields of `feedbackLoopHeaders` that name the complainant, and a pattern for each as a line of the complained-of copy. */
const recipientFeedbackFields = feedbackLoopHeaders.filter((header) => header.recipient)
  .map((header) => ({name: header.name, line: new RegExp(`^${header.name}:([^\\n]{0,600})`, 'im')}));

/**
 * The complainant of a complaint feed's report without an ARF part: the recipient its header field
 * names, else the one the complained-of copy's own field names, else that copy's To.
 */
function feedbackRecipient(texts: MessageTexts): string | undefined {
  for (const field of texts.feedbackHeaders ?? []) {
    const {name, value} = splitField(field);
    if (!recipientFeedbackFields.some((known) => known.name === name)) continue;
    const address = fieldAddress.exec(value)?.[1];
    if (address !== undefined) return address;
  }
  const head = texts.body.slice(0, 64 * 1024);
  for (const {line: pattern} of recipientFeedbackFields) {
    const line = pattern.exec(head)?.[1];
    const address = line === undefined ? undefined : fieldAddress.exec(line)?.[1];
    if (address !== undefined) return address;
  }
  const to = /^to:([^\n]{0,600})/im.exec(head)?.[1];
  return to === undefined ? undefined : /<?([^\s<>@,"]{1,64}@[^\s<>,"]{1,255}?)>?[ \t]*$/.exec(to)?.[1];
}

/** The records of a webhook payload, and the feedback type of its complaints. */
function fromWebhook(json: unknown): FoundRecords {
  const records = json === undefined ? [] : readWebhook(json);
  return {records, feedbackType: records.find((record) => record.feedbackType)?.feedbackType, fromEvents: true};
}

/**
 * Where the JSON value that opens at `start` (with "{" or "[") ends: just after the bracket that
 * closes it, brackets inside strings not counted; undefined when none does before `limit`. One pass.
 */
function closingBracketEnd(text: string, start: number, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  const end = Math.min(limit, text.length);
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (inString) {
      if (code === 0x5c) at++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
    } else if ((code === 0x7d || code === 0x5d) && --depth === 0) {
      return at + 1;
    }
  }
  return undefined;
}

/** A text that opens with a JSON object's member, its opening brace left out of the selection. */
const objectMemberOpening = /^\s*"[^"\n]{1,64}"\s*:\s*[[{"\d]/;

/**
 * Where a JSON payload starts in a text: a line opening an object or a list of objects (its first
 * object on the next line when pretty-printed), or an object after a log line's prefix.
 */
const payloadStart = /(?:^|[\s:=])((?:\[[ \t\r\n]{0,40})?\{\s*")/m;

/**
 * The records of a webhook payload inside a text: from where it starts to the first blank line (a
 * signature or an unsubscribe link may follow), as written, with lines folded by a mail system
 * joined again (a newline and a space inserted), or one event per line; or its line alone.
 */
function embeddedPayload(body: string): FoundRecords {
  // An object selected without its first line: it opens with its first member ("bounce": {...}).
  if (objectMemberOpening.test(body)) {
    const members = `{${body.trim().slice(0, 256 * 1024)}`;
    const found = fromWebhook(parseJsonText(members));
    if (found.records.length > 0) return found;
    // Its members selected one per line, without the commas between them (a viewer's fields).
    const mended = fromWebhook(mendedJson(members));
    if (mended.records.length > 0) return mended;
  }
  // A payload a language printed for a person (PHP's print_r or var_dump, Ruby's inspect, Python's repr).
  const printed = fromWebhook(printedPayload(body));
  if (printed.records.length > 0) return printed;
  // Most notices hold no brace at all: one native scan for it spares the pattern's try at every position.
  if (!body.includes('{')) return {records: []};
  const match = payloadStart.exec(body);
  if (match === null) return {records: []};
  const start = match.index + match[0].length - match[1]!.length;
  const paragraph = body.slice(start, start + 256 * 1024).split(/\n[ \t]*\n/, 1)[0]!;
  // A log line's payload ends with its line, and the log's next line follows.
  const line = paragraph.split('\n', 1)[0]!;
  for (const candidate of [paragraph, paragraph.replace(/\n /g, ''), paragraph.replace(/\n/g, ''), ...(line === paragraph ? [] : [line])]) {
    const found = fromWebhook(parseJsonText(candidate.trim()));
    if (found.records.length > 0) return found;
  }
  // A pretty-printer may leave a blank line inside the payload (an empty list printed open, "[\n\n]"):
  // then the paragraph is cut short, and the payload runs to the bracket that closes its first.
  const end = closingBracketEnd(body, start, start + 256 * 1024);
  if (end !== undefined && end > start + paragraph.length) {
    const whole = fromWebhook(parseJsonText(body.slice(start, end).trim()));
    if (whole.records.length > 0) return whole;
  }
  const logged = loggedFields(body);
  if (logged.records.length > 0) return logged;
  // A payload as a copy left it: cut short, or with its strings' line breaks written out. Mended,
  // it counts only as a service's event it is shaped as.
  return fromWebhook(mendedJson(paragraph));
}

/** The most lines of a structured log whose fields are read. */
const maxLoggedLines = 5000;
/** The most of its lines that end like an object and do not parse: a log's own lines parse. */
const maxUnparsedLines = 100;

/**
 * A structured log: each line a message, then its fields as a JSON object (maddy's "queue:
 * delivery attempt failed\t{"rcpt": ..., "smtp_code": 451, ...}"). Every line's object is read as
 * one event of a list: the lines of one delivery are not one paragraph of JSON.
 */
function loggedFields(body: string): FoundRecords {
  const objects: unknown[] = [];
  let unparsed = 0;
  for (const line of body.slice(0, 256 * 1024).split('\n', maxLoggedLines)) {
    const open = line.indexOf('{"');
    const object = open < 0 ? '' : line.slice(open).trimEnd();
    // An object the line does not close is none: no parse is tried.
    if (!object.endsWith('}')) continue;
    const value = parseJsonText(object);
    if (isObject(value)) {
      objects.push(value);
    } else if (++unparsed > maxUnparsedLines) {
      // A text whose lines look like objects and are none is no structured log.
      break;
    }
  }
  return objects.length === 0 ? {records: []} : fromWebhook(objects);
}

/**
 * How much of a payload is mended: a service's event names its recipients and their replies in its
 * first few kilobytes, and jsonrepair's time grows faster than the text on crafted input (stray
 * quotes: about 25 ms at 8 KB, 16 s at 240 KB), so what it reads is cut here, as a copy may be.
 */
const maxMendedLength = 6 * 1024;

/**
 * JSON as a person's copy left it, mended by jsonrepair: a payload cut short (its string and
 * brackets closed), a string's "\n" shown as a line break, a trailing comma. Undefined when it
 * cannot be mended.
 */
function mendedJson(text: string): unknown {
  try {
    return JSON.parse(jsonrepair(text.slice(0, maxMendedLength))) as unknown;
  } catch {
    return undefined;
  }
}

/** An MDN's disposition field (RFC 8098 §3.2.6): "Disposition: manual-action/MDN-sent-manually; displayed". */
const dispositionField = /^disposition[ \t]*:[ \t]*([a-z-]{1,40})\/[^;\n]{0,100};[ \t]*([a-z-]{1,40})/im;

/**
 * A read receipt pasted as text, its machine-readable part left behind: the sentence its
 * human-readable part says "displayed" with (`displayedReceiptSentences`), and no failure's code.
 */
function displayedReceipt(texts: MessageTexts, bodyWords: string): string | undefined {
  if (texts.format !== 'text' || failureCode.test(bodyWords)) return undefined;
  return displayedReceiptSentences.find((sentence) => bodyWords.includes(sentence.text))?.text;
}

/**
 * The disposition field of a message disposition notification that says its message reached the
 * recipient (`deliveredDispositions`): a read receipt, whatever else it holds, is no failure.
 */
function deliveredDisposition(texts: MessageTexts, reportText: string): string | undefined {
  const isReport = /\breport-type\s*=\s*"?disposition-notification\b/i.test(texts.contentType ?? '');
  const match = dispositionField.exec(reportText) ?? (isReport || texts.format === 'text' ? dispositionField.exec(cutOriginalMessage(texts.body)) : null);
  if (match === null) return undefined;
  const [, mode, type] = match;
  const delivered = deliveredDispositions.some((disposition) => disposition.type === type!.toLowerCase()
    && (disposition.actionModes === undefined || disposition.actionModes.includes(mode!.toLowerCase())));
  return delivered ? match[0].trim() : undefined;
}

/**
 * The text whose report fields are a pasted notice's own: without its returned message's parts
 * (`withoutReturnedParts`) where the rest still holds a recipient's fields; else the whole text,
 * whose only report may be the one a relay attached (another server's bounce, wrapped).
 */
function ownReportText(body: string): string {
  const own = withoutReturnedParts(body);
  return own !== body && /^[ \t]*(?:final|original)-recipient[ \t]*:/im.test(own) ? own : body;
}

/**
 * A report's field pasted as text: a recipient's or a diagnostic's anywhere, or a group's Status
 * (a class digit's code) or Remote-MTA opening a line, as a selection of a report's group may hold
 * them without its Final-Recipient (RFC 3464 §2.3: Status is required of every group).
 */
const pastedReportField = /final-recipient|original-recipient|diagnostic-code|feedback-type|^[ \t]*(?:status[ \t]*:[ \t]*[245]\.\d{1,3}\.\d{1,3}|remote-mta[ \t]*:)/im;

/** The per-recipient records of a message, from its reports and its text. */
function recordsOf(texts: MessageTexts, bodyWords: string): FoundRecords {
  if (texts.format === 'json') return fromWebhook(texts.json);
  // Some services mail their webhook notification itself (an SES notification as the body), and a
  // payload is pasted with a line or two of text around it (a log line's prefix, a heading).
  const embedded = embeddedPayload(texts.body);
  if (embedded.records.length > 0) return embedded;
  // A table of such events: an accounting file's records, a service's exported list, by its header.
  const table = readTable(texts.body);
  const tabled = table === undefined ? undefined : fromWebhook(table);
  if (tabled !== undefined && tabled.records.length > 0) return tabled;
  const blocks = findFailures(texts.body);
  const reportText = texts.reports.join('\n\n');
  // Report fields pasted as text are read only when the text names one (a cheap test first). They
  // are read in the whole text: a file cut from a mailbox may hold several reports one after the
  // other, and each lists its own recipients.
  const report = readDeliveryStatus(reportText || (pastedReportField.test(texts.body) ? ownReportText(texts.body) : ''));
  if (report.feedbackType || /report-type="?feedback-report/i.test(texts.contentType ?? '')) {
    const feedbackType = report.feedbackType ?? 'abuse';
    // A report that names no complainant is about the one its complained-of copy was sent to
    // (RFC 5965 §3.1: Original-Rcpt-To is optional; the third part is that copy or its headers).
    const complainants = report.complainants.length > 0 ? report.complainants
      : [(report.records[0] && addressTheSenderGave(report.records[0])) ?? texts.complainedCopyTo];
    return {records: feedbackRecords(complainants, `Feedback-Type: ${feedbackType}`, feedbackType), feedbackType};
  }
  const disposition = deliveredDisposition(texts, reportText) ?? displayedReceipt(texts, bodyWords);
  if (disposition !== undefined) {
    const recipients = report.records.length > 0 ? report.records.map((record) => addressTheSenderGave(record)) : [undefined];
    return {records: recipients.slice(0, maxRecipients).map((recipient) => ({recipient, diagnostic: disposition, knownReason: 'delivered' as const}))};
  }
  // A challenge-response system may dress its request as a report ("Action: failed",
  // "Diagnostic-Code: X-Boxbe-Notice; Sender not pre-approved"): its own words say what it is, and
  // no server's reply stands in the report.
  if (report.records.length > 0 && !report.records.some((record) => failureCode.test(record.diagnostic ?? ''))) {
    const challenge = challengeRecords(texts, bodyWords, blocks);
    if (challenge !== undefined) return challenge;
  }
  if (report.records.length > 0) {
    // Capped before the join, and joined through a map: a crafted report of thousands of fields
    // costs one pass, not one search of the text blocks per field.
    const byRecipient = blocksByRecipient(blocks);
    const capped = report.records.slice(0, maxRecipients);
    const expanded = expandedOriginals(capped);
    const reported = capped.map((record) => fromReport(record, blocks, byRecipient, expanded));
    const records = [...reported, ...unreportedBlocks(report.records, reported, blocks, texts).slice(0, maxRecipients - reported.length)];
    // A report of one recipient that quotes no reply (no Diagnostic-Code, no block of the text
    // about it) is explained by its human-readable part alone: that text is its context.
    const [only] = records;
    if (records.length === 1 && only!.diagnostic === '' && only!.context === undefined) {
      return {records: [{...only!, context: cutOriginalMessage(texts.body).slice(0, maxNoticeContext)}]};
    }
    return {records};
  }
  // Outlook.com's complaint feed (JMRP) sends no ARF part: its subject says "complaint about
  // message from <ip>" and the complained-of copy carries X-HmXmrOriginalRecipient. Other feeds
  // without one mark the report by a header field of its own (`feedbackLoopHeaders`).
  const feedbackHeader = texts.format === 'raw-message' ? feedbackLoopHeaderOf(texts.feedbackHeaders) : undefined;
  if (texts.format === 'raw-message' && (feedbackHeader !== undefined || /^\s*complaint about message from/i.test(texts.subject ?? ''))) {
    const recipient = feedbackRecipient(texts);
    return {records: [{recipient, diagnostic: feedbackHeader ?? texts.subject ?? '', knownReason: 'feedback'}], feedbackType: 'abuse'};
  }
  // A complaint feed's report without its machine-readable part (pasted from webmail, which shows
  // that part as an attachment) opens with the sentence that says what it is.
  const opening = feedbackOpening(texts.body, bodyWords);
  if (opening !== undefined) {
    return {records: feedbackRecords([texts.complainedCopyTo], opening.sentence, opening.feedbackType), feedbackType: opening.feedbackType};
  }
  // A mail client's unsubscribe request for its user (RFC 2369's List-Unsubscribe mailto): the
  // subscriber opts out, though the client marks it auto-submitted like an automatic reply.
  const unsubscribe = unsubscribeRequestSentences.find((sentence) => bodyWords.slice(0, maxOpeningOffset).includes(sentence.text));
  if (unsubscribe !== undefined) return {records: [{diagnostic: unsubscribe.text, knownReason: 'feedback'}], feedbackType: 'opt-out'};
  // A challenge-response request names the sender's own message and address, never a failure.
  const challenge = challengeRecords(texts, bodyWords, blocks);
  if (challenge !== undefined) return challenge;
  // An automatic reply quotes addresses too; without a single SMTP code in it, it is just that.
  if (texts.format === 'raw-message' && (isAutoReply(texts) || autoReplyWordsOf(texts, bodyWords) !== undefined)
    && !blocks.some((block) => /[245]\.\d{1,3}\.\d|(?:^|\s)[45]\d\d[\s-]/.test(block.diagnostic))) {
    return {records: [{diagnostic: texts.subject ?? '', knownReason: 'vacation'}]};
  }
  // An automatic reply pasted as text: its subject line comes first, or its own words say what it
  // is ("I will be out of the office"), as a short plain message's do; it quotes no failure code,
  // nor a notice's own clause of failure or line (prose may call a bounce an "auto-reply").
  if (texts.format === 'text' && !failureCode.test(texts.body) && !quotesPermanenceClause(bodyWords) && !hasBodyMarker(bodyWords)) {
    // Its first line, or the first below a person's note above the reply ("What is this?").
    // A subject is short: a longer first line is a sentence, which may name automatic replies in passing.
    const firstLines = [texts.body.trimStart().slice(0, maxSubjectLineLength + 1).split('\n', 1)[0]!, firstLineBelowNote(texts.body.slice(0, 4096))];
    const saying = firstLines.find((line) => line !== undefined && line.length <= maxSubjectLineLength && saysAutoReply(line.toLowerCase()));
    if (saying !== undefined) return {records: [{diagnostic: saying.trim().toLowerCase(), knownReason: 'vacation'}]};
    const ownWords = autoReplyWordsOf(texts, bodyWords);
    if (ownWords !== undefined) return {records: [{diagnostic: ownWords, knownReason: 'vacation'}]};
  }
  if (blocks.length > 0) {
    const records = withX500Paired(withLocalPartsCompleted(blocks, texts)).map((block) => fromBlock(block, texts.format === 'text'));
    // A recipient listed with nothing of its own on its line ("-> bob@example.org", the next one on
    // the line below) shares the words that follow the list ("was considered unsolicited bulk
    // e-mail"), which only the list's last block runs on into.
    for (let index = records.length - 2; index >= 0; index--) {
      // Only words: a reply below the list may name its own address (replyAfterList decides those).
      const nextBlock = blocks[index + 1]!;
      if (!namesOnlyItsAddress(blocks[index]!) || nextBlock.hasReply || nextBlock.status !== undefined) continue;
      const next = records[index + 1]!;
      records[index] = {...records[index]!, diagnostic: next.diagnostic, context: next.context};
    }
    // A list that no words follow (au's "The following recipients did not receive this message:"
    // and the addresses, its cause stated above them: "Your message was not delivered within 0
    // days and 1 hours.") is explained by the notice's own words, as a report without a reply is.
    // The list's items share its last block's words (above), so they share its context too.
    if (namesOnlyItsAddress(blocks.at(-1)!)) {
      const listContext = records.at(-1)!.context;
      const notice = cutOriginalMessage(texts.body).slice(0, maxNoticeContext);
      return {records: records.map((record) => (record.context === listContext ? {...record, context: notice, noticeWordsOnly: true} : record))};
    }
    return {records};
  }
  // A notice in prose that names no recipient in a form we know (a bare user name, "Your message to
  // <bob> was automatically rejected"): its words are all there is. A message says it is a notice by
  // its sender or subject; a pasted text, by a line only a notice's template writes, or a clause of
  // one that says final or retried (Exim's warning, "has not yet been delivered to one or more of
  // its recipients after more than ...", quoted alone in a sentence), or a log's line of a
  // delivery's failure or deferral (qmail-send's "delivery 245: failure: ..."), or a provider's
  // documented reply copied without its codes, or a failure's words under a reply introduction
  // (`introducedCause`, read once if asked: it is the diagnostic too).
  let introduced: {readonly words: string | undefined} | undefined;
  const introducedWords = () => (introduced ??= {words: introducedCause(cutOriginalMessage(texts.body))}).words;
  if ((texts.format === 'raw-message' && isFailureNotice(texts.from ?? '', texts.subject ?? ''))
    || (texts.format === 'text' && (hasBodyMarker(bodyWords) || texts.subject !== undefined || statesUndelivered(bodyWords)
      || quotesPermanenceClause(bodyWords) || holdsLoggedVerdict(texts.body) || quotesImpliedReply(bodyWords) || quotesProviderReply(bodyWords)
      || introducedWords() !== undefined))) {
    const notice = cutOriginalMessage(texts.body);
    const diagnostic = ((texts.format === 'text' ? introducedWords() : undefined) ?? proseDiagnostic(notice)).slice(0, 1000);
    // A header that lists the failed recipients (X-Failed-Recipients) says more than prose does.
    const recipient = texts.failedRecipients === undefined ? onlyAddressOf(diagnostic, texts.from) : undefined;
    // A program's words that name the command it was refused at ("SMTP Error: data not accepted.").
    const stage = templateStage(normalizeForMatch(diagnostic))?.stage;
    return {records: [{...(recipient === undefined ? {} : {recipient}), ...(stage === undefined ? {} : {command: stage}), diagnostic, context: notice.slice(0, maxNoticeContext), noticeWordsOnly: true}]};
  }
  return {records: []};
}

/**
 * The one address that the words stating a failure in prose name ("Local mailbox bob@example.org is
 * unavailable: user not found"), unless it is the notice's own sender or a notice sender's name
 * ("postmaster@..."): the address the failure is about, in whatever words a server put it. Two or
 * more name no single recipient.
 */
function onlyAddressOf(statement: string, from: string | undefined): string | undefined {
  const named = addressesInWords(statement);
  if (named.size !== 1) return undefined;
  const [address] = named;
  return from?.toLowerCase().includes(address!) ? undefined : address;
}

/**
 * A line of a message's header block, as a forward, a quote or a pasted header shows it: "To:
 * bob@example.org", the address it was delivered to ("Delivered-To:"), its id ("Message-ID:"), any
 * field of an ordinary message (`messageHeaderNames`), or a Received field's "for
 * <bob@example.org>" clause on a line of its own (RFC 5321 §4.4). None names a failed recipient: a
 * notice's own header names its reader, the returned copy's its addressees.
 */
const addressHeaderLine = new RegExp(`^(?:(?:${messageHeaderNames.map((header) => header.name).join('|')})[ \\t]*:|[ \\t]*for <?[^\\s<>@]{1,64}@[^\\s<>;]{1,255}>?(?:;|[ \\t]*$))`, 'i');

/**
 * The addresses (lower case, at most three read) that the words of `text` may be about: not one
 * that greets the notice's reader ("Hello bob@example.org,"), nor one of a header line that a
 * forward shows ("To: <bob@example.org>"), nor a notice sender's.
 */
function addressesInWords(text: string): Set<string> {
  return new Set(findAddresses(text, 3)
    .filter((found) => {
      const line = lineAround(text, found.start);
      return !isSalutation(line) && !addressHeaderLine.test(line) && !labelledNoRecipient(text, found.start);
    })
    .map((found) => found.address.toLowerCase())
    .filter((address) => !speaksForServer(address)));
}

/**
 * Whether an address is a notice sender's ("postmaster@", "mailer-daemon@"): it speaks for the
 * server, whoever sent it, in a quote's "... <mailer-daemon@example.org> wrote:" too; no failure is
 * about it.
 */
function speaksForServer(address: string): boolean {
  return noticeSenders.some((sender) => address.startsWith(sender));
}

/** The end of a paragraph that introduces the server's own words: "The response was:". */
const introducesReply = /\b(?:response|error|reply)\b[^\n]{0,80}:$/i;

/** Whether a paragraph ends as one that introduces the server's words, in any template's words ("Gemeldeter Fehler:", "Antwort:"). */
function endsWithReplyIntroduction(paragraph: string): boolean {
  const tail = paragraph.slice(-200);
  if (introducesReply.test(tail)) return true;
  const words = normalizeForMatch(tail);
  return templateReplyIntroductions.some((introduction) => words.endsWith(introduction));
}

/** The templates' reply introductions that end with a colon, as one that ends its line above the words it introduces. */
const headingIntroductions = templateReplyIntroductions.map((introduction) => introduction.trimEnd()).filter((introduction) => introduction.endsWith(':'));

/** How many lines of pasted text are read for a template's reply introduction over a failure's words. */
const maxIntroducedLines = 200;

/**
 * The words a template's reply introduction heads in pasted text, when they name a failure's cause
 * (Gmail's "The response was:", a blank line, then its own "DNS Error: DNS type 'mx' lookup of
 * example.org responded with code NXDOMAIN"): the lines below the first line that ends with a
 * template's introduction, blank lines between, up to the next blank line. A person's words under
 * the same introduction ("The response was: thanks") name no cause, and are none.
 */
function introducedCause(notice: string): string | undefined {
  const lines = notice.split('\n', maxIntroducedLines);
  const heading = lines.findIndex((line) => {
    if (!line.trimEnd().endsWith(':')) return false;
    const tail = normalizeForMatch(line.slice(-200));
    return headingIntroductions.some((introduction) => tail.endsWith(introduction));
  });
  if (heading < 0) return undefined;
  let first = heading + 1;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  let end = first;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  const words = lines.slice(first, end).map((line) => line.trim()).join('\n');
  return words !== '' && namesFailureCause(normalizeForMatch(words.slice(0, 1000))) ? words : undefined;
}

/**
 * The words that best say why a notice in prose failed: the paragraph after the one that
 * introduces the server's reply ("The response was:"), else the first real paragraph.
 */
function proseDiagnostic(notice: string): string {
  const paragraphs = notice.split(/\n\s*\n/).map((part) => part.trim())
    // A line shaped as a field that holds a template's clause of failure is the program's words
    // ("SMTP-Fehler: Daten werden nicht akzeptiert."), not a field of MIME structure.
    .filter((part) => part !== '' && !isPreamble(part) && (!isStructure(part) || quotesPermanenceClause(normalizeForMatch(part))) && !isSalutation(part));
  // Only a paragraph's tail is tested: the test then stays cheap on a crafted megabyte line.
  const introduced = paragraphs.findIndex((part, index) => index + 1 < paragraphs.length && endsWithReplyIntroduction(part));
  if (introduced >= 0) return paragraphs[introduced + 1]!;
  // Nothing but a preamble says nothing: the cause is unknown, not the preamble's words.
  const first = paragraphs.findIndex((part) => part.length > 20);
  if (first < 0) return paragraphs[0] ?? '';
  // A headline that only states the failure ("We were unable to deliver your message.") gives no
  // cause: the paragraph after it is read with it.
  const next = paragraphs[first + 1];
  return next !== undefined && isHeadline(paragraphs[first]!) ? `${paragraphs[first]}\n${next}` : paragraphs[first]!;
}

/** Whether a paragraph is a notice's headline: one short line that states the failure, no code in it. */
function isHeadline(paragraph: string): boolean {
  return paragraph.length <= 160 && !paragraph.includes('\n') && !/\d/.test(paragraph) && statesUndelivered(normalizeForMatch(paragraph));
}

/**
 * Whether a paragraph is MIME structure or fields, not prose: every line a boundary (`--b`) or a
 * field (`Content-Type: ...`, `Reporting-MTA: ...`), as a message read without its MIME parser shows.
 */
function isStructure(paragraph: string): boolean {
  if (paragraph.length > 4096) return false;
  return paragraph.split('\n').every((line) => /^--\S{1,200}$/.test(line.trim()) || /^[A-Za-z][A-Za-z0-9-]{0,60}[ \t]*:/.test(line));
}

/** The line of `text` that holds position `at`, without its line end. */
function lineAround(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end).trim();
}

/**
 * Whether a paragraph is a letter's salutation ("Hello bob@example.org,", "Dear customer,", "Hola,
 * bob@example.org:", "bob@example.org 様"): one short line that ends with a comma (in any script's
 * comma) or greets its reader by address (`greetsReader`), saying nothing of the failure.
 */
function isSalutation(paragraph: string): boolean {
  // A line that holds a reply says something of the failure (a field of an error object as an
  // application prints it: "response: '550 5.7.1 Unable to relay for bob@example.org',").
  if (paragraph.length > 120 || paragraph.includes('\n') || findReplyCodes(paragraph).length > 0) return false;
  return /[,،，、]$/.test(paragraph) || isGreetingLine(paragraph);
}

/** Whether a paragraph is a MIME preamble (and nothing else). */
function isPreamble(paragraph: string): boolean {
  if (paragraph.length > 200) return false;
  const words = normalizeForMatch(paragraph).replace(/[.!]+$/, '');
  return mimePreambles.some((preamble) => words === preamble.text);
}

/**
 * Decodes any bounce: a raw message (`.eml`, "Show original"), a webhook payload (SES, SendGrid,
 * Mailgun, Postmark), or text as a person sees it (a rendered bounce, a log line, one reply).
 * Never throws on any input; what is not a bounce comes back as kind `none`.
 *
 * @example
 * (await decode('550 5.1.1 <x@example.com>: Recipient address rejected: User unknown')).recipients[0].reason.id
 * //=> 'userunknown'
 */
export async function decode(input: string | Uint8Array, shown?: ShownHeader): Promise<DecodeResult> {
  return decodeAt(input, 0, shown);
}

/**
 * The subject and sender a page shows above a rendered message's text (a webmail's message view):
 * a text that holds none of its own is read under them, as its header would say them.
 */
export interface ShownHeader {
  readonly subject?: string;
  readonly sender?: string;
}

/** Text under the subject and sender its page showed, where the text itself gave none. */
function underShownHeader(texts: MessageTexts, shown: ShownHeader | undefined): MessageTexts {
  if (shown === undefined || texts.format !== 'text') return texts;
  return {
    ...texts,
    ...(texts.subject === undefined && shown.subject ? {subject: shown.subject.slice(0, 998)} : {}),
    ...(texts.from === undefined && shown.sender ? {from: shown.sender.slice(0, 998)} : {}),
  };
}

/** How many forwards deep a message sent on as an attachment is read (a forward of a forward). */
const maxForwardNesting = 2;

async function decodeAt(input: string | Uint8Array, level: number, shown?: ShownHeader): Promise<DecodeResult> {
  const read = readByteOrderMark(input);
  const capped = read.length > maxInputLength ? read.slice(0, maxInputLength) : read;
  let given: MessageTexts;
  try {
    given = await readInput(capped);
  } catch {
    given = readText(typeof capped === 'string' ? capped : '');
  }
  const texts = underShownHeader(given, shown);
  // A message a person sent on as an attachment ("See below", "Fwd: ...") is about what it
  // attaches when that bears a notice's signs, or when the person's own words say nothing: that
  // message is read as if it had been given alone, its own headers and parts saying what it is.
  const {forwarded} = texts;
  const result = forwarded?.holdsNotice === true ? undefined : decodeTexts(texts);
  if (forwarded !== undefined && level < maxForwardNesting && (result === undefined || result.kind === 'none')) {
    for (const message of forwarded.messages) {
      const inner = await decodeAt(message, level + 1);
      if (inner.kind !== 'none') return {...inner, format: texts.format};
    }
  }
  return result ?? decodeTexts(texts);
}

/**
 * The synchronous form for text already on screen (a selection, a rendered webmail body): no MIME
 * parsing, so no waiting.
 */
export function decodeText(text: string): DecodeResult {
  const read = readByteOrderMark(text);
  const capped = read.length > maxInputLength ? read.slice(0, maxInputLength) : read;
  return decodeTexts(readText(capped));
}

/**
 * How much of the notice text and of the report parts is read. A real notice is a few kilobytes;
 * the bound keeps the cost of a crafted megabyte flat.
 */
const maxAnalysedLength = 128 * 1024;

/**
 * An address right after the word "to", bracketed or not, and a verdict on the mail right after it
 * ("Messages to bob@icloud.com deferred", "mail to <bob@example.org> rejected"): what the mail was
 * going to. An address after "to" that no verdict follows is where to write ("forward this message
 * to delist@...").
 */
const addressAfterTo = /\bto[ \t]{1,3}<?[^\s<>@]{1,64}@[^\s<>@]{1,255}>?[ \t]{1,3}(?:(?:is|are|was|were|has been|have been|temporarily|permanently)[ \t]{1,3}){0,2}(?:deferred|rejected|refused|blocked|denied|failed|not delivered|undeliverable)\b/i;

/**
 * A reply pasted alone that refused a mailbox and quotes one address ("550 5.1.1 bob@example.org...
 * User unknown", "Recipient bob@example.org not found by SMTP address lookup"): that address is the
 * recipient. A refusal of anything else (the sender, the client, the content) may quote the sender,
 * unless the address follows "to" and a verdict on the mail follows it (`addressAfterTo`).
 */
function withQuotedRecipient(recipients: RecipientDiagnosis[], format: MessageTexts['format']): RecipientDiagnosis[] {
  const [only] = recipients;
  // A verdict on a mailbox, or any reply to RCPT TO (whose one argument is the recipient: "550 5.7.1
  // Unable to relay for bob@example.org" after Nodemailer's "all recipients were rejected"), names
  // its recipient when it quotes one address.
  if (format !== 'text' || recipients.length !== 1 || only!.recipient !== undefined) return recipients;
  // A reply to MAIL FROM refused the sender: the address beside it is the sender's (Python
  // smtplib's "SMTPSenderRefused: (553, b'...', 'news@example.net')").
  if (only!.command === 'MAIL FROM') return recipients;
  const head = only!.diagnostic.slice(0, 8192);
  const quoted = addressesInWords(head);
  if (quoted.size !== 1) return recipients;
  // Any other refusal names its recipient where the address follows "to" ("421 4.7.1 Messages to
  // bob@icloud.com deferred due to excessive volume"): what the mail was going to.
  if (!(mailboxReasons.has(only!.reason.id) || only!.command === 'RCPT TO') && !addressAfterTo.test(head)) return recipients;
  const [recipient] = quoted;
  return [withMailboxOwner({...only!, recipient, evidence: [...only!.evidence, {about: 'recipient', text: recipient!, note: 'The reply names the address whose mailbox it refused.'}]})];
}

/**
 * Diagnoses records, once per distinct record: a notice to many recipients usually repeats the
 * same reply for each, and only the recipient differs. `permanence`, the notice's template words, is
 * the same for all of them.
 */
function classifyAll(
  records: readonly FailureRecord[], permanence: TemplatePermanence | undefined, noticeWords: string, noticeSender: string | undefined, pastedWords: string,
): RecipientDiagnosis[] {
  const capped = records.slice(0, maxRecipients);
  // A lone record has no twin: its shape would join kilobytes of context for nothing.
  if (capped.length < 2) return capped.map((record) => classify(record, permanence, noticeWords, noticeSender, pastedWords));
  const byShape = new Map<string, RecipientDiagnosis>();
  return capped.map((record) => {
    // Joined, not serialised: the context may be kilobytes, and escaping it costs more than hashing it.
    const shape = [record.diagnostic, record.context, record.reportedStatus, record.reportedStatusFrom, record.action, record.remoteHost, record.command, record.knownReason,
      record.standalone ? 'standalone' : undefined, record.statedPermanence ? String(record.statedPermanence.permanent) : undefined, record.feedbackType, record.reportedBy,
      record.noticeWordsOnly ? 'notice words' : undefined,
      // The recipient's domain: the notice may come from it (`classify`'s writer by the domain).
      record.recipient?.slice(record.recipient.lastIndexOf('@') + 1)]
      .map((part) => part ?? '\u0001').join('\u0000');
    const known = byShape.get(shape);
    if (known) return {...known, recipient: record.recipient};
    const diagnosis = classify(record, permanence, noticeWords, noticeSender, pastedWords);
    byShape.set(shape, diagnosis);
    return diagnosis;
  });
}

/** Lines longer than this are cut: no reply is that long, and a giant line must not hide the rest. */
const maxLineLength = 4096;

/** Bounds a text for analysis: each line cut to `maxLineLength`, the whole to `maxAnalysedLength`. */
export function boundForAnalysis(text: string): string {
  if (text.length <= maxLineLength) return text;
  // Lines are walked only until the bound is filled (within the first `maxAnalysedLength * 8`
  // characters, so a giant line cannot hide the rest); text is copied in runs between cut lines.
  const window = Math.min(text.length, maxAnalysedLength * 8);
  const pieces: string[] = [];
  let kept = 0;
  let runStart = 0;
  let start = 0;
  while (start < window && kept < maxAnalysedLength) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > window) end = window;
    if (end - start > maxLineLength) {
      pieces.push(text.slice(runStart, start + maxLineLength));
      kept += maxLineLength;
      runStart = end;
    } else {
      kept += end - start;
    }
    kept += 1;
    start = end + 1;
  }
  if (pieces.length === 0) return text.slice(0, maxAnalysedLength);
  pieces.push(text.slice(runStart, Math.min(window, runStart + maxAnalysedLength)));
  return pieces.join('').slice(0, maxAnalysedLength);
}

/** The header fields of a forwarded or quoted message's header block, as mail clients write them. */
const forwardedHeaderLine = /^[ \t>*]*(from|sent|date|to|cc|subject)[ \t]*:[ \t]*(.*)$/i;

/**
 * A notice forwarded or quoted below a header block of its own, as a mail client writes one
 * ("-----Original Message-----", "---------- Forwarded message ---------", then "From: Mail Delivery
 * Subsystem <mailer-daemon@...>", "Subject: Undeliverable: ..."): the block's sender and subject,
 * when they are a notice's, and the text below it. Only the first such block counts.
 */
function forwardedNotice(body: string): {from: string; subject: string; body: string} | undefined {
  const lines = boundForAnalysis(body).split('\n');
  for (const run of fieldRuns(lines, forwardedHeaderLine)) {
    // A field given twice counts by its last line.
    const fields = new Map(run.fields.map((field) => [field[1]!.toLowerCase(), field[2]!.toLowerCase()]));
    const from = fields.get('from') ?? '';
    const subject = fields.get('subject') ?? '';
    if (fields.size >= 2 && isFailureNotice(from, subject)) {
      return {from, subject, body: lines.slice(run.end).join('\n')};
    }
  }
  return undefined;
}

/**
 * The runs of consecutive lines that `field` matches (a header block as a mail client or a notice
 * shows it), in order: each run's fields, and the index of the line after it.
 */
function* fieldRuns(lines: readonly string[], field: RegExp): Generator<{fields: RegExpExecArray[]; end: number}> {
  for (let start = 0; start < lines.length; start++) {
    const fields: RegExpExecArray[] = [];
    let end = start;
    for (let match; end < lines.length && (match = field.exec(lines[end]!)) !== null; end++) fields.push(match);
    if (end === start) continue;
    yield {fields, end};
    start = end;
  }
}

/** The string values of parsed JSON, one per line, in the order they stand (numbers and names left out: "406" is an API's code, no reply). */
function stringsOf(json: unknown): string {
  const strings: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(json);
  return strings.join('\n');
}

/**
 * Decodes a message's texts; one that holds no failure of its own may forward or quote a notice
 * below a header block (a bounce passed on to a help desk): that notice is read then.
 */
function decodeTexts(fullTexts: MessageTexts): DecodeResult {
  // A server's file of its notices' templates, pasted whole or in part, holds a notice's words and
  // header (its forwarded-looking block included), but nothing was sent or refused.
  if (fullTexts.format === 'text' && holdsTemplateFile(fullTexts.body)) return {kind: 'none', format: fullTexts.format, recipients: []};
  const result = decodeNotice(fullTexts);
  // JSON that no service's events match (an API's error response, a log's record) may still quote a
  // notice or a reply in its strings: they are read as the text they are, where that names a failed
  // recipient or reads as a failure on its own (a program's error that quotes the server's refusal,
  // as it would pasted alone); the JSON's own numbers and names are not read. Each item of a list is
  // read on its own: a batch's responses are one per message sent.
  if (fullTexts.format === 'json' && result.recipients.length === 0) {
    const items = Array.isArray(fullTexts.json) ? fullTexts.json.slice(0, maxRecipients) : [fullTexts.json];
    const quoted = items.map((item) => decodeNotice({format: 'text', body: stringsOf(item), reports: [], autoReplyHeaders: []}))
      .filter((decoded) => decoded.recipients.some((recipient) => recipient.recipient !== undefined)
        || ((decoded.kind === 'bounce' || decoded.kind === 'delay') && decoded.recipients.some((recipient) => recipient.replyCode !== undefined || recipient.status !== undefined)));
    if (quoted.length === 0) return result;
    const kind = quoted.find((decoded) => decoded.kind === 'bounce')?.kind ?? quoted[0]!.kind;
    return {...quoted[0]!, kind, format: 'json', recipients: quoted.flatMap((decoded) => decoded.recipients).slice(0, maxRecipients)};
  }
  // Found nothing, or only that a notice's subject stands above ("Fwd: Undeliverable: ..."), or
  // only a code that the words above the forwarded notice quote from it ("if you get a return mail
  // with 550 5.1.1 RUSR, ..."), naming no recipient.
  const namesNobody = result.recipients.every((recipient) => recipient.recipient === undefined);
  const saysNothing = namesNobody && result.recipients.every((recipient) => recipient.replyCode === undefined && recipient.status === undefined);
  if (!namesNobody || fullTexts.format === 'json') return result;
  const forwarded = forwardedNotice(fullTexts.body);
  if (forwarded === undefined) return result;
  // A block that gives no subject of its own keeps the text's ("Fwd: Undeliverable: ...", or the
  // Subject field further down a pasted header).
  const inner = decodeNotice({...fullTexts, ...forwarded, subject: forwarded.subject === '' ? fullTexts.subject : forwarded.subject, reports: []});
  if (saysNothing) return inner.recipients.length === 0 ? result : inner;
  return inner.recipients.some((recipient) => recipient.recipient !== undefined) ? inner : result;
}

function decodeNotice(fullTexts: MessageTexts): DecodeResult {
  // Typography folded once here (no-break spaces, typographic apostrophes, full-width colons,
  // decomposed accents): every reader after this sees a notice's words as the rules write them,
  // whatever the webmail or the mail server did to them.
  const fold = fullTexts.format === 'json' ? (text: string) => text : foldTypography;
  const texts: MessageTexts = {
    ...fullTexts,
    body: fold(unescapeLogLines(withoutMailtoTargets(unquoteReply(boundForAnalysis(fullTexts.body))))),
    reports: fullTexts.reports.map((report) => fold(boundForAnalysis(report))),
    ...(fullTexts.subject === undefined ? {} : {subject: fold(fullTexts.subject)}),
  };
  // The notice's own words (its text before any returned original, normalised), read once: for a
  // challenge request among the records, then with the subject for the template's words.
  const bodyWords = texts.format === 'json' ? '' : normalizeForMatch(cutOriginalMessage(texts.body).slice(0, maxTemplateLength));
  const found = withSummarizedRecipient(withReturnedRecipient(withHeaderRecipients(recordsOf(texts, bodyWords), texts.failedRecipients), texts), texts);
  const {feedbackType} = found;
  // What the notice's template says of its failures, read once for all its recipients.
  // A template's own words stand in its first lines; a bound keeps this read cheap on a long notice.
  const noticeWords = [normalizeForMatch(texts.subject ?? ''), bodyWords].filter((words) => words !== '').join(' ');
  // The text's own words come first: a subject may be one for every kind of notice (Citadel's
  // delay warning is "Delivery Status Notification (Failure)" too), the text is written for this one.
  const templateSays = found.fromEvents ? undefined : templateWords(noticeWords, noticeWords.length - bodyWords.length);
  // A queue listing (its heading, or a queued message's line where the selection left that out)
  // shows messages the server still holds and retries, whatever their last reply's class: Postfix
  // retries a 554 greeting.
  const queued = found.fromEvents ? undefined : queueListingLine(cutOriginalMessage(texts.body).slice(0, maxTemplateLength));
  const permanence = found.fromEvents ? undefined
    : queued !== undefined ? {permanent: false, text: queued, stated: true} as const : templateSays?.permanence ?? subjectPermanence(texts.subject);
  // A delivery confirmation's own words ("successfully delivered"): its recipients were delivered,
  // unless a failure code or the recipient's own words say otherwise (OpenSMTPD once put an expired
  // envelope, "<rcpt>: Envelope expired", under its headline of success).
  const delivered = !found.fromEvents && permanence === undefined && saysDelivered(noticeWords);
  // A log names each recipient's outcome on its own line ("status=sent", "delivery: Ok for"): one
  // whose line says it was delivered was, unless its lines say it failed too (a relay accepted it,
  // then the next hop refused it: "stat=Sent", then "stat=Service unavailable").
  // A log's flag says what became of the address on its line (Exim's "**" failed, "==" deferred,
  // "=>" delivered): a failure or deferral so flagged is the log's own verdict, as "status=bounced" is.
  let logsVerdict = false;
  const logged = found.records.map((record): FailureRecord => {
    const line = found.fromEvents ? undefined : firstLineOf(record);
    const flagged = line === undefined ? undefined : loggedOutcome(line);
    if (record.knownReason === undefined && (delivered || (line !== undefined && saysDelivered(normalizeForMatch(line))) || flagged?.outcome === 'delivered') && !saysItFailed(record)) return {...record, knownReason: 'delivered'};
    if (flagged === undefined || flagged.outcome === 'delivered') return record;
    logsVerdict = true;
    return record.statedPermanence === undefined ? {...record, statedPermanence: {permanent: flagged.outcome === 'failed', text: flagged.flag, stated: true}} : record;
  });
  // Where the notice's words as a whole say neither final nor retried (none, or both: cPanel's
  // "Message will be reattempted later" under Exim's opening of a failure), a recipient's own lines may.
  const records = found.fromEvents || permanence !== undefined ? logged : logged.map((record) => {
    const own = templateWords(normalizeForMatch(record.diagnostic.slice(0, maxTemplateLength))).permanence;
    return own === undefined ? record : {...record, ownPermanence: own};
  });
  // Free text counts as a failure notice only with an enhanced code, a known phrase or the fixed
  // words of a mail server's notice, those that frame its reply included ("Remote host said:", "in
  // reply to RCPT TO command"): a reply code alone is too weak ("Item 421: 550 EUR"), unless
  // the whole text is one code a person typed in. Whether it is one is read only when a recipient
  // of free text depends on it, and once.
  let noticeText: boolean | undefined;
  // Pasted text's template words count as a notice writes them, not as prose quotes them.
  let lineWords: string | undefined;
  const templateLineWords = () => (lineWords ??= texts.format === 'text' ? [normalizeForMatch(texts.subject ?? ''), normalizeForMatch(templateLinesOf(texts.body))].join(' ') : noticeWords);
  const isNoticeText = () => (noticeText ??= (permanence !== undefined && (texts.format !== 'text' || permanence !== templateSays?.permanence || templateWords(templateLineWords()).permanence !== undefined)) || delivered
    || /^\s*(?:[245]\d\d|[245]\.\d{1,3}\.\d{1,3})\s*$/.test(texts.body) || isReplyAlone(cutOriginalMessage(texts.body)) || hasNoticeWords(templateLineWords()) || logsVerdict
    || (texts.format === 'text' && holdsReplyParagraph(cutOriginalMessage(texts.body)))
    // A server's marker before the returned original is a notice's own line too.
    || cutAtMarker(texts.body) !== texts.body
    // Pasted text that states a failure in the words templates share, or a session with a server.
    || (texts.format === 'text' && (statesUndelivered(templateLineWords()) || isSessionTranscript(texts.body) || opensWithGreeting(texts.body)))
    // A client library's message that stands for the server's refusal (Horde_Smtp's "Server is not
    // accepting SMTP connections." for 554): the library's own words that a server refused.
    || quotesImpliedReply(noticeWords)
    // A provider's documented reply copied without its codes (its cause may go unnamed).
    || (texts.format === 'text' && quotesProviderReply(noticeWords)));
  // A raw message counts as a notice by its report parts, sender or subject; one that has none of
  // them (a newsletter, a spam whose HTML says height="400") needs the same evidence as free text.
  // Its header alone may say so too: a delivery report's type (RFC 6522), or, where the text was cut
  // off, the list of the failed recipients that Exim writes into its notices' header
  // (X-Failed-Recipients; beside an ordinary message's own text, the field alone is no notice).
  const byNoticeHeaders = isFailureNotice(texts.from ?? '', texts.subject ?? '') || isDeliveryReportType(texts.contentType ?? '')
    || (texts.failedRecipients !== undefined && texts.body.trim() === '');
  const weighed = texts.format === 'text' || (texts.format === 'raw-message' && texts.reports.length === 0 && !byNoticeHeaders);
  const diagnosed = withQuotedRecipient(classifyAll(records, permanence, noticeWords, texts.from, texts.format === 'text' ? noticeWords : '').filter((recipient) => found.fromEvents || !weighed || recipient.status !== undefined
    || (!['undefined', 'onhold'].includes(recipient.reason.id) && !reasonFromReplyCode(recipient)) || repliedTo(recipient) || isNoticeText()), texts.format);
  // A report of several recipients names the delivered beside the failed (RFC 3464 §2.3.3 Action:
  // delivered, a log's "status=sent"): the notice's failures are the others.
  const failed = diagnosed.some((recipient) => recipient.reason.id !== 'delivered') ? diagnosed.filter((recipient) => recipient.reason.id !== 'delivered') : diagnosed;
  // A transcript that accepted one address and refused the next ("250 2.1.5 Ok" to the first RCPT
  // TO, "550 5.1.1 ..." to the second): the refused ones failed, the accepted one did not.
  const refusedAny = failed.some((recipient) => recipient.replyCode?.class === '4' || recipient.replyCode?.class === '5');
  const recipients = refusedAny ? failed.filter((recipient) => !acceptsAddress(recipient.diagnostic)) : failed;
  if (texts.format === 'text' && listsReplies(recipients, texts.body)) return {kind: 'none', format: texts.format, recipients: []};
  // A session with a server whose successes all come before the message's data ("RCPT TO:<bob>",
  // "250 OK", and no DATA) delivered nothing: they are its steps, not an outcome.
  if (texts.format === 'text' && recipients.length > 0 && recipients.every((recipient) => recipient.reason.id === 'delivered')
    && isSessionTranscript(texts.body) && !sessionSendsData(texts.body)) return {kind: 'none', format: texts.format, recipients: []};
  // The notice's own frame (its sender or subject, a template's fixed lines), read once if asked.
  let framed: boolean | undefined;
  const framedAsNotice = () => (framed ??= byNoticeHeaders || hasBodyMarker(noticeWords));
  const kind = kindOf(recipients, texts, records, permanence, found.fromEvents === true, framedAsNotice);
  // Nothing in the notice may speak of retrying: no recipient's code, and not its subject.
  const failureNotice = kind === 'bounce' && !found.fromEvents && recipients.every((recipient) => recipient.permanent !== false)
    && !subjectSaysDelay(texts.subject) && (framedAsNotice() || statesUndelivered(noticeWords))
    // Words of both kinds ("Undelivered Mail Returned to Sender" above "This is a warning only") say neither.
    && (permanence !== undefined || templateSays?.speaksOfRetrying !== true);
  return {kind, format: texts.format, recipients: failureNotice ? recipients.map(finalInNotice) : recipients, ...(feedbackType ? {feedbackType} : {})};
}

/** How many lines of pasted text are read for a template's words. */
const maxTemplateLines = 400;

/** The longest line of a template that holds its fixed words with a slot or two filled in. */
const maxTemplateLineLength = 200;

/**
 * The lines of pasted text where a template's words may stand as a notice writes them: a line of a
 * template's length, or the first sentence of a longer one (a template's paragraph; a log line,
 * which has no sentences, whole). Prose about notices quotes their words further into its
 * sentences, or in quotation marks after its own words.
 */
function templateLinesOf(body: string): string {
  return body.split('\n', maxTemplateLines).map((line) => {
    const text = line.trim();
    if (text.length <= maxTemplateLineLength) return text;
    // A sentence's end, or a quotation opening after a word (not a field's value: `"reason": "...`).
    const end = text.search(/[.!?] |\p{L} ["\u201c\u201e\u00ab]/u);
    return end < 0 ? text : text.slice(0, end + 1);
  }).join('\n');
}

/** Any line that opens a server's file of its notices' templates, as it starts its line. */
const templateFileLine = new RegExp(`^[ \\t]*(?:${templateFileLines.map((line) => escapeRegExp(line).replace(/ /g, '[ \\t]*')).join('|')})[ \\t]*$`, 'im');

/**
 * Whether pasted text is a server's file of its notices' templates (Postfix's bounce(5) file,
 * `templateFileLines`): its templates' words are a notice's, but nothing was sent or refused.
 */
function holdsTemplateFile(body: string): boolean {
  return templateFileLine.test(body.slice(0, 64 * 1024));
}

/** How many different failures' codes a text must quote, naming no recipient, to be a list of replies. */
const minListedReplies = 3;

/**
 * Whether pasted text is a list of replies rather than a notice: it quotes several different
 * refusals (three reply codes or three enhanced codes, a help page's "550 5.1.1 Account not found",
 * "550 5.2.1 Mailbox not available", ... each with its explanation) and names no recipient of any. A
 * notice reports what one message met: a refusal per recipient it names, or one reply.
 */
function listsReplies(recipients: readonly RecipientDiagnosis[], body: string): boolean {
  if (recipients.some((recipient) => recipient.recipient !== undefined)) return listsExampleReplies(recipients, body);
  if (recipients.length > 1) return false;
  const notice = cutOriginalMessage(body).slice(0, maxTemplateLength);
  if (listedFailures(firstOfLines(repliesAsWritten(notice), notice)) < minListedReplies && listedFailures(firstOfLines(findStatusCodes(notice), notice)) < minListedReplies) return false;
  // A notice's own template around them makes the replies the failures it reports (qmail's notice
  // pasted without its recipients' lines), not a list of samples.
  return !isFramedAsNotice(normalizeForMatch(notice), notice);
}

/** Whether a notice's own words frame a text: a template's fixed line or clause of failure, or a log's verdict. */
function isFramedAsNotice(words: string, notice: string): boolean {
  return hasBodyMarker(words) || quotesPermanenceClause(words) || statesUndelivered(words) || holdsLoggedVerdict(notice);
}

/**
 * Whether pasted text that names recipients is a help page's list of sample replies, an example
 * address beside some ("550 5.1.1 <user@domain.com>: User unknown", "552 5.2.2 Mailbox full", ...):
 * more different failures listed a line each (`minListedReplies` at least) than recipients, and
 * none of a notice's or a log's own words around them (no family's fixed line, no clause that says
 * final or retried, no statement that a message was not delivered, no logged verdict). A notice
 * writes its template around its recipients' replies, one refusal each.
 */
function listsExampleReplies(recipients: readonly RecipientDiagnosis[], body: string): boolean {
  const notice = cutOriginalMessage(body).slice(0, maxTemplateLength);
  // Each sample on a line of its own, as a list writes it: a reply that quotes another's inside it
  // ("returned '451-4.4.0 ... 554-Bad DNS PTR ...'") is one failure, not a list.
  // A list's items stand apart: numbered or bulleted, or with words between them (an explanation, a
  // provider's heading); replies pasted one under the other are what one message met.
  const listed = new Set<string>();
  let apart = false;
  let between = false;
  for (const line of notice.split('\n', maxListedLines)) {
    const item = listItemReplyCode.exec(line);
    if (item === null) {
      between ||= listed.size > 0 && line.trim() !== '';
      continue;
    }
    apart ||= between || item[1] !== undefined;
    between = false;
    listed.add(item[2]!);
  }
  if (!apart || listed.size < minListedReplies || listed.size <= new Set(recipients.map((recipient) => recipient.recipient)).size) return false;
  const words = normalizeForMatch(notice);
  // A reply's own frame ("Recipient address rejected:") is the samples' words, not a notice's.
  return !isFramedAsNotice(words, notice);
}

/**
 * The reply codes of a text as a reply writes them, a space or a hyphen after the code (RFC 5321
 * §4.2): not a stack trace's line and column ("index.js:605:19"), nor a client's words that stand for one.
 */
function repliesAsWritten(text: string): ReturnType<typeof findReplyCodes> {
  return findReplyCodes(text).filter((found) => found.impliedBy === undefined && /^[ -]/.test(text.slice(found.index + 3, found.index + 4)));
}

/** A list item's failure code at its line's start, after a bullet, a number or a quote mark: "- 550 5.1.1 ...", "2. \"452 4.2.2 ...". */
const listItemReplyCode = /^[ \t]*([-*\u2022\u00b7]|\d{1,3}[.)])?[ \t]*["'\u201c\u300c]?([45]\d\d[ -](?:[45]\.\d{1,3}\.\d{1,3})?)/;

/** The most lines of a text read for a list of sample replies. */
const maxListedLines = 2000;

/**
 * Of codes found in `text`, in order, the first of each line: a list writes its items a line each,
 * while one line's several dotted numbers are a sentence's ("bumping from 5.4.13 to 5.4.15"), which
 * lists no replies.
 */
function firstOfLines<T extends {readonly index: number}>(codes: readonly T[], text: string): T[] {
  let lastLine = -2;
  return codes.filter((found) => {
    const line = text.lastIndexOf('\n', found.index);
    if (line === lastLine) return false;
    lastLine = line;
    return true;
  });
}

/** How many different failures' codes (classes 4 and 5) a list of codes holds. */
function listedFailures(codes: readonly {code: string}[]): number {
  return new Set(codes.map((found) => found.code).filter((code) => code[0] === '4' || code[0] === '5')).size;
}

/**
 * A record's own line, the first of its diagnostic (a log's line of that recipient), at most 8 KB:
 * where a log says what became of the recipient ("status=sent", Exim's "=>" flag).
 */
function firstLineOf(record: FailureRecord): string {
  const newline = record.diagnostic.indexOf('\n');
  return record.diagnostic.slice(0, Math.min(newline < 0 ? record.diagnostic.length : newline, 8192));
}

/** Whether a recipient's record says it failed: a failure's code, a failed status, or words naming a cause. */
function saysItFailed(record: FailureRecord): boolean {
  const head = record.diagnostic.slice(0, 8192);
  return failureCode.test(head) || /^[45]/.test(record.reportedStatus ?? '') || namesFailureCause(normalizeForMatch(head));
}

/**
 * Whether a recipient's reason rests on its reply code alone ("503": the command's syntax): a code
 * in free text ("Call me: 555 1234") is no evidence that the text is a notice.
 */
function reasonFromReplyCode(recipient: RecipientDiagnosis): boolean {
  const code = recipient.replyCode?.code;
  return code !== undefined && recipient.evidence.some((item) => item.about === 'reason' && item.text === code);
}

/** A line of an SMTP reply refusing something (RFC 5321 §4.2: the code, then a space or a hyphen and the text). */
const refusalLine = /^[ \t]*(?:<<<[ \t]*)?([45]\d\d)[ -][ \t]*\S/;

/**
 * Whether a text is an SMTP refusal selected alone: every line of it a reply line of one code, as a
 * multi-line reply writes its lines ("550-...", "550 ..."), or as a transcript quotes them ("<<< 550
 * ..."). A few lines at most: a selection, not a list. The returned original a selection may run
 * into is cut before.
 */
function isReplyAlone(text: string): boolean {
  const lines = text.trim().split('\n', 11).filter((line) => line.trim() !== '');
  if (lines.length === 0 || lines.length > 10) return false;
  const code = refusalLine.exec(lines[0]!)?.[1];
  return (code !== undefined && lines.every((line) => refusalLine.exec(line)?.[1] === code)) || isJoinedReplyAlone(text);
}

/**
 * The failure codes RFC 5321 and its extensions define (`replyCodes`) that no web server's status
 * shares as often (`codesSharedWithHttp`, `clientErrorsSharedWithHttp`), nor an unassigned one: an issue's
 * "404 Not Found" or "500 Internal Server Error" on a line of its own is a web page's answer.
 */
const smtpOnlyFailureCodes: ReadonlySet<string> = new Set(replyCodes.map((rule) => rule.code).filter((code) => /^[45]/.test(code) && !codesSharedWithHttp.has(code) && !clientErrorsSharedWithHttp.has(code)));

/**
 * Whether pasted text holds an SMTP refusal that a person set apart as what they got: a paragraph
 * of its own (blank lines or the text's edges around it, perhaps under a heading of one line that
 * ends in a colon, "I get this error:") that is one refusal alone (`isReplyAlone`) with a code only
 * SMTP defines, the person's words above or below it ("550 domain of forward path is not allowed",
 * then "Why?"). Read in the text's first lines, where a person puts what they pasted.
 */
function holdsReplyParagraph(text: string): boolean {
  const head = text.slice(0, maxTemplateLength);
  const lines = head.split('\n');
  let start = 0;
  for (let index = 0; index <= lines.length; index++) {
    if (index < lines.length && lines[index]!.trim() !== '') continue;
    let paragraph = lines.slice(start, index);
    // A heading of one line that ends in a colon introduces what stands below it.
    if (paragraph.length > 1 && paragraph[0]!.trimEnd().endsWith(':') && paragraph[0]!.length <= maxTemplateLineLength) paragraph = paragraph.slice(1);
    start = index + 1;
    if (paragraph.length === 0) continue;
    const code = refusalLine.exec(paragraph[0]!)?.[1];
    if (code !== undefined && smtpOnlyFailureCodes.has(code) && isReplyAlone(paragraph.join('\n'))) return true;
  }
  return false;
}

/** A line's prefix of a multi-line reply with its enhanced code, wherever it stands: "421-4.7.0 ", "421 4.7.0 ". */
const joinedReplyPrefix = /(?<![\w.-])([45]\d\d)([ -])([45]\.\d{1,3}\.\d{1,3})(?![\w.])/g;

/** The longest text read as one reply whose lines were joined: a reply of a few lines. */
const maxJoinedReplyLength = 2000;

/**
 * Whether a text is one multi-line SMTP refusal whose line ends a copy lost ("Our system has
 * detected an unusual rate of 421-4.7.28 unsolicited mail ... 421 4.7.28 review our Bulk Email
 * Senders Guidelines."), its first line's codes perhaps left out of the selection: the lines'
 * prefixes (RFC 5321 §4.2.1: the code, then a hyphen on every line but the last), two at least and
 * one with the hyphen, one code and one enhanced code throughout, and before the first only words
 * of one line, no label's colon (a program's "SMTP Error:" is its own message around the reply).
 */
function isJoinedReplyAlone(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > maxJoinedReplyLength) return false;
  const prefixes = [...trimmed.matchAll(joinedReplyPrefix)];
  const first = prefixes[0];
  if (first === undefined || prefixes.length < 2 || !prefixes.some((prefix) => prefix[2] === '-')) return false;
  if (!prefixes.every((prefix) => prefix[1] === first[1] && prefix[3] === first[3])) return false;
  const head = trimmed.slice(0, first.index);
  return head.length <= maxTemplateLineLength && !/[\n:]/.test(head);
}

/** The most lines, and characters, of a record of one attempt selected alone: a log line or a notice's recipient entry. */
const maxAttemptLines = 8;
const maxAttemptLength = 4000;

/**
 * Whether a text is a queueing server's record of one attempt and nothing more: a few lines, in
 * its own words around the remote reply (`queuedAttemptFrames`). The returned original a selection
 * may run into is cut before.
 */
function isQueuedAttemptAlone(text: string): boolean {
  const record = cutOriginalMessage(text).trim();
  if (record.length > maxAttemptLength) return false;
  const lines = record.split('\n', maxAttemptLines + 1).filter((line) => line.trim() !== '');
  // A wrapped line may break inside the words ("(in reply\n    to RCPT TO command)").
  return lines.length <= maxAttemptLines && (queuedAttemptFrames.test(record.replace(/\s+/g, ' ')) || ownErrorIn(record) !== undefined);
}

/**
 * A failed recipient's line as servers write it, the address and a colon before the remote reply
 * ("<bob@example.com>: 550 ..." in OpenSMTPD's bounce.c, MX Logic's and Postfix's notices): a
 * reply code after an address is a refusal of that address, not a number in prose.
 */
const addressThenReply = /^[ \t]*<?[^\s<>@]{1,64}@[^\s<>:@]{1,255}>?:[ \t]*[45]\d\d[ \t-]/;

/**
 * The server that answered, named by its address in brackets, right before its reply: Postfix's
 * "host mx.example.net[192.0.2.1] said: 550 ..." (smtp_proto.c, "host %s said: %s" of the
 * server's name[address]), Exim's "host mx.example.net [192.0.2.1]: 550 ..." (deliver.c), and
 * SurfControl's "<rcpt>: [192.0.2.1], 550 ..." (as Sisimai's lhost/surfcontrol.rb records it): a
 * reply code after the server that sent it is its reply, not a number in prose.
 */
const hostThenReply = /\[(?:\d{1,3}(?:\.\d{1,3}){3}|ipv6:[\da-f:.]{2,45}|[\da-f]{0,4}(?::[\da-f]{0,4}){2,7})\](?: said)?[:,][ \t]*[45]\d\d(?!\d)/i;

/**
 * A reply that names the address it refuses as its subject, as Sendmail's err.c (fmtmsg) puts the
 * recipient and its tag before the text of every message about one: "550 5.1.1 <bob@example.org>...
 * User unknown" (`recipientTags`), quoted anywhere in a line ("Server Response: '550 <bob@...>...
 * Relaying denied'", in whatever language the client writes around it): prose never writes a code,
 * an address and that tag in a row. Each repetition is bounded, from the positions of a code only.
 */
const replyThenTaggedAddress = new RegExp(`(?<![\\d.])[45]\\d\\d(?:[ -][45]\\.\\d{1,3}\\.\\d{1,3})?[ \\t]+<?[^\\s<>@]{1,64}@[^\\s<>@]{1,255}?>?(?:${recipientTags.map(escapeRegExp).join('|')})`);

/**
 * A template's introduction of the remote reply that no prose writes: a transcript's arrow or a
 * bracket ("<<< " in Sendmail's transcript, ": <-- " in MDaemon's, "(reason: " in Sendmail's list of
 * addresses). One of everyday words ("said:", "Antwort:") before a number says nothing alone.
 */
const framingIntroduction = /[<>([]/;

/**
 * A refusal's code and text as a client library prints the pair (`replyPairSeparators`: "(550,
 * b'..."), in the brackets and comma a Chinese or Japanese keyboard types too ("（553，b'...").
 */
const replyPair = templateReplyPairSeparators.length === 0 ? undefined
  : new RegExp(`[(\uff08][ \\t]*[45]\\d\\d(?:${templateReplyPairSeparators.map((separator) => escapeRegExp(separator).replace(/,/g, '[,\uff0c]').replace(/ /g, '[ \\t]*')).join('|')})`);

/**
 * Whether a recipient's diagnostic is a server's refusal: after the address it refused, after the
 * server's own address, or in the frame a template writes the remote reply in.
 */
function repliedTo(recipient: RecipientDiagnosis): boolean {
  const head = recipient.diagnostic.slice(0, 400);
  return (recipient.recipient !== undefined && addressThenReply.test(head)) || hostThenReply.test(head) || replyThenTaggedAddress.test(head)
    || (replyPair !== undefined && replyPair.test(head))
    || findReplyCodes(head).some((found) => found.code[0] !== '2'
      && (framingIntroduction.test(introductionBefore(head, found.index) ?? '') || isLabelledReply(head, found.index)));
}

/** Reasons that are no failure: a notice's delivered, auto-replied or reported recipients. */
const noFailureReasons: ReadonlySet<ReasonId> = new Set(['delivered', 'vacation', 'feedback']);

/**
 * A failed recipient of a failure notice that no code, no word and no report field qualified: the
 * notice itself says the failure is final. A server retries until it delivers or gives up (RFC 5321
 * §4.5.4.1) and sends its non-delivery notice when it gives up (§6.1); the one notice it sends while
 * still retrying, the delay warning, says so in its own words, and is read as a delay before this.
 */
function finalInNotice(recipient: RecipientDiagnosis): RecipientDiagnosis {
  if (recipient.permanent !== undefined || noFailureReasons.has(recipient.reason.id)) return recipient;
  return {
    ...recipient,
    permanent: true,
    evidence: [...recipient.evidence, {about: 'kind', text: 'failure notice', note: 'The notice returns the message as not delivered and says nothing of retrying: its server has stopped trying.'}],
  };
}

