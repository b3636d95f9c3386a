// An IPv6 address is written in groups of up to four hexadecimal digits parted by colons (RFC 4291
// §2.2): a group of three digits ("2606:2800:220:6d:...") is no reply, whatever number it is.
// Generated over every reply code of src/rules/reply-codes.ts as a group of an address in the places
// notices print one (Postfix's "host[address]", its "connect to", Gmail's socket error), in full and
// compressed, with the server's reply after it or none at all.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyCodes} from '../../src/rules/reply-codes.ts';

const groups = replyCodes.map((row) => row.code);

/** Addresses that hold `n` as one of their groups, in full and compressed. */
const addresses: ReadonlyArray<readonly [string, (n: string) => string]> = [
  ['full', (n) => `2606:2800:${n}:6d:26bf:1447:1097:aa7`],
  ['compressed, inside', (n) => `2001:db8:${n}::25`],
  ['compressed, last', (n) => `2001:db8::${n}`],
];

describe('a group of an IPv6 address is no reply', () => {
  test.each(groups.flatMap((n) => addresses.map(([form, address]) => ({name: `${n}, ${form}`, address: address(n)}))))('$name', ({address}) => {
    expect(decodeText(`[(0) example.com. [${address}]:25: socket error]\n`).recipients[0]?.replyCode).toBeUndefined();
    const refused = decodeText(`<bob@example.org>: host mx.example.org[${address}] said: 554 5.7.1 Service unavailable (in reply to RCPT TO command)\n`);
    expect([refused.recipients[0]?.replyCode?.code, refused.recipients[0]?.status?.code]).toEqual(['554', '5.7.1']);
  });
});

describe('a code beside colons that no address holds is a reply', () => {
  test.each([
    ['a label glued to the code', 'Error:550:5.1.1 user unknown\n', '550'],
    ['a time before the reply', '12:00:01 550 5.1.1 <bob@example.org>: user unknown\n', '550'],
    ['an IPv4 address before the reply', 'host mx.example.org[192.0.2.1]:25 said: 421 4.7.0 Try again later\n', '421'],
  ])('%s', (_name, text, code) => {
    expect(decodeText(text).recipients[0]?.replyCode?.code).toBe(code);
  });
});
