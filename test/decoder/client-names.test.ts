// A host a reply names as the client it refused (Postfix smtpd's "<name[address]>: Client host
// rejected:", "<name>: Helo command rejected:", each family's `clientNameTrailers`) connected to the
// server; it did not answer, so it names no provider of the answering server. Generated over one
// host of every provider, put as the refused client in each trailer's reply, against the same host
// as the server that said the reply.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers as providerRules, type ProviderRules} from '../../src/rules/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

const providers: readonly ProviderRules[] = providerRules;
const covers = (suffix: string, host: string) => (suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`));

/**
 * One host of each provider that no other provider's suffixes cover. A provider whose reply markers
 * hold its own domain ("amazonses.com") is named by them wherever they stand, a client's name too:
 * left out.
 */
const hosts = providers.flatMap((rules) => {
  if (rules.info.quotedByOtherServers === true) return [];
  const host = rules.info.hostSuffixes.map((suffix) => (suffix.startsWith('.') ? `mail-out7${suffix}` : `mail-out7.${suffix}`))
    .find((candidate) => providers.every((other) => other === rules || !other.info.hostSuffixes.some((suffix) => covers(suffix, candidate)))
      && !rules.info.replyMarkers.some((marker) => candidate.includes(marker)));
  return host === undefined ? [] : [{provider: rules.info.id, host}];
});

const trailers = mtaFamilies.flatMap((family) => (family.clientNameTrailers ?? []).map((trailer) => trailer.text));

/** The reply a trailer writes, the client named before it ("Client host rejected: Access denied"). */
function reply(host: string, trailer: string): string {
  const words = trailer.replace(/^>: /, '').replace(/:$/, '');
  const capitalised = words.charAt(0).toUpperCase() + words.slice(1);
  const named = trailer.includes('client host') ? `${host}[192.0.2.25]` : host;
  return `554 5.7.1 <${named}>: ${capitalised}: Access denied`;
}

describe('a refused client names no provider of the server that answered', () => {
  test('every trailer and provider is tried', () => {
    expect(trailers.length).toBeGreaterThanOrEqual(3);
    expect(hosts.length).toBeGreaterThan(80);
  });

  test.each(hosts.flatMap(({provider, host}) => trailers.map((trailer) => ({name: `${host} ${trailer}`, host, trailer, provider}))))('$name', ({host, trailer, provider}) => {
    const refused = decodeText(`<bob@example.org>: host mx.example.net[198.51.100.7] said: ${reply(host, trailer)} (in reply to RCPT TO command)`);
    expect(refused.recipients[0]?.provider?.id).not.toBe(provider);
    // The same host as the server that said it is that provider's.
    const answered = decodeText(`<bob@example.org>: host ${host}[198.51.100.7] said: 554 5.7.1 <bob@example.org>: Access denied (in reply to RCPT TO command)`);
    expect(answered.recipients[0]?.provider?.id).toBe(provider);
  });
});
