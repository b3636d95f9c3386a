/**
 * A bounce pasted from a forward or a reply: the text a webmail shows under the forward's header
 * block (Gmail's "---------- Forwarded message ---------", Outlook's "From: / Sent: / To: /
 * Subject:", Apple Mail's "Begin forwarded message:", Thunderbird's "-------- Forwarded Message
 * --------") or quoted line by line under "On ... wrote:". The header block names the notice's
 * sender and its reader (the sender of the bounced message), a reply's attribution names the
 * notice's sender: none of them is a failed recipient, and the notice decodes as it would alone.
 * Generated from every family's template, as a webmail shows it.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {generatedCases, project, type GeneratedCase} from './generate.ts';

interface NoticeHeaders {
  readonly from: string;
  readonly subject: string;
  readonly to: string;
}

function headersOf(raw: string): NoticeHeaders {
  const head = raw.slice(0, raw.indexOf('\n\n'));
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return {from: field('from') || 'MAILER-DAEMON', subject: field('subject'), to: field('to') || 'sender@example.org'};
}

const wrappers: readonly (readonly [string, (headers: NoticeHeaders, text: string) => string])[] = [
  ['Gmail\'s forward', (h, text) => `---------- Forwarded message ---------\nFrom: ${h.from}\nDate: Tue, Mar 3, 2026 at 9:00 AM\nSubject: ${h.subject}\nTo: ${h.to}\n\n\n${text}`],
  ['Outlook\'s forward', (h, text) => `________________________________\nFrom: ${h.from}\nSent: Tuesday, March 3, 2026 9:00 AM\nTo: ${h.to}\nSubject: ${h.subject}\n\n${text}`],
  // Outlook's plain-text forward, its separator the first line of what a person copies, and only
  // the subject kept of its header block.
  ['Outlook\'s plain-text forward', (h, text) => `-----Original Message-----\nSubject: ${h.subject}\n\n${text}`],
  ['Apple Mail\'s forward', (h, text) => `Begin forwarded message:\n\nFrom: ${h.from}\nSubject: ${h.subject}\nDate: 3 March 2026 at 09:00:00 GMT\nTo: ${h.to}\n\n${text}`],
  ['Thunderbird\'s forward', (h, text) => `-------- Forwarded Message --------\nSubject: \t${h.subject}\nDate: \tTue, 3 Mar 2026 09:00:00 +0000\nFrom: \t${h.from}\nTo: \t${h.to}\n\n\n\n${text}`],
  ['a reply\'s quote', (h, text) => `On Tue, Mar 3, 2026 at 9:00 AM ${h.from} wrote:\n${text.split('\n').map((line) => `> ${line}`).join('\n')}`],
];

/** Two notices of each family as a webmail shows them, with the raw message they come from. */
const sample: readonly (readonly [GeneratedCase, GeneratedCase])[] = [...new Set(generatedCases.map((item) => item.family))].flatMap((family) => {
  const webmail = generatedCases.filter((item) => item.family === family && item.form === 'webmail').filter((_item, index) => index % 11 === 0).slice(0, 2);
  return webmail.flatMap((item) => {
    const raw = generatedCases.find((other) => other.form === 'raw-lf' && other.name === item.name.replace('| webmail |', '| raw-lf |'));
    return raw === undefined ? [] : [[item, raw] as const];
  });
});

describe('a notice pasted from a forward or a reply decodes as the notice alone', () => {
  test('the sample holds every family', () => {
    expect(new Set(sample.map(([item]) => item.family)).size).toBe(new Set(generatedCases.map((item) => item.family)).size);
  });

  test.each(sample.flatMap(([item, raw]) => wrappers.map(([style, wrap]) => ({name: `${item.name} | ${style}`, item, input: wrap(headersOf(raw.input), item.input)}))))('$name', ({item, input}) => {
    const alone = project(decodeText(item.input), item);
    expect(project(decodeText(input), item).recipients).toEqual(alone.recipients);
  });
});

describe('the addresses a forward or a quote shows are no recipients', () => {
  const reply = 'Your message to <nekochan> was automatically rejected:\nNot enough disk space\n';
  test.each<[string, string, (string | undefined)[]?]>([
    ['a forward\'s To: line', `---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@mx.example.org>\nSubject: Returned mail\nTo: <pat@example.net>\n\n\n${reply}`],
    ['a quote\'s attribution', `On Tue, Mar 3, 2026 at 9:00 AM Mail Delivery Subsystem <mailer-daemon@mx.example.org> wrote:\n> ${reply.replace(/\n(?=.)/g, '\n> ')}`],
    ['a webmail view\'s header, its name above its value', `failure notice\nFrom:\n"MAILER-DAEMON@mx.example.org" <MAILER-DAEMON@mx.example.org>\nTo: pat@example.net\nHi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n<bob@example.org>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 User Unknown\nGiving up on 192.0.2.1.\n`, ['bob@example.org']],
    ['a salutation', `Delivery Status Notification (Failure)\nHello pat@example.net,\n\nWe're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.\n`],
  ])('%s', (_name, text, recipients: (string | undefined)[] = [undefined]) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(recipients);
  });

  test.each([
    ['a reply that quotes the refused address, under a forward', `---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@mx.example.org>\nSubject: Returned mail\nTo: <pat@example.net>\n\n\n550 5.1.1 bob@example.org... User unknown\n`, 'bob@example.org'],
    ['an address under a list\'s heading that ends in a colon', 'Delivery to the following recipients failed:\nbob@example.org\n', 'bob@example.org'],
    ['a reply that quotes the refused address, after a greeting line', 'Hello pat@example.net,\n\n550 5.1.1 bob@example.org... User unknown\n', 'bob@example.org'],
  ])('%s: still its recipient', (_name, text, recipient) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([recipient]);
  });
});

/**
 * A person's words above the forwarded notice that quote its codes ("If a return mail shows 550 5.1.1
 * No such user, look it up below."): the words name no recipient, the notice below does, and it
 * speaks for the text. Generated from the sample above, under a preface that quotes a notice's own
 * reply and enhanced codes, in the forward layouts above and Outlook's "-----Original Message-----".
 */
describe('a preface that quotes the forwarded notice\'s code names its recipients by the notice', () => {
  const layouts = [
    // Not the plain-text forward that keeps only the subject: under a preface, its separator is a
    // marker with text above it, and what follows is read as a returned original.
    ...wrappers.filter(([style]) => style !== 'a reply\'s quote' && style !== 'Outlook\'s plain-text forward'),
    ['Outlook\'s original message', (h: NoticeHeaders, text: string) => `-----Original Message-----\nFrom: ${h.from}\nSent: Wednesday, November 18, 2020 1:47 PM\nTo: ${h.to}\nSubject: ${h.subject}\n\n${text}`],
  ] as const;
  const cases = sample.flatMap(([item, raw]) => {
    const alone = project(decodeText(item.input), item);
    const quoted = decodeText(item.input).recipients.find((recipient) => recipient.replyCode !== undefined && recipient.status !== undefined);
    if (quoted === undefined || alone.recipients.every((recipient) => recipient.recipient === undefined)) return [];
    // The reply code and the enhanced code, as a person quotes them: a code no prose writes.
    const codes = `${quoted.replyCode!.code} ${quoted.status!.code}`;
    return layouts.map(([style, wrap]) => ({
      name: `${item.name} | ${style}`, item, alone,
      input: `If a return mail shows ${codes}, look the codes up in the list below.\n\n${wrap(headersOf(raw.input), item.input)}`,
    }));
  });

  test('the sample gives such notices', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(cases)('$name', ({item, alone, input}) => {
    expect(project(decodeText(input), item).recipients.map((recipient) => recipient.recipient)).toEqual(alone.recipients.map((recipient) => recipient.recipient));
  });

  test('a preface above a forward of a person\'s message keeps its own answer', () => {
    const text = 'If a return mail shows the code 550, look it up in the list below.\n\n-----Original Message-----\nFrom: Pat <pat@example.net>\nSent: Wednesday, November 18, 2020 1:47 PM\nTo: Ann <ann@example.org>\nSubject: Lunch\n\nSee you at noon.\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).not.toContain('ann@example.org');
  });
});
