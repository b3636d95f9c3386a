// Sending services' webhook events, generated: each service's documented event (the payloads of its
// webhook documentation, src/rules/mta/<service>.ts's `webhook` citing where) rendered around replies
// it was never tuned on (the provider rows, the registry's enhanced codes, replies without an
// enhanced code, multi-line replies), with 1, 2 and 5 recipients, posted as the service posts it,
// as one line of a log, and as JSON Lines. Then per service, tables of its other events, positive
// and negative.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {webhookCases as cases, webhookTemplates as templates, type WebhookCase} from './webhook-templates.ts';

function project(result: DecodeResult, want: WebhookCase) {
  return {
    kind: result.kind,
    recipients: result.recipients.map((got, index) => {
      const projected = {recipient: got.recipient, replyCode: got.replyCode?.code, status: got.status?.code, permanent: got.permanent, reason: got.reason.id};
      return 'reason' in (want.recipients[index] ?? {}) ? projected : {...projected, reason: undefined};
    }),
  };
}

describe('the webhook generator', () => {
  test('covers every service whose family file describes a webhook, and each with a hundred cases or fewer than two hundred', () => {
    const described = mtaFamilies.filter((family) => family.webhook).map((family) => family.id).sort();
    expect(templates.map((template) => template.id).sort()).toEqual(described);
    for (const template of templates) {
      const count = cases.filter((item) => item.service === template.id).length;
      expect(count, template.id).toBeGreaterThanOrEqual(60);
      expect(count, template.id).toBeLessThan(200);
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

describe.each(selectable)('generated %s events, selected without their opening brace', (_id, items) => {
  test.each(items)('$name', async (item) => {
    const result = await decode(withoutOpeningBrace(item.input)!);
    const want = {kind: item.kind, recipients: item.recipients.map((recipient) => ({...recipient, reason: recipient.reason}))};
    expect(project(result, item)).toEqual(want);
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
