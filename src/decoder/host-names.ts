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
