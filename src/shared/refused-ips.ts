/**
 * The sending IP and the listed domain a reply names: what the popup picks out for a person to look
 * up, what the command line's CSV and the history keep per recipient. Pure, so every part of the
 * extension and the command line reads them the same way.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {canonicalIp, isHostName} from '../decoder/host-names.ts';

/** How much of a diagnostic is searched: a reply names what it refused near its start. */
const searchedLength = 8192;

/**
 * The reasons about the sending server itself: for these, the IP address a reply names is usually
 * the sender's, the one to look up on blocklists or give the provider. For others (an unknown
 * address, a full mailbox) it is the receiving server's, nothing to act on.
 */
export const aboutTheSendingServer: ReadonlySet<RecipientDiagnosis['reason']['id']> = new Set(['blocked', 'badreputation', 'requireptr', 'speeding', 'toomanyconn']);

/**
 * Postfix's refusal for a listed name, its `default_rbl_reply` (postconf(5): "$rbl_code Service
 * unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain"), where the class says what was
 * looked up: the client's IP, or a name (HELO, the reverse host name, a sender or recipient domain).
 * Bounded: a name of at most 255 characters between the brackets.
 */
const listedNamePattern = /\b(helo command|reverse client hostname|client hostname|sender address|recipient address) \[([^\s\]]{1,255})\] blocked using /gi;

/**
 * The domains a reply says a blocklist listed, each once: from Postfix's refusal format, an
 * address's domain or the name itself, kept only when it is a valid domain name.
 *
 * @example
 * listedDomainsIn('554 5.7.1 Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org')
 * //=> ['spam.example']
 */
export function listedDomainsIn(diagnostic: string): string[] {
  const domains = new Set<string>();
  for (const [, , what = ''] of diagnostic.slice(0, searchedLength).matchAll(listedNamePattern)) {
    const name = what.slice(what.lastIndexOf('@') + 1).toLowerCase().replace(/\.$/, '');
    if (isHostName(name)) domains.add(name);
  }
  return [...domains];
}

/**
 * What a reply says just before an IP address it names as the one it refused: "IP", "from",
 * "host", "client", "address", "sender", or an opening bracket. Bounded to the few characters
 * before the address.
 */
const refusedIpContext = /(?:\bip\b|\bfrom\b|\bhost\b|\bclient\b|\baddress\b|\bsender\b|[[(])[^\n]{0,12}$/i;

/**
 * The IP addresses of `ips` (the decoder's) that `diagnostic` names where a reply names the address
 * it refused ("Messages from 192.0.2.10", "Client host [192.0.2.9]"), not a number that only looks
 * like one ("complaints - 4.16.55.1", a provider's own code).
 *
 * @example
 * refusedIpsIn('421 4.7.0 [TSS04] Messages from 192.0.2.10 deferred - 4.16.55.1', ['192.0.2.10', '4.16.55.1'])
 * //=> ['192.0.2.10']
 */
export function refusedIpsIn(diagnostic: string, ips: readonly string[]): string[] {
  const text = diagnostic.slice(0, searchedLength);
  return ips.filter((ip) => {
    for (let at = text.indexOf(ip); at >= 0; at = text.indexOf(ip, at + 1)) {
      if (refusedIpContext.test(text.slice(Math.max(0, at - 30), at))) return true;
    }
    return false;
  });
}

/**
 * The sending IP a recipient's reply names as refused: only for a reason about the sending server,
 * the first address named where a refusal names it, and not the receiving server's.
 *
 * @example
 * refusedIpOf(decoded('554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org'))
 * //=> '203.0.113.9'
 */
export function refusedIpOf(recipient: RecipientDiagnosis): string | undefined {
  if (!aboutTheSendingServer.has(recipient.reason.id)) return undefined;
  const text = recipient.diagnostic.slice(0, searchedLength);
  // Postfix names the receiving server first ("host mx.example.org[192.0.2.1] said: 554 ...").
  const refused = refusedIpsIn(text, recipient.ips).find((ip) => !text.includes(`[${ip}] said`));
  // One address, one form (2001:db8::1, not 2001:0db8:0:0:0:0:0:1), so that the history groups it once.
  return refused === undefined ? undefined : canonicalIp(refused) ?? refused;
}

/**
 * The first domain a recipient's reply says a blocklist listed.
 *
 * @example
 * listedDomainOf(decoded('554 5.7.1 Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org'))
 * //=> 'spam.example'
 */
export function listedDomainOf(recipient: RecipientDiagnosis): string | undefined {
  return listedDomainsIn(recipient.diagnostic)[0];
}
