/**
 * Gmail's legacy notice names the server that refused after "by", its address in brackets after a
 * dot and a space: "Google tried to deliver your message, but it was rejected by the server for the
 * recipient domain example.org by mx.example.org. [192.0.2.2]." (sisimai's test of reading the remote
 * host quotes the sentence so). That server is the one that answered: every provider whose hosts
 * are named by a domain suffix is named from it, the notice pasted as text.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers} from '../../src/rules/index.ts';

/** A host under each provider's first suffix that names a domain ("mx1.one.com" for ".one.com"). */
const hosts = providers.flatMap((provider) => {
  const suffix = (provider.info.hostSuffixes ?? []).find((each) => each.startsWith('.') && /^\.[a-z0-9.-]+\.[a-z]{2,}$/.test(each));
  return suffix === undefined ? [] : [{id: provider.info.id, host: `mx1${suffix}`}];
});

const legacyNotice = (host: string, address: string) => [
  'Delivery to the following recipient failed permanently:',
  '',
  '     bob@example.org',
  '',
  'Technical details of permanent failure:',
  `Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by ${host}. [${address}].`,
  '',
  'The error that the other server returned was:',
  '550 Requested action not taken: mailbox unavailable',
  '',
].join('\n');

describe('the server Gmail\'s legacy notice names after "by"', () => {
  test('the table holds the providers', () => {
    expect(hosts.length).toBeGreaterThan(40);
  });

  test.each(hosts.flatMap(({id, host}) => ['192.0.2.2', '2001:db8::1b'].map((address) => ({id, host, address}))))('$host [$address]: $id', ({id, host, address}) => {
    const [recipient] = decodeText(legacyNotice(host, address)).recipients;
    expect([recipient?.remoteHost, recipient?.provider?.id]).toEqual([host, id]);
  });

  test('a host after "by" with no address after it names no answering server', () => {
    const [recipient] = decodeText('bob@example.org: the message was signed by mx1.example.net. Requested action not taken: mailbox unavailable\n550 5.7.1 Refused\n').recipients;
    expect(recipient?.remoteHost).toBeUndefined();
  });
});
