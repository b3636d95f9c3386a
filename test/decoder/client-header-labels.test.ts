// A notice pasted from a forward or a reply opens with the mail client's header block in the
// user's language ("Von:" / "Gesendet:" / "An:" / "Betreff:"): it is read as the pasted message's
// header, as the English block is. Every generated notice's webmail text under a block in each
// language of src/rules/client-header-labels.ts decodes as it does under the English block.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';
import {type ClientHeaderField, clientHeaderLabels, englishLabels} from '../../src/rules/client-header-labels.ts';
import {generatedCases} from './generate.ts';

function diagnosisOf(result: DecodeResult) {
  return {kind: result.kind, recipients: result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code, found.reason.id, found.permanent])};
}

/** A label of each field in one language's table (the first listed). */
function labelsOf(labels: Readonly<Record<string, ClientHeaderField>>): Record<ClientHeaderField, string> {
  const chosen = {} as Record<ClientHeaderField, string>;
  for (const [label, field] of Object.entries(labels)) chosen[field] ??= label.charAt(0).toUpperCase() + label.slice(1);
  return chosen;
}

function block(labels: Record<ClientHeaderField, string>, subject: string): string {
  return [`${labels.from}: Microsoft Outlook <postmaster@example.net>`, `${labels.sent}: 2026-03-02 10:00`, `${labels.to}: sender@example.org`, `${labels.subject}: ${subject}`, '', ''].join('\n');
}

// One webmail notice to one recipient of each family, first of its kind, and bare replies under
// the block (where only the header says what the text is: a message's, read as a notice's).
const notices = generatedCases.filter((item, index, all) => item.form === 'webmail' && item.recipients.length === 1
  && all.findIndex((other) => other.family === item.family && other.form === 'webmail' && other.recipients.length === 1) === index)
  .map((item) => [item.family, item.input] as const);
const bareReplies = [
  '452 4.2.2 Mailbox full', '421 4.7.0 Try again later', '550 5.1.1 User unknown', '554 5.7.1 Message rejected as spam',
].map((reply) => [`a bare reply, ${reply.slice(0, 3)}`, `alice@t-online.de\n${reply}\n`] as const);

describe.each(clientHeaderLabels.map((table) => [table.language, table] as const))('a client\'s header block in %s', (_language, table) => {
  const labels = labelsOf(table.labels);
  test.each([...notices, ...bareReplies])('%s: decodes as under the English block', async (_name, input) => {
    for (const subject of ['Unzustellbar: Quartalsbericht', 'Delivery Status Notification (Delay)']) {
      const english = await decode(`${block(englishLabels, subject)}${input}`);
      expect(diagnosisOf(await decode(`${block(labels, subject)}${input}`))).toEqual(diagnosisOf(english));
    }
  });

  test('a temporary reply under it is a message\'s failure, a bounce, and so it is alone', async () => {
    const input = 'alice@example.com\n452 4.2.2 Mailbox full\n';
    expect([(await decode(`${block(labels, 'Quartalsbericht')}${input}`)).kind, (await decode(input)).kind]).toEqual(['bounce', 'bounce']);
  });

  test('each label is one of its language\'s words, in lower case', () => {
    expect(Object.keys(table.labels).filter((label) => label !== label.toLowerCase() || label.trim() !== label || label.includes(':'))).toEqual([]);
    expect(new Set(Object.values(table.labels))).toEqual(new Set(['from', 'sent', 'to', 'cc', 'subject']));
  });
});

test('a label that several languages write stands for the same field in each', () => {
  const fieldOf = new Map<string, ClientHeaderField>();
  const conflicts: string[] = [];
  for (const {language, labels} of clientHeaderLabels) {
    for (const [label, field] of Object.entries(labels)) {
      if ((fieldOf.get(label) ?? field) !== field) conflicts.push(`${language}: ${label}`);
      fieldOf.set(label, field);
    }
  }
  expect(conflicts).toEqual([]);
});

describe('a text that only looks like a client\'s header block', () => {
  const german = labelsOf(clientHeaderLabels.find((table) => table.language === 'de')!.labels);
  const notice = 'alice@example.com\n452 4.2.2 Mailbox full\n';
  test.each([
    ['no subject row', `${german.from}: Microsoft Outlook\n${german.sent}: Montag\n${german.to}: sender@example.org\n\n${notice}`],
    ['rows of two languages other than English', `${german.from}: Microsoft Outlook\nEnvoyé : lundi\n${german.to}: sender@example.org\n${german.subject}: Quartalsbericht\n\n${notice}`],
  ])('%s: read as text, as it was', async (_name, text) => {
    // Read as text: the temporary reply's failure (a header block's message would be one too).
    const result = await decode(text);
    expect([result.format, result.kind]).toEqual(['text', 'bounce']);
  });
});

describe('a client\'s header block as a page copies it', () => {
  test.each([
    ['with no blank line under it', 'De : Microsoft Outlook\nEnvoyé : mardi 26 juin 2018 18:12\nÀ : Anne\nObjet : Non remis : Rapport\nalice@example.com\n452 4.2.2 Mailbox full\n', 'bounce'],
    ['under Outlook\'s rule, a French delay notice', '_____________________________________________\nDe : Microsoft Outlook\nEnvoyé : mardi 26 juin 2018 18:12\nÀ : Anne\nObjet : Remise retardée : Rapport\n\nalice@example.com\n400 4.4.7 Message delayed\n', 'delay'],
    ['Gmail\'s forward, its sender\'s label in German', '---------- Forwarded message ---------\nVon: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mi., 27. Okt. 2021 um 09:31 Uhr\nSubject: Delivery Status Notification (Failure)\nTo: <sender@example.org>\n\nalice@example.com\n452 4.2.2 Mailbox full\n', 'bounce'],
    ['Coremail\'s Chinese block', '-----原始邮件-----\n发件人: postmaster@example.cn\n发送时间: 2022-09-06 11:20:06\n收件人: demo@example.cn\n主题: failure notice\nalice@example.com\n452 4.2.2 Mailbox full\n', 'bounce'],
  ])('%s', async (_name, text, kind) => {
    const result = await decode(text);
    expect([result.kind, result.recipients.map((found) => found.recipient)]).toEqual([kind, ['alice@example.com']]);
  });
});

test('a client\'s header block quoted in a reply ("> ") is read as unquoted', async () => {
  const block = 'De : Microsoft Outlook\nEnvoyé : mardi 26 juin 2018 18:12\nÀ : Anne\nObjet : Non remis : Rapport\n\nalice@example.com\n452 4.2.2 Mailbox full\n';
  const quoted = block.split('\n').map((line) => `> ${line}`).join('\n');
  const [plain, inQuote] = [await decode(block), await decode(quoted)];
  expect([inQuote.kind, inQuote.recipients.map((found) => found.recipient)]).toEqual([plain.kind, plain.recipients.map((found) => found.recipient)]);
  expect(inQuote.kind).toBe('bounce');
});
