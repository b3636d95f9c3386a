/**
 * Pasted text that states a failure in the words templates share ("Your message couldn't be
 * delivered.", "This message could not be delivered.") is a notice even with no subject, sender,
 * address or code: a selection of a notice's first paragraph. Generated from the rows of
 * `undeliveredStatementRows`, each in the frames a notice writes it in; a person's words and a
 * message that is no paste are not notices by them.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {undeliveredStatements} from '../../src/rules/notice-signals.ts';

const opening = (statement: string) => statement.charAt(0).toUpperCase() + statement.slice(1);

describe('a pasted statement of failure is a notice', () => {
  test.each(undeliveredStatements)('"%s", alone', (statement) => {
    const result = decodeText(`${opening(statement)}.`);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual([undefined]);
  });

  test.each(undeliveredStatements)('"%s", then the reason in words', (statement) => {
    const result = decodeText(`${opening(statement)}.\n\nThe recipient's mailbox is full.`);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['mailboxfull']);
  });

  test.each(undeliveredStatements)('"%s", then words that say it is still retried, is a delay', (statement) => {
    // Postfix's delay notice (bounce_templates.c, def_bounce_delay_body).
    const result = decodeText(`${opening(statement)} for 4 hours.\nIt will be retried until it is 5 days old.`);
    expect(result.kind).toBe('delay');
  });
});

describe('what states no failure of a notice', () => {
  test.each([
    ['a person\'s own message', 'Hi Ann, my message could not be delivered to Bob yesterday. Can you forward it?'],
    ['a parcel', 'The parcel could not be delivered because nobody was at home.'],
    ['a delivery that worked', 'Your message was delivered to bob@example.org.'],
    ['the words split apart', 'Your message is here. It could not be simpler to have it delivered.'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });

  test('a person\'s message that quotes the words is no notice', async () => {
    const message = 'From: ann@example.org\nTo: bob@example.net\nSubject: lunch\n\nYour message could not be delivered, the phone said. Call me?\n';
    expect((await decode(message)).kind).toBe('none');
  });
});
