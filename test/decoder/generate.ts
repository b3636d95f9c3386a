/**
 * Builds the generated decoder cases: every mail-server family's template (test/decoder/templates)
 * rendered around many remote replies, each case with what the decoder must find.
 *
 * Replies come from
 * (a) the provider rows of src/rules/providers (the row's reply code, enhanced code and first text),
 * (b) every enhanced code of the IANA registry (src/rules/status-codes.ts), class 5 and, where the
 *     registry allows it, class 4, with a neutral text so that the code alone decides the reason,
 * (c) replies with no enhanced code,
 * (d) multi-line replies and long replies that the families wrap as they do.
 * Each family gets a deterministic sample (fixed seed per family) with 1, 2 and 5 recipients, each
 * notice rendered raw (LF, CRLF and CR line ends) and as the text a webmail shows (LF).
 *
 * Expectations are derived from the rules data, never from the decoder: the reason is asserted only
 * where it is known (the provider row's reason when the provider can be recognised from the
 * rendered notice; the enhanced code's reason for a neutral text).
 */
import type {DecodeResult} from '../../src/decoder/index.ts';
import {broadStatusReasons, providers, reasonOfClassSubject, reasons, replyCodes, statusCodes, statusReasons} from '../../src/rules/index.ts';
import type {ProviderRules, ProviderRow, ReasonId} from '../../src/rules/index.ts';
import {families, type FamilyTemplate, type TemplateRecipient} from './templates/index.ts';
import {parseReply, plainOriginal, sender} from './templates/common.ts';

export type Form = 'raw-lf' | 'raw-crlf' | 'raw-cr' | 'webmail';
export const forms: readonly Form[] = ['raw-lf', 'raw-crlf', 'raw-cr', 'webmail'];

export type ReplySource = 'provider' | 'status-code' | 'no-code' | 'multi-line' | 'wrapped' | 'names-address';

/**
 * What the decoder must report for one recipient. A key that is absent is not asserted; a key
 * present with `undefined` asserts that the decoder reports nothing there.
 */
export interface ExpectedRecipient {
  readonly recipient: string;
  readonly replyCode?: string | undefined;
  readonly status?: string | undefined;
  readonly permanent?: boolean | undefined;
  readonly reason?: ReasonId;
}

export interface GeneratedCase {
  readonly name: string;
  readonly family: string;
  readonly form: Form;
  readonly source: ReplySource;
  readonly input: string;
  readonly kind: 'bounce' | 'delay';
  readonly recipients: readonly ExpectedRecipient[];
}

/**
 * What a decoding says, its words aside: kind, and each recipient's address, codes, reason and
 * permanence. Two decodings of one notice, marked or framed differently, compare by it.
 */
export function outcome(result: DecodeResult): unknown {
  return [result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code, recipient.reason.id, recipient.permanent])];
}

/** A recipient's fields as a case asserts them (some of them). */
export type Projected = Partial<Record<keyof ExpectedRecipient, unknown>>;

/** The decoder's answer cut down to the fields a case asserts, recipient by recipient. */
export function project(result: DecodeResult, want: {readonly recipients: readonly Projected[]}): {kind: string; recipients: Projected[]} {
  return {
    kind: result.kind,
    recipients: result.recipients.map((got, index) => {
      const keys = Object.keys(want.recipients[index] ?? {recipient: ''}) as (keyof ExpectedRecipient)[];
      const values: Projected = {
        recipient: got.recipient,
        replyCode: got.replyCode?.code,
        status: got.status?.code,
        permanent: got.permanent,
        reason: got.reason.id,
      };
      return Object.fromEntries(keys.map((key) => [key, values[key]]));
    }),
  };
}

/** One reply of the pool and where it comes from. */
export interface ReplySpec {
  readonly reply: string;
  readonly source: ReplySource;
  /** The reason the reply's enhanced code stands for (neutral text), when the code has one. */
  readonly statusReason?: ReasonId;
  /** For provider replies: the provider, whose hosts the notice names as the remote MTA. */
  readonly provider?: ProviderRules;
}

/** Text that names no cause: the enhanced code must decide. */
export const neutralText = 'Requested action not taken';
export const neutralTexts: readonly string[] = [
  neutralText,
  'Requested action not taken for this recipient',
  'Please quote reference 8F3A2C1D when asking',
  'the administrator of example.net for details',
  'Requested action not taken for this recipient; please quote reference 8F3A2C1D-0001-4A2B-9C3D-7E6F5A4B3C2D and the time 2026-03-02T10:00:00Z when asking the administrator of example.net',
  'Requested action not taken; see https://www.example.net/help/smtp/requested-action-not-taken?ref=8F3A2C1D-0001-4A2B for the meaning of this reply',
];

export const defaultRemoteHost = 'mx.example.net';
export const defaultRemoteIp = '192.0.2.10';

/** mulberry32: a small seeded generator, so that the sample is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

function pick<T>(random: () => number, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const [item] = pool.splice(Math.floor(random() * pool.length), 1);
    picked.push(item!);
  }
  return picked;
}

/** The class a reply's codes agree on, or undefined when reply code and enhanced code disagree. */
function agreedClass(reply: string | undefined, status: string | undefined): string | undefined {
  if (reply && status && reply[0] !== status[0]) return undefined;
  return (status ?? reply ?? '5')[0];
}

function rowReply(row: ProviderRow): string | undefined {
  const klass = agreedClass(row.reply, row.status);
  if (!klass) return undefined;
  const code = row.reply ?? (klass === '4' ? '451' : '550');
  // A row whose words open with its own enhanced code ("5.7.1 [ss]") is written once, as a server writes it.
  const status = row.status !== undefined && row.text[0]?.startsWith(`${row.status} `) ? undefined : row.status;
  return [code, status, row.text[0]].filter((part) => part !== undefined && part !== '').join(' ');
}

/** (a) One reply per provider row whose codes agree on a class. */
function providerReplies(): ReplySpec[] {
  return providers.flatMap((provider) => provider.rows.flatMap((row: ProviderRow) => {
    const reply = rowReply(row);
    // A row whose reason is "on hold" names no cause to check (Amazon SES's own notice sentence);
    // one that holds at one SMTP stage only (docomo's "Unknown user") is the stage table's, as the
    // families write different stages (provider-replies.test.ts).
    return reply && row.reason !== 'onhold' && row.stage === undefined ? [{reply, source: 'provider' as const, provider}] : [];
  }));
}

/** The reason an enhanced code stands for, as classify.ts reads statusReasons and reasonOfClassSubject. */
export function reasonOfStatus(status: string): ReasonId | undefined {
  if (status.endsWith('.0.0')) return undefined;
  const direct = (statusReasons as Readonly<Record<string, ReasonId>>)[status];
  if (direct) return direct;
  const [klass, subject] = status.split('.');
  return (reasonOfClassSubject as Readonly<Record<string, ReasonId>>)[`${klass}.${subject}`];
}

/** (b) Every registry code, class 5 and (where allowed) class 4, with the neutral text. */
function statusCodeReplies(): ReplySpec[] {
  return statusCodes.flatMap((rule) => {
    const classes = rule.classes.includes('4') ? ['5', '4'] : ['5'];
    return classes.map((klass) => {
      const status = rule.code.replace(/^X/, klass);
      return {reply: `${klass === '5' ? '550' : '450'} ${status} ${neutralText}`, source: 'status-code' as const, statusReason: reasonOfStatus(status)};
    });
  });
}

/** (c) Replies without an enhanced code (RFC 5321 wording). */
const noCodeReplies: readonly ReplySpec[] = [
  '550 Requested action not taken: mailbox unavailable',
  '554 Transaction failed',
  '553 Requested action not taken: mailbox name not allowed',
  '552 Requested mail action aborted: exceeded storage allocation',
  '550 Requested action not taken',
  '451 Requested action aborted: local error in processing',
  '452 Requested action not taken: insufficient system storage',
  '421 Service not available, closing transmission channel',
  '450 Requested mail action not taken: mailbox unavailable',
].map((reply) => ({reply, source: 'no-code' as const}));

const google = providers.find((provider) => provider.info.id === 'google')!;

/** Where a reply of the pool names its recipient: replaced by the address it is written for (`replyFor`). */
export const recipientSlot = '{recipient}';

/** The reply of `spec` as written for `address`. */
export function replyFor(spec: ReplySpec, address: string): string {
  return spec.reply.replaceAll(recipientSlot, address);
}

/** (d) Multi-line replies, neutral unless a provider's own. */
const multiLineReplies: readonly ReplySpec[] = [
  {reply: '550-5.1.1 Requested action not taken for this recipient\n550-5.1.1 Please quote reference 8F3A2C1D when asking\n550 5.1.1 the administrator of example.net for details', source: 'multi-line', statusReason: reasonOfStatus('5.1.1')},
  {reply: '554-5.7.1 Requested action not taken for this recipient\n554 5.7.1 Please quote reference 8F3A2C1D when asking', source: 'multi-line', statusReason: reasonOfStatus('5.7.1')},
  {reply: '452-4.2.2 Requested action not taken for this recipient\n452-4.2.2 Please quote reference 8F3A2C1D when asking\n452 4.2.2 the administrator of example.net for details', source: 'multi-line', statusReason: reasonOfStatus('4.2.2')},
  {reply: '451-4.7.1 Requested action not taken for this recipient\n451 4.7.1 Please quote reference 8F3A2C1D when asking', source: 'multi-line', statusReason: reasonOfStatus('4.7.1')},
  {reply: '550-Requested action not taken for this recipient\n550 Please quote reference 8F3A2C1D when asking', source: 'multi-line'},
  // A line that opens with the address after its code and hyphen ("550-bob@example.org is not ..."):
  // the hyphen says another line follows, it is no part of the address.
  {reply: `550-${recipientSlot} is not an active address at this host (invalid\n550 username)`, source: 'multi-line'},
  {reply: `452-${recipientSlot} has too many messages waiting\n452 try again later`, source: 'multi-line'},
  {
    reply: '550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient\'s email address for typos or\n550-5.1.1 unnecessary spaces. For more information, go to\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b8a5a1b2c3dsi12345a.123 - gsmtp',
    source: 'multi-line',
    provider: google,
  },
  {
    reply: '550-5.7.26 Unauthenticated email from example.org is not accepted due to domain\'s\n550-5.7.26 DMARC policy. Please contact the administrator of example.org domain if\n550 5.7.26 this was a legitimate mail. - gsmtp',
    source: 'multi-line',
    provider: google,
  },
  {
    reply: '421-4.7.0 [192.0.2.25] Our system has detected that this message is suspicious due to the\n421-4.7.0 very low reputation of the sending IP address. To protect our users from spam,\n421 4.7.0 mail sent from your IP address has been temporarily rate limited. - gsmtp',
    source: 'multi-line',
    provider: google,
  },
];

/** Long one-line replies, which the families wrap (or not) as they do. */
const wrappedReplies: readonly ReplySpec[] = [
  {reply: `550 5.1.1 ${neutralTexts[4]!}`, source: 'wrapped', statusReason: reasonOfStatus('5.1.1')},
  {reply: `554 5.7.1 ${neutralTexts[5]!}`, source: 'wrapped', statusReason: reasonOfStatus('5.7.1')},
  {reply: `452 4.2.2 ${neutralTexts[4]!}`, source: 'wrapped', statusReason: reasonOfStatus('4.2.2')},
  {reply: `451 4.3.0 ${neutralTexts[5]!}`, source: 'wrapped', statusReason: reasonOfStatus('4.3.0')},
  // A local program's words inside the reply that a template also uses ("delivery failed ", IMail's
  // permanence word): they are the reply's, and say nothing of the notice.
  {reply: '451 4.3.0 Message delivery failed to /var/mail/bob, the mail spool is busy; try again later', source: 'wrapped', statusReason: reasonOfStatus('4.3.0')},
];

/** The host a notice names as the remote MTA for a provider's reply: one of its own. */
export function remoteHostOf(provider: ProviderRules | undefined): string {
  const suffix = provider?.info.hostSuffixes[0];
  if (!suffix) return defaultRemoteHost;
  return suffix.startsWith('.') ? `mx1${suffix}` : suffix;
}

function hostBelongsTo(host: string, provider: ProviderRules): boolean {
  return provider.info.hostSuffixes.some((suffix) => (suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`)));
}

/**
 * (f) Replies that name an address: the sender's (Postfix's smtpd words for a refused sender,
 * smtpd_check.c "Sender address rejected"), a contact's, or the recipient's own in angle brackets.
 * Only the notice's recipients are recipients, whatever address a reply names.
 */
const addressReplies: readonly ReplySpec[] = [
  {reply: `553 5.1.8 <${sender}>: Sender address rejected: Domain not found`, source: 'names-address'},
  {reply: `550 5.7.1 <${sender}>: Sender address rejected: Access denied`, source: 'names-address'},
  {reply: '554 5.7.1 Message refused; write to postmaster@example.net to have it reviewed', source: 'names-address'},
  {reply: `550 5.1.1 <${recipientSlot}>: Recipient address rejected: User unknown in virtual mailbox table`, source: 'names-address', statusReason: reasonOfStatus('5.1.1')},
];

/** Reply codes (with their enhanced codes) as they start the lines of a multi-line reply. */
const replyPrefix = /(?<![\w.])[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}(?![\d.]))?/g;

function normalized(text: string): string {
  return text.replace(replyPrefix, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The reason the provider rows give a reply, when the rendered notice lets the provider be known:
 * by the remote host it names, by the provider's own markers in the reply, or for blocklists quoted
 * by any server, by the row's text alone. Rows are tried in the rules' order (first match wins, as
 * src/rules/providers/index.ts documents); codes must not contradict the row's.
 */
export function providerReason(spec: ReplySpec, hostNamed: boolean): ReasonId | undefined {
  const parsed = parseReply(spec.reply);
  const text = normalized(spec.reply);
  const host = remoteHostOf(spec.provider);
  const candidates: ProviderRules[] = hostNamed ? providers.filter((provider) => hostBelongsTo(host, provider)) : [];
  for (const provider of providers) {
    if (!candidates.includes(provider) && provider.info.replyMarkers.some((marker) => text.includes(marker))) candidates.push(provider);
  }
  for (const provider of candidates) {
    for (const row of provider.rows) {
      const matches = row.text.some((phrase) => text.includes(phrase));
      if (!matches) continue;
      if (provider.info.quotedByOtherServers) return row.reason;
      if (row.status && parsed.status && row.status.slice(1) !== parsed.status.slice(1)) continue;
      if (row.reply && row.reply !== parsed.code) continue;
      return row.reason;
    }
  }
  return undefined;
}

/** Whether a text holds any phrase of any reason (neutral texts must not). */
export function namesAReason(text: string): ReasonId | undefined {
  const folded = text.toLowerCase().replace(/\s+/g, ' ');
  for (const rule of Object.values(reasons)) {
    if (rule.phrases.some((phrase) => folded.includes(phrase))) return rule.id;
    if ((rule.phraseSequences ?? []).some((sequence) => {
      let from = 0;
      return sequence.every((fragment) => {
        const at = folded.indexOf(fragment, from);
        if (at < 0) return false;
        from = at + fragment.length;
        return true;
      });
    })) return rule.id;
  }
  return undefined;
}

const localParts = ['alice', 'bob.smith', 'carol+news', 'dave_ops', 'erin', 'frank.o-neil', 'grace', 'heidi.k', 'ivan', 'judy99'];
const domains = ['example.com', 'example.net', 'example.org', 'mail.example.com', 'sub.example.net'];

function addresses(random: () => number, count: number): string[] {
  const all = localParts.flatMap((local) => domains.map((domain) => `${local}@${domain}`));
  return pick(random, all, count);
}

function expectationFor(family: FamilyTemplate, form: Form, address: string, written: ReplySpec): ExpectedRecipient {
  if (form === 'webmail' && !family.replyInWebmail) return {recipient: address};
  // A reply the family retried and never wrote: the notice says only that the queue gave up.
  if (family.writesReply?.(written.reply) === false) return {recipient: address, permanent: true, reason: 'expired'};
  // What the family writes of the reply is all the decoder can know.
  const shown = family.shownReply?.(written.reply) ?? written.reply;
  // An enhanced code the family does not write names no cause the decoder can know.
  const spec = shown === written.reply ? written
    : {...written, reply: shown, ...(parseReply(shown).status === parseReply(written.reply).status ? {} : {statusReason: undefined})};
  const parsed = parseReply(spec.reply);
  const fieldStatus = form === 'webmail' ? family.webmailStatusField?.(parsed) : family.statusField?.(parsed);
  const status = parsed.status ?? fieldStatus;
  const klass = (status ?? parsed.code)[0];
  const hostNamed = form === 'webmail' ? family.hostInWebmail : family.hostInRaw;
  const fromProvider = spec.provider ? providerReason(spec, hostNamed) : undefined;
  // A notice that says the queue lifetime ran out may name that as the cause over a broad code.
  const expiryWins = family.kind === 'bounce' && family.saysExpired === true && klass === '4'
    && spec.statusReason !== undefined && broadStatusReasons.includes(spec.statusReason);
  const reason = fromProvider ?? (expiryWins ? undefined : spec.statusReason);
  return {
    recipient: address,
    replyCode: family.writesReplyCode === false ? undefined : parsed.code,
    status,
    permanent: klass === '5' ? true : klass === '4' ? false : undefined,
    ...(reason ? {reason} : {}),
  };
}

function lineEnds(text: string, form: Form): string {
  if (form === 'raw-crlf') return text.replace(/\n/g, '\r\n');
  if (form === 'raw-cr') return text.replace(/\n/g, '\r');
  return text;
}

function shorten(text: string): string {
  const line = text.replace(/\n/g, '⏎');
  return line.length > 70 ? `${line.slice(0, 67)}...` : line;
}

/** Every reply of the pool, by where it comes from: for tables that render their own notices around them. */
export function replyPool(): Readonly<Record<ReplySource, readonly ReplySpec[]>> {
  // Without the replies that name their recipient: those tables write one reason for several
  // recipients, or the reply apart from its address.
  const alone = (specs: readonly ReplySpec[]) => specs.filter((spec) => !spec.reply.includes(recipientSlot));
  return {provider: providerReplies(), 'status-code': statusCodeReplies(), 'no-code': noCodeReplies, 'multi-line': alone(multiLineReplies), wrapped: wrappedReplies, 'names-address': alone(addressReplies)};
}

/** `count` items of `items`, the same on every run for the same `seed`. */
export function sampleOf<T>(seed: string, items: readonly T[], count: number): T[] {
  return pick(seeded(seedOf(seed)), items, count);
}

/**
 * First lines of provider and registry replies of the pool that open with a reply code and an
 * enhanced code, of the failure classes asked for, the same on every run for `seed`; `plain` keeps
 * only lines a quoted string can hold as they are (no quote, no backslash).
 */
export function codedReplyLines(seed: string, options: {readonly failuresOnly?: boolean; readonly plain?: boolean} = {}): string[] {
  const opening = options.failuresOnly ? /^([45])\d\d \1\.\d{1,3}\.\d{1,3} / : /^([245])\d\d \1\.\d{1,3}\.\d{1,3} /;
  return [...sampleOf(`${seed} provider`, replyPool().provider, 60), ...sampleOf(`${seed} status`, replyPool()['status-code'], 40)]
    .map((spec) => spec.reply.split('\n')[0]!)
    .filter((reply) => opening.test(reply) && (!options.plain || !/["\\]/.test(reply)));
}

/** A case for each form around each reply line: its text, and the reply's code and enhanced code. */
export function casesAroundReplies(replies: readonly string[], forms: ReadonlyArray<readonly [string, (reply: string) => string]>): {name: string; text: string; code: string; status: string}[] {
  return replies.flatMap((reply) => forms.map(([how, write]) => ({
    name: `${how}: ${reply.slice(0, 60)}`,
    text: write(reply),
    code: reply.slice(0, 3),
    status: /^\d{3} (\d\.\d{1,3}\.\d{1,3})/.exec(reply)![1]!,
  })));
}

/** Renders one notice in every form, with its expectations. */
export function casesFor(family: FamilyTemplate, specs: readonly ReplySpec[], recipientAddresses: readonly string[], original = plainOriginal): GeneratedCase[] {
  const remoteHost = remoteHostOf(specs[0]?.provider);
  const recipients: TemplateRecipient[] = specs.map((spec, index) => ({address: recipientAddresses[index]!, reply: replyFor(spec, recipientAddresses[index]!)}));
  const rendered = family.render(recipients, {remoteHost, remoteIp: defaultRemoteIp, original});
  return forms.map((form) => ({
    name: `${family.id} | ${form} | ${specs.length} rcpt | ${specs[0]!.source} | ${shorten(specs[0]!.reply)}`,
    family: family.id,
    form,
    source: specs[0]!.source,
    input: form === 'webmail' ? rendered.webmail : lineEnds(rendered.raw, form),
    kind: family.kind,
    recipients: specs.map((spec, index) => expectationFor(family, form, recipientAddresses[index]!, spec)),
  }));
}

function isTemporary(spec: ReplySpec): boolean {
  const parsed = parseReply(spec.reply);
  return (parsed.status ?? parsed.code).startsWith('4');
}

/** How many notices each family gets, by reply source and recipient count. */
const sample = {providerSingles: 24, statusSingles: 24, noCodeSingles: 3, multiLineSingles: 4, wrappedSingles: 2, addressSingles: 2, pairs: 8, fives: 4} as const;

export function familyCases(family: FamilyTemplate): GeneratedCase[] {
  const random = seeded(seedOf(family.id));
  const keep = (specs: readonly ReplySpec[]) => (family.kind === 'delay' ? specs.filter(isTemporary) : specs);
  const provider = keep(providerReplies());
  const status = keep(statusCodeReplies());
  const noCode = keep(noCodeReplies);
  const multi = keep(multiLineReplies);
  const wrapped = keep(wrappedReplies);
  const addressing = keep(addressReplies);
  const extra = family.multipleRecipients ? 1 : 2; // single-recipient families get more single notices
  const singles = [
    ...pick(random, provider, sample.providerSingles * extra),
    ...pick(random, status, sample.statusSingles * extra),
    ...pick(random, noCode, sample.noCodeSingles),
    ...pick(random, multi, sample.multiLineSingles),
    ...pick(random, wrapped, sample.wrappedSingles),
    ...pick(random, addressing, sample.addressSingles),
  ];
  const notices: ReplySpec[][] = singles.map((spec) => [spec]);
  if (family.multipleRecipients) {
    // Several recipients of one notice share the remote MTA: their replies come from one provider.
    const byProvider = new Map<ProviderRules, ReplySpec[]>();
    for (const spec of provider) byProvider.set(spec.provider!, [...(byProvider.get(spec.provider!) ?? []), spec]);
    const groups = [...byProvider.values()];
    for (const [count, notes] of [[2, sample.pairs], [5, sample.fives]] as const) {
      for (let index = 0; index < notes; index++) {
        if (index % 2 === 0 && groups.length > 0) {
          const group = pick(random, groups, 1)[0]!;
          const distinct = pick(random, group, count);
          notices.push([...distinct, ...Array.from({length: count - distinct.length}, () => pick(random, group, 1)[0]!)]);
        } else {
          notices.push(pick(random, [...status, ...multi, ...wrapped], count));
        }
      }
    }
  }
  return notices.flatMap((specs) => casesFor(family, specs, addresses(random, specs.length)));
}

/** Builds every case, family by family (the same list on every call). */
export function buildCases(): GeneratedCase[] {
  return families.flatMap(familyCases);
}

export const generatedCases: readonly GeneratedCase[] = buildCases();

export {families};

/** The reply codes defined as answers to AUTH (RFC 4954: 530, 534, 535, 538): a login refused, no delivery's outcome. */
const loginCodes = new Set(replyCodes.filter((rule) => rule.answers === 'AUTH').map((rule) => rule.code));

/** The replies of `specs` that answer a delivery's commands, not a login: for tables of a client's errors. */
export function deliveryReplies(specs: readonly ReplySpec[]): ReplySpec[] {
  return specs.filter((spec) => !loginCodes.has(spec.reply.slice(0, 3)));
}

/** Replies no phrase table knows and with no enhanced code: only a client's own words make them a refusal. */
export const unknownWordReplies: readonly string[] = ['554 Error sending message for delivery.', '550 Transaction refused', '451 Try later', '552 Nope'];
