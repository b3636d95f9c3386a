/**
 * The names in a reply that a person acts on besides the codes: the blocklist zones it quotes
 * (`src/rules/blocklist-zones.ts`), to look the sending IP up in and ask to be removed from.
 */
import {blocklistZones} from '../rules/blocklist-zones.ts';

/** How much of a diagnostic is searched: a reply quotes its zone near its start. */
const searchedLength = 8192;

/** A character of a host name: a zone preceded or followed by one is part of another name. */
function isHostCharacter(character: string | undefined): boolean {
  return character !== undefined && /[a-z0-9.-]/.test(character);
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
      const after = text[at + zone.length];
      // A trailing dot ends a sentence, not the name.
      const endsName = !isHostCharacter(after) || (after === '.' && !isHostCharacter(text[at + zone.length + 1]));
      if (!isHostCharacter(text[at - 1]) && endsName) return true;
    }
    return false;
  });
}
