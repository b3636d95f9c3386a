// A failed recipient listed as an item of a list ("- <address> ..." as chasquid's dsn.go writes
// each one) is a recipient line, as one at the start of a line is; a bulleted address in prose
// with no reply near it says nothing.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

describe('a recipient listed after a bullet', () => {
  test.each([
    ['a hyphen, the address quoted, the reply indented below', 'Delivery of your message failed.\n\n- "bob@example.com" (EMAIL) failed permanently with error:\n    MAIL+RCPT 550 5.1.1 Requested action not taken\n', 'bob@example.com', '550'],
    ['an asterisk and the reply after a colon', '* bob@example.com: 550 5.1.1 user unknown\n', 'bob@example.com', '550'],
    ['a bullet character', '\u2022 bob@example.com\n  550 5.2.2 mailbox full\n', 'bob@example.com', '550'],
  ])('%s', (_name, text, recipient, replyCode) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([[recipient, replyCode]]);
  });

  test.each([
    ['a bulleted list of addresses in a message', 'Please invite:\n- bob@example.com\n- carol@example.com\nThanks!'],
    ['a bulleted sender line', 'Details:\n- From: alice@example.org\n- Sent: Monday'],
  ])('%s is no notice', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
