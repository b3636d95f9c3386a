import {
  broadStatusReasons, conditionStatusCodes, fallbackReasonOrder, mailboxReasons, ownSideReasons, providerById, providers, reasonOfClassSubject, reasonOrder, reasons, replyClassMeanings, replyCodes, statusClasses,
  statusCodes, statusReasons, statusSubjects,
} from '../rules/index.ts';
import {type LocalExitReply, localExitReplies, unknownLocalExit} from '../rules/local-exit-codes.ts';
import {recipientPhrases, recipientTags, reportedRecipientPhrases} from '../rules/recipient-phrases.ts';
import {defaultRetrySchedule, reasonRetryGuidance} from '../rules/retry.ts';
import {feedbackTypesWithoutComplaint} from '../rules/message-headers.ts';
import type {ProviderId, ProviderRules, ProviderRow, ReasonId, ReasonRule, StatusClass} from '../rules/types.ts';
import {findIpAddresses, findReplyCodes, lastAttemptIn, pickReply, pickReplyCode, pickStatusCode, quotedReplyIn} from './find-codes.ts';
import {isHostName, isHostUnit} from './host-names.ts';
import {escapeRegExp, findPhrase, inOrder, type LiteralMatch, LiteralSet, negationVariants, normalizeForMatch} from './match-text.ts';
import {saysAsMuchAsFrame, type TemplatePermanence, minClauseLength, noticeWordsAt, noticeWriterOf, templateClientNameTrailers, templateReplyIntroductions, templateTextsIn} from './templates.ts';
import type {
  Evidence, ProviderMatch, RecipientDiagnosis, ReplyCodeInfo, StatusCodeInfo, SuggestedAction,
} from './types.ts';

/** Reply codes with their enhanced code, as they prefix each line of a multi-line reply. */
const replyPrefixPattern = /(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}(?![\d.]))?/g;

/** How much of a diagnostic is read for codes and phrases (real replies are far shorter). */
const maxDiagnosticLength = 8 * 1024;
/** How much of the surrounding notice is read when the diagnostic says too little. */
const maxContextLength = 4 * 1024;

/** What the readers found for one recipient, before any interpretation. */
export interface FailureRecord {
  readonly recipient?: string;
  /** The diagnostic exactly as found. */
  readonly diagnostic: string;
  /** Surrounding text of the same recipient, read when the diagnostic itself says too little. */
  readonly context?: string;
  /** `Status:` of a delivery-status report, or a `dsn=` of a log line. */
  readonly reportedStatus?: string;
  /** Where `reportedStatus` was read, when not a delivery report's Status field. */
  readonly reportedStatusFrom?: 'log' | 'heading';
  /** `Action:` of a delivery-status report (`failed`, `delayed`, `delivered`, ...). */
  readonly action?: string;
  readonly remoteHost?: string;
  readonly command?: string;
  /** A reason the reader already knows from the structure (an ARF report, an auto-reply). */
  readonly knownReason?: ReasonId;
  /**
   * A reply read on its own (pasted text, a selection), with no notice around it to say what it
   * answered: its words are taken at face value.
   */
  readonly standalone?: boolean;
  /** For complaints: the feedback type the report or event states (`abuse`, ...). */
  readonly feedbackType?: string;
  /**
   * The sending service whose event this record is, where the service is a provider (its webhook
   * family's, `providerOfFamily`): where no reply names who answered, the service that reported
   * the outcome is the provider to read it by.
   */
  readonly reportedBy?: ProviderId;
  /**
   * How the service's event says the service itself gave the verdict: `own` for a kind of event
   * that is its own refusal (its policies), `unattempted` for one that names no remote server
   * tried, which is the service's own where `reportingHost` is the service's server.
   */
  readonly serviceVerdict?: 'own' | 'unattempted';
  /** The server that wrote the report (RFC 3464's Reporting-MTA), where the event names it apart from the one that answered. */
  readonly reportingHost?: string;
  /** Whether the failure is final, as the source says for this recipient alone (a service's event type `hard_bounce`), for when no code says. */
  readonly statedPermanence?: TemplatePermanence;
  /**
   * The diagnostic is the notice's own words, no server's: its prose, or the line of its list that
   * names the recipient. Where they name no cause, the cause is unknown (`undefined`), as where
   * nothing was said at all.
   */
  readonly noticeWordsOnly?: true;
  /**
   * What the template words among this recipient's own lines say of it (cPanel's "Message will be
   * reattempted later" under the opening of Exim's failure notice), read where the notice's words
   * as a whole say neither final nor retried.
   */
  readonly ownPermanence?: TemplatePermanence;
}

const retryByReason: ReadonlyMap<ReasonId, {schedule: string; giveUpAfter: string}> = new Map(reasonRetryGuidance.map((rule) => [rule.reason, rule]));
const replyCodeByCode = new Map(replyCodes.map((rule) => [rule.code, rule]));
/** The reply codes defined as answers to AUTH (RFC 4954: 235 done; 530, 534, 535, 538 refused): alone they tell of a login, not of a message. */
export const loginReplyCodes: ReadonlySet<string> = new Set(replyCodes.filter((rule) => rule.answers === 'AUTH').map((rule) => rule.code));
const statusCodeByCode = new Map(statusCodes.map((rule) => [rule.code, rule]));
/** Whether an enhanced code (`5.2.121`) is one of the IANA registry's, whatever its class. */
function isRegisteredCode(status: string): boolean {
  return statusCodeByCode.has(`X.${status.slice(2)}`);
}
const statusClassByCode = new Map(statusClasses.map((rule) => [rule.code, rule]));
const statusSubjectByCode = new Map(statusSubjects.map((rule) => [rule.code, rule]));
const statusReasonByCode: ReadonlyMap<string, ReasonId> = new Map(Object.entries(statusReasons));
const reasonByClassSubject: ReadonlyMap<string, ReasonId> = new Map(Object.entries(reasonOfClassSubject));

function describeReplyCode(code: string): ReplyCodeInfo {
  const klass = code[0] as ReplyCodeInfo['class'];
  const meaning = replyCodeByCode.get(code)?.meaning ?? replyClassMeanings[klass];
  return {code, class: klass, meaning};
}

/** What a reply code says, as evidence writes it: "SMTP reply 503: Commands came in the wrong order, ...". */
function replyCodeNote(code: string): string {
  return `SMTP reply ${code}: ${describeReplyCode(code).meaning}`;
}

function describeStatusCode(code: string): StatusCodeInfo {
  const [klass, subject, detail] = code.split('.') as [StatusClass, string, string];
  const rule = statusCodeByCode.get(`X.${subject}.${detail}`);
  return {
    code,
    class: klass,
    classTitle: statusClassByCode.get(klass)?.title ?? '',
    subjectTitle: statusSubjectByCode.get(`X.${subject}`)?.title ?? '',
    detailTitle: rule?.title,
    detailDescription: rule?.description,
  };
}

/**
 * The status with the provider's own meaning of it, when the provider's documented reply names this
 * very code, or the registry has no meaning for it (Microsoft's 5.7.606-649 range).
 */
function withProviderMeaning(info: StatusCodeInfo, detected: DetectedProvider | undefined, row: ProviderRow | undefined): StatusCodeInfo {
  if (!detected || !row) return info;
  const sameCode = row.status !== undefined && row.status.slice(1) === info.code.slice(1);
  if (!sameCode && (row.status !== undefined || info.detailTitle !== undefined)) return info;
  return {...info, providerMeaning: {provider: detected.provider.info.name, text: row.meaning}};
}

/**
 * Each host suffix's provider, the first in the providers' order: a suffix with its leading dot
 * (".google.com") matches below it, a bare one ("gmx.net") itself and below it. A host is looked up
 * by its own name and each of its parents, so a hundred providers cost a few lookups, not a search
 * of every suffix. A provider's own mail domain is its suffix too, below it: whoever holds
 * "earthlink.net" names the servers under it ("mx3.earthlink.net"), as DNS gives a domain's
 * holder its zone (RFC 1034 §4.2). A suffix another provider lists explicitly comes first.
 */
const providerOfSuffix: ReadonlyMap<string, {readonly provider: ProviderRules; readonly order: number}> = (() => {
  const bySuffix = new Map<string, {provider: ProviderRules; order: number}>();
  providers.forEach((provider, order) => {
    for (const suffix of provider.info.hostSuffixes) {
      // A dot suffix needs a label before it; a bare one stands for its own name and, with a dot, below it.
      for (const key of suffix.startsWith('.') ? [`*${suffix}`] : [suffix, `*.${suffix}`]) if (!bySuffix.has(key)) bySuffix.set(key, {provider, order});
    }
  });
  (providers as readonly ProviderRules[]).forEach((provider, order) => {
    for (const domain of provider.info.mailboxDomains ?? []) if (!bySuffix.has(`*.${domain}`)) bySuffix.set(`*.${domain}`, {provider, order: providers.length + order});
  });
  return bySuffix;
})();

/**
 * The provider whose host suffix a host name (lower case) falls under, first in the providers'
 * order; with `asParent`, also one with a server below the name (a mail domain, "gmx.net" of the
 * suffix ".gmx.net").
 */
function providerOfHost(host: string, asParent = false): ProviderRules | undefined {
  let best = providerOfSuffix.get(host);
  const better = (found: {readonly provider: ProviderRules; readonly order: number} | undefined) => {
    if (found !== undefined && (best === undefined || found.order < best.order)) best = found;
  };
  for (let dot = host.indexOf('.'); dot > 0 && dot < host.length - 1; dot = host.indexOf('.', dot + 1)) better(providerOfSuffix.get(`*${host.slice(dot)}`));
  if (asParent) better(providerOfSuffix.get(`*.${host}`));
  return best?.provider;
}

/** Every provider's host suffix, without its leading dot. */
const hostSuffixTexts: ReadonlySet<string> = new Set(providers.flatMap((provider) => provider.info.hostSuffixes).map((suffix) => suffix.replace(/^\./, '')));
/** Every provider's reply markers. */
const replyMarkerTexts: ReadonlySet<string> = new Set(providers.flatMap((provider) => provider.info.replyMarkers));
/** The providers' host suffixes and reply markers, all found in one scan of a text. */
const anyProviderWord = new LiteralSet([...hostSuffixTexts, ...replyMarkerTexts]);

/** The longest host name read around a suffix; DNS allows 253 characters. */
const maxHostLength = 253;

function isWordOrHyphen(code: number): boolean {
  return isHostUnit(code) && code !== 46 || code === 95 || (code >= 65 && code <= 90);
}

/** A host name a text names, and whether it names it as a web address's host ("https://forwardemail.net/..."). */
interface NamedHost {
  readonly name: string;
  readonly inUrl: boolean;
}

/** After a host's name: its address in brackets, if any, then a reply's words that make it the refused client (`clientNameTrailers`). */
const clientTrailerAfterName = new RegExp(`^(?:\\[[^\\]\\n]{1,60}\\])?(?:${templateClientNameTrailers.map(escapeRegExp).join('|')})`, 'i');
/** The most characters read after a host's name for a client's trailer: its bracketed address and the trailer. */
const maxClientTrailerLength = 100;

/**
 * The host names standing on their own in lower-case `text` (not the domain of an address) that end
 * with a provider's suffix, in order: found from the suffixes (`words`, every provider word in
 * `text`), each name then read back to where it starts. Texts name many hosts, and few of them a
 * provider's.
 */
function providerHostNames(text: string, words: readonly LiteralMatch[]): NamedHost[] {
  const names: NamedHost[] = [];
  for (const {text: suffix, index} of words) {
    if (!hostSuffixTexts.has(suffix)) continue;
    const end = index + suffix.length;
    // The name ends here: no more of a label, and no further label (a trailing dot may end a sentence).
    if (isWordOrHyphen(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isWordOrHyphen(text.charCodeAt(end + 1)))) continue;
    let start = index;
    while (start > 0 && end - start < maxHostLength && isHostUnit(text.charCodeAt(start - 1))) start--;
    // An address's domain ("user@mx.example.com") names no server.
    const before = text.charCodeAt(start - 1);
    if (before === 64 || before === 95 || (before >= 65 && before <= 90) || isHostUnit(before)) continue;
    // The client a reply refused ("<mail.example.com[192.0.2.1]>: Client host rejected:") connected; it did not answer.
    if (clientTrailerAfterName.test(text.slice(end, end + maxClientTrailerLength))) continue;
    const name = text.slice(start, end);
    if (isHostName(name) && !names.some((known) => known.name === name)) names.push({name, inUrl: text.startsWith('://', start - 3)});
  }
  return names;
}

/**
 * Enhanced codes outside the IANA registry that one provider alone documents (Microsoft's 5.7.509,
 * 4.7.650, its range 5.7.606-649): such a code names its provider when nothing else in the reply does.
 */
const providerOfOwnCode: ReadonlyMap<string, ProviderRules> = (() => {
  const documentedBy = new Map<string, Set<ProviderRules>>();
  for (const provider of providers) {
    for (const row of provider.rows as readonly ProviderRow[]) {
      if (row.status === undefined || isRegisteredCode(row.status)) continue;
      const owners = documentedBy.get(row.status) ?? new Set();
      owners.add(provider);
      documentedBy.set(row.status, owners);
    }
  }
  return new Map([...documentedBy].filter(([, owners]) => owners.size === 1).map(([code, owners]) => [code, [...owners][0]!]));
})();

/**
 * By provider, its own enhanced codes (outside the IANA registry) and the row that documents each,
 * keyed class-free (`2.121` for 5.2.121): such a code means what its provider's list says, in
 * whatever words the reply carries (another Exchange version's, a localized NDR's). A code two of a
 * provider's rows give different reasons is no key; nor is a row bound to a stage.
 */
const ownCodeRows: ReadonlyMap<ProviderRules, ReadonlyMap<string, ProviderRow>> = new Map((providers as readonly ProviderRules[]).map((provider) => {
  const rows = new Map<string, ProviderRow | null>();
  if (provider.info.quotedByOtherServers) return [provider, new Map()];
  for (const row of provider.rows) {
    if (row.status === undefined || row.stage !== undefined || isRegisteredCode(row.status)) continue;
    const key = row.status.slice(2);
    const known = rows.get(key);
    if (known === undefined) rows.set(key, row);
    else if (known !== null && known.reason !== row.reason) rows.set(key, null);
  }
  return [provider, new Map([...rows].filter((entry): entry is [string, ProviderRow] => entry[1] !== null))];
}));

/** Each provider's rows of a documented range of codes, for the codes of a range no single row names. */
const providerRanges: ReadonlyArray<{readonly provider: ProviderRules; readonly row: ProviderRow; readonly range: readonly [string, string]}> = providers.flatMap((provider) =>
  (provider.rows as readonly ProviderRow[]).flatMap((row) => (row.statusRange ? [{provider, row, range: row.statusRange}] : [])));

/** The code key of a row's words that it documents with no code (`providerOfOwnWording`). */
const anyCode = '*';

/** Asks `ownerOfWording` for the words' owner in a text that quotes no code at all. */
const noCodeQuoted = '';

/** How long a provider's documented words must be to name it by themselves, with their code. */
const minOwnWordingLength = 24;

/**
 * How long they must be with a basic reply code instead: there are a few dozen of those, against
 * hundreds of enhanced codes, so the words must say more ("too many sessions opened" after a 421
 * could be any server's).
 */
const minOwnReplyWordingLength = 30;

/** RFC 5321's own texts of the reply codes, lower-cased: words any server may print. */
const standardReplyTexts = replyCodes.flatMap((rule) => (rule.text === undefined ? [] : [rule.text.toLowerCase()]));

/**
 * A reason's phrases as they are matched: each as its table writes it, then its negations written
 * the other ways (`negationVariants`), so that "doesn't exist" and "does not exist" say the same.
 */
const phrasesOf = new Map<ReasonRule, readonly string[]>(Object.values(reasons).map((rule) => [rule, withNegationVariants(rule.phrases)]));
/** A reason's exceptions as they are matched, in every way their negations are written. */
const exceptionsOf = new Map<ReasonRule, readonly string[]>(Object.values(reasons).flatMap((rule) => (rule.exceptWhen === undefined ? [] : [[rule, withNegationVariants(rule.exceptWhen)] as const])));

/** Each phrase followed by its negations' other forms, each once. */
function withNegationVariants(phrases: readonly string[]): string[] {
  return [...new Set(phrases.flatMap((phrase) => [phrase, ...negationVariants(phrase)]))];
}

/**
 * A provider's documented replies that name it by their words and code together: a row's words of
 * `minOwnWordingLength` or more that no other provider's rows carry, that are not the registry's
 * title of the code and that no reason's table lists as common wording (Microsoft's "5.1.8 Access
 * denied, bad outbound sender"; not "5.1.1 Bad destination mailbox address" nor "550 5.5.0
 * Requested action not taken: mailbox unavailable", which any server may print). By their words,
 * then by the enhanced code or, for a row that documents only a basic reply code ("552 1 Requested
 * mail action aborted, mailbox not found", as Yahoo lists it), by that code: words of RFC 5321's
 * own reply texts are no provider's.
 */
const providerOfOwnWording: ReadonlyMap<string, ReadonlyMap<string, ProviderRules>> = (() => {
  // Words a reason's table lists are common wording, whoever documents them too.
  const common = new Set([...phrasesOf.values()].flat());
  const owners = new Map<string, Set<ProviderRules>>();
  const codesOf = new Map<string, Set<string>>();
  const isStandardReplyText = (words: string): boolean => standardReplyTexts.some((text) => text.includes(words) || words.includes(text));
  for (const provider of providers) {
    for (const row of provider.rows as readonly ProviderRow[]) {
      // Each form of the row's words is judged as the row writes them: a contraction makes the
      // words shorter, not less the provider's.
      for (const [words, written] of row.text.flatMap((text) => [text, ...negationVariants(text)].map((form) => [form, text] as const))) {
        const owned = owners.get(words) ?? new Set();
        owned.add(provider);
        owners.set(words, owned);
        if (common.has(words) || common.has(written)) continue;
        // A provider's own list of its replies names it by their words whatever code they carry
        // (`ownWords`), beside the code the row documents them with.
        const ownList = row.ownWords === true && written.length >= minOwnReplyWordingLength && !isStandardReplyText(written);
        if (ownList && (row.status !== undefined || row.reply !== undefined)) {
          const codes = codesOf.get(words) ?? new Set();
          codes.add(anyCode);
          codesOf.set(words, codes);
        }
        let code: string;
        if (row.status !== undefined) {
          const title = statusCodeByCode.get(`X.${row.status.slice(2)}`)?.title.toLowerCase();
          if (written.length < minOwnWordingLength || (title !== undefined && written.includes(title))) continue;
          code = row.status;
        } else if (row.reply !== undefined) {
          if (written.length < minOwnReplyWordingLength || isStandardReplyText(written)) continue;
          code = row.reply;
        } else if (ownList) {
          // A row of a provider's own list of its replies that gives no code (Yandex's "Message
          // rejected under suspicion of SPAM"): its words name it whatever code the reply carries,
          // when they say as much as the words a basic reply code needs.
          code = anyCode;
        } else {
          continue;
        }
        const codes = codesOf.get(words) ?? new Set();
        codes.add(code);
        codesOf.set(words, codes);
      }
    }
  }
  const byWords = new Map<string, Map<string, ProviderRules>>();
  for (const [words, codes] of codesOf) {
    const owned = owners.get(words)!;
    if (owned.size !== 1) continue;
    byWords.set(words, new Map([...codes].map((code) => [code, [...owned][0]!])));
  }
  return byWords;
})();
const anyOwnWording = new LiteralSet([...providerOfOwnWording.keys()]);

/** A reply marker that is a clause of a provider's replies: several words, not a host, a link or a reply's tail such as "- gsmtp". */
const isMarkerSentence = (marker: string): boolean => marker.length >= minOwnWordingLength && marker.split(' ').length >= 4 && !marker.includes('/');

/**
 * A reply marker that is a provider's own code as its replies print it: in brackets or parentheses
 * ("[TSS04]", "(S3140)", "[CS01]") or two letter groups joined by "#" or ":" ("AUP#CXSNDR", "DT:SPM");
 * not a name that prose writes too ("Office 365", "Spamhaus").
 */
const isMarkerCode = (marker: string): boolean => /^[[(][a-z0-9_]{3,14}[\])]$/.test(marker) || /^[a-z]{2,4}[#:][a-z]{2,5}$/.test(marker);

/**
 * Words of one provider's documented replies that say by themselves that a reply is quoted: its own
 * wording (`providerOfOwnWording`, whatever code it is documented with), and the sentences and
 * codes among its reply markers.
 */
const anyQuotedProviderReply = new LiteralSet([
  ...providerOfOwnWording.keys(),
  ...[...replyMarkerTexts].filter((marker) => isMarkerSentence(marker) || isMarkerCode(marker)),
]);

/**
 * Whether `words` (normalised) quote a reply that one provider documents as its own: a refusal
 * copied without its codes ("The email account that you tried to reach does not exist.", Gmail's
 * 5.1.1) is still that provider's reply, which its rows explain.
 */
export function quotesProviderReply(words: string): boolean {
  return anyQuotedProviderReply.test(words);
}

/** A provider's documented reply found in a text: the provider, its words and the code they came with. */
interface OwnWording {
  readonly provider: ProviderRules;
  readonly words: string;
  readonly code: string;
}

/**
 * The one provider whose documented reply `text` quotes with its code (`code`: the enhanced code, or
 * the basic reply code of a row that documents only that), and the words that say so; with
 * `codeless`, also one whose own list gives the words with no code (`ownWords`).
 */
function ownerOfWording(code: string, text: string, codeless: boolean): OwnWording | undefined {
  const owners = new Map<ProviderRules, string>();
  for (const {text: words} of anyOwnWording.occurrences(text)) {
    const byCode = providerOfOwnWording.get(words);
    // A text that quotes no code at all cannot contradict the code the words are documented with:
    // words only one provider's list gives name it.
    const provider = code === noCodeQuoted ? byCode?.values().next().value : byCode?.get(code) ?? (codeless ? byCode?.get(anyCode) : undefined);
    if (provider) owners.set(provider, words);
  }
  const [only, ...others] = [...owners];
  return only === undefined || others.length > 0 ? undefined : {provider: only[0], words: only[1], code};
}

/** The one provider that documents `status`, alone or in a range. */
function ownerOfCode(status: string): ProviderRules | undefined {
  if (isRegisteredCode(status)) return undefined;
  const owner = providerOfOwnCode.get(status);
  if (owner) return owner;
  const owners = new Set(providerRanges.filter(({range}) => inStatusRange(status, range)).map(({provider}) => provider));
  return owners.size === 1 ? [...owners][0] : undefined;
}

interface DetectedProvider {
  readonly provider: ProviderRules;
  readonly evidence: Evidence;
  /**
   * Found by what only the answering server writes: its host, or a marker of the provider's own
   * replies. A host named elsewhere in the text (a client's, a relay's) or a help link is not.
   */
  readonly answered?: true;
}

/**
 * The providers a reply names: the one whose server answered (by host name) first, then those
 * whose own markers appear in the text (a GoDaddy server quoting a Spamhaus listing names both).
 * `codeless`: whether words a provider's own list gives with no code (`ownWords`) may name it.
 */
function detectProviders(host: string | undefined, text: string, status?: string, replyCode?: string, codeless = false): DetectedProvider[] {
  const found: DetectedProvider[] = [];
  if (host) {
    const name = host.toLowerCase();
    const provider = providerOfHost(name);
    if (provider) found.push({provider, answered: true, evidence: {about: 'provider', text: host, note: `The reply came from ${host}, a server of ${provider.info.name}.`}});
  }
  // One pass over the text finds every provider's markers and host suffixes, instead of a search per word.
  const words = anyProviderWord.occurrences(text);
  const markers = new Set(words.filter((word) => replyMarkerTexts.has(word.text)).map((word) => word.text));
  if (markers.size > 0) {
    for (const provider of providers) {
      if (found.some((known) => known.provider === provider)) continue;
      const marker = provider.info.replyMarkers.find((candidate) => markers.has(candidate));
      if (marker) found.push({provider, answered: true, evidence: {about: 'provider', text: marker, note: `"${marker}" appears only in replies of ${provider.info.name}.`}});
    }
  }
  // A server of a provider named anywhere in the words ("Remote server: mx1.outlook.com", "Error
  // transferring to mx.example.com;", "while talking to x.amazonses.com."), whatever the template.
  // They come after the markers: a help link quoted in a reply names a provider less surely.
  // A web address on a provider's own domain ("visit https://forwardemail.net", a help page a reply
  // links to) names it too: the domain whose servers the provider's suffix covers is its own.
  for (const {name, inUrl} of providerHostNames(text, words)) {
    const provider = providerOfHost(name, inUrl);
    if (provider && !found.some((known) => known.provider === provider)) {
      const note = inUrl ? `The text links to ${name}, a domain of ${provider.info.name}.` : `${name} is a host of ${provider.info.name}.`;
      found.push({provider, evidence: {about: 'provider', text: name, note}});
    }
  }
  // A blocklist the reply quotes answered nothing: a provider's own code or words may still say whose server did.
  const named = () => found.some((known) => known.provider.info.quotedByOtherServers !== true);
  const owner = !named() && status !== undefined ? ownerOfCode(status) : undefined;
  if (owner) found.push({provider: owner, answered: true, evidence: {about: 'provider', text: status!, note: `${status} is no registered enhanced code; only ${owner.info.name} documents it.`}});
  // A provider's words with the enhanced code it documents them with; failing that, with the
  // basic reply code of a row that gives no enhanced code.
  const wordingWith = (code: string | undefined) => (code === undefined ? undefined : ownerOfWording(code, text, codeless));
  const wording = named() ? undefined : wordingWith(status) ?? wordingWith(replyCode) ?? (codeless ? ownerOfWording(anyCode, text, true) : undefined)
    ?? (codeless && status === undefined && replyCode === undefined ? ownerOfWording(noCodeQuoted, text, true) : undefined);
  if (wording) {
    const quoted = wording.code === anyCode || wording.code === noCodeQuoted ? wording.words : `${wording.code} ${wording.words}`;
    found.push({provider: wording.provider, answered: true, evidence: {about: 'provider', text: quoted, note: `"${quoted}" is a reply ${wording.provider.info.name} documents as its own.`}});
  }
  return found;
}

/** A row's words as they are matched: each as the row writes it, then its negations written the other ways. */
const rowTexts = new Map<ProviderRow, readonly string[]>(providers.flatMap((provider) => provider.rows.map((row) => [row, withNegationVariants(row.text)] as const)));

/** Each provider's row texts, for one scan before its rows are tried. */
const anyRowTextOf: ReadonlyMap<ProviderRules, LiteralSet> = new Map(providers.map((provider) => [provider, new LiteralSet(provider.rows.flatMap((row) => rowTexts.get(row)!))]));

/**
 * Whether `status` lies in a documented range of codes (`5.7.612` in 5.7.606-649). The class counts:
 * Microsoft's 4.7.500-699 and 5.7.501-503 are different replies.
 */
function inStatusRange(status: string, [first, last]: readonly [string, string]): boolean {
  const [klass, subject, detail] = status.split('.');
  const [firstClass, firstSubject, firstDetail] = first.split('.');
  const [, , lastDetail] = last.split('.');
  return klass === firstClass && subject === firstSubject && Number(detail) >= Number(firstDetail) && Number(detail) <= Number(lastDetail);
}

function rowMatches(
  row: ProviderRow, provider: ProviderRules, text: string, status: string | undefined, reply: string | undefined, stage: string | undefined, forms: readonly string[],
): string | undefined {
  // A row that means its words at one stage only: a reply whose stage is unknown is not it.
  if (row.stage !== undefined && row.stage !== stage) return undefined;
  if (provider.info.quotedByOtherServers) return findPhrase(text, forms);
  // A code of a documented range is that reply in its words (in other words it is the fallback
  // of `rangeRow`); other codes need its words.
  if (row.statusRange && status && inStatusRange(status, row.statusRange)) return findPhrase(text, forms);
  // Providers send the same reply as 4xx or 5xx as it persists (Gmail's 450 4.2.1 and 550 5.2.1):
  // the subject and detail identify the row, not the class.
  // A status of the class alone (X.0.0, "other undefined status", RFC 3463 §3.1) says no subject or
  // detail to contradict the row's, nor to confirm it: the reply code must then stand and agree.
  const classOnly = status?.endsWith('.0.0') === true;
  if (row.status && status && !classOnly && row.status.slice(1) !== status.slice(1)) return undefined;
  if (row.status && classOnly && (reply === undefined || (row.reply !== undefined && row.reply !== reply))) return undefined;
  if (row.reply && reply && row.reply !== reply) return undefined;
  return findPhrase(text, forms);
}

/**
 * The row of a documented range that holds `status`, for a reply in other words than the row's:
 * taken when no row of the provider matches on its words (a row of one code of the range, 4.7.650,
 * is more precise than the range's, 4.7.500-699).
 */
function rangeRow(provider: ProviderRules, status: string | undefined): ProviderRow | undefined {
  if (status === undefined) return undefined;
  return providerRanges.find((entry) => entry.provider === provider && inStatusRange(status, entry.range))?.row;
}

/**
 * The class ('4' or '5') that `provider` documents `phrase` with, when every row of it that has
 * those words gives a code of that one class; `undefined` otherwise (a row without a code, or rows
 * of both classes).
 */
function documentedClass(provider: ProviderRules | undefined, phrase: string): string | undefined {
  const classes = new Set(provider?.rows.filter((row) => rowTexts.get(row)!.includes(phrase)).map((row) => (row.status ?? row.reply)?.[0]));
  const [only, ...others] = classes;
  return others.length === 0 && (only === '4' || only === '5') ? only : undefined;
}

/** A provider's first row that `text` (with its codes and the command it answered) matches, and the words that match. */
function firstMatchingRow(
  provider: ProviderRules, text: string, status: string | undefined, replyCode: string | undefined, command: string | undefined,
): {row: ProviderRow; phrase: string} | undefined {
  // The words as the rows write them first: a row whose words stand in the text as written is the
  // reply, before another whose words only match with a negation written the other way.
  for (const written of [true, false]) {
    for (const row of provider.rows) {
      const forms = written ? row.text : rowTexts.get(row)!;
      // A row whose words hold no negation has no other form to try.
      if (!written && forms.length === row.text.length) continue;
      const phrase = rowMatches(row, provider, text, status, replyCode, command, forms);
      if (phrase) return {row, phrase};
    }
  }
  return undefined;
}

/** The provider's own code in a reply: `[TSS04]`, `AS(201806281)`, `(CS01)`, or a 3-digit enhanced detail. */
function findProviderCode(diagnostic: string, status: string | undefined): string | undefined {
  const bracketed = /[[(]((?:[A-Z]{2,5}\d{2,6}|AS\(\d{3,12}\)|[A-Z]{2}-\d{3})[a-z]?)[\])]/.exec(diagnostic)
    ?? /\b(AS\(\d{3,12}\))/.exec(diagnostic)
    // Orange's and La Poste's sub-codes stand bare: "LPN007_426", "OFR004_104".
    ?? /(?<![\w])([A-Z]{2,5}\d{3}_\d{3})(?![\w])/.exec(diagnostic);
  if (bracketed) return bracketed[1];
  if (status && /\.\d{3}$/.test(status)) return status;
  return undefined;
}

/**
 * Whether the text holds words that rule the reason out (its `exceptWhen`). An exception that is part
 * of the very phrase that matched counts only where it stands outside it: "dns error: domain name not
 * found" is host unknown, though "dns error" alone rules host unknown out.
 */
function ruledOut(rule: ReasonRule, text: string, phrase?: string): boolean {
  const exceptions = exceptionsOf.get(rule);
  if (exceptions === undefined) return false;
  const {present} = phraseScan(text);
  // The common case, with no list to split: no exception is part of the phrase.
  if (phrase === undefined || !exceptions.some((words) => phrase.includes(words))) return exceptions.some((words) => present.has(words));
  const inside = exceptions.filter((words) => phrase.includes(words));
  const outside = exceptions.filter((words) => !inside.includes(words));
  return outside.some((words) => present.has(words)) || findPhrase(text.replace(phrase, ' '), inside) !== undefined;
}

/** Every reason's phrases in one set, each with the reasons it belongs to. */
const reasonsOfPhrase = new Map<string, ReasonRule[]>();
for (const [rule, phrases] of phrasesOf) {
  for (const phrase of phrases) reasonsOfPhrase.set(phrase, [...(reasonsOfPhrase.get(phrase) ?? []), rule]);
}

/**
 * The fragment of a phrase sequence looked for in the one scan: its longest. A sequence whose
 * longest fragment is absent cannot stand in order, and the longest is the rarest in prose
 * ("<" or "no " alone would stand in most texts, and shorten the scan's window).
 */
const gateOfSequence = new Map<readonly string[], string>();
for (const rule of Object.values(reasons)) {
  for (const sequence of rule.phraseSequences ?? []) gateOfSequence.set(sequence, sequence.reduce((longest, fragment) => (fragment.length > longest.length ? fragment : longest)));
}

/**
 * One scan finds every reason's phrases, its exceptions and its sequences' gates: a reason is then
 * read from which of them are present, not from a search of the text per phrase.
 */
const anyReasonWords = new LiteralSet([
  ...reasonsOfPhrase.keys(),
  ...[...exceptionsOf.values()].flat(),
  ...gateOfSequence.values(),
]);

interface PhraseScan {
  readonly text: string;
  /** The reasons with at least one phrase in the text. */
  readonly rules: Set<ReasonRule>;
  /** Every word of `anyReasonWords` that stands in the text. */
  readonly present: Set<string>;
}

/** The last text scanned: one text is asked about reason after reason. */
let lastPhraseScan: PhraseScan = {text: '', rules: new Set(), present: new Set()};

/** What the one scan of `text` for all reasons' words found (most texts hold none of a given reason's). */
function phraseScan(text: string): PhraseScan {
  if (text !== lastPhraseScan.text) {
    const rules = new Set<ReasonRule>();
    const present = anyReasonWords.allIn(text);
    for (const words of present) for (const rule of reasonsOfPhrase.get(words) ?? []) rules.add(rule);
    lastPhraseScan = {text, rules, present};
  }
  return lastPhraseScan;
}

/** Matches a reason's phrases and phrase sequences; returns the text that matched. */
function matchReason(rule: ReasonRule, text: string): string | undefined {
  const {rules, present} = phraseScan(text);
  // The first of the reason's phrases in its own order, as a search of the text for each in turn finds it.
  const phrase = rules.has(rule) ? phrasesOf.get(rule)!.find((candidate) => present.has(candidate)) : undefined;
  if ((phrase || rule.phraseSequences) && ruledOut(rule, text, phrase)) return undefined;
  if (phrase) return phrase;
  for (const sequence of rule.phraseSequences ?? []) {
    if (present.has(gateOfSequence.get(sequence)!) && inOrder(text, sequence)) return sequence.join('…');
  }
  return undefined;
}

function reasonFromText(text: string, order: readonly ReasonId[]): {id: ReasonId; phrase: string} | undefined {
  for (const id of order) {
    const phrase = matchReason(reasons[id], text);
    if (phrase) return {id, phrase};
  }
  return undefined;
}

/**
 * The reasons whose words say a message failed, in the order they are tried. Not hasmoved: a
 * forwarding notice says the address changed and that the message went on to the new one.
 */
const failureReasonOrder: readonly ReasonId[] = [...reasonOrder, ...fallbackReasonOrder].filter((id) => id !== 'hasmoved');

/**
 * Whether a recipient's words (normalised) name a cause of failure ("envelope expired", "user
 * unknown"): a recipient line that says why it failed is no delivery, whatever headline stands above.
 */
export function namesFailureCause(text: string): boolean {
  return reasonFromText(text, failureReasonOrder) !== undefined;
}

function reasonFromStatus(status: string): ReasonId | undefined {
  const direct = statusReasonByCode.get(status);
  if (direct) return direct;
  const [klass, subject] = status.split('.');
  return reasonByClassSubject.get(`${klass}.${subject}`);
}

/** The hard-bounce rule of reasons.md: only a dead address is a hard bounce. */
function isHardBounce(reason: ReasonId, codeIsPermanent: boolean | undefined): boolean {
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return true;
  if (reason === 'notaccept') return codeIsPermanent !== false;
  return false;
}

/**
 * What to do: the reason's action, except that a provider's documented reply gives the next step
 * itself (a Gmail rate limit says to slow down, not the reason's general words about deferrals),
 * with the reason's steps after it and the standard retry schedule.
 */
function suggestAction(reason: ReasonRule, permanent: boolean | undefined, providerRow: ProviderRow | undefined): SuggestedAction {
  const rule = permanent === false && reason.temporaryAction ? reason.temporaryAction : reason.action;
  const base = providerRow ? {...rule, summary: providerRow.action} : rule;
  const steps = [...base.steps];
  if (permanent === false) {
    // A reason's own retry guidance speaks of its usual replies (greylisting, for a refused server);
    // a provider's documented reply has said what it is, and gets the standard schedule.
    const guidance = (providerRow ? undefined : retryByReason.get(reason.id)) ?? defaultRetrySchedule;
    return {...base, steps, retry: {schedule: guidance.schedule, giveUpAfter: guidance.giveUpAfter}};
  }
  return {...base, steps};
}

/**
 * Whether the refusal answered the recipient address itself: said at RCPT TO, worded about the
 * recipient, naming the address back in a report with a status (`550 <x@example.com>: User
 * unknown`), or a notice's line that states the error, then the address (`Unknown user:
 * x@example.com`, as IMail writes its failures).
 */
function answersRecipient(record: FailureRecord, diagnosticText: string): boolean {
  if (record.command === 'RCPT TO') return true;
  if (record.command) return false;
  if (record.standalone) return true;
  if (findPhrase(diagnosticText, recipientPhrases) !== undefined) return true;
  if (record.recipient !== undefined && namesRecipientAsSubject(diagnosticText, record.recipient.toLowerCase())) return true;
  if (!record.reportedStatus) return record.recipient !== undefined && diagnosticText.includes(`: ${record.recipient.toLowerCase()}`);
  return /<[^\s<>@]{1,64}@[^\s<>]{1,255}>/.test(diagnosticText) || findPhrase(diagnosticText, reportedRecipientPhrases) !== undefined;
}

/**
 * Whether the reply puts the recipient before its words the way a server tags what it is about
 * (`recipientTags`), or, after its code, in angle brackets and a colon as Postfix's smtpd writes a
 * refusal's subject ("550 5.1.1 <bob@example.org>: Recipient address rejected: ...", smtpd_check.c
 * "<%s>: %s"): the notice's own line that names the recipient before "host ... said:" is no reply's.
 */
function namesRecipientAsSubject(text: string, recipient: string): boolean {
  if (recipientTags.some((tag) => text.includes(`${recipient}${tag}`) || text.includes(`${recipient}>${tag}`))) return true;
  const tagged = text.indexOf(`<${recipient}>: `);
  if (tagged < 0) return false;
  const reply = findReplyCodes(text.slice(0, tagged))[0];
  return reply !== undefined && reply.code[0] !== '2';
}

const localExitByStatus = new Map(localExitReplies.map((row) => [row.exit, row]));

/** The reply Sendmail gives a local delivery program's exit status, from `Diagnostic-Code: X-Unix; <status>`. */
function localExitOf(diagnostic: string): (Omit<LocalExitReply, 'name'>) | undefined {
  const exit = /x-unix;\s*(\d{1,3})\s*$/i.exec(diagnostic.slice(0, 200))?.[1];
  if (exit === undefined) return undefined;
  return localExitByStatus.get(Number(exit)) ?? {...unknownLocalExit, exit: Number(exit)};
}

/** Words that start the server's advice on a fix; see `withoutRemedy`. */
const remedyMarkers = ['to address this issue', 'to fix this issue', 'to resolve this issue'];

/**
 * The reply without the advice that may follow its cause: "rejected due to spam classification.
 * To address this issue: ... Set up SPF records ..." names spam as the cause; SPF is one remedy.
 */
function withoutRemedy(text: string): string {
  const starts = remedyMarkers.map((marker) => text.indexOf(marker)).filter((index) => index > 0);
  return starts.length === 0 ? text : text.slice(0, Math.min(...starts));
}

/**
 * The words templates frame a remote reply with ("remote host said:", "mail command failed:"),
 * normalised; long enough to be a template's own (`saysAsMuchAsFrame`): a bare "said:" is anyone's,
 * and some phrases hold it ("said: 550 blocked").
 */
const anyReplyFrame = new LiteralSet([...new Set(templateReplyIntroductions.map((text) => normalizeForMatch(text)))].filter(saysAsMuchAsFrame));

/**
 * The prose around a quoted reply without the template's words that frame it: they say where the
 * reply stands, not why it refused ("Mail command failed: 550 ..." holds Sendmail's "command
 * failed:", a local mailer's failure, and is Nodemailer's frame of a refused MAIL FROM).
 */
function withoutReplyFrames(text: string): string {
  const frames = anyReplyFrame.occurrences(text);
  if (frames.length === 0) return text;
  let result = '';
  let from = 0;
  for (const frame of frames) {
    if (frame.index < from) continue;
    result += `${text.slice(from, frame.index)} `;
    from = frame.index + frame.text.length;
  }
  return result + text.slice(from);
}

/** Characters that end an address's local part or domain in normalised text. */
const addressEnds = new Set([' ', '\n', '\t', '<', '>', '"', '\'', '(', ')', ',', ';', ':', '[', ']', '@']);

/**
 * A character beyond ASCII that is no letter or digit: the punctuation of Chinese and Japanese text
 * around an address ("收件人邮件地址（bob@example.org）不存在"), which a local part or a domain
 * never holds, though RFC 6531 lets both hold letters of any script.
 */
const wideAddressEnd = /[^\p{L}\p{N}\p{M}]/u;

function endsAddress(character: string): boolean {
  return addressEnds.has(character) || (character > '\x7f' && wideAddressEnd.test(character));
}

/**
 * The text without the addresses it names: "bad" in "bademail1@example.com", "full" in
 * "full@example.org" say nothing of why the server refused (a reason's words are the reply's).
 * From each "@" outwards, one pass: a pattern tried at every position would reread each local part.
 */
function withoutAddresses(text: string): string {
  let at = text.indexOf('@');
  if (at < 0) return text;
  let result = '';
  let from = 0;
  while (at >= 0) {
    let start = at;
    while (start > from && at - start < 64 && !endsAddress(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 255 && !endsAddress(text[end]!)) end++;
    if (start < at && end > at + 1) {
      result += `${text.slice(from, start)} `;
      from = end;
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return result + text.slice(from);
}

/** Reasons about a recipient's own address or mailbox: no reply before RCPT TO can give one (see `classify`). */
const recipientReasons: ReadonlySet<ReasonId> = new Set(['userunknown', 'hostunknown', 'mailboxfull', 'suspend', 'hasmoved', 'filtered', 'exceedlimit']);

/** Conclusions vague enough for the SMTP command they answered to refine them (see `classify`). */
const genericReasons: ReadonlySet<ReasonId> = new Set(['securityerror', 'onhold', 'undefined', 'policyviolation', 'filtered', 'userunknown']);

const deliveredActions = new Set(['delivered', 'relayed', 'expanded']);

interface ReasonDecision {
  readonly id: ReasonId;
  readonly evidence?: Evidence;
  /** The words of the reply named the reason (rather than a code or the structure). */
  readonly fromPhrase?: boolean;
}

/** Whether `id` is concluded by the text alone, honouring the RCPT TO condition of userunknown. */
function textSays(id: ReasonId, text: string, record: FailureRecord, aboutRecipient: boolean): string | undefined {
  if (id === 'filtered') {
    // "No such user" that did not answer the recipient address is a per-recipient filter speaking.
    const unknown = matchReason(reasons.userunknown, text);
    if (unknown && !aboutRecipient && record.command !== 'MAIL FROM') return unknown;
  }
  const phrase = matchReason(reasons[id], text);
  if (phrase && id === 'userunknown' && !aboutRecipient) return undefined;
  return phrase;
}

/**
 * The reason, decided in the order reasons.md gives: the provider's documented reply, then the two
 * ordered passes over text and enhanced code (see `reasonOrder` in the rules).
 */
function decideReason(
  record: FailureRecord, diagnosticText: string, contextOf: () => string, aboutRecipient: boolean, status: string | undefined,
  fromStatus: ReasonId | undefined, providerRow: ProviderRow | undefined, providerPhrase: string | undefined, replyCode: string | undefined,
): ReasonDecision {
  if (providerRow && providerPhrase) {
    return {id: providerRow.reason, evidence: {about: 'reason', text: providerPhrase, note: `The provider documents this reply: ${providerRow.meaning}`}};
  }
  // A reply defined as the answer to AUTH (RFC 4954's 535: the credentials were refused) is about
  // the client's login: its words of "authentication" speak of that, never of SPF or DKIM.
  const answering = replyCode === undefined ? undefined : replyCodeByCode.get(replyCode);
  if (answering?.answers === 'AUTH' && answering.reason !== undefined) {
    return {id: answering.reason, evidence: {about: 'reason', text: answering.code, note: replyCodeNote(answering.code)}};
  }
  const statusEvidence = (id: ReasonId): Evidence => ({about: 'reason', text: status!, note: `The enhanced code ${status} stands for: ${reasons[id].title.toLowerCase()}.`});
  const textEvidence = (id: ReasonId, phrase: string, where: string): Evidence => ({about: 'reason', text: phrase, note: `"${phrase}" in the ${where} means: ${reasons[id].title.toLowerCase()}.`});

  // A precise enhanced code (5.2.2, 5.7.26, ...) outranks the wording, which varies by server,
  // except where the text names a cause that comes before it in the order and is about the
  // mailbox itself ("550 5.2.1 Mailbox is disabled" is suspend, whatever 5.2.1 usually means).
  // A code of a subject's catch-all detail (X.6.0 "other or undefined media error") names the
  // subject only: it is no precise code, and the text decides as for a broad one.
  // So does a code of a condition with several causes (`conditionStatusCodes`), whose reason is
  // taken only after every reason's words were tried.
  const condition = status !== undefined && conditionStatusCodes.includes(status);
  const subjectOnly = status !== undefined && (/\.0$/.test(status) || condition);
  if (fromStatus && !broadStatusReasons.includes(fromStatus) && !subjectOnly) {
    for (const id of reasonOrder) {
      // "User unknown" said in answer to RCPT TO is about the address, whatever the code says.
      if (id === fromStatus || (id === 'userunknown' && record.command !== 'RCPT TO')) break;
      const phrase = textSays(id, diagnosticText, record, aboutRecipient);
      if (phrase) return {id, evidence: textEvidence(id, phrase, 'reply'), fromPhrase: true};
    }
    return {id: fromStatus, evidence: statusEvidence(fromStatus)};
  }
  const localDelivery = /diagnostic-code:\s*x-unix;/i.test(record.diagnostic);
  for (const id of reasonOrder) {
    // "Diagnostic-Code: x-unix; ..." is the local delivery program's own failure: past the causes
    // about the mailbox (a full mailbox is still a full mailbox), it is a mailer error.
    if (localDelivery && id === 'userunknown') {
      return {id: 'mailererror', evidence: {about: 'reason', text: 'x-unix', note: 'The report names the failure of a local delivery program (x-unix), not an SMTP reply.'}};
    }
    const phrase = textSays(id, diagnosticText, record, aboutRecipient);
    if (phrase) return {id, evidence: textEvidence(id, phrase, 'reply'), fromPhrase: true};
    // A broad code yields to words that rule its reason out ("5.4.4 ... Name service error" is a
    // failed lookup, not a missing domain).
    if (fromStatus === id && !condition && !ruledOut(reasons[id], diagnosticText)) return {id, evidence: statusEvidence(id)};
  }
  if (fromStatus && !broadStatusReasons.includes(fromStatus) && !subjectOnly) return {id: fromStatus, evidence: statusEvidence(fromStatus)};
  const fallback = reasonFromText(diagnosticText, fallbackReasonOrder);
  if (fallback) return {id: fallback.id, evidence: textEvidence(fallback.id, fallback.phrase, 'reply'), fromPhrase: true};
  if (fromStatus) return {id: fromStatus, evidence: statusEvidence(fromStatus)};
  // A reply whose defined meaning is one cause ("503 Bad sequence of commands") names it when its
  // words and its enhanced code name none; the notice's words around it say less about it.
  if (answering?.reason !== undefined) return {id: answering.reason, evidence: {about: 'reason', text: answering.code, note: replyCodeNote(answering.code)}};
  // The notice's words around the reply, read (and made) only when the reply itself named nothing.
  const contextText = contextOf();
  if (contextText) {
    const contextAboutRecipient = aboutRecipient || answersRecipient(record, contextText);
    for (const order of [reasonOrder, fallbackReasonOrder]) {
      for (const id of order) {
        const phrase = textSays(id, contextText, record, contextAboutRecipient);
        if (phrase) return {id, evidence: textEvidence(id, phrase, 'notice'), fromPhrase: true};
      }
    }
  }
  if (record.action === 'delayed') return {id: 'expired', evidence: {about: 'reason', text: 'Action: delayed', note: 'The report says delivery is still being retried.'}};
  // Something was said, but nothing that names a cause: on hold (not enough to decide), rather
  // than undefined (nothing said at all).
  return {id: status || (record.diagnostic.trim() !== '' && record.noticeWordsOnly !== true) ? 'onhold' : 'undefined'};
}

/** The expiry's own words before the reply it quotes, without the bracket that opens the quote. */
function expiryWords(text: string): string {
  let end = text.length;
  // A loop, not a pattern anchored at the end, which would rescan a long run from every position.
  while (end > 0 && ' \t\n<(['.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim().slice(0, 200);
}

/** The last notice's words and the provider they name: each recipient of a notice asks about the same words. */
let lastNoticeWriter: {readonly words: string; readonly writer: DetectedProvider | undefined} = {words: '', writer: undefined};

/** The provider a notice's own words name as its writer (`classify`), found once per notice. */
function writerOf(noticeWords: string): DetectedProvider | undefined {
  if (noticeWords === '') return undefined;
  if (noticeWords !== lastNoticeWriter.words) lastNoticeWriter = {words: noticeWords, writer: detectProviders(undefined, noticeWords)[0] ?? ownNoticeWriter(noticeWords)};
  return lastNoticeWriter.writer;
}

/** The provider whose own notice this is, by its mail system's fixed lines (`noticeWriterOf`). */
function ownNoticeWriter(noticeWords: string): DetectedProvider | undefined {
  const writer = noticeWriterOf(noticeWords);
  if (writer === undefined) return undefined;
  const provider: ProviderRules = providerById[writer.provider];
  return {provider, evidence: {about: 'provider', text: writer.marker, note: `"${writer.marker}" is a line of ${provider.info.name}'s own notices.`}};
}

/** The domain of an address, lower-cased, from a header's value ("Mail Delivery System <Mailer-Daemon@t-online.de>"). */
function domainOf(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  if (at < 0) return undefined;
  return /^[a-z0-9.-]{1,253}/i.exec(address!.slice(at + 1))?.[0].toLowerCase().replace(/\.$/, '');
}

/** Each provider's own mail domains (`mailboxDomains`), by domain. */
const providerOfMailboxDomain: ReadonlyMap<string, ProviderRules> = new Map((providers as readonly ProviderRules[]).flatMap((provider) => (provider.info.mailboxDomains ?? []).map((domain) => [domain, provider] as const)));

/**
 * The provider a recipient's own mail domain names for a diagnosis (bob@icloud.com: Apple): for a
 * verdict on a mailbox (`mailboxReasons`), the one that holds it, as only its servers say whether
 * one of its mailboxes exists, is full or closed; for another failure that no named server
 * answered and that was not the sending side's own (`ownSideReasons`), the one the mail was for.
 */
function providerOfRecipientDomain(recipient: string | undefined, reasonId: ReasonId, remoteHost: string | undefined): DetectedProvider | undefined {
  const onMailbox = mailboxReasons.has(reasonId);
  if (!onMailbox && (remoteHost !== undefined || ownSideReasons.has(reasonId))) return undefined;
  const domain = domainOf(recipient);
  const provider = domain === undefined ? undefined : providerOfMailboxDomain.get(domain);
  if (provider === undefined) return undefined;
  const note = onMailbox ? `${domain} is a mail domain of ${provider.info.name}: only its servers say whether one of its mailboxes exists, is full or closed.`
    : `The mail was for ${domain}, a mail domain of ${provider.info.name}.`;
  return {provider, evidence: {about: 'provider', text: domain!, note}};
}

/**
 * A diagnosis whose recipient was named after it was made (a reply that quotes the one address it
 * refused, `withQuotedRecipient`), with the provider that holds that mailbox when the verdict is on
 * a mailbox, or the one the mail was going to when no server was named (`providerOfRecipientDomain`),
 * and no provider was found: as `classify` finds it for a recipient it is given.
 */
export function withMailboxOwner(diagnosis: RecipientDiagnosis): RecipientDiagnosis {
  if (diagnosis.provider !== undefined) return diagnosis;
  const owner = providerOfRecipientDomain(diagnosis.recipient, diagnosis.reason.id, diagnosis.remoteHost);
  if (owner === undefined) return diagnosis;
  const {info} = owner.provider;
  return {...diagnosis, provider: {id: info.id, name: info.name, docsUrl: info.docsUrl}, evidence: [...diagnosis.evidence, owner.evidence]};
}

/**
 * Each provider's names and mail domains (`names`, `mailboxDomains`), by the lower-case text a
 * person writes: "yandex", "gmail", "web.de".
 */
const providerOfMention: ReadonlyMap<string, ProviderRules> = new Map((providers as readonly ProviderRules[]).flatMap((provider) =>
  [...provider.info.names ?? [], ...provider.info.mailboxDomains ?? []].map((text) => [text, provider] as const)));
const anyMention = new LiteralSet([...providerOfMention.keys()]);

/** Whether a character code is an ASCII letter or digit: a name's neighbour that makes it part of a longer word. */
function isAsciiWordUnit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Whether a mention at [start, end) of `words` stands as a word of its own: no letter, digit or
 * hyphen joins it, it is no label of a longer host name ("web.de" of "mx.web.de", "gmx.de" of
 * "gmx.de.example") and no domain of a written address ("bob@gmx.de" is the recipient's, read as such).
 */
function standsAlone(words: string, start: number, end: number): boolean {
  const before = words.charCodeAt(start - 1);
  const after = words.charCodeAt(end);
  if (isAsciiWordUnit(before) || before === 45 || before === 95 || before === 46) return false;
  if (isAsciiWordUnit(after) || after === 45 || after === 95 || after === 64) return false;
  if (after === 46 && isAsciiWordUnit(words.charCodeAt(end + 1))) return false;
  // An address's domain: the at sign follows a local part ("bob@"), not a space ("any @web.de address").
  return !(before === 64 && (isAsciiWordUnit(words.charCodeAt(start - 2)) || '.-_+'.includes(words.charAt(start - 2))));
}

/** The words before a name that say the mail came from it ("from my gmail", "from a yahoo account"). */
const mailFrom = /(?:^|[^a-z])from (?:(?:a|an|my|our|your|the|e\.g\.) )?$/;

/** A provider a text names, with the words that name it and where they start. */
interface Mention extends LiteralMatch {
  readonly provider: ProviderRules;
}

/** The providers a notice's words name by name or mail domain, with where, found once per notice. */
let lastMentions: {readonly words: string; readonly mentions: readonly Mention[]; readonly noticeAt: readonly number[]} = {words: '', mentions: [], noticeAt: []};

function mentionsIn(words: string): typeof lastMentions {
  if (words !== lastMentions.words) {
    // A template's own words name the notice's writer, the sending side ("Google tried to deliver
    // your message"), not the server that refused it.
    const template = templateTextsIn(words);
    // A name that opens a template's clause is its subject ("Gmail will retry for 46 more hours").
    const inTemplate = (start: number, end: number): boolean => template.some((span) => (span.index <= start && end <= span.index + span.text.length)
      || (span.index > end && span.index <= end + 1));
    // Where the mail came from ("mail from yahoo is failing", "an error from Google's mailer
    // daemon") is the sending side, not the server that refused it.
    const sendingSide = (start: number): boolean => mailFrom.test(words.slice(Math.max(0, start - 16), start));
    const named = anyMention.occurrences(words).filter(({text, index}) => standsAlone(words, index, index + text.length))
      .map((match) => ({...match, provider: providerOfMention.get(match.text)!}));
    const found = named.filter(({text, index}) => !inTemplate(index, index + text.length) && !sendingSide(index));
    // A longer name read at the same place wins ("yahoo japan" over "yahoo").
    const mentions = found.filter((mention) => !found.some((other) => other !== mention && other.text.length > mention.text.length
      && other.index <= mention.index && other.index + other.text.length >= mention.index + mention.text.length));
    // Where a notice's own words stand: its fixed lines and its template's longer clauses.
    const noticeAt = [...noticeWordsAt(words), ...template.filter((span) => span.text.length >= minClauseLength).map((span) => span.index)].sort((a, b) => a - b);
    lastMentions = {words, mentions: mentions.sort((a, b) => a.index - b.index), noticeAt};
  }
  return lastMentions;
}

/**
 * The provider a person's words name beside the reply they quote ("yandex returned \"550 5.7.1 No
 * such user!\"", "when I send to any @web.de address ... 550 ...", "contact gmx.de tech support"):
 * the nearest name before the reply's code, else the first after it. `reply`: the reply's words and
 * `code` its code, to find it among the notice's (`noticeWords`).
 */
function providerNamedBeside(noticeWords: string, reply: string, code: string | undefined): DetectedProvider | undefined {
  const {mentions, noticeAt} = mentionsIn(noticeWords);
  if (mentions.length === 0) return undefined;
  const start = noticeWords.indexOf(reply.slice(0, 40));
  const anchor = start < 0 ? 0 : start + Math.max(0, code === undefined ? 0 : reply.indexOf(code));
  // A notice's own words name its writer, the sending side (Exchange Online's "Office 365" above its
  // NDR): where the text holds a notice, only the person's words above it count. The reply's own
  // words ("Recipient address rejected:") make no notice.
  const noticeStart = noticeAt.find((index) => start < 0 || index < start || index >= start + reply.length) ?? noticeWords.length;
  let chosen: Mention | undefined;
  for (const mention of mentions) {
    if (mention.index >= noticeStart) break;
    if (mention.index < anchor || chosen === undefined) chosen = mention;
    if (mention.index >= anchor) break;
  }
  if (chosen === undefined) return undefined;
  const {provider, text} = chosen;
  return {provider, evidence: {about: 'provider', text, note: `The text names ${provider.info.name} ("${text}") beside the reply, and no server or code says who answered.`}};
}

/**
 * The provider that wrote a notice from its recipient's own mail domain: the notice's sender
 * (Mailer-Daemon@t-online.de) and the recipient (bob@t-online.de) share the domain, a provider's,
 * so the server that refused the recipient wrote it (RFC 3464 §2.1: the reporting MTA names
 * itself; the final destination's MTA reports its own refusals). A host suffix's own domain
 * (t-online.de for ".t-online.de") is the provider's too. A notice its sender's own provider wrote
 * about a recipient elsewhere names no one.
 */
function recipientsOwnWriter(recipient: string | undefined, noticeSender: string | undefined): DetectedProvider | undefined {
  const domain = domainOf(recipient);
  if (domain === undefined || domain !== domainOf(noticeSender)) return undefined;
  const provider = providerOfHost(domain, true);
  return provider === undefined ? undefined : {
    provider,
    evidence: {about: 'provider', text: domain, note: `The notice comes from the recipient's own mail domain, ${domain}, a domain of ${provider.info.name}: its server refused the recipient.`},
  };
}

/**
 * Whether a reply accepts an address, which is no failure: a success with an enhanced code of
 * addressing status (RFC 3463 §3.2, X.1.x: "250 2.1.5 Recipient ok", "250 2.1.0 Sender ok"), or
 * the go-ahead for the message's data (RFC 5321 §4.2.2, 354).
 */
export function acceptsAddress(text: string): boolean {
  const code = pickReplyCode(text);
  if (code === '354') return true;
  return code?.[0] === '2' && /^2\.1\.\d{1,3}$/.test(pickStatusCode(text) ?? '');
}

/**
 * Turns what the readers found for one recipient into a diagnosis with its evidence.
 * `noticePermanence`: what the notice's own template words say of its failures, read once for all
 * its recipients (`templateWords`), for when no code says. `noticeWords`: the notice's own
 * words, normalised, read for its writer when nothing else names a provider. `noticeSender`: the
 * notice's own sender (a raw message's From), whose domain may be the recipient's. `pastedWords`:
 * the same words where they are a pasted text, not a message, in which a person may name the
 * provider whose reply they quote.
 */
export function classify(record: FailureRecord, noticePermanence?: TemplatePermanence, noticeWords = '', noticeSender?: string, pastedWords = ''): RecipientDiagnosis {
  const evidence: Evidence[] = [];
  const conflicts: string[] = [];
  const diagnostic = record.diagnostic;
  // Replies are short; what lies past these bounds is noise, and reading it would make the cost
  // grow with a crafted input rather than with the reply.
  const wholeHead = diagnostic.slice(0, maxDiagnosticLength);
  // An expiry that quotes the last attempt's reply is read as that reply: it is the cause.
  const lastAttempt = lastAttemptIn(wholeHead);
  // A relay's summary that quotes the remote server's reply ("554 5.7.0 < #5.7.133 smtp;550 5.7.133
  // ...>") is read as that reply: the remote server's words say why, not the relay's summary.
  const quotedReply = lastAttempt === undefined ? quotedReplyIn(wholeHead) : undefined;
  const diagnosticHead = lastAttempt ?? quotedReply ?? wholeHead;
  const relaySummary = quotedReply === undefined ? undefined : wholeHead.slice(0, wholeHead.length - quotedReply.length);
  if (relaySummary !== undefined) {
    evidence.push({
      about: 'replyCode',
      text: relaySummary.trim(),
      note: 'A relay\'s summary; the reply it quotes after "smtp;" is the remote server\'s own, and says why.',
    });
  }
  // The verdict's own reply code says whether the sending server gave up ("554 4.4.7 Message
  // expired") or is still retrying (Exchange's "400 4.4.7 Message delayed"); so does a report's Action.
  const verdict = lastAttempt === undefined ? undefined : wholeHead.slice(0, wholeHead.length - lastAttempt.length);
  const queueGaveUp = verdict !== undefined && pickReplyCode(verdict)?.[0] !== '4' && record.action !== 'delayed';
  if (verdict !== undefined) {
    evidence.push({
      about: 'kind',
      text: expiryWords(verdict),
      note: queueGaveUp ? 'The sending server gave up retrying; the reply it quotes is its last attempt\'s, and says why.'
        : 'The sending server is still retrying; the reply it quotes is its last attempt\'s, and says why.',
    });
  }
  // Codes are read separately; for the words, drop them, so that a multi-line reply joined into
  // one ("multiple 550 5.7.1 addresses in From:") reads as the sentence it is.
  const diagnosticText = normalizeForMatch(diagnosticHead.replace(replyPrefixPattern, ' '));
  const contextText = record.context ? normalizeForMatch(record.context.slice(0, maxContextLength)) : '';

  // A notice that says its message failed, over a transcript whose reply to this recipient accepted
  // the address ("250 2.1.5 <x>... Recipient ok", before DATA's "354 Enter mail"): the failure came
  // after that reply, which names no cause of it.
  const acceptedAddress = noticePermanence?.permanent === true && acceptsAddress(diagnosticHead);
  if (acceptedAddress) {
    evidence.push({about: 'replyCode', text: diagnosticHead.trim().split('\n', 1)[0]!, note: 'The server accepted the address with this reply; the failure the notice reports came after it, with no reply of its own.'});
  }
  // A local delivery program's exit status ("X-Unix; 77") stands for the reply Sendmail's table gives it.
  const replied = acceptedAddress ? undefined : pickReply(diagnosticHead);
  const repliedCode = replied?.code;
  const localExit = repliedCode === undefined ? localExitOf(record.diagnostic) : undefined;
  const replyCode = repliedCode ?? localExit?.reply;
  if (replyCode) {
    evidence.push({
      about: 'replyCode',
      text: localExit ? `X-Unix; ${localExit.exit}` : replied?.impliedBy ?? replyCode,
      note: localExit
        ? `The local delivery program exited with ${localExit.exit}, which Sendmail reports as "${localExit.reply} ${localExit.status} ${localExit.text}".`
        : replied?.impliedBy !== undefined
          ? `The sending program's message stands for ${replyCode}; it prints the server's reply without its code. ${replyCodeNote(replyCode)}`
          : replyCodeNote(replyCode),
    });
  }

  // A quoted reply without an enhanced code leaves the relay's own code of its summary ("5.3.0 -
  // Other mail system problem 550-'Unknown user ...'"), which says more than a report's X.0.0.
  const statedStatus = acceptedAddress ? undefined : pickStatusCode(diagnosticHead) ?? (relaySummary === undefined ? undefined : pickStatusCode(relaySummary)) ?? localExit?.status;
  const reported = record.reportedStatus && /^[245]\.\d{1,3}\.\d{1,3}$/.test(record.reportedStatus) ? record.reportedStatus : undefined;
  // A Status that only spells out the digits of a reply that has no enhanced code (Stalwart writes
  // 5.5.0 for "550 ...", 4.2.1 for "421 ...": dsn.rs write_dsn_status) names no cause: 4.2.1 would
  // read as a disabled mailbox.
  const spellsReplyCode = reported !== undefined && statedStatus === undefined && replyCode !== undefined
    && reported === `${replyCode[0]}.${replyCode[1]}.${replyCode[2]}`;
  let status = reported;
  // The reply's own enhanced code wins over the report's field when it is more precise in the same
  // class, or when the field's class contradicts both codes of the reply ("Status: 4.5.0" above
  // "550 5.5.0 ..."): the remote server's words agree with each other, the field is the odd one out.
  const replyOutvotesReport = reported !== undefined && replyCode !== undefined
    && statedStatus?.[0] === replyCode[0] && reported[0] !== replyCode[0];
  // A field of expiry or delay (X.4.7) is the sending server's verdict: the last attempt it quotes has the cause's code.
  const fieldIsVerdict = lastAttempt !== undefined && reported?.endsWith('.4.7') === true;
  if (statedStatus && (!reported || reported.endsWith('.0.0') || replyOutvotesReport || fieldIsVerdict
    || (statedStatus !== reported && !statedStatus.endsWith('.0.0') && statedStatus[0] === reported[0]))) {
    status = statedStatus;
  }
  status ??= statedStatus;
  if (status) {
    evidence.push({
      about: 'status',
      text: status,
      note: status !== reported ? `The reply carries the enhanced code ${status}.`
        : record.reportedStatusFrom === 'log' ? `The log line's dsn= field says ${status}.`
        : record.reportedStatusFrom === 'heading' ? `The notice's status line says ${status}.`
        : spellsReplyCode ? `The report's Status field says ${status}, which only spells out the reply code ${replyCode}: it names no cause.`
        : `The report's Status field says ${status}.`,
    });
  }

  // The reason the enhanced code stands for; x.0.0 says nothing about the cause.
  const fromStatus = status && !status.endsWith('.0.0') && !spellsReplyCode ? reasonFromStatus(status) : undefined;

  // A reply whose two codes disagree on the class ("550 4.2.2 Over quota"): the report's Action,
  // the sending server's own verdict (RFC 3464 §2.3.3), says which of them holds; with none, the
  // enhanced code does.
  const actionClass = record.action === 'failed' ? '5' : record.action === 'delayed' ? '4' : undefined;
  const classesDisagree = replyCode !== undefined && status !== undefined && replyCode[0] !== status[0];
  const actionSidesWithReply = classesDisagree && actionClass === replyCode[0];
  const klass = actionSidesWithReply ? replyCode[0] : status?.[0] ?? replyCode?.[0];
  let permanent = klass === '5' ? true : klass === '4' ? false : undefined;
  // No code says: the service's event may ("hard_bounce"), or the notice's own template ("This is
  // a permanent error; I've given up").
  const stated = record.statedPermanence ?? noticePermanence ?? record.ownPermanence;
  if (permanent === undefined && stated && stated.ofAttempt !== true) {
    permanent = stated.permanent;
    const whose = stated === record.statedPermanence ? 'The service\'s event says'
      : stated === noticePermanence ? 'The notice\'s own words say' : 'The notice\'s words about this recipient say';
    evidence.push({
      about: 'kind',
      text: stated.text,
      note: permanent ? `${whose} the failure is final.` : `${whose} delivery is still being retried.`,
    });
  }
  // No code and no words: a report's Action says it (RFC 3464 §2.3.3: "failed" will not be tried
  // again; "delayed" still is).
  if (permanent === undefined && (record.action === 'failed' || record.action === 'delayed')) {
    permanent = record.action === 'failed';
    evidence.push({
      about: 'kind',
      text: `Action: ${record.action}`,
      note: permanent ? 'The report says delivery failed and will not be tried again.' : 'The report says delivery is still being retried.',
    });
  }
  // A temporary last attempt in a notice of final failure: the sending server stopped retrying (it
  // quotes its last attempt under an expiry, its report's Action is "failed", RFC 3464 §2.3.3, or
  // its template says it gave up). `permanent` stays the class of the codes, the cause's; what to
  // do and the reason's title follow the delivery's end: nothing is being retried any more.
  let stoppedRetrying = false;
  if (permanent === false && record.action !== 'delayed' && record.statedPermanence?.permanent !== false) {
    const finalWord = queueGaveUp ? expiryWords(verdict ?? '')
      : record.action === 'failed' ? 'Action: failed'
      : noticePermanence?.permanent === true ? noticePermanence.text : undefined;
    if (finalWord !== undefined) {
      stoppedRetrying = true;
      evidence.push({
        about: 'kind',
        text: finalWord,
        note: `The last attempt failed with a temporary code (${status ?? replyCode}), but ${finalWord === noticePermanence?.text && noticePermanence.ofAttempt === true ? 'the program that sent it does not retry' : 'the sending server has stopped retrying'}: this message will not be delivered; the cause may pass, so it can be sent again once it has.`,
      });
    }
  }
  // The opposite: a permanent reply the sending server still retries (Postfix retries a 554 greeting,
  // "refused to talk to me"), as its report's Action or its template's words say ("Gmail will retry
  // for 47 more hours" above a 550). Nothing is final while it retries: `permanent` follows the
  // sending server, as its report's own Status does (RFC 3464 §2.3.4: 4.X.X with Action delayed);
  // the reply keeps its codes, and the evidence says the reply was permanent.
  // So does a sending service's own verdict on this recipient (Amazon SES's bounceType "Transient":
  // "you may be able to send to this recipient in the future"; a log's "==" deferral), where no
  // server's reply is quoted: its Status field is then its own, and a remote server's permanent
  // reply ("550 5.4.4 Invalid domain" under an SES "Transient") says more than the service's class.
  const servicesVerdict = record.statedPermanence?.permanent === false && replyCode === undefined && statedStatus === undefined ? record.statedPermanence.text : undefined;
  const stillRetrying = record.action === 'delayed' ? 'Action: delayed'
    : servicesVerdict ?? (record.action === undefined && noticePermanence?.permanent === false && noticePermanence.stated === true ? noticePermanence.text : undefined);
  if (permanent === true && stillRetrying !== undefined) {
    permanent = false;
    evidence.push({
      about: 'kind',
      text: stillRetrying,
      note: stillRetrying === servicesVerdict && record.action !== 'delayed'
        ? `The reply's code (${status ?? replyCode}) is permanent, but the sender's own record of this recipient calls the failure temporary.`
        : `The reply's code (${status ?? replyCode}) is permanent, but the sending server's ${record.action === 'delayed' ? 'report' : 'notice'} says it is still retrying this recipient.`,
    });
  }
  if (classesDisagree) {
    conflicts.push(actionSidesWithReply
      ? `The reply code ${replyCode} and the enhanced code ${status} disagree on the class; the report's Action (${record.action}) sides with ${replyCode}, whose class is taken.`
      : `The reply code ${replyCode} and the enhanced code ${status} disagree on the class; ${status} is taken.`);
  }

  // Words a provider documents with no code name it only in a reply whose answering server the
  // notice does not name: from another host, the same words are anybody's.
  const candidates = detectProviders(record.remoteHost, diagnosticText, status, replyCode, record.remoteHost === undefined);
  let detected: DetectedProvider | undefined = candidates[0];
  let providerRow: ProviderRow | undefined;
  let providerPhrase: string | undefined;
  // The providers the notice's wider text names, found once whether the rows or the writer ask.
  let contextCandidates: DetectedProvider[] | undefined;
  const candidatesIn = (text: string): DetectedProvider[] => (text === diagnosticText ? candidates : contextCandidates ??= detectProviders(undefined, contextText));
  // The provider's documented wording may stand in the notice rather than in the line picked as
  // the diagnostic ("Status code: 550 5.1.10" above "Reported error: ... RecipientNotFound").
  // A reply from a named server is that server's: the notice's wider text names the provider whose
  // rows may explain it only where that is the server's own provider.
  const hostProvider = record.remoteHost === undefined ? undefined : providerOfHost(record.remoteHost);
  /** The row of `provider` that explains the reply in `text`: by its words, else by its own code or range. */
  const rowExplaining = (provider: ProviderRules, text: string): {row: ProviderRow; phrase: string | undefined} | undefined => {
    const ownCode = status === undefined ? undefined : ownCodeRows.get(provider)!.get(status.slice(2));
    const inRange = rangeRow(provider, status);
    if (!anyRowTextOf.get(provider)!.test(text) && inRange === undefined && ownCode === undefined) return undefined;
    const matched = firstMatchingRow(provider, text, status, replyCode, record.command);
    if (matched) return matched;
    // No row's words: the provider's own code still says which row (before a range, which is less precise).
    const byCode = ownCode ?? inRange;
    return byCode && {row: byCode, phrase: status};
  };
  // The provider whose documented rows explain the reply when it is not the one that answered:
  // the platform the answering provider's servers run on.
  let platform: DetectedProvider | undefined;
  search: for (const text of [diagnosticText, contextText]) {
    for (const candidate of candidatesIn(text)) {
      // The server that answered names whose reply it is: another provider's rows explain it only
      // as a blocklist it quotes, and then only in the reply itself.
      if (record.remoteHost !== undefined && candidate.provider !== hostProvider
        && (text !== diagnosticText || (hostProvider !== undefined && candidate.provider.info.quotedByOtherServers !== true))) continue;
      const own = rowExplaining(candidate.provider, text);
      const runsOn = own === undefined && candidate.provider.info.platform !== undefined ? providerById[candidate.provider.info.platform.provider] : undefined;
      const explained = own ?? (runsOn && rowExplaining(runsOn, text));
      if (explained) {
        detected = candidate;
        providerRow = explained.row;
        providerPhrase = explained.phrase;
        if (own === undefined && runsOn !== undefined) {
          platform = {provider: runsOn, evidence: {
            about: 'provider',
            text: runsOn.info.name,
            note: `${candidate.provider.info.name} runs on ${runsOn.info.name}'s servers and answers in its codes: ${runsOn.info.name} documents this reply.`,
          }};
        }
        break search;
      }
    }
  }
  // An expiry's verdict is the sending queue's own words ("554 5.4.7 [internal] message timeout
  // (last transfail: ...)"): where the last attempt it quotes names no server, a mark of the
  // queue's service in the verdict names who gave up.
  if (!detected && verdict !== undefined) detected = detectProviders(undefined, normalizeForMatch(verdict))[0];
  // A notice that quotes no server's reply (no code at all) speaks for its writer alone: a
  // provider's mark anywhere in it (Google Groups' help link below its refusal) names who refused.
  // The notice's own words are read when the recipient's block names none (the notice's opening
  // line, above its list of recipients). A delivery report's Status field is the writer's own
  // (RFC 3464 §2.3.4, the reporting MTA's): it quotes no other server either.
  const writersOwnStatus = status !== undefined && status === reported && statedStatus === undefined && record.reportedStatusFrom === undefined;
  if (!detected && replyCode === undefined && (status === undefined || writersOwnStatus)) {
    detected = (contextText === '' ? undefined : candidatesIn(contextText)[0]) ?? writerOf(noticeWords);
  }
  // A notice from the recipient's own provider (Mailer-Daemon@t-online.de about bob@t-online.de)
  // that names no other server reports that provider's own refusal, coded or not.
  if (!detected && record.remoteHost === undefined) detected = recipientsOwnWriter(record.recipient, noticeSender);
  // Nothing named who answered: no server, no mark, no documented words, and the recipient's own
  // mail domain is no provider's. The words around the reply may name one ("yandex returned ..."):
  // a person who quotes a reply says whose it is, and its rows then explain the reply.
  if (!detected && record.remoteHost === undefined && !providerOfMailboxDomain.has(domainOf(record.recipient) ?? '')) {
    detected = providerNamedBeside(pastedWords, normalizeForMatch(wholeHead), replyCode ?? status);
    const matched = detected && firstMatchingRow(detected.provider, diagnosticText, status, replyCode, record.command);
    providerRow = matched?.row;
    providerPhrase = matched?.phrase;
  }
  // A blocklist's row explains a reply that quotes its listing, but the blocklist sent no reply: the
  // server that did refused for its provider (Microsoft's server citing a Spamhaus listing is
  // Microsoft's refusal), where the reply names that server by its host or a marker of its own
  // replies. The blocklist stays beside it, with its row: what the listing means, how to be delisted.
  let blocklist: DetectedProvider | undefined;
  if (detected?.provider.info.quotedByOtherServers === true && providerRow !== undefined) {
    blocklist = detected;
    detected = candidates.find((candidate) => candidate.answered === true && candidate.provider.info.quotedByOtherServers !== true) ?? blocklist;
  }
  if (detected) evidence.push(detected.evidence);
  if (blocklist && blocklist !== detected) evidence.push(blocklist.evidence);
  if (platform) evidence.push(platform.evidence);
  // A provider's documented reply quoted without any code ("The email account that you tried to
  // reach does not exist.") still has the class its documentation gives it, when every row of that
  // provider with these words agrees on it: the words are that reply.
  if (permanent === undefined && replyCode === undefined && status === undefined && providerRow !== undefined && providerPhrase !== undefined && !blocklist) {
    const documented = documentedClass((platform ?? detected)?.provider, providerPhrase);
    if (documented !== undefined) {
      permanent = documented === '5';
      evidence.push({about: 'kind', text: providerPhrase, note: `${permanent ? 'A permanent' : 'A temporary'} reply: the provider documents these words with a ${documented}xx code.`});
    }
  }

  // A success code that no report's Action confirms, in a notice whose own words say it failed for
  // good, is a step of the session it quotes ("250 2.1.5 Recipient ok" before the transcript was
  // cut), not the message's outcome.
  // A reply with no enhanced code says success by its class alone ("delivery via mx.example.net:
  // 250 Ok", Postfix's report for `sendmail -bv`; RFC 5321 §4.2.1: 2yz, positive completion).
  // A login done (RFC 4954's 235, the answer to AUTH) tells of no message.
  const answersLogin = replyCode !== undefined && loginReplyCodes.has(replyCode);
  const successCode = !answersLogin && (status === undefined ? replyCode?.startsWith('2') === true : status.startsWith('2.'));
  const successStepOfFailure = successCode && !record.action && noticePermanence?.permanent === true;
  let reasonId: ReasonId;
  let reasonFromPhrase = false;
  let reasonEvidenceText: string | undefined;
  if (record.knownReason) {
    reasonId = record.knownReason;
  } else if (record.action && deliveredActions.has(record.action) || (successCode && !successStepOfFailure)) {
    reasonId = 'delivered';
    evidence.push({about: 'reason', text: record.action ?? status ?? replyCode ?? '', note: 'The report says the message was delivered.'});
  } else {
    // When prose of the sending server wraps the remote server's words ("The error that the other
    // server returned was: 554 ..."), the remote words decide; the prose is only context.
    const replyAt = findReplyCodes(diagnosticHead).find((found) => found.index > 0 && /:\s*$/.test(diagnosticHead.slice(Math.max(0, found.index - 3), found.index)))?.index;
    const wordsText = withoutAddresses(withoutRemedy(replyAt === undefined ? diagnosticText : normalizeForMatch(diagnosticHead.slice(replyAt).replace(replyPrefixPattern, ' '))));
    const aboutRecipient = answersRecipient(record, diagnosticText);
    const decided = decideReason(record, wordsText, () => withoutAddresses(withoutReplyFrames(replyAt === undefined ? contextText : `${diagnosticText} ${contextText}`)), aboutRecipient, status, successStepOfFailure || answersLogin ? undefined : fromStatus, providerRow, providerPhrase, replyCode);
    reasonId = decided.id;
    reasonFromPhrase = decided.fromPhrase === true;
    reasonEvidenceText = decided.evidence?.text.toLowerCase();
    if (decided.evidence) evidence.push(decided.evidence);
    if (fromStatus && fromStatus !== reasonId && decided.evidence?.text !== status) {
      conflicts.push(`The enhanced code ${status} usually means "${reasons[fromStatus].title.toLowerCase()}", but ${decided.evidence ? `the text says "${decided.evidence.text}"` : 'the rest of the report says otherwise'}; that is taken.`);
    }
  }

  // "No such user" said after the message data comes from a filter that spoke once the address had
  // been accepted at RCPT TO: the address exists.
  if (reasonId === 'userunknown' && record.command === 'DATA' && !providerRow && fromStatus !== 'userunknown') {
    reasonId = 'filtered';
    evidence.push({about: 'reason', text: 'DATA', note: 'The refusal came after the message data, once the recipient had been accepted: a filter, not a missing mailbox.'});
  }

  // A refusal of MAIL FROM is about the sender; one at the greeting or HELO is about the client
  // host. Only generic conclusions are refined this way: a named cause stands. At the greeting,
  // words of RFC 5321's own text for the reply's code ("421 Service not available, closing
  // transmission channel") name no cause: they are what any server says with that code, and a
  // server that says only them to a client it has not heard from refuses that client.
  const isGreeting = record.command === 'CONNECT' || record.command === 'HELO' || record.command === 'EHLO';
  const standardWordsAtGreeting = isGreeting && reasonFromPhrase && replyCode !== undefined && reasonEvidenceText !== undefined
    && replyCodeByCode.get(replyCode)?.text?.toLowerCase().includes(reasonEvidenceText) === true;
  // Nor is any recipient named before RCPT TO (RFC 5321 §3.3: HELO, then MAIL FROM, then RCPT TO):
  // a domain or a mailbox a reply there calls unknown is the client's (its HELO name) or the
  // sender's, whatever words say it.
  const beforeRecipients = isGreeting || record.command === 'MAIL FROM';
  if (!record.knownReason && !providerRow && (standardWordsAtGreeting || (beforeRecipients && recipientReasons.has(reasonId))
    || ((!reasonFromPhrase || (isGreeting && reasonId === 'securityerror')) && genericReasons.has(reasonId)))) {
    if (record.command === 'MAIL FROM') {
      reasonId = 'rejected';
      evidence.push({about: 'reason', text: 'MAIL FROM', note: 'The server refused the sender address (MAIL FROM), before any recipient was named.'});
    } else if (isGreeting) {
      reasonId = 'blocked';
      evidence.push({about: 'reason', text: record.command, note: 'The server refused the connection itself, before any address was named: the sending host is refused.'});
    }
  }

  // Only the server that holds a mailbox says it does not exist, is full or closed: such a verdict on
  // an address at a provider's own mail domain (bob@icloud.com) is that provider's, whoever relayed it
  // or shares its servers (Outlook.com's mailboxes live on Exchange Online's hosts), unless the
  // relaying provider documents the reply as its own. Where no host or word named who answered and
  // the failure was not the sending side's own, the mail was on its way to the recipient's
  // provider, which the card then names as where it was going (a server the notice names that is
  // none of the provider's is a relay between, and answered).
  const byDomain = providerRow ? undefined : providerOfRecipientDomain(record.recipient, reasonId, record.remoteHost);
  if (byDomain && (mailboxReasons.has(reasonId) ? byDomain.provider !== detected?.provider : detected === undefined)) {
    if (detected) evidence.splice(evidence.indexOf(detected.evidence), 1);
    detected = byDomain;
    evidence.push(byDomain.evidence);
  }

  // A service's event that quotes no server's reply is the service's own word (its suppression
  // list, its own error: "unable to get mx info", "Inactive recipient"): its documentation explains
  // the outcome. One that quotes a reply is the answering server's, named by its words or domain.
  // So is an event the service says is its own verdict (a refusal by its policies; a report its own
  // server wrote of no remote attempt), whatever reply it prints.
  const reporter = record.reportedBy === undefined ? undefined : providerById[record.reportedBy];
  const ownVerdict = record.serviceVerdict === 'own'
    || (record.serviceVerdict === 'unattempted' && record.reportingHost !== undefined && providerOfHost(record.reportingHost.toLowerCase()) === reporter);
  const service = detected === undefined && (replyCode === undefined || ownVerdict) ? reporter : undefined;
  if (service) {
    detected = {provider: service, evidence: {about: 'provider', text: service.info.name, note: ownVerdict
      ? `${service.info.name} gave this verdict itself: its event names no other server that answered.`
      : `The outcome is ${service.info.name}'s own event.`}};
    evidence.push(detected.evidence);
  }

  // A feedback report of no complaint (an authentication failure report) is explained, and acted
  // on, as what it reports; its reason stays the report's.
  const reportedAs = reasonId === 'feedback' && record.feedbackType !== undefined ? feedbackTypesWithoutComplaint.get(record.feedbackType)?.reason : undefined;
  const reason = reasons[reportedAs ?? reasonId];
  // The provider whose row explains the reply: the answering one's, the blocklist it quotes, or the
  // platform its servers run on.
  const explaining = blocklist ?? platform ?? detected;
  const matchOf = (named: DetectedProvider, row: ProviderRow | undefined): ProviderMatch => ({
    id: named.provider.info.id,
    name: named.provider.info.name,
    code: row?.providerCode ?? findProviderCode(diagnosticHead, status),
    meaning: row?.meaning,
    docsUrl: row?.docsUrl ?? named.provider.info.docsUrl,
  });
  const provider = detected && matchOf(detected, explaining === detected || explaining === platform ? providerRow : undefined);
  return {
    recipient: record.recipient,
    replyCode: replyCode ? describeReplyCode(replyCode) : undefined,
    status: status ? withProviderMeaning(describeStatusCode(status), explaining, providerRow) : undefined,
    reason: {id: reasonId, title: permanent === false && !stoppedRetrying ? reason.temporaryTitle ?? reason.title : reason.title},
    hardBounce: isHardBounce(reasonId, permanent),
    permanent,
    provider,
    ...(blocklist ? {blocklist: matchOf(blocklist, providerRow)} : {}),
    action: suggestAction(reason, stoppedRetrying ? true : permanent, providerRow),
    evidence,
    conflicts,
    remoteHost: record.remoteHost,
    ips: findIpAddresses(wholeHead),
    command: record.command,
    diagnostic,
    ...(record.feedbackType === undefined ? {} : {feedbackType: record.feedbackType}),
    ...(queueGaveUp ? {queueGaveUp: true as const} : {}),
  };
}
