/**
 * The only links the popup builds from a reply's text: a public blocklist lookup of an IP address or
 * a listed domain, made only from a strictly validated address or name (never from other text), and
 * opened only when clicked.
 */

import {isHostName} from '../decoder/host-names.ts';

/** Each of four decimal numbers 0-255, no leading zeros, nothing else. */
const ipv4Pattern = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Hex groups and colons only, as long as an IPv6 address can be (45 with an embedded IPv4). */
const ipv6Characters = /^[0-9a-f:.]{2,45}$/i;

/**
 * `text` as an IP address in its usual form, if it is one and nothing else: a dotted IPv4 address,
 * or hex groups and colons that the URL parser takes for an IPv6 address (so no zone, no brackets,
 * no stray character), written as the parser writes it.
 *
 * @example
 * canonicalIp('2001:0db8:0:0:0:0:0:1') //=> '2001:db8::1'
 * canonicalIp('192.0.2.9/evil') //=> undefined
 */
export function canonicalIp(text: string): string | undefined {
  if (ipv4Pattern.test(text)) return text;
  if (!text.includes(':') || !ipv6Characters.test(text)) return undefined;
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

/**
 * Spamhaus's public domain reputation lookup, as `spamhausLookupUrl` for a validated domain name.
 *
 * @example
 * spamhausDomainLookupUrl('spam.example') //=> 'https://check.spamhaus.org/results/?query=spam.example'
 */
export function spamhausDomainLookupUrl(domain: string): string | undefined {
  return isHostName(domain) ? `https://check.spamhaus.org/results/?query=${encodeURIComponent(domain)}` : undefined;
}

/**
 * Spamhaus's public IP and domain reputation checker, on the result page its search box opens
 * (`https://check.spamhaus.org/results/?query=<address>`), for a validated IP address; none for
 * anything else.
 *
 * @example
 * spamhausLookupUrl('192.0.2.9') //=> 'https://check.spamhaus.org/results/?query=192.0.2.9'
 * spamhausLookupUrl('javascript:alert(1)') //=> undefined
 */
export function spamhausLookupUrl(ip: string): string | undefined {
  const address = canonicalIp(ip);
  return address === undefined ? undefined : `https://check.spamhaus.org/results/?query=${encodeURIComponent(address)}`;
}
