// JSON that no service's events match (an API's error response, a log's record in JSON) may quote a
// notice or a server's reply in its strings: those are read as the text they are, and the JSON's
// numbers and names are not ("ErrorCode": 406 is an API's code, not a reply). Generated from every
// family's notice as a webmail shows it, put in a logger's record as its error message: each must
// read as the notice alone does.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {generatedCases, project} from './generate.ts';

const sample = generatedCases
  .filter((item) => item.form === 'webmail')
  .filter((item, index, all) => all.slice(0, index).filter((other) => other.family === item.family).length < 2);

describe('generated: a notice quoted in a JSON record reads as the notice alone', () => {
  test.each(sample)('$name', async (item) => {
    const record = JSON.stringify({level: 'error', time: '2026-03-02T10:00:00Z', err: {type: 'MailError', message: item.input}, attempt: 3});
    const result = await decode(record);
    expect(result.format).toBe('json');
    expect(project(result, item).recipients).toEqual(project(decodeText(item.input), item).recipients);
  });
});

// A person copies part of a logged record: its members without the object's braces, compact or
// as a pretty-printer indents them ("delivery-status": {...}, a trailing comma left on).
describe('generated: a record\'s members selected without its braces read as the record', () => {
  const record = (item: (typeof sample)[number]) => ({err: {type: 'MailError', message: item.input}, attempt: 3});
  test.each(sample.flatMap((item) => [
    {...item, name: `compact: ${item.name}`, members: JSON.stringify(record(item)).slice(1, -1)},
    {...item, name: `indented, a comma after: ${item.name}`, members: `${JSON.stringify(record(item), null, 2).split('\n').slice(1, -1).join('\n')},`},
  ]))('$name', async (item) => {
    const result = await decode(item.members);
    expect(result.format).toBe('json');
    expect(project(result, item).recipients).toEqual(project(decodeText(item.input), item).recipients);
  });

  test.each([
    ['a quoted name and a colon in prose', '"Undeliverable": that is what the subject said, nothing more.'],
    ['two members and words after them', '"code": 550, "message": "User unknown" is what the log kept'],
  ])('not JSON, read as text: %s', async (_name, text) => {
    expect((await decode(text)).format).toBe('text');
  });
});

describe('JSON that quotes a refusal', () => {
  test.each([
    ['Postmark\'s batch response, two inactive recipients among accepted ones',
      '[{"To":"ann@example.com","ErrorCode":0,"Message":"OK"},{"ErrorCode":406,"Message":"You tried to send to a recipient that has been marked as inactive. Found inactive addresses: bob@example.org. Inactive recipients are ones that have generated a hard bounce or a spam complaint. "},{"ErrorCode":406,"Message":"You tried to send to a recipient that has been marked as inactive. Found inactive addresses: carol@example.org. Inactive recipients are ones that have generated a hard bounce or a spam complaint. "}]',
      ['bob@example.org', 'carol@example.org'], undefined],
    ['a client library\'s error in a log record', '{"level":50,"msg":"send failed","err":{"message":"Recipient command failed: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"}}', ['bob@example.org'], '550'],
  ])('%s', async (_name, text, recipients, replyCode) => {
    const result = await decode(text);
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
    if (replyCode !== undefined) expect(result.recipients[0]?.replyCode?.code).toBe(replyCode);
  });

  // Objects that look like a service's event or list entry but match none of the shapes the
  // services document: their strings name the recipient and the refusal.
  test.each([
    ['an event of no service, a type none writes', {event: 'hard_bounce', email: 'a@example.com', reason: '550 5.1.1 user unknown'}, '550'],
    ['a failure event two levels down', {data: {items: [{event: 'failed', severity: 'permanent', recipient: 'a@example.com', 'delivery-status': {code: 550, message: 'user unknown'}}]}}, undefined],
    ['a SparkPost-like event without its event id', {type: 'bounce', rcpt_to: 'a@example.com', raw_reason: '550 5.1.1 user unknown'}, '550'],
    ['a Postal-like status without its attempt fields', {status: 'HardFail', output: '550 5.1.1 user unknown', message: {to: 'a@example.com'}}, '550'],
    ['a bounce list\'s entry without its reply', [{created: 1772445600, email: 'a@example.com', status: '5.1.1'}], undefined],
  ] as const)('%s: its strings name the refused recipient', async (_name, payload, replyCode) => {
    const result = await decode(JSON.stringify(payload));
    expect([result.kind, result.format, result.recipients.map((recipient) => recipient.recipient)]).toEqual(['bounce', 'json', ['a@example.com']]);
    expect(result.recipients[0]?.replyCode?.code).toBe(replyCode);
  });

  // A refusal its strings quote reads as it does pasted alone: a failure whose recipient goes unnamed.
  test.each([
    ['a refusal with no address', '{"event":"bounce","reason":"550 5.1.1 user unknown"}', '550', '5.1.1'],
    ['an API\'s error quoting a temporary reply', '{"ok":false,"error":"421 4.7.0 Try again later, closing connection."}', '421', '4.7.0'],
    // With an address too, {email, reason, status} is an entry of SendGrid's bounce list (webhook-shapes.test.ts).
    ['codes without an event or an address', '{"status":"5.1.1","reason":"550 5.1.1 user unknown"}', '550', '5.1.1'],
    ['an SNS envelope whose message is not JSON', '{"Type":"Notification","Message":"550 5.1.1 not json"}', '550', '5.1.1'],
  ])('%s: a failure whose recipient is unnamed', async (_name, text, replyCode, status) => {
    const result = await decode(text);
    expect([result.format, result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code])]).toEqual(['json', [[undefined, replyCode, status]]]);
  });

  test.each([
    ['numbers that look like codes', '{"status":"ok","count":550,"code":421}'],
    ['prose in a string', '{"message":"Order 550 has shipped to bob@example.org"}'],
    ['an accepted message', '[{"To":"ann@example.com","ErrorCode":0,"Message":"OK"}]'],
  ])('%s: nothing failed', async (_name, text) => {
    expect((await decode(text)).recipients).toEqual([]);
  });
});
