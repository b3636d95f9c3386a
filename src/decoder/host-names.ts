/**
 * What a host or domain name is, for the decoder (a provider's host named in a notice) and the
 * popup (a listed domain to look up, a blocklist zone standing as a whole name): one definition.
 */

/**
 * A whole lower-case host name: labels of letters, digits and hyphens (at most 63 each, no hyphen
 * at either end), at least one dot, a letter TLD, 253 characters at most (DNS). One bounded label
 * pattern repeated: linear.
 */
const hostNamePattern = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;

/**
 * Whether `text` is a lower-case host or domain name and nothing else.
 *
 * @example
 * isHostName('mx1.example.com') //=> true
 * isHostName('mx1.example.com/x') //=> false
 */
export function isHostName(text: string): boolean {
  return hostNamePattern.test(text);
}

/** Whether a UTF-16 code unit can be part of a lower-case host name: a-z, 0-9, `-` or `.`. */
export function isHostUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

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
