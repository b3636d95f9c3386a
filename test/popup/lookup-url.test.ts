import {describe, expect, test} from 'vitest';
import {canonicalIp} from '../../src/decoder/host-names.ts';
import {spamhausDomainLookupUrl, spamhausLookupUrl} from '../../src/popup/lookup-url.ts';

describe('canonicalIp', () => {
  test.each([
    ['an IPv4 address', '192.0.2.9'],
    ['the edges of IPv4', '255.255.255.255'],
    ['zero', '0.0.0.0'],
    ['an IPv6 address', '2001:db8::1'],
    ['a full IPv6 address', '2001:0db8:0000:0000:0000:0000:0000:0001'],
  ])('accepts %s', (_name, text) => expect(canonicalIp(text)).toBeDefined());

  test.each([
    ['a number past 255', '192.0.2.256'],
    ['a leading zero', '192.0.2.09'],
    ['three numbers', '192.0.2'],
    ['a path after the address', '192.0.2.9/evil'],
    ['a port', '192.0.2.9:25'],
    ['a host name', 'mx.example.com'],
    ['a URL', 'https://192.0.2.9/'],
    ['a script URL', 'javascript:alert(1)'],
    ['an IPv6 zone', 'fe80::1%eth0'],
    ['brackets', '[2001:db8::1]'],
    ['IPv6 with a letter past f', '2001:db8::g'],
    ['white space', ' 192.0.2.9'],
    ['nothing', ''],
  ])('refuses %s', (_name, text) => expect(canonicalIp(text)).toBeUndefined());
});

describe('spamhausLookupUrl', () => {
  test.each([
    ['192.0.2.9', 'https://check.spamhaus.org/results/?query=192.0.2.9'],
    ['2001:db8::1', 'https://check.spamhaus.org/results/?query=2001%3Adb8%3A%3A1'],
    ['2001:0DB8:0:0:0:0:0:1', 'https://check.spamhaus.org/results/?query=2001%3Adb8%3A%3A1'],
    ['192.0.2.9&x=1', undefined],
    ['evil.example', undefined],
  ])('%s', (ip, url) => expect(spamhausLookupUrl(ip)).toBe(url));
});

describe('spamhausDomainLookupUrl', () => {
  test.each([
    ['spam.example', 'https://check.spamhaus.org/results/?query=spam.example'],
    ['mail.spam.example', 'https://check.spamhaus.org/results/?query=mail.spam.example'],
    ['Spam.Example', undefined],
    ['spam.example/path', undefined],
    ['javascript:alert(1)', undefined],
    ['-bad.example', undefined],
    ['localhost', undefined],
  ])('%s', (domain, url) => expect(spamhausDomainLookupUrl(domain)).toBe(url));
});
