/**
 * The history's arithmetic, pure and synchronous: which kept entries a view shows (`filterEntries`),
 * how they group (`groupEntries`: by provider × reason, by recipient domain, by sending IP), how a
 * group runs over time (`timeline`, by local day or week, empty days as zero) and how this week
 * compares with the last (`weekOverWeek`). The page reads the entries once per time range and works
 * on them in memory: 10,000 entries group in a few milliseconds.
 */
import type {HistoryQuery, KeptEntry} from './types.ts';

/** What a group table groups by. */
export type GroupDimension = 'providerReason' | 'domain' | 'sendingIp';

export const groupDimensions: readonly GroupDimension[] = ['providerReason', 'domain', 'sendingIp'];

/** One group: the entries that share a provider and a reason, a domain, or a sending IP. */
export interface Group {
  readonly dimension: GroupDimension;
  /** Unique within its dimension: `google\u0000userunknown`, `example.com`, `192.0.2.1`. */
  readonly key: string;
  /** For `providerReason`: the provider id, '' when none was recognised. */
  readonly provider?: string;
  /** For `providerReason`: the reason id. */
  readonly reason?: string;
  /** For `domain` and `sendingIp`: the domain or the address ('' for entries without one). */
  readonly value?: string;
  readonly count: number;
  /** `count` over the entries grouped, from 0 to 1. */
  readonly share: number;
  readonly hardBounces: number;
}

/**
 * The key of an entry's group in a dimension, or `undefined` when the entry has no place there (no
 * sending IP named: such entries are in no IP group).
 *
 * @example
 * groupKeyOf({provider: 'google', reason: 'userunknown', ...entry}, 'providerReason') //=> 'google\u0000userunknown'
 */
export function groupKeyOf(entry: KeptEntry, dimension: GroupDimension): string | undefined {
  switch (dimension) {
    case 'providerReason': {
      return `${entry.provider ?? ''}\u0000${entry.reason}`;
    }

    case 'domain': {
      return entry.domain;
    }

    case 'sendingIp': {
      return entry.sendingIp === undefined || entry.sendingIp === '' ? undefined : entry.sendingIp;
    }
  }
}

/**
 * The groups of `entries` in one dimension, the largest first (ties in key order, so the table
 * does not shuffle between renders). Shares are of all the entries given, including those with no
 * place in the dimension.
 *
 * @example
 * groupEntries(entries, 'domain')[0] //=> {dimension: 'domain', key: 'example.com', value: 'example.com', count: 3, share: 0.75, hardBounces: 2}
 */
export function groupEntries(entries: readonly KeptEntry[], dimension: GroupDimension): Group[] {
  const counts = new Map<string, {count: number; hardBounces: number; entry: KeptEntry}>();
  for (const entry of entries) {
    const key = groupKeyOf(entry, dimension);
    if (key === undefined) continue;
    const known = counts.get(key);
    if (known === undefined) {
      counts.set(key, {count: 1, hardBounces: entry.hardBounce ? 1 : 0, entry});
    } else {
      known.count++;
      if (entry.hardBounce) known.hardBounces++;
    }
  }

  const total = entries.length;
  const groups = [...counts].map(([key, {count, hardBounces, entry}]): Group => {
    const common = {dimension, key, count, share: total === 0 ? 0 : count / total, hardBounces};
    return dimension === 'providerReason'
      ? {...common, provider: entry.provider ?? '', reason: entry.reason}
      : {...common, value: key};
  });
  return groups.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Whether `entry` belongs to the group of `dimension` keyed `key`. */
export function inGroup(entry: KeptEntry, dimension: GroupDimension, key: string): boolean {
  return groupKeyOf(entry, dimension) === key;
}

/**
 * The entries a query keeps, in their order: each field of the query narrows, as the store's
 * `readEntries` does. `search` is part of an address, in any case.
 *
 * @example
 * filterEntries(entries, {provider: 'google', search: 'ANN@'}) //=> the Google entries to ann@…
 */
export function filterEntries(entries: readonly KeptEntry[], query: HistoryQuery): KeptEntry[] {
  const search = query.search?.trim().toLowerCase() ?? '';
  return entries.filter((entry) => (query.since === undefined || entry.at >= query.since)
    && (query.until === undefined || entry.at < query.until)
    && (query.provider === undefined || (entry.provider ?? '') === query.provider)
    && (query.reason === undefined || entry.reason === query.reason)
    && (query.source === undefined || entry.source === query.source)
    && (query.domain === undefined || entry.domain === query.domain)
    && (query.sendingIp === undefined || entry.sendingIp === query.sendingIp)
    && (search === '' || entry.recipient.includes(search)));
}

/** The start of the local day that holds `at`. */
export function startOfDay(at: number): number {
  const day = new Date(at);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/**
 * The start of the local week (Monday, ISO 8601) that holds `at`.
 *
 * @example
 * new Date(startOfWeek(new Date(2026, 11, 3, 15).getTime())) //=> Monday 30 November 2026, 00:00 local
 */
export function startOfWeek(at: number): number {
  const day = new Date(startOfDay(at));
  // getDay(): Sunday 0 … Saturday 6; Monday starts the week.
  const sinceMonday = (day.getDay() + 6) % 7;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() - sinceMonday).getTime();
}

/**
 * The start of the local day or week `steps` after the one starting at `start`. Calendar arithmetic,
 * not 24 hours: a day of a daylight-saving change has 23 or 25.
 */
function addUnits(start: number, unit: TimelineUnit, steps: number): number {
  const day = new Date(start);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + steps * (unit === 'week' ? 7 : 1)).getTime();
}

export type TimelineUnit = 'day' | 'week';

/** One bar of a timeline. */
export interface TimelineBucket {
  /** The local start of the day or week, ms since the epoch. */
  readonly start: number;
  readonly count: number;
  readonly hardBounces: number;
}

/** The most bars a timeline has: older buckets are left out (the page offers weeks then). */
export const maxTimelineBuckets = 400;

/**
 * The entries counted by local day or week, from the bucket holding `from` to the one holding `to`,
 * every bucket there even when empty (zero). Entries outside the range are not counted.
 *
 * @example
 * timeline(entries, {unit: 'day', from: monday, to: wednesday}) //=> [{start: monday, count: 2, …}, {start: tuesday, count: 0, …}, {start: wednesday, count: 1, …}]
 */
export function timeline(entries: readonly KeptEntry[], {unit, from, to}: {readonly unit: TimelineUnit; readonly from: number; readonly to: number}): TimelineBucket[] {
  const startOf = unit === 'day' ? startOfDay : startOfWeek;
  const last = startOf(to);
  let first = startOf(Math.min(from, to));
  const starts: number[] = [];
  for (let start = first; start <= last; start = addUnits(start, unit, 1)) starts.push(start);
  if (starts.length > maxTimelineBuckets) {
    starts.splice(0, starts.length - maxTimelineBuckets);
    first = starts[0]!;
  }

  const counts = starts.map(() => ({count: 0, hardBounces: 0}));
  const end = addUnits(last, unit, 1);
  for (const entry of entries) {
    if (entry.at < first || entry.at >= end) continue;
    // The last bucket starting at or before the entry, by bisection: no Date per entry.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= entry.at) low = middle;
      else high = middle - 1;
    }
    const bucket = counts[low]!;
    bucket.count++;
    if (entry.hardBounce) bucket.hardBounces++;
  }

  return starts.map((start, position) => ({start, ...counts[position]!}));
}

/** The unit a timeline of this span reads best in: days up to about two months, then weeks. */
export function timelineUnitFor(from: number, to: number): TimelineUnit {
  return to - from <= 62 * 24 * 60 * 60 * 1000 ? 'day' : 'week';
}

/** This week against last week, in local calendar weeks from Monday. */
export interface WeekOverWeek {
  /** Since this week's Monday, up to `now`. */
  readonly thisWeek: number;
  /** The whole of last week. */
  readonly lastWeek: number;
  /** Last week up to the same day and hour as `now`: what `thisWeek` compares fairly with. */
  readonly lastWeekSoFar: number;
}

/**
 * How many of `entries` fell this week so far, last week, and last week up to this moment.
 *
 * @example
 * weekOverWeek(entries, Date.now()) //=> {thisWeek: 3, lastWeek: 12, lastWeekSoFar: 7}
 */
export function weekOverWeek(entries: readonly KeptEntry[], now: number): WeekOverWeek {
  const thisMonday = startOfWeek(now);
  const lastMonday = addUnits(thisMonday, 'week', -1);
  // The same moment a week ago, by the calendar (a daylight-saving change keeps the local hour).
  const moment = new Date(now);
  const aWeekAgo = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate() - 7, moment.getHours(), moment.getMinutes(),
    moment.getSeconds(), moment.getMilliseconds()).getTime();
  let thisWeek = 0;
  let lastWeek = 0;
  let lastWeekSoFar = 0;
  for (const {at} of entries) {
    if (at >= thisMonday && at <= now) thisWeek++;
    else if (at >= lastMonday && at < thisMonday) {
      lastWeek++;
      if (at <= aWeekAgo) lastWeekSoFar++;
    }
  }

  return {thisWeek, lastWeek, lastWeekSoFar};
}

/** The reason most entries of a group have: what its advice is about. */
export function commonestReason(entries: readonly KeptEntry[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const {reason} of entries) {
    const count = (counts.get(reason) ?? 0) + 1;
    counts.set(reason, count);
    if (count > bestCount) {
      best = reason;
      bestCount = count;
    }
  }

  return best;
}
