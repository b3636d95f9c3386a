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
