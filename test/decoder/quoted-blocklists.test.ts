// A receiver that consults a DNS blocklist quotes the listing in its refusal (Postfix's
// reject_rbl_client: "Service unavailable; Client host [<ip>] blocked using <zone>"; Exchange
// Online's "Client host [<ip>] blocked using Spamhaus. To request removal from this list see
// https://www.spamhaus.org/query/ip/<ip> AS(1450) [<server>.prod.protection.outlook.com]"). The
// blocklist sent no reply: the card names the provider whose server answered, where the notice
// names it (its host, a marker of its own replies), and the blocklist beside it, whose row says
// what the listing means and how to be delisted. A receiver the notice does not name leaves the
// blocklist as the provider, as before.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers as providerRules, type ProviderRules} from '../../src/rules/index.ts';
import {postfixRefusal, reportNotice, diagnosticField} from './templates/common.ts';

/** Every provider's rules, read through their common type. */
const providers: readonly ProviderRules[] = providerRules;

/** Each blocklist's refusal as a receiver consulting it writes it (Postfix's reject_rbl_client wording). */
const listings = [
  {blocklist: 'spamhaus', reply: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org'},
  {blocklist: 'spamcop', reply: '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?198.51.100.7'},
] as const;

/** A host under a suffix: the suffix's own name for a bare one ("gmx.net" is itself a host name), a server's below a dotted one. */
function hostUnder(suffix: string): string {
  return suffix.startsWith('.') ? `mx1${suffix}` : `mx.${suffix}`;
}

/** Whether `host` lies under `suffix` as the rules read a suffix: with a leading dot below it, bare as itself and below. */
function covers(suffix: string, host: string): boolean {
  return suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`);
}

/** One mail host per provider that runs mail hosts, where that provider's suffix is the only one covering it. */
const answeringHosts = providers.flatMap((rules) => {
  if (rules.info.quotedByOtherServers === true) return [];
  const host = rules.info.hostSuffixes.map(hostUnder).find((candidate) => providers.every((other) => other === rules || !other.info.hostSuffixes.some((suffix) => covers(suffix, candidate))));
  return host === undefined ? [] : [{provider: rules.info.id, host}];
});

describe('a provider\'s server that quotes a blocklist is the provider; the blocklist stands beside it', () => {
  test('every provider with a mail host of its own is tried', () => {
    expect(answeringHosts.length).toBeGreaterThan(60);
  });

  const cases = answeringHosts.flatMap(({provider, host}) => listings.map(({blocklist, reply}) => ({name: `${host} quoting ${blocklist}`, provider, host, blocklist, reply})));

  test.each(cases)('$name, in Postfix\'s notice', ({provider, host, blocklist, reply}) => {
    const text = reportNotice(postfixRefusal(reply, {host}), ['Final-Recipient: rfc822; bob@example.org', 'Action: failed', 'Status: 5.7.1', `Remote-MTA: dns; ${host}`, diagnosticField(reply)]);
    const [found] = decodeText(text).recipients;
    expect(found?.provider?.id).toBe(provider);
    // The answering provider's own rows may explain the listing themselves (Comcast documents its
    // Spamhaus refusals): then they do, and no blocklist row is needed.
    if (found?.blocklist === undefined) expect(found?.provider?.meaning).toBeDefined();
    else expect(found.blocklist.id).toBe(blocklist);
  });
});

describe('who answered, told by the reply alone', () => {
  const exchangeOnline = '550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7 AS(1450) [AM7EUR03FT021.eop-EUR03.prod.protection.outlook.com]';
  test.each([
    {name: 'Exchange Online names its server at the end of its reply', text: exchangeOnline, provider: 'microsoft365', blocklist: 'spamhaus'},
    {name: 'the same reply quoted in a client\'s log', text: `2024-05-01 10:00:01 SMTP error from remote server: ${exchangeOnline}`, provider: 'microsoft365', blocklist: 'spamhaus'},
    {name: 'a tenant\'s MX names the server', text: postfixRefusal('554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org', {host: 'contoso-com.mail.protection.outlook.com'}), provider: 'microsoft365', blocklist: 'spamhaus'},
    // Negative: nothing names the receiver; the blocklist is all the card can name.
    {name: 'a server the notice does not name', text: postfixRefusal(listings[0].reply), provider: 'spamhaus', blocklist: 'spamhaus'},
    {name: 'a reply pasted alone', text: listings[1].reply, provider: 'spamcop', blocklist: 'spamcop'},
    // Negative: a receiver's own log names Microsoft's outgoing server as its client, which answered nothing.
    {
      name: 'a receiver\'s log of refusing Microsoft 365\'s outgoing server',
      text: 'Oct 31 01:28:43 mail postfix/smtpd[3468]: NOQUEUE: reject: RCPT from mail-am7eur03on2101.outbound.protection.outlook.com[104.47.21.166]: 554 5.7.1 Service unavailable; Client host [104.47.21.166] blocked using zen.spamhaus.org; from=<ann@example.net> to=<bob@example.org> proto=ESMTP helo=<EUR03-AM7-obe.outbound.protection.outlook.com>',
      provider: 'spamhaus', blocklist: 'spamhaus',
    },
  ])('$name', ({text, provider, blocklist}) => {
    const [found] = decodeText(text).recipients;
    expect(found?.provider?.id).toBe(provider);
    expect(found?.blocklist?.id).toBe(blocklist);
    expect(found?.reason.id).toBe('blocked');
  });

  test('a provider\'s own refusal that quotes no blocklist has none', () => {
    const [found] = decodeText(postfixRefusal('550 5.1.1 The email account that you tried to reach does not exist. - gsmtp', {host: 'gmail-smtp-in.l.google.com'})).recipients;
    expect(found?.provider?.id).toBe('google');
    expect(found?.blocklist).toBeUndefined();
  });
});
