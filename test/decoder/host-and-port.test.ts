// A host name right before a colon and a port that SMTP is spoken on (`mailPorts`:
// "smtp.example.com:587") is the server a program was talking to when the reply came: the reply is
// that server's, and the server's provider names it. Generated over every provider's hosts and
// every mail port, in the forms programs print them; the same host before another port, and a
// time of day, name no server.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers as providerRules, type ProviderRules} from '../../src/rules/index.ts';
import {mailPorts} from '../../src/rules/session-transcripts.ts';

const providers: readonly ProviderRules[] = providerRules;

const covers = (suffix: string, host: string) => (suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`));

/** One host of each provider that no other provider's suffixes also cover. */
const hosts = providers.flatMap((rules) => {
  if (rules.info.quotedByOtherServers === true) return [];
  const host = rules.info.hostSuffixes.map((suffix) => (suffix.startsWith('.') ? `smtp1${suffix}` : suffix))
    .find((candidate) => providers.every((other) => other === rules || !other.info.hostSuffixes.some((suffix) => covers(suffix, candidate))));
  return host === undefined ? [] : [{provider: rules.info.id, host}];
});

/** A reply whose words no provider documents. */
const reply = '554 5.7.1 <bob@example.org>: Relay access denied';

const forms: ReadonlyArray<readonly [string, (server: string) => string]> = [
  ['a Java mail library\'s error', (server) => `Sending the email to the following server failed : ${server}\n\nCaused by: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: ${reply}`],
  ['a log line', (server) => `2024-05-02 10:14:03 ERROR mailer: delivery via ${server} failed: ${reply}`],
  ['a client\'s connection line above the reply', (server) => `Connected to ${server}\n${reply}`],
];

describe('a host before a mail port names the server that replied', () => {
  test('every provider with a host of its own is tried', () => {
    expect(hosts.length).toBeGreaterThan(80);
  });

  test.each(hosts.flatMap(({provider, host}) => mailPorts.flatMap(({port}) => forms.map(([how, write]) => ({
    name: `${host}:${port}, ${how}`, text: write(`${host}:${port}`), provider, host,
  })))))('$name', ({text, provider, host}) => {
    const [found] = decodeText(text).recipients;
    expect(found?.remoteHost).toBe(host);
    expect(found?.provider?.id).toBe(provider);
  });
});

describe('no server named', () => {
  test.each([
    ['a web port', `Sending the email to the following server failed : smtp.example.com:443\n${reply}`],
    ['a port that only begins like a mail port', `Sending the email to the following server failed : smtp.example.com:58712\n${reply}`],
    ['a time of day', `Sent at 10:25 from the office\n${reply}`],
    ['an address literal\'s port', `Sending the email to the following server failed : 192.0.2.1:25\n${reply}`],
  ] as const)('%s', (_name, text) => {
    expect(decodeText(text).recipients[0]?.remoteHost).toBeUndefined();
  });

  test('two servers named: neither is taken as the one that replied', () => {
    const text = `Trying smtp.example.com:587 then smtp.example.net:587\n${reply}`;
    expect(decodeText(text).recipients[0]?.remoteHost).toBeUndefined();
  });
});
