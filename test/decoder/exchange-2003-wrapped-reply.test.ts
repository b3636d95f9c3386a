/**
 * Exchange 2003's notice puts each recipient's reply in brackets ("<host #5.7.1 smtp;550 5.7.1
 * ...>"); a mail client that wraps the text at its width carries a long reply over several lines,
 * and an address the reply quotes (a blocklist's contact, the sender refused) may then open a line
 * of its own. Until the ">" the lines are the reply: such an address is no failed recipient.
 * Generated from the Exchange 2003 template (test/decoder/templates/exchange-2003.ts) around
 * replies that quote an address, wrapped as a client wraps plain text.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {exchange2003} from './templates/exchange-2003.ts';
import {plainOriginal, wrapLines} from './templates/common.ts';

/** Tails that quote an address, as refusals write them. */
const quotedAddressTails = [
  'To request removal from this list please forward this message to delist@example.net',
  'Mail from IP banned. To request removal from this list please forward this message to delist.listing@example.net',
  'for assistance write to postmaster@example.net and quote the reference above',
];

const replies = sampleOf('exchange-2003-wrapped', replyPool()['status-code'], 12)
  .map((spec, index) => `${spec.reply.split('\n')[0]!} ${quotedAddressTails[index % quotedAddressTails.length]}`);

const recipientSets = [['alice@example.com'], ['alice@example.com', 'bob@example.org']];

const cases = replies.flatMap((reply) => recipientSets.flatMap((addresses) => [60, 72].map((width) => ({
  name: `${addresses.length} recipient(s), wrapped at ${width}: ${reply.slice(0, 60)}`,
  // Wrapped at the width, and before the quoted address where the width left it inside a line (the
  // width at which a client breaks there).
  text: wrapLines(exchange2003.render(addresses.map((address) => ({address, reply})), {remoteHost: 'mx.example.net', remoteIp: '192.0.2.10', original: plainOriginal}).webmail, width)
    .replace(/ ([\w.]+@example\.net)/g, '\n$1'),
  addresses,
  replyCode: reply.slice(0, 3),
}))));

describe('Exchange 2003\'s bracketed reply wrapped over lines: an address it quotes is no recipient', () => {
  test('every case wraps its reply over lines and quotes an address at a line\'s start', () => {
    expect(cases.length).toBe(replies.length * 4);
    for (const {text} of cases) expect(text).toMatch(/\n[\w.]+@example\.net/);
  });

  test.each(cases)('$name', ({text, addresses, replyCode}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual(addresses.map((address) => [address, replyCode]));
  });

  test.each([
    ['a bracket closed on its own line', 'The following recipient(s) could not be reached:\n\n      alice@example.com on 3/2/2026 10:00 AM\n            <EX01.example.org #5.1.1 smtp;550 5.1.1 User unknown>\n      bob@example.org on 3/2/2026 10:00 AM\n            <EX01.example.org #5.1.1 smtp;550 5.1.1 User unknown>', ['alice@example.com', 'bob@example.org']],
    ['a bracket left open names the next recipient after a blank line', 'The following recipient(s) could not be reached:\n\n      alice@example.com on 3/2/2026 10:00 AM\n            <EX01.example.org #5.1.1 smtp;550 5.1.1 User unknown\n\n      bob@example.org on 3/2/2026 10:00 AM\n            <EX01.example.org #5.1.1 smtp;550 5.1.1 User unknown>', ['alice@example.com', 'bob@example.org']],
  ])('still recipients: %s', (_name, text, addresses) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(addresses);
  });
});
