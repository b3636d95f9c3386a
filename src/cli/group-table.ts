/**
 * The command line's `--summary`: the failed recipients of the whole run grouped the way a person
 * triages them, by provider and reason, then by recipient domain, with counts and shares. Group
 * first, then act on the largest group: one change at a time.
 */
import type {DecodeResult} from '../decoder/index.ts';
import {failedRecipients, recipientDomain} from './failures.ts';
import {oneLine} from './format.ts';

/** What one failed recipient is counted under: its provider and reason ids, and its domain. */
export type GroupKey = readonly [provider: string | null, reason: string, domain: string | null];

/** The group keys of one decoded message's failed recipients (small: a worker sends them back). */
export function groupKeys(result: DecodeResult): GroupKey[] {
  return failedRecipients(result).map((recipient) => [recipient.provider?.id ?? null, recipient.reason.id, recipientDomain(recipient.recipient) ?? null]);
}

/** Most groups listed per table, largest first; the rest are counted in one line. */
const maxRows = 40;
/** Longest domain shown: a hostile "domain" cannot push the table apart. */
const maxKeyLength = 48;

function label(text: string | null, absent: string): string {
  if (text === null) return absent;
  const flat = oneLine(text);
  return flat.length > maxKeyLength ? `${flat.slice(0, maxKeyLength - 1)}…` : flat;
}

function share(count: number, total: number): string {
  return `${(total === 0 ? 0 : (100 * count) / total).toFixed(1)}%`;
}

/** Most first; equal counts by name, so the same input gives the same table. */
function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Rows of cells as aligned text: text columns to the left, figures (the last two) to the right. */
function aligned(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => column >= row.length - 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)).join('  ')}`.trimEnd());
}

/** Counts kept over a run, then printed as the table. */
export class GroupTable {
  private messages = 0;
  private unreadable = 0;
  private failed = 0;
  private readonly byProviderReason = new Map<string, number>();
  private readonly byDomain = new Map<string, number>();

  /** One decoded message and its failed recipients' keys. */
  add(keys: readonly GroupKey[]): void {
    this.messages++;
    for (const [provider, reason, domain] of keys) {
      this.failed++;
      const pair = `${label(provider, '(unknown)')}\u0000${reason}`;
      this.byProviderReason.set(pair, (this.byProviderReason.get(pair) ?? 0) + 1);
      const name = label(domain, '(not named)');
      this.byDomain.set(name, (this.byDomain.get(name) ?? 0) + 1);
    }
  }

  /** One input or message that could not be read or decoded. */
  addUnreadable(): void {
    this.unreadable++;
  }

  /** The largest groups as [name, count, share], then one row for the rest. */
  private rows(counts: ReadonlyMap<string, number>, what: string): [string, string, string][] {
    const groups = ranked(counts);
    const shown = groups.slice(0, maxRows).map(([key, count]): [string, string, string] => [key, String(count), share(count, this.failed)]);
    const rest = groups.slice(maxRows);
    const restCount = rest.reduce((sum, [, count]) => sum + count, 0);
    if (rest.length > 0) shown.push([`(${rest.length} more ${what})`, String(restCount), share(restCount, this.failed)]);
    return shown;
  }

  /**
   * The table, as text.
   *
   * @example
   * new GroupTable().render()
   * //=> 'Messages decoded: 0\nFailed recipients: 0\n'
   */
  render(): string {
    const lines = [
      `Messages decoded: ${this.messages}${this.unreadable === 0 ? '' : ` (${this.unreadable} could not be read or decoded)`}`,
      `Failed recipients: ${this.failed}`,
    ];
    if (this.failed > 0) {
      const pairs = this.rows(this.byProviderReason, 'groups').map(([pair, count, part]) => {
        // The line for the rest names no reason.
        const [provider = '', reason = ''] = pair.split('\u0000');
        return [provider, reason, count, part];
      });
      lines.push('', 'By provider and reason', ...aligned([['provider', 'reason', 'count', 'share'], ...pairs]));
      lines.push('', 'By recipient domain', ...aligned([['domain', 'count', 'share'], ...this.rows(this.byDomain, 'domains')]));
    }
    return `${lines.join('\n')}\n`;
  }
}
