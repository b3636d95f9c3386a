// Sending services' webhook events, generated: each service's documented event (the payloads of its
// webhook documentation, src/rules/mta/<service>.ts's `webhook` citing where) rendered around replies
// it was never tuned on (the provider rows, the registry's enhanced codes, replies without an
// enhanced code, multi-line replies), with 1, 2 and 5 recipients, posted as the service posts it,
// as one line of a log, and as JSON Lines. Then per service, tables of its other events, positive
// and negative.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply, statusOrGeneric} from './templates/common.ts';
import {tableTemplates} from './table-templates.ts';
import {type Addressed, kindWithoutRetryField, projected as project, webhookCases as cases, webhookTemplates as templates, type WebhookCase} from './webhook-templates.ts';


describe('the webhook generator', () => {
  // PowerMTA's records are an accounting file's rows (table-shapes.test.ts), maddy's a structured
  // log's lines (log-lines.test.ts): generated there, not as posted events. Emailit's events carry
  // no reply to generate around: its table is in webhooks.test.ts, and so is Mandrill's send API's
  // result, a refusal of Mandrill's own. JMAP's EmailSubmission is no posted event:
  // jmap-submissions.test.ts generates it.
  test('covers every service whose family file describes a webhook, but for records generated elsewhere, and each with sixty cases or more and fewer than 260', () => {
    const described = mtaFamilies.filter((family) => family.webhook).map((family) => family.id).sort();
    const elsewhere = [...new Set([...tableTemplates.map((template) => template.family), 'maddy', 'emailit', 'jmap', 'mandrill-api'])];
    expect([...new Set([...templates.map((template) => template.id), ...elsewhere])].sort()).toEqual(described);
    expect(described.filter((id) => !templates.some((template) => template.id === id)).sort()).toEqual(['emailit', 'jmap', 'maddy', 'mandrill-api', 'powermta']);
    for (const template of templates) {
      const count = cases.filter((item) => item.service === template.id).length;
      expect(count, template.id).toBeGreaterThanOrEqual(60);
      expect(count, template.id).toBeLessThan(260);
    }
  });
});

describe.each(templates.map((template) => [template.id]))('generated %s events', (id) => {
  test.each(cases.filter((item) => item.service === id))('$name', async (item) => {
    const result = await decode(item.input);
    const want = {kind: item.kind, recipients: item.recipients.map((recipient) => ({...recipient, reason: recipient.reason}))};
    expect(project(result, item)).toEqual(want);
  });
});

/** An event as a person selects it from a pretty-printed page: from its first member on, the opening brace left behind. */
function withoutOpeningBrace(input: string): string | undefined {
  const payload: unknown = JSON.parse(input);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return undefined;
  return JSON.stringify(payload, null, 2).split('\n').slice(1).join('\n');
}

/** Each service's posted events that are one object (a service that posts a list of events has no brace to leave out). */
const selectable = templates.map((template) => [template.id, cases.filter((item) => item.service === template.id && item.name.includes('| posted |')
  && withoutOpeningBrace(item.input) !== undefined).slice(0, 8)] as const).filter(([, items]) => items.length > 0);

/** The same selection as a viewer of fields shows it: one member per line, no comma after any. */
function withoutCommas(selection: string): string {
  return selection.replace(/,$/gm, '');
}

describe.each(selectable)('generated %s events, selected without their opening brace', (_id, items) => {
  test.each(items.flatMap((item) => [{...item, how: 'as written'}, {...item, how: 'without the commas at its line ends'}]).map((item) => ({...item, name: `${item.how} | ${item.name}`})))('$name', async (item) => {
    const selection = withoutOpeningBrace(item.input)!;
    const result = await decode(item.how === 'as written' ? selection : withoutCommas(selection));
    const want = {kind: item.kind, recipients: item.recipients.map((recipient) => ({...recipient, reason: recipient.reason}))};
    expect(project(result, item)).toEqual(want);
  });
});

/**
 * An event as a copy cut it short: the pretty-printed payload up to the last line that names a
 * recipient or holds one of its codes, then half the next line (a selection that stopped there, a log that
 * truncates long lines, a paste cut at a size limit). Undefined when nothing follows that line.
 */
function cutShort(item: WebhookCase): string | undefined {
  // A code written in parts (KumoMTA's enhanced code) has no line of its own to keep.
  if (item.recipients.some((recipient) => recipient.status !== undefined && !item.input.includes(recipient.status))) return undefined;
  const lines = JSON.stringify(JSON.parse(item.input), null, 2).split('\n');
  const marks = item.recipients.flatMap((recipient) => [recipient.recipient, recipient.replyCode, recipient.status].filter((mark) => mark !== undefined));
  const last = lines.findLastIndex((line) => marks.some((mark) => line.includes(mark)));
  if (last < 0 || last >= lines.length - 2) return undefined;
  const next = lines[last + 1]!;
  return [...lines.slice(0, last + 1), next.slice(0, Math.ceil(next.length / 2))].join('\n');
}

/** An event whose strings' escaped line breaks a page or a log viewer shows as line breaks (a multi-line reply). */
function lineBreaksShown(item: WebhookCase): string | undefined {
  const pretty = JSON.stringify(JSON.parse(item.input), null, 2);
  return pretty.includes('\\n') ? pretty.replaceAll('\\n', '\n') : undefined;
}

const posted = (id: string) => cases.filter((item) => item.service === id && item.name.includes('| posted |'));
const mended = templates.flatMap((template) => [
  ...posted(template.id).flatMap((item) => {
    const input = cutShort(item);
    // The reply's words may be what the cut left out: the codes and the recipient must stay.
    const recipients = item.recipients.map(({reason: _reason, ...codes}) => codes);
    if (input === undefined) return [];
    // Where the cut took away the field that said no retry follows.
    const retryLost = !input.includes(`"${template.retryField}"`);
    return [{...item, how: 'cut short', input, recipients, kind: retryLost ? kindWithoutRetryField(template, item) : item.kind}];
  }).slice(0, 12),
  ...posted(template.id).flatMap((item) => {
    const input = lineBreaksShown(item);
    return input === undefined ? [] : [{...item, how: 'its strings\' line breaks shown', input}];
  }).slice(0, 4),
]);

describe('generated events as a copy left them, mended (jsonrepair)', () => {
  test.each(mended.map((item) => ({...item, name: `${item.how} | ${item.name}`})))('$name', async (item) => {
    const result = await decode(item.input);
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });

  test('the generator makes each kind of copy for most services', () => {
    expect(new Set(mended.filter((item) => item.how === 'cut short').map((item) => item.service)).size).toBeGreaterThanOrEqual(templates.length - 2);
    expect(mended.some((item) => item.how !== 'cut short')).toBe(true);
  });

  test.each([
    ['a text that opens with a bracket', '[Action required] <bob@example.org>: 550 5.1.1 User unknown', 'bob@example.org'],
    ['a brace in a log line that is no event', 'mx postfix/smtp[42]: {"note": "retry"} <bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown (in reply to RCPT TO command)', 'bob@example.org'],
  ])('%s that mending would make JSON of no event is read as text', async (_name, text, recipient) => {
    expect((await decode(text)).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([[recipient, '550']]);
  });
});

/**
 * Services' lists of bounced addresses from their APIs: entries with no type field, SendGrid's
 * {created, email, reason, status} (GET /v3/suppression/bounces, cited in sendgrid.ts) and Mailgun's
 * {address, code, error, created_at} under `items` (GET /v3/{domain}/bounces, cited in mailgun.ts),
 * generated around permanent replies of the reply pool, one to five entries, pretty-printed.
 */
const bounceLists = [
  {
    service: 'SendGrid',
    list: (entries: readonly Addressed[]) => entries.map(({address, reply}) => ({created: 1772445600, email: address, reason: reply.split('\n').join(' '), status: statusOrGeneric(parseReply(reply))})),
    statusField: true,
  },
  {
    service: 'Mailgun',
    list: (entries: readonly Addressed[]) => ({
      items: entries.map(({address, reply}) => ({address, code: parseReply(reply).code, error: reply.split('\n').join(' '), created_at: 'Mon, 02 Mar 2026 10:00:00 UTC'})),
      paging: {first: 'https://api.mailgun.net/v3/example.com/bounces?page=first', last: 'https://api.mailgun.net/v3/example.com/bounces?page=last'},
    }),
    statusField: false,
  },
];

describe.each(bounceLists)('$service\'s bounce list, entries without a type field, generated around the reply pool', ({service, list, statusField}) => {
  const pool = replyPool();
  const permanentReplies = [...sampleOf(`${service} list provider`, pool.provider, 16), ...sampleOf(`${service} list status`, pool['status-code'], 16), ...pool['no-code']]
    .filter((spec) => spec.reply.startsWith('5'));
  const addresses = ['alice@example.com', 'bob@example.org', 'carol@example.net', 'dave_ops@example.com', 'erin+news@sub.example.net'];
  const lists = permanentReplies.map((spec, index) => {
    const count = [1, 2, 5][index % 3]!;
    return Array.from({length: count}, (_, at) => ({address: addresses[at]!, reply: permanentReplies[(index + at) % permanentReplies.length]!.reply}));
  });
  test.each(lists.map((entries) => ({name: `${entries.length} | ${entries[0]!.reply.split('\n')[0]!.slice(0, 60)}`, entries})))('$name', async ({entries}) => {
    const result = await decode(JSON.stringify(list(entries), null, 2));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.status?.code, got.permanent])).toEqual(entries.map(({address, reply}) => {
      const parsed = parseReply(reply);
      return [address, parsed.code, parsed.status ?? (statusField ? statusOrGeneric(parsed) : undefined), true];
    }));
  });
});

describe('entries like a bounce list\'s that are none', () => {
  test.each([
    ['a contact list\'s entries', [{email: 'bob@example.org', first_name: 'Bob', status: 'active'}]],
    ['a Mailgun entry without its date (an unsubscribe list\'s entry has other fields)', {items: [{address: 'bob@example.org', tags: ['*'], created_at: 'Mon, 02 Mar 2026 10:00:00 UTC'}]}],
    ['a Mailgun bounce entry missing its error', {items: [{address: 'bob@example.org', code: '550', created_at: 'Mon, 02 Mar 2026 10:00:00 UTC'}]}],
  ])('%s is no bounce', async (_name, payload) => {
    expect((await decode(JSON.stringify(payload))).recipients).toEqual([]);
  });
});

describe('text that opens like an object\'s member but is none', () => {
  test.each([
    ['a quoted heading before a reply', '"Delivery report": 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', 'bob@example.org'],
    ['a quoted field name and a value of no event', '"status": "5.1.1", and then the line ends\n<bob@example.org>: 550 5.1.1 User unknown', 'bob@example.org'],
  ])('%s reads as the text it is', async (_name, text, recipient) => {
    const result = await decode(text);
    expect(result.format).toBe('text');
    expect(result.recipients.map((found) => found.recipient)).toEqual([recipient]);
  });
});

/**
 * A SparkPost event as its documentation's samples print it, its fields in alphabetical order, cut
 * before its "type" (a selection or a page that stopped there): the remote server's answer to the
 * failed attempt (raw_reason, error_code; SparkPost/java-sparkpost's field descriptions, cited in
 * sparkpost.ts) still says what happened, and its class whether SparkPost retries it. Generated from
 * the SparkPost template's bounces of permanent replies and its delays.
 */
function cutBeforeType(event: Record<string, unknown>): string {
  const sorted = Object.fromEntries(Object.entries(event).sort(([a], [b]) => a.localeCompare(b)));
  const lines = JSON.stringify([{msys: {message_event: sorted}}], null, 2).split('\n');
  return lines.slice(0, lines.findIndex((line) => line.includes('"type"'))).join('\n');
}

const sparkpostPosted = cases.filter((item) => item.service === 'sparkpost' && item.name.includes('| posted |') && item.recipients.length === 1);
const sparkpostCut = [
  ...sparkpostPosted.filter((item) => item.kind === 'bounce' && item.recipients[0]!.replyCode?.startsWith('5') === true).slice(0, 16),
  ...sparkpostPosted.filter((item) => item.kind === 'delay'),
].map((item) => {
  const [first] = JSON.parse(item.input) as Array<{msys: {message_event: Record<string, unknown>}}>;
  return {name: `${item.kind} | ${item.name}`, input: cutBeforeType(first!.msys.message_event), kind: item.kind, recipient: item.recipients[0]!};
});

describe('a SparkPost event cut before its type', () => {
  test('the generator cuts bounces and delays', () => {
    expect(new Set(sparkpostCut.map((item) => item.kind))).toEqual(new Set(['bounce', 'delay']));
    expect(sparkpostCut.every((item) => !item.input.includes('"type"'))).toBe(true);
  });

  test.each(sparkpostCut)('$name', async ({input, kind, recipient}) => {
    const result = await decode(input);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.permanent])])
      .toEqual([kind, [[recipient.recipient, recipient.replyCode, recipient.replyCode?.startsWith('5')]]]);
  });

  test.each([
    ['its recipient masked by a page ("[email protected]")', '{"msys": {"message_event": {"event_id": "1", "error_code": "554", "rcpt_to": "[email protected]"}}}', [[undefined, '554']]],
    ['no answer of a remote server: no failed attempt', '{"msys": {"message_event": {"event_id": "1", "rcpt_to": "bob@example.org", "ip_pool": "shared"}}}', []],
  ])('%s', async (_name, input, want) => {
    expect((await decode(input)).recipients.map((got) => [got.recipient, got.replyCode?.code])).toEqual(want);
  });
});

/**
 * An event an application logged inside an object of its own ({"level": "info", "message": <event>}),
 * as a log line or an error report holds it: read one level down, as an event API's list is.
 * Generated from every service's posted events to one recipient.
 */
const wrapped = templates.flatMap((template) => posted(template.id).filter((item) => item.recipients.length === 1).slice(0, 4).map((item) => {
  const payload = JSON.parse(item.input) as unknown;
  const event = Array.isArray(payload) ? payload[0] as unknown : payload;
  return {...item, input: JSON.stringify({level: 'info', message: event}, null, 2)};
}));

describe('an event inside an application\'s own object', () => {
  test('the generator wraps an event of most services', () => {
    expect(new Set(wrapped.map((item) => item.service)).size).toBeGreaterThanOrEqual(templates.length - 2);
  });

  test.each(wrapped)('$name', async (item) => {
    expect(project(await decode(item.input), item)).toEqual({kind: item.kind, recipients: item.recipients});
  });

  test('an object of an application\'s own that holds no event is none', async () => {
    expect((await decode(JSON.stringify({level: 'info', message: {id: 42, text: 'Deployment finished', by: 'bob@example.org'}}))).recipients).toEqual([]);
  });
});

/**
 * An SES Delivery notification cut inside its delivery object, before its own list of recipients
 * (`delivery.recipients`): the message's recipients (`mail.destination`, "a complete list of all
 * recipient addresses") say whom it was delivered to when they are one address, and nobody's when more.
 */
describe('an SES Delivery notification cut before its recipients', () => {
  const notification = (destination: readonly string[]) => [
    '{',
    '"notificationType":"Delivery",',
    '"mail":{',
    '"timestamp":"2026-03-02T09:58:00.000Z",',
    '"source":"sender@example.org",',
    '"messageId":"0102017a-example-000000",',
    `"destination":[${destination.map((address) => `"${address}"`).join(',')}]`,
    '},',
    '"delivery":{',
  ].join('\n');

  test.each([
    ['one address', ['Bob <bob@example.org>'], ['bob@example.org']],
    ['two addresses: whose it is, the cut took away', ['bob@example.org', 'carol@example.net'], []],
  ])('%s', async (_name, destination, want) => {
    const result = await decode(notification(destination));
    expect(result.recipients.map((got) => got.recipient)).toEqual(want);
    if (want.length > 0) expect(result.kind).toBe('delivered');
  });
});

/**
 * A Mailgun event a paste cut to its "delivery-status" member (the attempt's code, reply text and
 * MX host, its type, recipient and severity gone), as its log's JSON view lets one copy it: the
 * reply's class says what the event was (Mailgun retries a temporary failure and logs a delivery
 * with the reply that accepted it). Generated from the Mailgun template's events to one recipient,
 * indented and compact, with and without the comma after the member.
 */
const mailgunPosted = cases.filter((item) => item.service === 'mailgun' && item.name.includes('| posted |') && item.recipients.length === 1);
const mailgunCut = mailgunPosted.flatMap((item) => {
  const {'event-data': event} = JSON.parse(item.input) as {'event-data': {'delivery-status': unknown}};
  const member = (json: string) => `"delivery-status": ${json}`;
  const [want] = item.recipients;
  const kind = want!.replyCode.startsWith('4') ? 'delay' : 'bounce';
  return [
    {how: 'indented', input: member(JSON.stringify(event['delivery-status'], null, 2))},
    {how: 'indented, a comma after it', input: `${member(JSON.stringify(event['delivery-status'], null, '\t'))},`},
    {how: 'compact', input: member(JSON.stringify(event['delivery-status']))},
  ].map(({how, input}) => ({name: `${kind} | ${how} | ${item.name}`, input, kind, want: want!}));
});

describe('a Mailgun event cut to its delivery-status member', () => {
  test('the generator cuts failures of both classes', () => {
    expect(new Set(mailgunCut.map((item) => item.kind))).toEqual(new Set(['bounce', 'delay']));
    expect(mailgunCut.every((item) => !item.input.includes('"event"') && !item.input.includes('"severity"'))).toBe(true);
  });

  test.each(mailgunCut)('$name', async ({input, kind, want}) => {
    const result = await decode(input);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.permanent])])
      .toEqual([kind, [[undefined, want.replyCode, want.replyCode.startsWith('5')]]]);
  });

  test.each([
    ['a delivery: its reply accepted the message', '"delivery-status": {"tls": true, "mx-host": "mx.example.net", "attempt-no": 1, "code": 250, "message": "OK", "description": ""}', 'delivered', [[undefined, '250']]],
    ['its reply\'s words repeat the code', '"delivery-status": {"mx-host": "mx.example.net", "code": 451, "message": "451 4.4.8 Unroutable email address."}', 'delay', [[undefined, '451']]],
    ['no words of a reply: no attempt to read', '"delivery-status": {"tls": true, "mx-host": "mx.example.net", "attempt-no": 1}', 'none', []],
    ['another object\'s code and message', '"status": {"code": 550, "message": "Mailbox unavailable"}', 'none', []],
  ])('%s', async (_name, input, kind, want) => {
    const result = await decode(input);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.replyCode?.code])]).toEqual([kind, want]);
  });
});
