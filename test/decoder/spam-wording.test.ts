/**
 * A spam filter's refusal, in the wording Sisimai's record of spam refusals lists
 * (sisimai/rb-sisimai lib/sisimai/reason/spamdetected.rb, Index and Pairs): each said as a bare reply
 * and after end of DATA in a Postfix notice gives spamdetected, whatever the class-only status beside
 * it. Refusals of other things that share a word give another reason. Every input is written here.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const layouts = [
  ['a bare reply', (reply: string) => reply],
  ['a Postfix notice, after end of DATA', (reply: string) => `This is the mail system at host mx.example.net.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: ${reply} (in reply to end of DATA command)\n`],
] as const;

const reasonOf = (text: string) => decodeText(text).recipients.map((recipient) => recipient.reason.id);

describe('a spam filter\'s refusal is spamdetected', () => {
  const refusals = [
    '550 Rejected - bulk email',
    '554 5.7.1 Message cannot be accepted, content filter rejection',
    '550 Denied due to spam list',
    '550 Message rejected because of unacceptable content',
    '554 5.7.0 Rejecting banned content',
    '550 Rejecting mail content',
    '550 Rejected by ExampleFilter (spam)',
    '550 5.0.0 Rejected by the content scanner (SPAM)',
  ];
  test.each(layouts.flatMap(([layout, render]) => refusals.map((reply) => [layout, reply, render(reply)] as const)))('%s: %s', (_layout, _reply, text) => {
    expect(reasonOf(text)).toEqual(['spamdetected']);
  });

  test.each([
    ['a full mailbox a filter reports', '552 5.2.2 Rejected by ExampleFilter: mailbox full', 'mailboxfull'],
    ['a refusal of spam or a virus names the virus first', '554 Message contains spam or virus', 'virusdetected'],
    ['a recipient\'s own filter', '550 Message filtered by the recipient\'s rules', 'filtered'],
    ['a content filter that names no rejection', '550 5.7.1 Refused by the content filter', 'filtered'],
  ])('%s is no spamdetected', (_name, reply, reason) => {
    expect(reasonOf(reply)).toEqual([reason]);
  });
});
