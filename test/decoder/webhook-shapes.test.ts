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
