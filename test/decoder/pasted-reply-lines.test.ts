// The one useful line of a notice, selected and pasted alone: the remote server's reply, after the
// server that sent it (its address in brackets, as Postfix, Exim and SurfControl name it) or after
// the address it refused, is a reply and is decoded; a number after other words stays prose.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {generatedCases} from './generate.ts';

/** Every family's webmail line that names the answering server by its bracketed address and holds the reply code, as a person selects it. */
const replyLines = generatedCases
  .filter((item) => item.form === 'webmail' && item.recipients.length === 1 && item.recipients[0]!.replyCode !== undefined)
  .flatMap((item) => {
    const {replyCode} = item.recipients[0]!;
    const line = item.input.split('\n').find((text) => /\[[\d.]+\]/.test(text) && new RegExp(`\\D${replyCode}(?!\\d)`).test(text));
    return line === undefined ? [] : [{name: `${item.family}: ${line.trim()}`, line: line.trim(), replyCode: replyCode!}];
  })
  .filter((item, index, all) => all.findIndex((other) => other.line === item.line) === index);

describe('a generated notice\'s reply line that names its server, pasted alone', () => {
  test('there are such lines from several families', () => {
    expect(new Set(replyLines.map((item) => item.name.split(':')[0])).size).toBeGreaterThanOrEqual(4);
  });
  test.each(replyLines)('$name', async ({line, replyCode}) => {
    const result = await decode(line);
    expect(result.recipients.map((recipient) => recipient.replyCode?.code)).toContain(replyCode);
  });
});

describe('a reply code after the server that sent it, or after prose', () => {
  test.each([
    ['Postfix: the server and "said:"', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 local policy', '550'],
    ['Exim: the server and a colon', 'host mx.example.org [192.0.2.1]: 421 too many connections', '421'],
    ['SurfControl: the server and a comma', 'bob@example.org: [192.0.2.1], 451 try again later', '451'],
    ['an IPv6 address', 'host mx.example.org[IPv6:2001:db8::1] said: 554 refused', '554'],
    ['the code at the line\'s end (a folded reply)', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550\n   local policy', '550'],
  ])('%s is a reply', (_name, text, replyCode) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.replyCode?.code)).toEqual([replyCode]);
  });

  test.each([
    ['an order number', 'Your order [12] said: 550 items shipped'],
    ['a price after a reference', 'Invoice 421: 550 EUR'],
    ['a bracketed word', 'See note [a]: 550 people came'],
    ['a code after a number, not a server', 'Room 12, 550 seats'],
  ])('%s is prose', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
