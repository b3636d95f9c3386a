// Webmail shows a notice's subject above its text, and a selection of the whole message takes it:
// a pasted text whose first line is a notice's subject (src/rules/notice-signals.ts cites each)
// says what the text is, as a raw message's Subject does, even when the text below it names no
// recipient in a form we know and quotes no reply. Written for this test.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const subjects = [
  'Undelivered Mail Returned to Sender',
  'Delivery Status Notification (Failure)',
  'Mail delivery failed: returning message to sender',
  'Returned mail: see transcript for details',
  'Undeliverable: Quarterly report',
  'failure notice',
];

const texts = [
  'This message could not be delivered.',
  'Your message to the list was refused.\n\nPlease contact the list owner.',
];

describe('a pasted notice under its subject line is a bounce', () => {
  const cases = subjects.flatMap((subject) => texts.map((text) => [subject, text] as const));
  test.each(cases)('"%s" above "%s"', (subject, text) => {
    for (const end of ['\n', '\r\n']) {
      const result = decodeText(`${subject}\n${text}\n`.replaceAll('\n', end));
      expect(result.kind).toBe('bounce');
      expect(result.recipients).toHaveLength(1);
      expect(result.recipients[0]?.permanent).toBe(true);
    }
  });

  test('a delay\'s subject line makes a delay of the same words', () => {
    expect(decodeText('Delayed Mail (still being retried)\nThis message could not be delivered yet.\n').kind).toBe('delay');
  });
});

/**
 * A delay warning's subject line says it alone (auto-replies.ts `delaySubjects`, those not marked
 * ordinary): Exim's "Warning: message <id> delayed <time>", Sendmail's "Warning: could not send message
 * for past 4 hours", Courier's "WARNING: delayed mail", the Subject: label a copy keeps included, above a
 * text of a server's own words (a filtering service's customised warning) that name no recipient.
 */
describe('a pasted warning under a delay\'s subject line is a delay', () => {
  const delaySubjectLines = [
    'Warning: message 1Zb92h-0002aX-BS delayed 2 hours',
    'Subject: Warning: message 1Zb92h-0002aX-BS delayed 24 hours',
    'Warning: could not send message for past 4 hours',
    'WARNING: delayed mail',
    'Delivery Status Notification (Delay)',
  ];
  const warning = 'We are having trouble delivering your email. No action is required on your part: we will keep trying for some days.';
  test.each(delaySubjectLines)('"%s"', (subject) => {
    const result = decodeText(`${subject}\n\n${warning}\n`);
    expect([result.kind, result.recipients.map((recipient) => recipient.permanent)]).toEqual(['delay', [false]]);
  });

  test('the same words in a sentence of prose are no subject line', () => {
    expect(decodeText(`I keep getting a warning: message delayed, they say, whenever I write to my sister.\n\n${warning}\n`).kind).toBe('none');
  });
});

describe('a first line that is no subject line', () => {
  test.each([
    ['prose that mentions a notice', 'I got an Undelivered Mail Returned to Sender message yesterday and I wonder why, because the address is right and I wrote to it last week without any problem at all, so please tell me what happened to it.\nThanks.'],
    ['a line of other words', 'Meeting notes\nThe report was not ready.'],
    ['the subject words below the first line', 'Hello team,\nUndelivered Mail Returned to Sender is what I got.'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

/**
 * A notice writes its fixed words on lines of their own (a subject line, a template's sentence with
 * a slot or two filled in); prose about notices quotes them inside a paragraph. Pasted text that
 * names no recipient and quotes no code is a notice by such words only where they stand as a notice
 * writes them. Each template sentence is quoted in a long paragraph of an article about bounces, and
 * set on a line of its own above the same paragraph.
 */
describe('a notice\'s words quoted in a paragraph of prose', () => {
  const sentences: readonly {readonly words: string; readonly kind: 'bounce' | 'delay'}[] = [
    // Exim, src/src/deliver.c (the delay warning).
    {words: 'A message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue on mail.example.org.', kind: 'delay'},
    // qmail-send.c (the failure notice).
    {words: 'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.', kind: 'bounce'},
    // Postfix, bounce_templates.c (the failure notice).
    {words: 'I\'m sorry to have to inform you that your message could not be delivered to one or more recipients.', kind: 'bounce'},
    ...subjects.map((subject) => ({words: subject, kind: 'bounce' as const})),
  ];
  const before = 'When we rely on the speed and convenience of email, we sometimes run into a frustrating obstacle: the notice that an email was not delivered, which usually says something like';
  const after = 'and comes from Mail Delivery System. In this article we look at what these notices mean and at the three most common reasons why an email cannot be delivered, since the reason is usually given in the notice itself.';
  test.each(sentences)('"$words" inside a paragraph is prose', ({words}) => {
    expect(decodeText(`${before} "${words}", ${after}\n`).kind).toBe('none');
  });
  test.each(sentences)('"$words" on a line of its own above the paragraph is a notice', ({words, kind}) => {
    expect(decodeText(`${words}\n${before} ${after}\n`).kind).toBe(kind);
  });
  test.each(sentences)('"$words" as a JSON field\'s value, the notice\'s line ends escaped, is a notice', ({words, kind}) => {
    expect(decodeText(`{\n"reason": "${words.replaceAll('"', '\\"')}\\n\\n${before} ${after}",\n"code": 550\n}\n`).kind).toBe(kind === 'delay' ? 'delay' : 'bounce');
  });
  test.each(subjects)('"%s" after a field\'s label is a notice', (subject) => {
    expect(decodeText(`Subject: ${subject}\n\n${before} ${after}\n`).kind).toBe('bounce');
  });
});
