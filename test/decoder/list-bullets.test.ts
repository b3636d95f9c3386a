// A failed recipient listed as an item of a list ("- <address> ..." as chasquid's dsn.go writes
// each one) is a recipient line, as one at the start of a line is; a bulleted address in prose
// with no reply near it says nothing.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

// Each list mark, before a recipient whose reply follows on its line or below it, around replies of
// the pool (provider rows, enhanced codes, replies without an enhanced code).
const bullets = ['-', '*', '+', '\u2022', '->', '>>>'];
const pool = replyPool();
const replies = [...sampleOf('bullets provider', pool.provider, 6), ...sampleOf('bullets status', pool['status-code'], 6), ...sampleOf('bullets no code', pool['no-code'], 3)]
  .map((spec) => spec.reply.split('\n').join(' '));
const layouts: ReadonlyArray<readonly [string, (bullet: string, reply: string) => string]> = [
  ['the reply after a colon', (bullet, reply) => `${bullet} bob@example.com: ${reply}\n`],
  ['a state in parentheses, then the reply', (bullet, reply) => `${bullet} bob@example.com (Undelivered): ${reply}\n`],
  ['the reply indented below', (bullet, reply) => `${bullet} bob@example.com\n    ${reply}\n`],
];
// Exim's heading (deliver.c): what makes the text a failure notice whatever the reply says.
const failureHeading = 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n';
const generated = bullets.flatMap((bullet) => layouts.flatMap(([layout, render]) => replies.map((reply) => ({
  name: `${bullet} | ${layout} | ${reply.slice(0, 50)}`,
  text: `${failureHeading}${render(bullet, reply)}`,
  replyCode: parseReply(reply).code,
}))));

describe('generated: a recipient after each list mark, around the reply pool', () => {
  test.each(generated)('$name', ({text, replyCode}) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([['bob@example.com', replyCode]]);
  });
});

describe('a recipient listed after a bullet', () => {
  test.each([
    ['a hyphen, the address quoted, the reply indented below', 'Delivery of your message failed.\n\n- "bob@example.com" (EMAIL) failed permanently with error:\n    MAIL+RCPT 550 5.1.1 Requested action not taken\n', 'bob@example.com', '550'],
    ['an asterisk and the reply after a colon', '* bob@example.com: 550 5.1.1 user unknown\n', 'bob@example.com', '550'],
    ['a bullet character', '\u2022 bob@example.com\n  550 5.2.2 mailbox full\n', 'bob@example.com', '550'],
    ['three closing brackets and a state in parentheses', 'This is a permanent error. The following address(es) failed:\n\n>>> bob@example.com (Undelivered): 551 SenderAuthorization: not authorized\n', 'bob@example.com', '551'],
  ])('%s', (_name, text, recipient, replyCode) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([[recipient, replyCode]]);
  });

  test.each([
    ['a bulleted list of addresses in a message', 'Please invite:\n- bob@example.com\n- carol@example.com\nThanks!'],
    ['a bulleted sender line', 'Details:\n- From: alice@example.org\n- Sent: Monday'],
    ['a message quoted three levels deep', 'On Monday Bob wrote:\n>>> bob@example.com\n>>> see you at noon'],
  ])('%s is no notice', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
