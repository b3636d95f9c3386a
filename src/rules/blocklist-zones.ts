/**
 * DNS blocklist zones that receivers quote when they refuse a sending IP ("blocked using
 * zen.spamhaus.org"): the zone names the list to look the IP up in and ask to be removed from.
 * Lower case; each with its operator's page that documents it.
 */
export interface BlocklistZone {
  readonly zone: string;
  readonly operator: string;
  readonly source: string;
}

const spamhausQueries = 'Spamhaus FAQ, "Spamhaus BL Queries" (https://www.spamhaus.org/faq/section/Spamhaus%20BL%20Queries): the zones a receiver queries';

export const blocklistZones: readonly BlocklistZone[] = [
  {zone: 'zen.spamhaus.org', operator: 'Spamhaus', source: `${spamhausQueries}: ZEN, all IP lists in one`},
  {zone: 'sbl-xbl.spamhaus.org', operator: 'Spamhaus', source: `${spamhausQueries}: the former combined SBL and XBL zone`},
  {zone: 'sbl.spamhaus.org', operator: 'Spamhaus', source: `${spamhausQueries}: SBL`},
  {zone: 'xbl.spamhaus.org', operator: 'Spamhaus', source: `${spamhausQueries}: XBL`},
  {zone: 'pbl.spamhaus.org', operator: 'Spamhaus', source: `${spamhausQueries}: PBL`},
  {zone: 'dbl.spamhaus.org', operator: 'Spamhaus', source: 'Spamhaus, "Domain Blocklist (DBL)" (https://www.spamhaus.org/dbl/): the domain zone'},
  {zone: 'bl.spamcop.net', operator: 'SpamCop', source: 'SpamCop FAQ, "How do I use the SpamCop Blocking List (SCBL)?" (https://www.spamcop.net/fom-serve/cache/291.html)'},
  {zone: 'b.barracudacentral.org', operator: 'Barracuda', source: 'Barracuda Central, "How to use the Barracuda Reputation Block List" (https://www.barracudacentral.org/rbl/how-to-use)'},
  {zone: 'bl.mailspike.net', operator: 'Mailspike', source: 'Mailspike, "Usage" (https://mailspike.org/usage.html): the reputation zone'},
  {zone: 'psbl.surriel.com', operator: 'PSBL', source: 'Passive Spam Block List (https://psbl.org/): "psbl.surriel.com"'},
  {zone: 'ix.dnsbl.manitu.net', operator: 'NiX Spam', source: 'NiX Spam blacklist (https://www.dnsbl.manitu.net/): the query zone'},
  {zone: 'dnsbl.sorbs.net', operator: 'SORBS', source: 'SORBS (closed in 2024, still quoted in older notices): the aggregate zone, per its former usage page'},
  {zone: 'cbl.abuseat.org', operator: 'CBL', source: 'Composite Blocking List (https://www.abuseat.org/, now part of Spamhaus XBL): the query zone'},
];
