// onlyRemoteHost (the one server a whole notice names) against the scan per pattern it replaced.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {onlyRemoteHost} from '../../src/decoder/find-failures.ts';

const referencePatterns = [
  /\bhost ([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.? ?\[/gi,
  /\btalking to ([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\.?[:\s]/gi,
  /\bremote-mta: ?dns; ?([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})/gi,
  /\brelay=([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\[/gi,
  /\bH=([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63}) \[/g,
  /\bconnect(?:ing|ion)? to ([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\b/gi,
  /\bremote server \[?([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\]?/gi,
  /\bmx=([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,63})\[/gi,
];

/** What `onlyRemoteHost` must equal: every pattern matched over the whole text, one after the other. */
function referenceOnlyRemoteHost(text: string): string | undefined {
  const hosts = new Set<string>();
  for (const pattern of referencePatterns) {
    for (const match of text.matchAll(pattern)) {
      if (!/^\d+(?:\.\d+){3}$/.test(match[1]!)) hosts.add(match[1]!.toLowerCase().replace(/\.$/, ''));
    }
  }
  return hosts.size === 1 ? [...hosts][0] : undefined;
}

describe('onlyRemoteHost', () => {
  const cases: {name: string; text: string; want: string | undefined}[] = [
    {name: 'postfix', text: 'host mx.example.com[192.0.2.1] said: 550 user unknown', want: 'mx.example.com'},
    {name: 'sendmail, twice the same host', text: 'while talking to mx.example.com.:\n>>> DATA\n... while talking to MX.example.com:', want: 'mx.example.com'},
    {name: 'a report field', text: 'Remote-MTA: dns; smtp.example.org', want: 'smtp.example.org'},
    {name: 'a postfix log line', text: 'to=<a@b.example>, relay=mx.b.example[192.0.2.2]:25, status=bounced', want: 'mx.b.example'},
    {name: 'exim: H= in capitals only', text: 'H=mx.example.net [192.0.2.3]', want: 'mx.example.net'},
    {name: 'exim: h= is not H=', text: 'h=mx.example.net [192.0.2.3]', want: undefined},
    {name: 'connecting to', text: 'Error while connecting to mail.example.com', want: 'mail.example.com'},
    {name: 'remote server', text: 'Remote server [smtp.example.com] said', want: 'smtp.example.com'},
    {name: 'a zonemta log line', text: 'CONNECTED domain=example.com mx=mx01.mail.example.com[192.0.2.7] src=server[192.0.2.1]', want: 'mx01.mail.example.com'},
    {name: 'zonemta: mx= without its address is no host', text: 'REJECTED[policy] mx=see the docs', want: undefined},
    {name: 'two hosts', text: 'host a.example.com[192.0.2.1] said: ... talking to b.example.com:', want: undefined},
    {name: 'an address is no host', text: 'host 192.0.2.1[192.0.2.1] said', want: undefined},
    {name: 'inside a word', text: 'ghost mx.example.com[192.0.2.1]', want: undefined},
    {name: 'nothing', text: 'Delivery to the following recipients failed.', want: undefined},
  ];
  test.each(cases)('$name', ({text, want}) => {
    expect(onlyRemoteHost(text)).toBe(want);
    expect(referenceOnlyRemoteHost(text)).toBe(want);
  });

  // Texts built from the patterns' own words, hosts and separators, so that matches start, overlap
  // and repeat often.
  const piece = fc.constantFrom(
    'host ', 'Host ', 'HOST ', 'talking to ', 'remote-mta:', 'Remote-MTA: dns; ', 'relay=', 'H=', 'h=', 'connect', 'connecting to ',
    'connection to ', 'remote server ', 'remote server [', 'mx.example.com', 'MX.Example.com', 'b.example.org', '192.0.2.1', '.', ' ', '[', ']',
    ':', '\n', 'x', 'ghost ', 'dns;', 'mx=', 'MX=', 'xmx=',
  );
  test('equals one scan per pattern, on generated texts', () => {
    fc.assert(fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
      const text = pieces.join('');
      expect(onlyRemoteHost(text)).toBe(referenceOnlyRemoteHost(text));
    }), {numRuns: 3000});
  });
});
