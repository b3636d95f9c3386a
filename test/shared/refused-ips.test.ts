// The sending IP and the listed domain a refusal names, as the history and the command line's CSV
// keep them for each recipient.
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {listedDomainOf, refusedIpOf} from '../../src/shared/refused-ips.ts';

/** The first recipient of a pasted reply. */
function recipientOf(text: string) {
  const [recipient] = decodeText(text).recipients;
  if (recipient === undefined) throw new Error(`no recipient in ${text}`);
  return recipient;
}

describe('refusedIpOf', () => {
  test.each<[string, string, string | undefined]>([
    ['a blocklisted client', '<a@example.org>: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', '192.0.2.9'],
    ['an IPv6 client, in its short form', '<a@example.org>: 554 5.7.1 Service unavailable; Client host [2001:0db8:0:0:0:0:0:1] blocked using zen.spamhaus.org', '2001:db8::1'],
    ['a missing reverse name', '<a@example.org>: 550 5.7.25 The IP address sending this message does not have a PTR record setup [192.0.2.44]', '192.0.2.44'],
    ['not the receiving server Postfix names before "said"', '<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown', undefined],
    ['not for a reason about the recipient', '<a@example.org>: 550 5.2.2 mailbox full (192.0.2.9)', undefined],
    ['none in a reply that names no address', '<a@example.org>: 554 5.7.1 rejected by policy', undefined],
  ])('%s', (_name, text, want) => {
    expect(refusedIpOf(recipientOf(text))).toBe(want);
  });
});

describe('listedDomainOf', () => {
  test.each<[string, string, string | undefined]>([
    ['a sender domain on a domain blocklist', '<a@example.org>: 554 5.7.1 Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org', 'spam.example'],
    ['a HELO name', '<a@example.org>: 554 5.7.1 Service unavailable; Helo command [mail.spam.example] blocked using dbl.spamhaus.org', 'mail.spam.example'],
    ['no domain for a listed IP', '<a@example.org>: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', undefined],
    ['none in a reply about the mailbox', '<a@example.org>: 550 5.1.1 user unknown', undefined],
  ])('%s', (_name, text, want) => {
    expect(listedDomainOf(recipientOf(text))).toBe(want);
  });
});
