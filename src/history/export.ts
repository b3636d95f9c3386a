/**
 * Kept entries as files a person takes elsewhere: CSV for a spreadsheet, JSON Lines in the command
 * line's schema for a script, and the addresses to suppress for a list tool. Bounce text is hostile
 * input: CSV cells go through `csvCell` (RFC 4180 quoting, formulas kept as text).
 */
import {csvCell} from '../shared/csv.ts';
import type {JsonRecipient} from '../shared/json-record.ts';
import type {KeptEntry, KeptSource} from './types.ts';

/** The CSV columns, in order. */
export const historyCsvColumns = [
  'at', 'source', 'recipient', 'domain', 'replyCode', 'status', 'reason', 'permanent', 'hardBounce', 'provider', 'sendingIp', 'diagnostic',
] as const;

/** One entry as a JSON line: the command line's `--json` recipient, with when, where from, the domain and the sending IP. */
export interface HistoryJsonRecord extends JsonRecipient {
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly source: KeptSource;
  readonly domain: string | null;
  readonly sendingIp: string | null;
}

/**
 * The JSON record of one entry: the fields of `jsonRecipient` (src/shared/json-record.ts) with the
 * same names and `null` where nothing was found, then `at`, `source`, `domain` and `sendingIp`.
 */
export function historyJsonRecord(entry: KeptEntry): HistoryJsonRecord {
  return {
    recipient: entry.recipient === '' ? null : entry.recipient,
    replyCode: entry.replyCode ?? null,
    status: entry.status ?? null,
    reason: entry.reason,
    hardBounce: entry.hardBounce,
    permanent: entry.permanent ?? null,
    provider: entry.provider ?? null,
    action: entry.action,
    diagnostic: entry.diagnostic === '' ? null : entry.diagnostic,
    at: new Date(entry.at).toISOString(),
    source: entry.source,
    domain: entry.domain === '' ? null : entry.domain,
    sendingIp: entry.sendingIp === undefined || entry.sendingIp === '' ? null : entry.sendingIp,
  };
}

/**
 * The entries as CSV (RFC 4180): a header row, then one row per entry in the order given, CRLF line
 * ends, an empty cell where nothing was found.
 *
 * @example
 * historyCsv([entry]) //=> 'at,source,recipient,…\r\n2026-12-01T09:30:00.000Z,paste,ann@example.com,…\r\n'
 */
export function historyCsv(entries: readonly KeptEntry[]): string {
  const rows = entries.map((entry) => {
    const record = historyJsonRecord(entry);
    return historyCsvColumns.map((column) => csvCell(record[column])).join(',');
  });
  return `${[historyCsvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * The entries as JSON Lines: one `HistoryJsonRecord` per line, in the order given, each line ended
 * by `\n`; '' for none.
 */
export function historyJsonLines(entries: readonly KeptEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(historyJsonRecord(entry))}\n`).join('');
}

/**
 * The addresses to suppress: the hard bounces' recipients, each once, sorted.
 *
 * @example
 * addressesToSuppress(entries) //=> ['ann@example.com', 'cy@example.org']
 */
export function addressesToSuppress(entries: readonly KeptEntry[]): string[] {
  const addresses = new Set<string>();
  for (const entry of entries) {
    if (entry.hardBounce && entry.recipient !== '') addresses.add(entry.recipient);
  }

  return [...addresses].sort();
}

/** `addressesToSuppress` one per line, as a suppression list takes them ('' for none). */
export function suppressionList(entries: readonly KeptEntry[]): string {
  const addresses = addressesToSuppress(entries);
  return addresses.length === 0 ? '' : `${addresses.join('\n')}\n`;
}

/**
 * A file name for an export: `bounce-history-2026-12-03.csv`, the local date.
 */
export function exportFileName(extension: 'csv' | 'jsonl', now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `bounce-history-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
