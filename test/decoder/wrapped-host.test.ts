/**
 * The answering server in a Postfix notice's recipient line wrapped at 79 columns with a 4-space
 * indent (postfix/src/bounce/bounce_notify_util.c, bounce_print_wrap): the break may fall between
 * "host" and the server's name, which still names who answered. Generated from the template's own
 * line around every provider's host and recipients of every length.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers} from '../../src/rules/providers/index.ts';
import type {ProviderRules} from '../../src/rules/types.ts';
import {remoteHostOf} from './generate.ts';
import {failureTextAt, recipientLine} from './templates/postfix.ts';

const reply = '550 5.7.1 Message refused by the receiving server';

/** Every provider with a host of its own, and the line of each recipient length that breaks after "host". */
const cases = (providers as readonly ProviderRules[]).filter((provider) => provider.info.hostSuffixes.length > 0 && provider.info.quotedByOtherServers !== true).flatMap((provider) => {
  const remoteHost = remoteHostOf(provider);
  for (let length = 1; length <= 64; length++) {
    const address = `${'b'.repeat(length)}@example.org`;
    const line = recipientLine({address, reply}, {remoteHost, remoteIp: '192.0.2.10', original: ''});
    if (/ host\n {4}\S/.test(line)) return [[provider.info.id, remoteHost, address, line] as const];
  }
  return [];
});

describe('a Postfix recipient line wrapped right after "host"', () => {
  test('most providers\' hosts give such a line', () => expect(cases.length).toBeGreaterThan(providers.length / 2));

  test.each(cases)('%s (%s)', (provider, host, address, line) => {
    const [diagnosis] = decodeText(`${failureTextAt('mail.example.net')}\n${line}\n`).recipients;
    expect([diagnosis?.recipient, diagnosis?.remoteHost, diagnosis?.provider?.id]).toEqual([address, host, provider]);
  });
});

describe('"host" at a line\'s end before words that name no server', () => {
  test.each([
    'The remote host\n    refused the connection [192.0.2.10]: 554 5.7.1 Access denied',
    'Could not reach host\n    mx [192.0.2.10]: 421 4.4.2 Connection timed out',
  ])('%j names no server', (text) => {
    const [diagnosis] = decodeText(`<bob@example.org>: ${text}`).recipients;
    expect([diagnosis?.remoteHost, diagnosis?.provider]).toEqual([undefined, undefined]);
  });
});
