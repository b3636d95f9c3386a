// A notice may list its failed recipients one a line and give one reply after the list, for all of
// them ("The following recipients could not be delivered: a, b. Reason: 550 5.2.2 Mailbox full").
// The reply then answers each recipient of the list, not only the last; a reply that names an
// address is that address's alone.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const heading = 'Your message could not be delivered to the following recipients:\n\n';

function diagnoses(text: string): (readonly [string | undefined, string | undefined])[] {
  return decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.status?.code] as const);
}

describe('a reply after a list of recipients answers each of them', () => {
  test.each([
    ['two, then the reason', `${heading}  bob@example.com\n  carol@example.com\n\nReason: 550 5.2.2 Mailbox full\n`, ['bob@example.com', 'carol@example.com']],
    ['three in angle brackets', `${heading}<bob@example.com>\n<carol@example.com>\n<dave@example.com>\n\nThe server said: 550 5.1.1 User unknown\n`, ['bob@example.com', 'carol@example.com', 'dave@example.com']],
    ['a bulleted list', `${heading}- bob@example.com\n- carol@example.com\nRemote host said: 550 5.1.1 User unknown\n`, ['bob@example.com', 'carol@example.com']],
  ])('%s', (_name, text, recipients) => {
    const status = /\d\.\d\.\d/.exec(text)![0];
    expect(diagnoses(text)).toEqual(recipients.map((recipient) => [recipient, status]));
  });
});

describe('a reply that is not the list\'s', () => {
  test('one that names an address answers that address alone', () => {
    const text = `${heading}  bob@example.com\n  carol@example.com\n\n<<< 550 5.1.1 <carol@example.com>... User unknown\n`;
    expect(diagnoses(text)).toEqual([['bob@example.com', undefined], ['carol@example.com', '5.1.1']]);
  });

  test('each recipient keeps its own reply', () => {
    const text = `${heading}bob@example.com\n  550 5.1.1 User unknown\ncarol@example.com\n  552 5.2.2 Mailbox full\n`;
    expect(diagnoses(text)).toEqual([['bob@example.com', '5.1.1'], ['carol@example.com', '5.2.2']]);
  });

  test('recipients apart, not a list: the reply below the last is its own', () => {
    const text = `${heading}bob@example.com\n\nThe message was refused.\n\ncarol@example.com\n\nReason: 552 5.2.2 Mailbox full\n`;
    expect(diagnoses(text)).toEqual([['bob@example.com', undefined], ['carol@example.com', '5.2.2']]);
  });
});
