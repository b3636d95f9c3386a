/**
 * The only links the popup builds from a reply's text: a public blocklist lookup of an IP address or
 * a listed domain, made only from a strictly validated address or name (never from other text), and
 * opened only when clicked.
 */

import {canonicalIp, isHostName} from '../decoder/host-names.ts';

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
