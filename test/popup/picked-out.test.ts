import {describe, expect, test} from 'vitest';
import {blocklistZonesIn} from '../../src/popup/picked-out.ts';
import {listedDomainsIn, refusedIpsIn} from '../../src/shared/refused-ips.ts';

describe('blocklistZonesIn', () => {
  test.each([
    ['a Postfix refusal', '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.9', ['zen.spamhaus.org']],
    ['two zones, in the rules\' order', '550 blocked: listed in bl.spamcop.net and in ZEN.SPAMHAUS.ORG.', ['zen.spamhaus.org', 'bl.spamcop.net']],
    ['a zone at the end of a sentence', '554 Rejected - see b.barracudacentral.org.', ['b.barracudacentral.org']],
    ['a zone inside a longer name is not one', '550 see notzen.spamhaus.org.example.com', []],
    ['an operator named without a zone', '550 5.7.1 blocked by Spamhaus, see https://check.spamhaus.org/', []],
    ['nothing of the kind', '550 5.1.1 user unknown', []],
  ])('%s', (_name, diagnostic, zones) => {
    expect(blocklistZonesIn(diagnostic)).toStrictEqual(zones);
  });

  test('reads no further than the start of a megabyte diagnostic', () => {
    expect(blocklistZonesIn(`${'x '.repeat(500_000)}zen.spamhaus.org`)).toStrictEqual([]);
  });
});

describe('listedDomainsIn', () => {
  test.each([
    ['a sender\'s domain', '554 5.7.1 <bob@spam.example>: Sender address rejected: Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org', ['spam.example']],
    ['a HELO name', '554 5.7.1 Service unavailable; Helo command [mail.spam.example] blocked using dbl.spamhaus.org', ['mail.spam.example']],
    ['a reverse host name', '554 5.7.1 Service unavailable; Reverse client hostname [host.dyn.example.net] blocked using rhsbl.example.org', ['host.dyn.example.net']],
    ['a recipient\'s domain, once', '554 Recipient address [a@list.example] blocked using x.example.org; Recipient address [b@list.example] blocked using x.example.org', ['list.example']],
    ['the client\'s IP is no domain', '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org', []],
    ['a bracketed value that is no domain name', '554 Sender address [<script>] blocked using dbl.spamhaus.org', []],
    ['other words', '550 5.1.1 user unknown', []],
  ])('%s', (_name, diagnostic, domains) => {
    expect(listedDomainsIn(diagnostic)).toStrictEqual(domains);
  });
});

describe('refusedIpsIn', () => {
  test.each([
    ['after "from"', '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com', ['192.0.2.10', '4.16.55.1'], ['192.0.2.10']],
    ['in brackets', '554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org', ['203.0.113.9'], ['203.0.113.9']],
    ['after "IP"', '550 5.7.606 Access denied, banned sending IP [40.107.0.1]', ['40.107.0.1'], ['40.107.0.1']],
    ['a provider\'s own dotted code is none', '421 deferred due to user complaints - 4.16.55.1', ['4.16.55.1'], []],
    ['an address the text does not hold', '550 blocked', ['192.0.2.1'], []],
  ])('%s', (_name, diagnostic, ips, refused) => {
    expect(refusedIpsIn(diagnostic, ips)).toStrictEqual(refused);
  });
});
