// A client library's message that stands for the reply code it drops (`impliedReplies` in
// src/rules/mta: .NET's "Transaction failed. The server response was: ...", Horde_Smtp's
// "Message could not be delivered - the address was not found, ..." in place of the server's words):
// the code is the one its source gives the message. Generated from every family's messages, as an
// application logs them: alone, after its own words, inside a JSON log's "Message" field.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

/** The message as the library writes it: its first letter a capital (the rules keep it lower case). */
function written(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What follows a message that ends where the server's reply begins (.NET's "... was:"): a reply without its code. */
const replyAfter = 'Requested action not taken';

const contexts: ReadonlyArray<readonly [string, (message: string) => string]> = [
  ['alone', (message) => message],
  ['after the application\'s words', (message) => `Error sending mail: ${message}`],
  ['in a JSON log\'s field', (message) => `"Exception": "MailException",\n"Message": "${message}",\n"Code": 5,`],
  // A library writes its acronyms in capitals ("SMTP", "TLS"), a log may print the message in capitals.
  ['in capitals', (message) => `ERROR: ${message.toUpperCase()}`],
];

const cases = mtaFamilies.flatMap((family) => (family.impliedReplies ?? []).flatMap((implied) => contexts.map(([how, put]) => {
  const message = written(implied.text) + (implied.text.endsWith(':') ? ` ${replyAfter}` : '');
  return {name: `${family.id}: "${implied.text.slice(0, 50)}", ${how}`, text: put(message), replies: implied.replies};
})));

describe('a client\'s message stands for the reply code its source gives it', () => {
  test('every family with such messages is read', () => {
    expect(cases.length).toBeGreaterThan(40);
  });

  test.each(cases)('$name', ({text, replies}) => {
    const [first] = decodeText(text).recipients;
    // A message for two codes (.NET's "Mailbox unavailable.": 450 and 550) needs the reply's enhanced code to choose.
    if (replies.length === 1) expect(first?.replyCode?.code).toBe(replies[0]);
    else expect(first?.replyCode?.code).toBeUndefined();
  });
});

describe('words that stand for no code', () => {
  test.each([
    ['a code printed before RFC 5321\'s own text', 'Mail server said: 550 Mailbox unavailable.', '550'],
    ['a code printed after a message that ends where the reply begins', 'Transaction failed. The server response was: 550 5.7.1 Message rejected', '550'],
    ['part of a message, in prose', 'I think the address was not found, or is unknown, so the message could not be delivered.', undefined],
  ])('%s', (_name, text, code) => {
    expect(decodeText(text).recipients[0]?.replyCode?.code).toBe(code);
  });
});
