/**
 * The names in a reply that a person acts on besides the codes: the blocklist zones it quotes
 * (`src/rules/blocklist-zones.ts`), to look the sending IP up in and ask to be removed from, and the
 * domain a domain blocklist listed.
 */
import {blocklistZones} from '../rules/blocklist-zones.ts';
import {isHostName, isHostUnit} from '../decoder/host-names.ts';

/** How much of a diagnostic is searched: a reply quotes its zone near its start. */
const searchedLength = 8192;

/** Whether `text` holds a host-name character at `at`: a zone preceded or followed by one is part of another name. */
function hostUnitAt(text: string, at: number): boolean {
  return isHostUnit(text.charCodeAt(at));
}

/**
 * The blocklist zones `diagnostic` names, in the order of the rules, each once. A zone must stand
 * as a whole name: "zen.spamhaus.org" counts, "notzen.spamhaus.org.example" does not.
 *
 * @example
 * blocklistZonesIn('554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org')
 * //=> ['zen.spamhaus.org']
 */
export function blocklistZonesIn(diagnostic: string): string[] {
  const text = diagnostic.slice(0, searchedLength).toLowerCase();
  return blocklistZones.map(({zone}) => zone).filter((zone) => {
    for (let at = text.indexOf(zone); at >= 0; at = text.indexOf(zone, at + 1)) {
      const end = at + zone.length;
      // A trailing dot ends a sentence, not the name.
      const endsName = !hostUnitAt(text, end) || (text[end] === '.' && !hostUnitAt(text, end + 1));
      if (!hostUnitAt(text, at - 1) && endsName) return true;
    }
    return false;
  });
}

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
