/**
 * The blocklist zones a reply quotes (`src/rules/blocklist-zones.ts`), to look the sending IP up in
 * and ask to be removed from. The sending IP and the listed domain a reply names are picked out in
 * src/shared/refused-ips.ts, which the history and the command line read too.
 */
import {blocklistZones} from '../rules/blocklist-zones.ts';
import {isHostUnit} from '../decoder/host-names.ts';

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
