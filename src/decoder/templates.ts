/**
 * What the mail servers' own templates say, read from `src/rules/mta/` as one union of every
 * family's texts: nothing here depends on which server wrote a notice, so a relay that rewraps
 * another server's words, or a server configured with another's templates, reads the same.
 */
import {mtaFamilies, providerOfFamily} from '../rules/mta/index.ts';
import {undeliveredStatements} from '../rules/notice-signals.ts';
import type {EscapedLogLine, MtaFamily, OwnError, ProviderId, SmtpStage, TemplateText} from '../rules/types.ts';
import {escapeRegExp, type LiteralMatch, LiteralSet} from './match-text.ts';

type TextField = {
  [K in keyof MtaFamily]-?: NonNullable<MtaFamily[K]> extends readonly TemplateText[] ? K : never;
}[keyof MtaFamily];

/** Every family's texts of one field, longest first (so an alternation prefers the fullest match). */
function textsOf(field: TextField): string[] {
  const texts = new Set(mtaFamilies.flatMap((family) => (family[field] ?? []).map((text) => text.text)));
  return [...texts].sort((a, b) => b.length - a.length);
}

/** Every field of a family that holds its template's fixed texts. */
const allTextFields: readonly TextField[] = [
  'senders', 'subjects', 'headers', 'recipientHeaders', 'bodyMarkers', 'writerMarkers', 'recipientLeadIns', 'recipientTrailers', 'parentAddressLeadIns',
  'recipientHeadings', 'senderLabels', 'senderLeadIns', 'senderRefusals', 'remoteServerLabels', 'remoteServerTrailers', 'clientNameTrailers', 'reportingServerLabels',
  'templateFileLines', 'delivered', 'replyIntroductions', 'replyPairSeparators', 'expectedCodeLabels', 'permanent', 'sendFailed',
  'temporary', 'originalMessageMarkers', 'queueListingHeadings', 'headerExcerptLeadIns', 'exceptionNames', 'queuedAttemptFrames',
];
/** Every family's body markers, those that also name the writer (`writerMarkers`) among them. */
const bodyMarkerTexts = [...new Set([...textsOf('bodyMarkers'), ...textsOf('writerMarkers')])];

/** Every fixed text of every family's template, each once. */
const allTemplateTexts = [...new Set(allTextFields.flatMap(textsOf))];
/** Every fixed text of every family's template, for where a text is a template's own words. */
const anyTemplateText = new LiteralSet(allTemplateTexts);

/**
 * How long a template's text must be to be a clause of its own, not words a reply may share ("user
 * unknown"): where one stands, a notice begins ("couldn't be delivered.") or goes on.
 */
export const minClauseLength = 20;
/**
 * The templates' clauses (`minClauseLength` or longer), case-blind: where one stands, the notice's
 * own words go on (Domino's "was not delivered to:" after the last recipient's reply).
 */
export const templateClauses: readonly string[] = allTemplateTexts.filter((text) => text.length >= minClauseLength);
export const anyTemplateClause = new LiteralSet(templateClauses, {caseBlind: true});

/**
 * Where `text` (lower case, white space folded) holds a mail server's template's own words ("google
 * tried to deliver your message, but it was rejected by the"): a name in them is the writer's own.
 */
export function templateTextsIn(text: string): readonly LiteralMatch[] {
  return anyTemplateText.occurrences(text);
}

export const templateRecipientLeadIns = textsOf('recipientLeadIns');
/** Every family's words around a remote reply in a queueing server's record of one attempt (`queuedAttemptFrames`). */
export const queuedAttemptFrames = new LiteralSet(textsOf('queuedAttemptFrames'), {caseBlind: true});
/** Every family's own errors of an attempt that met no reply (`ownErrors`), in their tables' order. */
const templateOwnErrors: readonly OwnError[] = mtaFamilies.flatMap((family) => family.ownErrors ?? []);
const anyOwnError = new LiteralSet(templateOwnErrors.map((row) => row.text), {caseBlind: true});

/** The first of the families' own errors (`ownErrors`) that `text` holds, in their tables' order. */
export function ownErrorIn(text: string): OwnError | undefined {
  if (!anyOwnError.test(text)) return undefined;
  const lower = text.toLowerCase();
  return templateOwnErrors.find((row) => lower.includes(row.text));
}
/** Every family's subject lines of its notices ("NOTICE: mail delivery status.", Courier's). */
export const templateSubjects = textsOf('subjects');
/** Every family's log flags before a recipient, each with the message id it must follow. */
export const templateLoggedRecipientFlags = mtaFamilies.flatMap((family) => family.loggedRecipientFlags ?? []);

/** The flags that say their line's outcome, each after its log's message id, at a line's start or after its stamp. */
const outcomeFlags = templateLoggedRecipientFlags.filter((flag) => flag.outcome !== undefined);
const loggedOutcomeLine = outcomeFlags.length === 0 ? undefined
  : new RegExp(`(?:^|\\s)(?:${outcomeFlags.map((flag) => `(?:${flag.idBefore}) (${escapeRegExp(flag.text)})`).join('|')}) `, 'i');
const outcomeOfFlag = new Map(outcomeFlags.map((flag) => [flag.text, flag.outcome!]));

/**
 * What a log's line says happened to the address it names, by the flag after its message id
 * (Exim's "=>" delivered, "**" failed, "==" deferred: `loggedRecipientFlags`), read on the line's
 * first 1,000 characters; none for a line without such a flag.
 */
export function loggedOutcome(line: string): {readonly outcome: 'delivered' | 'failed' | 'deferred'; readonly flag: string} | undefined {
  const match = loggedOutcomeLine?.exec(line.slice(0, 1000));
  const flag = match?.slice(1).find((group) => group !== undefined);
  return flag === undefined ? undefined : {outcome: outcomeOfFlag.get(flag)!, flag};
}
/** The words templates write right after a recipient, which a copy may glue to the address. */
export const templateRecipientTrailers = textsOf('recipientTrailers');
export const templateParentAddressLeadIns = textsOf('parentAddressLeadIns');
export const templateSenderLabels = textsOf('senderLabels');
export const templateSenderLeadIns = textsOf('senderLeadIns');
export const templateSenderRefusals = textsOf('senderRefusals');
export const templateReplyIntroductions = textsOf('replyIntroductions');
export const templateRemoteServerLabels = textsOf('remoteServerLabels');
/** The lines that open a server's file of its notices' templates (`templateFileLines`). */
export const templateFileLines = textsOf('templateFileLines');
export const templateRemoteServerTrailers = textsOf('remoteServerTrailers');
export const templateClientNameTrailers = textsOf('clientNameTrailers');
export const templateReportingServerLabels = textsOf('reportingServerLabels');
export const templateExpectedCodeLabels = textsOf('expectedCodeLabels');
export const templateReplyPairSeparators = textsOf('replyPairSeparators');
/** Every client's messages that stand for the reply code they drop (`impliedReplies`). */
export const templateImpliedReplies = mtaFamilies.flatMap((family) => family.impliedReplies ?? []);
export const templateOriginalMessageMarkers = textsOf('originalMessageMarkers');
/** The words after which a template quotes the message's header fields and goes on (`headerExcerptLeadIns`). */
export const templateHeaderExcerptLeadIns = textsOf('headerExcerptLeadIns');
/** The headings of queue listings (Postfix's `mailq`), white space folded to one space. */
export const templateQueueListingHeadings = textsOf('queueListingHeadings');
/** Header names whose value lists a notice's failed recipients (Exim's X-Failed-Recipients). */
export const templateRecipientHeaders = new Set(textsOf('recipientHeaders'));
const templateDelivered = textsOf('delivered');

/**
 * The banner lines of the templates: fixed texts a family writes at the start of a line of their
 * own, opened by a run of dashes, stars or equals signs ("***** The following information is
 * directed towards the local administrator", PP's write_report.c); one closed by such a run too
 * is the whole line ("----- Transcript of session follows -----", Sendmail's errbody). Where a
 * notice lost its line ends, each still starts its line, and a closed one ends it.
 */
export const templateBanners = [...new Set([...bodyMarkerTexts, ...textsOf('permanent'), ...textsOf('temporary')])]
  .filter((text) => /^([-*=])\1\1/.test(text) && /[a-z]/.test(text));

/**
 * The words of a line that opens a list of recipients: a failure notice's list, or a delivery
 * confirmation's. Matched case-blind over the whole text, in one scan (`headingLines`).
 */
export const anyRecipientHeading = new LiteralSet([
  ...textsOf('recipientHeadings'),
  ...templateDelivered,
  // A lead-in that is a whole sentence ("Delivery has failed to these recipients or groups:") also
  // heads the list below it, where the templates put the addresses one per line.
  ...templateRecipientLeadIns.filter((text) => text.length >= 15 && /[:.]$/.test(text)),
], {caseBlind: true});

const permanentTexts = new Set(textsOf('permanent'));
const temporaryTexts = new Set(textsOf('temporary'));
const sendFailedTexts = new Set(textsOf('sendFailed'));
/** Every family's words of permanence, either way, and of a failed attempt to send, as written (with their `followedBy` and `verdict`). */
const permanenceRows = mtaFamilies.flatMap((family) => [...family.permanent ?? [], ...family.temporary ?? [], ...family.sendFailed ?? []]);
/** The permanence words that count only where their `followedBy` words come next. */
const permanenceFollowers = new Map(permanenceRows.flatMap((text) => (text.followedBy === undefined ? [] : [[text.text, text.followedBy] as const])));
/** How many characters may stand between a permanence word and its `followedBy` words: a count. */
const maxFollowerGap = 12;

/** Whether `match` stands in `notice` with the words its template puts after it, where it has any. */
function hasFollower(notice: string, match: LiteralMatch): boolean {
  const follower = permanenceFollowers.get(match.text);
  if (follower === undefined) return true;
  const end = match.index + match.text.length;
  // Only the few characters where it may stand are read: linear however often the word recurs.
  return notice.slice(end, end + maxFollowerGap + follower.length).includes(follower);
}
/** Both lists in one set: one scan of the notice finds what each says. */
const anyPermanence = new LiteralSet([...permanentTexts, ...temporaryTexts, ...sendFailedTexts]);
const anyBodyMarker = new LiteralSet(bodyMarkerTexts);

/** What a notice's own template words say of its failures, with the words that say it. */
export interface TemplatePermanence {
  readonly permanent: boolean;
  readonly text: string;
  /**
   * Of words that say the server still retries: whether a clause of the template or a log's verdict
   * says it (`saysAlone`: "there was a temporary problem delivering your message to",
   * "status=deferred"), not only short words a sentence about something else may hold ("transient
   * error" in "After a transient error, delivery to ... failed"): strong enough to outweigh the class
   * of a reply's code.
   */
  readonly stated?: true;
  /**
   * Of words that say the failure is final: whether they are a sending program's (`sendFailed`),
   * which end this attempt and say nothing of the cause's class, so that no recipient without a
   * code is called permanent by them.
   */
  readonly ofAttempt?: true;
}

/** Whether `text` holds `word` inside longer words of its own. */
function holdsInside(text: string, word: string): boolean {
  return text.length > word.length && text.includes(word);
}

/**
 * The permanence words that a family writes as its subject ("Undeliverable:", "Delivery Status
 * Notification (Failure)"), and the template lines of other kinds that hold one in a sentence of
 * their own ("The following addresses were undeliverable:", above Citadel's delay warning too).
 */
const subjectPermanenceTexts = [...new Set(mtaFamilies.flatMap((family) => {
  const subjects = new Set((family.subjects ?? []).map((text) => text.text));
  return [...family.permanent ?? [], ...family.temporary ?? []].map((text) => text.text).filter((text) => subjects.has(text));
}))];
const linesHoldingSubjectWords = new LiteralSet([...textsOf('recipientHeadings'), ...textsOf('recipientLeadIns'), ...bodyMarkerTexts]
  .filter((line) => !permanentTexts.has(line) && !temporaryTexts.has(line)
    && subjectPermanenceTexts.some((word) => holdsInside(line, word))));
const subjectWords = new Set(subjectPermanenceTexts);

/**
 * The reply introductions that hold a permanence word inside longer words of their own (mox's client
 * error "... expected 2xx, transient: " before the reply's last line), and those words: a permanence
 * word inside one frames the reply as its family writes it, the reply's class, and says nothing of
 * whether the notice's server still retries.
 */
const permanenceWords = [...permanentTexts, ...temporaryTexts];
const introductionsHoldingPermanenceTexts = textsOf('replyIntroductions').filter((introduction) => permanenceWords.some((word) => holdsInside(introduction, word)));
const introductionsHoldingPermanence = new LiteralSet(introductionsHoldingPermanenceTexts);
const permanenceWordsInIntroductions = new Set(permanenceWords.filter((word) => introductionsHoldingPermanenceTexts.some((introduction) => holdsInside(introduction, word))));

/** Whether `match` stands within one of `spans`, as a word within the line or the introduction that holds it. */
function withinAny(match: LiteralMatch, spans: readonly LiteralMatch[]): boolean {
  return spans.some((span) => span.index <= match.index && match.index + match.text.length <= span.index + span.text.length);
}

/** What a notice's template words say of its failures (`templateWords`). */
export interface TemplateWords {
  /** Final or still retried, when exactly one of the two is said. */
  readonly permanence?: TemplatePermanence;
  /** Whether any of them speaks of retrying, whatever else they say. */
  readonly speaksOfRetrying: boolean;
}

/**
 * Whether the template words of a notice say its failures are final ("This is a permanent error;
 * I've given up") or still being retried (a delay warning), when exactly one of the two is said,
 * and whether any speaks of retrying (words of both kinds say neither, but a notice that holds
 * them is not one of final failure). `notice` is normalised (`normalizeForMatch`). A subject's
 * words inside a longer line of a template are that line's, which says neither.
 *
 * `textStart`: where the notice's text starts after its subject's words. The text is read first,
 * alone, and the whole only when the text says nothing: all answers come from one scan, as a
 * literal found from `textStart` on is one the text alone holds.
 */
export function templateWords(notice: string, textStart = 0): TemplateWords {
  const found = anyPermanence.occurrences(notice);
  const permanence = textStart === 0 ? permanenceOf(notice, found, 0)
    : permanenceOf(notice, found.filter((match) => match.index >= textStart), textStart) ?? permanenceOf(notice, found, 0);
  return {...(permanence === undefined ? {} : {permanence}), speaksOfRetrying: found.some((match) => temporaryTexts.has(match.text))};
}

/** What `found`, the permanence words of `notice` from `from` on, say (see `templateWords`). */
function permanenceOf(notice: string, found: readonly LiteralMatch[], from: number): TemplatePermanence | undefined {
  let permanent: string | undefined;
  let attemptFailed: string | undefined;
  let temporary: string | undefined;
  let temporaryStated = false;
  const lines = found.some((match) => subjectWords.has(match.text))
    ? linesHoldingSubjectWords.occurrences(notice).filter((line) => line.index >= from)
    : [];
  const introductions = found.some((match) => permanenceWordsInIntroductions.has(match.text)) ? introductionsHoldingPermanence.occurrences(notice) : [];
  // In order of where they stand: the first of each kind is the one quoted as evidence.
  for (const match of found) {
    const {text} = match;
    if ((subjectWords.has(text) && withinAny(match, lines)) || (permanenceWordsInIntroductions.has(text) && withinAny(match, introductions))) continue;
    if (!hasFollower(notice, match)) continue;
    if (permanentTexts.has(text)) {
      permanent ??= text;
    } else if (sendFailedTexts.has(text)) {
      attemptFailed ??= text;
    } else {
      temporary ??= text;
      temporaryStated ||= isStated(text);
    }
  }
  if ((permanent ?? attemptFailed) !== undefined && temporary !== undefined) return undefined;
  if (permanent !== undefined) return {permanent: true, text: permanent};
  if (attemptFailed !== undefined) return {permanent: true, text: attemptFailed, ofAttempt: true};
  if (temporary !== undefined) return {permanent: false, text: temporary, ...(temporaryStated ? {stated: true} : {})};
  return undefined;
}

/** Each provider's own notices' lines (`writerMarkers`), by line: its family's provider (`providerOfFamily`). */
const providerOfWriterMarker: ReadonlyMap<string, ProviderId> = new Map(mtaFamilies.flatMap((family) => {
  const provider = providerOfFamily(family);
  return provider === undefined ? [] : (family.writerMarkers ?? []).map(({text}) => [text, provider] as const);
}));
const anyProviderBodyMarker = new LiteralSet([...providerOfWriterMarker.keys()]);

/**
 * The provider whose own notice a notice (normalised) is, by the lines only that provider's
 * notices carry (Gmail's "google tried to deliver your message" is Google's), with the line that
 * says so; none where its lines name two providers or none.
 */
export function noticeWriterOf(notice: string): {readonly provider: ProviderId; readonly marker: string} | undefined {
  let found: {provider: ProviderId; marker: string} | undefined;
  for (const {text} of anyProviderBodyMarker.occurrences(notice)) {
    const provider = providerOfWriterMarker.get(text)!;
    if (found !== undefined && found.provider !== provider) return undefined;
    found ??= {provider, marker: text};
  }
  return found;
}

/** Whether a notice (normalised) holds any family's fixed body line: the text is a notice. */
export function hasBodyMarker(notice: string): boolean {
  return anyBodyMarker.test(notice);
}

/**
 * The least length of a template's words of permanence that, quoted alone, say the text is a
 * notice: a whole clause ("has not yet been delivered to one or more of its recipients after more
 * than"), not words prose also says ("will retry for", "defer (").
 */
export const minStatementLength = 40;

/**
 * Whether words of permanence say so alone: a clause (long, opening with a letter: a listing's
 * heading, "-queue id- --size--", opens with none), or a log's field and its verdict
 * ("status=deferred", "stat=deferred", "result=permfail"), a form prose does not write.
 */
function saysAlone(text: string): boolean {
  return (clauseLength(text) >= minStatementLength && /^\p{L}/u.test(text)) || /^[a-z_]+="?[a-z]/.test(text);
}

const utf8 = new TextEncoder();

/** The words of permanence that say so alone (`saysAlone`), found once: the texts a notice is searched for are fixed. */
const statedTexts: ReadonlySet<string> = new Set([
  ...[...permanentTexts, ...temporaryTexts, ...sendFailedTexts].filter(saysAlone),
  ...permanenceRows.filter((row) => row.verdict === true).map((row) => row.text),
]);

/** Whether one of the templates' words of permanence says so alone (`saysAlone`). */
function isStated(text: string): boolean {
  return statedTexts.has(text);
}

/**
 * A text's length as a clause's is measured (`minStatementLength`): in UTF-8 bytes, as a reply's
 * introduction is (`saysAsMuchAsFrame`), so that an ideograph, which says about what three Latin
 * letters do ("一時的な問題が発生しました", "a temporary problem occurred"), counts three.
 */
export function clauseLength(text: string): number {
  return utf8.encode(text).length;
}

/** Whether a text (normalised) quotes a template's clause or log field of permanence, not a subject line's words: it is a notice. */
export function quotesPermanenceClause(text: string): boolean {
  return anyPermanence.occurrences(text).some((match) => isStated(match.text) && !subjectWords.has(match.text));
}

const anyUndeliveredStatement = new LiteralSet(undeliveredStatements);

/**
 * Whether a text (normalised) states that a message was not delivered, in the words templates share
 * (`undeliveredStatements`): what makes pasted text a notice when no line of one family's is there.
 */
export function statesUndelivered(text: string): boolean {
  return anyUndeliveredStatement.test(text);
}

const anyImpliedReply = new LiteralSet(templateImpliedReplies.map((implied) => implied.text));

/**
 * Whether a text (normalised) holds a client's message that stands for a refusal's code
 * (`impliedReplies`: .NET's "Mailbox unavailable. The server response was:"): a refusal, though its
 * class may stay open.
 */
export function quotesImpliedReply(text: string): boolean {
  return anyImpliedReply.test(text);
}

/** Whether a notice (normalised) says its recipients were delivered: a delivery confirmation. */
export function saysDelivered(notice: string): boolean {
  return anyDelivered.test(notice);
}

/** The confirmations' words in one search: a notice is asked for them whole, once per decode. */
const anyDelivered = new LiteralSet(templateDelivered);

const stageTexts = mtaFamilies.flatMap((family) => family.stages ?? []);
const stageByText = new Map<string, SmtpStage>(stageTexts.map((text) => [text.text, text.stage]));
const anyStage = new LiteralSet([...stageByText.keys()]);

/** The least length of a reply's introduction that is a template's own words, not anyone's ("said:"). */
const minFrameLength = 10;

/**
 * Whether a reply's introduction is long enough to be a template's own words, its length counted in
 * UTF-8 bytes: a word of four ideographs ("英文说明:", "English explanation:") is as much a template's
 * own as ten Latin letters, where "said:" is anyone's.
 */
export function saysAsMuchAsFrame(text: string): boolean {
  return clauseLength(text) >= minFrameLength;
}

/**
 * The words a template puts around the remote reply: the SMTP stage it answered ("in reply to RCPT
 * TO command", "does not like recipient.") and the introductions that say a remote server's reply
 * follows ("SMTP error from remote mail server after", "Remote host said:"). The shortest
 * introductions ("said:", "<<< ") are everyday words alone, and left out.
 */
export const templateReplyFrames: readonly string[] = [
  ...stageByText.keys(),
  ...templateReplyIntroductions.filter(saysAsMuchAsFrame),
];
const anyReplyFrame = new LiteralSet(templateReplyFrames);

/**
 * The headings of a failure notice's recipient list long enough to be its template's alone ("did
 * not reach the following recipient", not "error message:"): a selection that keeps the list and
 * its heading, not the notice's first lines, is still a notice.
 */
const anyNoticeHeading = new LiteralSet(textsOf('recipientHeadings').filter((text) => text.length >= 20));

/** The client libraries' exceptions that carry a server's refusal (`exceptionNames`). */
const anyExceptionName = new LiteralSet(textsOf('exceptionNames'));

/**
 * A notice's own words, each kind its own search: a family's fixed body lines, the words its
 * template frames a remote reply with, its recipient list's heading, a client library's exception
 * that carries a refusal.
 */
const noticeWordSets: readonly LiteralSet[] = [anyBodyMarker, anyReplyFrame, anyNoticeHeading, anyExceptionName];

/**
 * Whether a text (normalised) holds a notice's own words (`noticeWordSets`). A selection of a notice
 * keeps the frame or the heading without the body lines.
 */
export function hasNoticeWords(notice: string): boolean {
  return noticeWordSets.some((set) => set.test(notice));
}

/**
 * Where a text (normalised) holds a notice's own words (`noticeWordSets`). The words before the
 * first are a person's, or a program's.
 */
export function noticeWordsAt(notice: string): number[] {
  return noticeWordSets.flatMap((set) => set.occurrences(notice).map((match) => match.index));
}

/**
 * The SMTP stage that the template words name last in `text` (the one the failing reply answered),
 * with where it stands. `text` is normalised (`normalizeForMatch`).
 */
export function templateStage(text: string): {stage: SmtpStage; index: number} | undefined {
  let last: LiteralMatch | undefined;
  for (const match of anyStage.matches(text)) last = match;
  return last === undefined ? undefined : {stage: stageByText.get(last.text)!, index: last.index};
}

const escapedLogLines = mtaFamilies.flatMap((family) => family.escapedLogLines ?? []);
/** The lines that start the deliveries those log lines number, each once (qmail's failure and deferral lines share theirs). */
const deliveryStarts = [...new Set(escapedLogLines.flatMap((rule) => rule.startedBy ?? []))];
/** The marks those log lines carry, in one search: every notice's text is asked for them. */
const anyEscapedLogLineMark = new LiteralSet(escapedLogLines.map((rule) => rule.after));

/** Whether `head` ends with `before` and a number (a log line's delivery id). */
function endsWithNumbered(head: string, before: string): boolean {
  let at = head.length;
  while (at > 0 && head.charCodeAt(at - 1) >= 48 && head.charCodeAt(at - 1) <= 57) at--;
  return at < head.length && head.slice(0, at).endsWith(before);
}

/** The first of `rules` that `line` is a log line of ("delivery 42: failure: ..."), with where its report starts. */
function loggedLineOf(line: string, rules: readonly EscapedLogLine[]): {rule: EscapedLogLine; reportStart: number} | undefined {
  for (const rule of rules) {
    const at = line.indexOf(rule.after);
    if (at >= 0 && endsWithNumbered(line.slice(0, at), rule.before)) return {rule, reportStart: at + rule.after.length};
  }
  return undefined;
}

/** The escaped log lines whose words say a failure or a retry (qmail's ": failure: ", ": deferral: "), not a success. */
const loggedVerdicts = escapedLogLines.filter((rule) => permanentTexts.has(rule.after) || temporaryTexts.has(rule.after));

/**
 * Whether a text holds a delivery's failure or deferral as a server logs it ("delivery 245:
 * failure: Unable to run qmail-remote./"): a log of a delivery, whether or not it names the recipient.
 */
export function holdsLoggedVerdict(text: string): boolean {
  if (!loggedVerdicts.some((rule) => text.includes(rule.after))) return false;
  return text.split('\n').some((line) => loggedLineOf(line, loggedVerdicts) !== undefined);
}

/**
 * Log lines whose report a server wrote escaped (qmail's "delivery 42: failure:
 * 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_...") read back as the report it was:
 * its spaces and line breaks restored, so that the report reads like the same words in a notice.
 */
export function unescapeLogLines(text: string): string {
  if (!anyEscapedLogLineMark.test(text)) return text;
  // Each delivery's recipient, by its number, from the lines that started the deliveries.
  const started = new Map<string, string>();
  return text.split('\n').map((line) => {
    const logged = loggedLineOf(line, escapedLogLines);
    if (logged === undefined) {
      for (const startedBy of deliveryStarts) {
        const start = deliveryStartOf(line, startedBy);
        if (start !== undefined) started.set(start.id, start.recipient);
      }
      return line;
    }
    const {rule, reportStart} = logged;
    // The report as the server's notice writes it, under the recipient it is about on a line of its
    // own ("<bob@example.org>:", qmail-send's bounce layout).
    const recipient = rule.startedBy === undefined ? undefined : started.get(/(\d+)$/.exec(line.slice(0, reportStart - rule.after.length))?.[1] ?? '');
    return line.slice(0, reportStart) + (recipient === undefined ? '' : `\n<${recipient}>:\n`) + line.slice(reportStart).replaceAll(rule.space, ' ').replaceAll(rule.lineBreak, '\n');
  }).join('\n');
}

/** A log line that started a delivery, with the delivery's number and its recipient (`startedBy`). */
function deliveryStartOf(line: string, startedBy: NonNullable<EscapedLogLine['startedBy']>): {id: string; recipient: string} | undefined {
  const at = line.indexOf(startedBy.before);
  if (at < 0) return undefined;
  const id = /^\d{1,20}/.exec(line.slice(at + startedBy.before.length))?.[0];
  if (id === undefined) return undefined;
  for (const to of startedBy.to) {
    const toAt = line.indexOf(to, at);
    if (toAt < 0) continue;
    const recipient = /^[^\s<>@]{1,64}@[^\s<>@]{1,255}$/.exec(line.slice(toAt + to.length).trim())?.[0];
    if (recipient !== undefined) return {id, recipient};
  }
  return undefined;
}
