import {mtaFamilies, providerOfFamily} from '../rules/mta/index.ts';
import type {JsonPath, ProviderId, WebhookEventRule, WebhookFields, WebhookFieldValues, WebhookOutcome, WebhookShape} from '../rules/types.ts';
import type {FailureRecord} from './classify.ts';
import type {TemplatePermanence} from './templates.ts';

/**
 * Events of sending services' webhooks (and the same JSON from their event APIs, as pasted), read
 * after each service's `webhook` shape in `src/rules/mta`: where an event sits, what its type means,
 * where its recipients, replies and codes are. Each recipient becomes the same record the text
 * readers produce, so the classifier reads a service's reply as it reads a notice's.
 */

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type JsonObject = {[key: string]: Json};

/** The most events read from one payload (a batch of SendGrid's holds up to a few thousand). */
const maxEvents = 5000;
/** The most recipients read from one event. */
const maxRecipients = 1000;

const shapes: readonly WebhookShape[] = mtaFamilies.flatMap((family) => (family.webhook ? [family.webhook] : []));
/** The provider each shape's service is, where it is one (`providerOfFamily`): the service that reported its events. */
const serviceOf: ReadonlyMap<WebhookShape, ProviderId> = new Map(mtaFamilies.flatMap((family) => {
  const provider = providerOfFamily(family);
  return family.webhook && provider !== undefined ? [[family.webhook, provider] as const] : [];
}));

/** A JSON object: neither null nor a list. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path; `''` is the value itself. A number picks from a list, `-1` its last entry. */
function at(value: Json | undefined, path: JsonPath): Json | undefined {
  if (path === '') return value;
  let current = value;
  for (const key of path.split('.')) {
    if (Array.isArray(current) && /^-?\d+$/.test(key)) {
      current = current.at(Number(key));
    } else if (isObject(current)) {
      current = current[key];
    } else {
      return undefined;
    }
  }
  return current;
}

/** A field's value as text: a non-empty string, a number or a boolean; nothing else is text. */
function textOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** Where a recipient's fields are looked up: its own entry first, then the event. */
type Scope = readonly Json[];

function firstText(scope: Scope, paths: readonly JsonPath[] | undefined): string | undefined {
  for (const path of paths ?? []) {
    for (const value of scope) {
      const found = textOf(at(value, path));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The first condition whose field holds one of its values, with the value it holds. */
function matchingValue(scope: Scope, conditions: readonly WebhookFieldValues[] | undefined): {path: JsonPath; value: string} | undefined {
  for (const condition of conditions ?? []) {
    const value = firstText(scope, [condition.path]);
    if (value !== undefined && condition.values.includes(value)) return {path: condition.path, value};
  }
  return undefined;
}

function hasValue(scope: Scope, conditions: readonly WebhookFieldValues[] | undefined): boolean {
  return matchingValue(scope, conditions) !== undefined;
}

/** A field of the event rule, else of the shape. */
function field<K extends keyof WebhookFields>(rule: WebhookEventRule, shape: WebhookShape, key: K): WebhookFields[K] {
  return rule[key] ?? shape[key];
}

function diagnosticOf(scope: Scope, alternatives: WebhookFields['diagnostic']): string | undefined {
  for (const alternative of alternatives ?? []) {
    const found = typeof alternative === 'string' ? firstText(scope, [alternative]) : joinedParts(alternative.map((path) => firstText(scope, [path])));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A reply a service splits into fields (its code, its words), joined again. A part the next one
 * starts with is left out: a service's words may repeat the code it also gives apart ("550",
 * "550 5.1.1 ...").
 */
function joinedParts(parts: ReadonlyArray<string | undefined>): string | undefined {
  const present = parts.filter((part) => part !== undefined).map((part) => part.trim());
  const kept = present.filter((part, index) => {
    const next = present[index + 1];
    return next === undefined || !(next.startsWith(part) && /^[\s-]/.test(next.slice(part.length)));
  });
  return kept.join(' ').trim() || undefined;
}

/**
 * An address's shape (RFC 5321 §4.1.2: a local part, "@", a domain of one label or more, or an
 * address literal). The service's own field says it is the recipient: a domain of one label (a
 * test's "invalid@invalid", which bounced for it) is still the address the event is about.
 */
const mailboxShape = /^[^\s@<>()[\],;:"]{1,64}@(?:[^\s@<>()[\],;:".]+(?:\.[^\s@<>()[\],;:".]+)*|\[[0-9a-f.:]{2,45}\])$/i;

/** The recipients of an event: each with the entry its fields are read from first. */
function recipientsOf(event: JsonObject, rule: WebhookEventRule, shape: WebhookShape): Array<{address: string; entry: Json}> {
  const listed = at(event, field(rule, shape, 'recipients') ?? '');
  const address = field(rule, shape, 'address') ?? '';
  // A map of each address to its entry reads as a list of its entries, each with its key for address.
  const keyed = field(rule, shape, 'recipientsByAddress') === true;
  const entries = keyed ? (isObject(listed) ? Object.entries(listed).slice(0, maxRecipients) : [])
    : Array.isArray(listed) ? listed.slice(0, maxRecipients) : [listed];
  return entries.flatMap((item) => {
    const [key, entry] = keyed ? item as [string, Json] : [undefined, item as Json];
    const found = key ?? textOf(typeof entry === 'string' ? entry : at(entry, address));
    if (!found?.includes('@')) return [];
    // An address may come with a display name ("Robin <robin@example.org>").
    const bare = /<([^<>\s@]+@[^<>\s]+)>/.exec(found)?.[1] ?? found.trim();
    // A page's mask in its place is none ("[email protected]", Cloudflare's email obfuscation).
    if (!mailboxShape.test(bare)) return [];
    return [{address: bare, entry: typeof entry === 'string' ? null : entry ?? null}];
  });
}

/** The event's enhanced code: a field's, or the three parts of one that gives them apart, joined. */
function statusOf(scope: Scope, alternatives: WebhookFields['status']): string | undefined {
  for (const alternative of alternatives ?? []) {
    if (typeof alternative === 'string') {
      const found = firstText(scope, [alternative]);
      if (found !== undefined) return found;
    } else {
      const parts = alternative.map((path) => firstText(scope, [path]));
      if (parts.every((part) => part !== undefined)) return parts.join('.');
    }
  }
  return undefined;
}

/** A status field's code, without the words a service may write after it ("5.1.1 (bad destination mailbox address)"). */
function statusIn(text: string | undefined): string | undefined {
  return text === undefined ? undefined : /^\s*([245]\.\d{1,3}\.\d{1,3})(?![\d.])/.exec(text)?.[1] ?? text;
}

/** The event's own class words (`bad_mailbox`, `Permanent General`), as words. */
function contextOf(scope: Scope, paths: readonly JsonPath[] | undefined): string | undefined {
  // Services name their classes in snake_case or CamelCase; the phrase tables read words.
  const words = (paths ?? []).map((path) => firstText(scope, [path])).filter((word) => word !== undefined)
    .map((word) => word.replaceAll('_', ' ').replace(/([a-z])([A-Z])/g, '$1 $2'));
  return words.length > 0 ? words.join(' ') : undefined;
}

/** What the event says of permanence: a retry is never final; a final failure (or refusal to send) is the type's or a field's word. */
function permanenceOf(scope: Scope, outcome: WebhookOutcome, type: string, rule: WebhookEventRule, shape: WebhookShape): TemplatePermanence | undefined {
  if (outcome === 'delayed') return {permanent: false, text: type};
  if (outcome !== 'failed' && outcome !== 'suppressed') return undefined;
  if (rule.permanent) return {permanent: true, text: type};
  const found = matchingValue(scope, field(rule, shape, 'permanentWhen'));
  if (found) return {permanent: true, text: `${found.path}: ${found.value}`};
  const temporary = matchingValue(scope, field(rule, shape, 'temporaryWhen'));
  return temporary && {permanent: false, text: `${temporary.path}: ${temporary.value}`};
}

/** The records of one event that `shape` reads, or undefined when the event is not one of them. */
function readEvent(event: JsonObject, shape: WebhookShape): FailureRecord[] | undefined {
  const named = firstText([event], shape.typeField);
  const type = named ?? shape.untypedEntries?.find((untyped) => untyped.fields.every((path) => at(event, path) !== undefined)
    && (untyped.anyOf === undefined || untyped.anyOf.some((path) => at(event, path) !== undefined)))?.type;
  if (type === undefined) return undefined;
  const rule = shape.events.find((candidate) => candidate.types.includes(type));
  if (rule === undefined) return undefined;
  // An API's untyped entry is known by its fields; an event by the service's own ids.
  if (named !== undefined && shape.marks && !shape.marks.some((mark) => at(event, mark) !== undefined)) return undefined;
  if (hasValue([event], field(rule, shape, 'noFailureWhen'))) return [];
  const ownRecipients = recipientsOf(event, rule, shape);
  // Cut before its own list of recipients (the field is missing, not empty): the message's
  // recipients stand in, when they are one address (`recipientsWhenCut`).
  const cutBefore = field(rule, shape, 'recipientsWhenCut');
  const namedRecipients = ownRecipients.length > 0 || cutBefore === undefined || at(event, field(rule, shape, 'recipients') ?? '') !== undefined ? ownRecipients
    : recipientsOf(event, {...rule, recipients: cutBefore, address: undefined}, shape).slice(0, 2).filter((_, index, all) => all.length === 1);
  // An event whose recipient a paste left out (a fragment, a log's selected fields) is still the
  // service's event, known by its ids, for a recipient it does not name.
  // (A typed event without the marks was turned away above.)
  const marked = shape.marks?.some((mark) => at(event, mark) !== undefined) === true;
  const recipients: ReadonlyArray<{address: string | undefined; entry: Json}> = namedRecipients.length > 0 ? namedRecipients
    : marked ? [{address: undefined, entry: null}] : [];
  if (recipients.length === 0) return undefined;
  return recipients.map(({address, entry}) => {
    const scope: Scope = entry === null ? [event] : [entry, event];
    const diagnostic = diagnosticOf(scope, field(rule, shape, 'diagnostic'));
    const status = statusIn(statusOf(scope, field(rule, shape, 'status')));
    const retried = rule.retriedWhenTemporary === true && (/^\s*4\d\d\b/.test(diagnostic ?? '') || status?.startsWith('4.') === true);
    // The reply code's class, or the enhanced code's where no reply code leads the words.
    const succeeded = rule.deliveredWhenSuccess === true && (/^\s*\d\d\d\b/.exec(diagnostic ?? '')?.[0].trim() ?? status)?.startsWith('2') === true;
    const givenUp = hasValue(scope, field(rule, shape, 'failedWhen'));
    const outcome = rule.outcome === 'delayed' && givenUp ? 'failed'
      : rule.outcome === 'failed' && succeeded ? 'delivered'
      : rule.outcome === 'failed' && !givenUp && (retried || hasValue(scope, field(rule, shape, 'delayedWhen'))) ? 'delayed'
      : rule.outcome === 'failed' && hasValue(scope, field(rule, shape, 'suppressedWhen')) ? 'suppressed'
      : rule.outcome === 'failed' && hasValue(scope, field(rule, shape, 'autoreplyWhen')) ? 'autoreply'
      : rule.outcome;
    const feedbackType = outcome === 'complaint' ? firstText(scope, field(rule, shape, 'feedbackType')) ?? 'abuse' : undefined;
    const shown = diagnostic ?? (feedbackType === undefined ? (outcome === 'delivered' ? '250 OK' : type) : `Complaint: ${feedbackType}`);
    const reportingHost = hostOf(firstText(scope, field(rule, shape, 'reportingHost')));
    return {
      recipient: address,
      diagnostic: shown,
      // The reply is this recipient's alone: its words are taken at face value.
      standalone: true,
      statedPermanence: permanenceOf(scope, outcome, type, rule, shape),
      context: contextOf(scope, field(rule, shape, 'context')),
      reportedStatus: status,
      remoteHost: hostOf(firstText(scope, field(rule, shape, 'remoteHost'))),
      // A complaint and an automatic reply are no delivery attempt: they have no action.
      action: outcome === 'complaint' || outcome === 'autoreply' ? undefined : outcome === 'suppressed' ? 'failed' : outcome,
      knownReason: outcome === 'complaint' ? 'feedback' : outcome === 'suppressed' ? 'suppressed' : outcome === 'autoreply' ? 'vacation' : rule.reason,
      feedbackType,
      reportedBy: serviceOf.get(shape),
      ...(rule.ownVerdict === true ? {serviceVerdict: 'own' as const}
        : field(rule, shape, 'remoteAttempt') !== undefined && outcome === 'failed' && firstText(scope, field(rule, shape, 'remoteAttempt')) === undefined ? {serviceVerdict: 'unattempted' as const} : {}),
      ...(reportingHost === undefined ? {} : {reportingHost}),
    };
  });
}

/**
 * A host field's host: it may carry its RFC 3464 type ("dsn; a8-52.smtp-out.amazonses.com"), and
 * its address after it ("mx.example.net (192.0.2.1)").
 */
function hostOf(value: string | undefined): string | undefined {
  return value?.replace(/^[a-z]+;\s*/i, '').split(/\s/, 1)[0];
}

/** The events of one posted item, tried in each of a shape's envelopes; a JSON string is parsed (SNS's `Message`). */
function eventAt(item: JsonObject, envelope: JsonPath): JsonObject | undefined {
  const found = at(item, envelope);
  if (typeof found === 'string' && found.trimStart().startsWith('{')) {
    try {
      const parsed = JSON.parse(found) as unknown;
      return isObject(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  return isObject(found) ? found : undefined;
}

/** The records of one posted item, from the first shape that reads it; undefined when none does. */
function readItem(item: JsonObject): FailureRecord[] | undefined {
  for (const shape of shapes) {
    for (const envelope of shape.envelopes ?? ['']) {
      const event = eventAt(item, envelope);
      const read = event === undefined ? undefined : readEvent(event, shape);
      if (read !== undefined) return read;
    }
  }
  return undefined;
}

/**
 * Reads a webhook payload: one event, a list of them, or an event API's answer that lists them
 * under a field of its own (Mailgun's `items`, SparkPost's `results`, Postmark's `Bounces`). An
 * empty list when it holds no delivery event a service's shape describes.
 */
export function readWebhook(json: unknown): FailureRecord[] {
  const records: FailureRecord[] = [];
  let read = 0;
  const readList = (items: readonly unknown[], nested: boolean): void => {
    for (const item of items) {
      if (read++ >= maxEvents) return;
      if (!isObject(item)) continue;
      const found = readItem(item);
      if (found !== undefined) {
        records.push(...found);
      } else if (!nested) {
        // An answer of an event API: its lists of events, one level down; or an application's own
        // object around one event, as it logs it ({"message": {<event>}}).
        for (const value of Object.values(item)) {
          if (Array.isArray(value)) readList(value, true);
          else if (isObject(value)) readList([value], true);
        }
      }
    }
  };
  readList(Array.isArray(json) ? json : [json], false);
  return records;
}
