import {describe, expect, test} from 'vitest';
import {
  commonestReason, filterEntries, groupEntries, groupKeyOf, inGroup, maxTimelineBuckets, startOfDay, startOfWeek, timeline, timelineUnitFor,
  weekOverWeek,
} from '../../src/history/groups.ts';
import type {HistoryQuery} from '../../src/history/types.ts';
import {at, entry} from './entries.ts';

const ann = entry({recipient: 'ann@example.com'});
const bob = entry({recipient: 'bob@example.com', reason: 'mailboxfull', hardBounce: false, permanent: false, replyCode: '452', status: '4.2.2'});
const cy = entry({recipient: 'cy@example.org', provider: undefined, sendingIp: '192.0.2.10', reason: 'blocked', hardBounce: false, source: 'webmail', sourceHost: 'mail.google.com'});
const dee = entry({recipient: 'dee@example.org', sendingIp: '192.0.2.10', at: at(2026, 11, 20)});
const nobody = entry({recipient: '', domain: '', reason: 'blocked', hardBounce: false, provider: undefined});
const all = [ann, bob, cy, dee, nobody];

describe('groupKeyOf()', () => {
  test.each([
    ['providerReason', ann, 'google\u0000userunknown'],
    ['providerReason', cy, '\u0000blocked'],
    ['domain', ann, 'example.com'],
    ['domain', nobody, ''],
    ['sendingIp', cy, '192.0.2.10'],
    ['sendingIp', ann, undefined],
    ['sendingIp', entry({sendingIp: ''}), undefined],
  ] as const)('%s of an entry to %s', (dimension, kept, key) => {
    expect(groupKeyOf(kept, dimension)).toBe(key);
  });
});

describe('groupEntries()', () => {
  test('by provider × reason: counts, shares of all entries, hard bounces, largest first', () => {
    expect(groupEntries(all, 'providerReason')).toEqual([
      {dimension: 'providerReason', key: '\u0000blocked', provider: '', reason: 'blocked', count: 2, share: 0.4, hardBounces: 0},
      {dimension: 'providerReason', key: 'google\u0000userunknown', provider: 'google', reason: 'userunknown', count: 2, share: 0.4, hardBounces: 2},
      {dimension: 'providerReason', key: 'google\u0000mailboxfull', provider: 'google', reason: 'mailboxfull', count: 1, share: 0.2, hardBounces: 0},
    ]);
  });

  test('by domain, the entries without an address in a group of their own', () => {
    expect(groupEntries(all, 'domain').map(({value, count, hardBounces}) => [value, count, hardBounces])).toEqual([
      ['example.com', 2, 1],
      ['example.org', 2, 1],
      ['', 1, 0],
    ]);
  });

  test('by sending IP: only entries that name one, shares still of all', () => {
    expect(groupEntries(all, 'sendingIp')).toEqual([
      {dimension: 'sendingIp', key: '192.0.2.10', value: '192.0.2.10', count: 2, share: 0.4, hardBounces: 1},
    ]);
  });

  test('ties keep the key order, whatever the entries\' order', () => {
    const keys = (entries: typeof all) => groupEntries(entries, 'domain').map(({key}) => key);
    expect(keys([bob, cy])).toEqual(['example.com', 'example.org']);
    expect(keys([cy, bob])).toEqual(['example.com', 'example.org']);
  });

  test('no entries, no groups', () => {
    expect(groupEntries([], 'providerReason')).toEqual([]);
  });

  test('10,000 entries group in well under a frame\'s worth of time per dimension', () => {
    const many = Array.from({length: 10_000}, (_, index) => entry({recipient: `u${index}@d${index % 300}.example`, sendingIp: `192.0.2.${index % 200}`}));
    const started = performance.now();
    for (const dimension of ['providerReason', 'domain', 'sendingIp'] as const) groupEntries(many, dimension);
    expect(groupEntries(many, 'domain')).toHaveLength(300);
    // Generous: a loaded two-core machine; the point is that it is not quadratic.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('inGroup()', () => {
  test.each([
    [ann, 'domain', 'example.com', true],
    [cy, 'domain', 'example.com', false],
    [cy, 'sendingIp', '192.0.2.10', true],
    [ann, 'sendingIp', '', false],
    [nobody, 'domain', '', true],
  ] as const)('%#', (kept, dimension, key, expected) => {
    expect(inGroup(kept, dimension, key)).toBe(expected);
  });
});

describe('filterEntries()', () => {
  test.each<[string, HistoryQuery, string[]]>([
    ['nothing narrows', {}, ['ann@example.com', 'bob@example.com', 'cy@example.org', 'dee@example.org', '']],
    ['a provider', {provider: 'google'}, ['ann@example.com', 'bob@example.com', 'dee@example.org']],
    ['no provider recognised', {provider: ''}, ['cy@example.org', '']],
    ['a reason', {reason: 'blocked'}, ['cy@example.org', '']],
    ['a source', {source: 'webmail'}, ['cy@example.org']],
    ['a domain', {domain: 'example.org'}, ['cy@example.org', 'dee@example.org']],
    ['a sending IP', {sendingIp: '192.0.2.10'}, ['cy@example.org', 'dee@example.org']],
    ['part of an address, any case', {search: '  EXAMPLE.ORG '}, ['cy@example.org', 'dee@example.org']],
    ['an address nobody has', {search: 'zed@'}, []],
    ['since, inclusive', {since: at(2026, 12, 3)}, ['ann@example.com', 'bob@example.com', 'cy@example.org', '']],
    ['until, exclusive', {until: at(2026, 12, 3)}, ['dee@example.org']],
    ['fields together', {provider: 'google', reason: 'userunknown', since: at(2026, 12, 1)}, ['ann@example.com']],
  ])('%s', (_name, query, recipients) => {
    expect(filterEntries(all, query).map(({recipient}) => recipient)).toEqual(recipients);
  });
});

describe('startOfDay() and startOfWeek()', () => {
  test.each([
    // Thursday 3 December 2026 → Monday 30 November.
    [at(2026, 12, 3, 15, 30), at(2026, 12, 3, 0), at(2026, 11, 30, 0)],
    // A Monday at midnight is its own week's start.
    [at(2026, 11, 30, 0), at(2026, 11, 30, 0), at(2026, 11, 30, 0)],
    // A Sunday night belongs to the week that began six days before.
    [at(2026, 12, 6, 23, 59), at(2026, 12, 6, 0), at(2026, 11, 30, 0)],
    // Across a month and a year.
    [at(2027, 1, 1, 8), at(2027, 1, 1, 0), at(2026, 12, 28, 0)],
    // The week of the spring daylight-saving change in much of Europe (Sunday 29 March 2026).
    [at(2026, 3, 29, 12), at(2026, 3, 29, 0), at(2026, 3, 23, 0)],
  ])('%#', (moment, day, week) => {
    expect(startOfDay(moment)).toBe(day);
    expect(startOfWeek(moment)).toBe(week);
  });
});

describe('timeline()', () => {
  test('by day: every day from the first to the last, empty days as zero, local boundaries', () => {
    const entries = [
      entry({at: at(2026, 12, 1, 0, 0)}),
      entry({at: at(2026, 12, 1, 23, 59), hardBounce: false}),
      entry({at: at(2026, 12, 3, 9)}),
      // Outside the range: not counted.
      entry({at: at(2026, 11, 30, 23, 59)}),
      entry({at: at(2026, 12, 4, 0, 0)}),
    ];
    expect(timeline(entries, {unit: 'day', from: at(2026, 12, 1, 10), to: at(2026, 12, 3, 10)})).toEqual([
      {start: at(2026, 12, 1, 0), count: 2, hardBounces: 1},
      {start: at(2026, 12, 2, 0), count: 0, hardBounces: 0},
      {start: at(2026, 12, 3, 0), count: 1, hardBounces: 1},
    ]);
  });

  test('by week: Monday to Sunday', () => {
    const entries = [entry({at: at(2026, 11, 29, 23)}), entry({at: at(2026, 11, 30, 0)}), entry({at: at(2026, 12, 6, 23, 59)})];
    expect(timeline(entries, {unit: 'week', from: at(2026, 11, 25), to: at(2026, 12, 3)}).map(({start, count}) => [start, count])).toEqual([
      [at(2026, 11, 23, 0), 1],
      [at(2026, 11, 30, 0), 2],
    ]);
  });

  test('across a daylight-saving change, one bucket per calendar day', () => {
    const buckets = timeline([entry({at: at(2026, 3, 29, 23, 30)}), entry({at: at(2026, 3, 30, 0, 30)})], {unit: 'day', from: at(2026, 3, 28), to: at(2026, 3, 31)});
    expect(buckets.map(({start, count}) => [start, count])).toEqual([
      [at(2026, 3, 28, 0), 0], [at(2026, 3, 29, 0), 1], [at(2026, 3, 30, 0), 1], [at(2026, 3, 31, 0), 0],
    ]);
  });

  test('one day when from and to are the same day; none lost when from is after to', () => {
    expect(timeline([ann], {unit: 'day', from: at(2026, 12, 3, 1), to: at(2026, 12, 3, 23)})).toHaveLength(1);
    expect(timeline([ann], {unit: 'day', from: at(2026, 12, 4), to: at(2026, 12, 3)})).toEqual([{start: at(2026, 12, 3, 0), count: 1, hardBounces: 1}]);
  });

  test(`at most ${maxTimelineBuckets} buckets, the latest`, () => {
    const buckets = timeline([ann], {unit: 'day', from: at(2024, 1, 1), to: at(2026, 12, 3)});
    expect(buckets).toHaveLength(maxTimelineBuckets);
    expect(buckets.at(-1)).toEqual({start: at(2026, 12, 3, 0), count: 1, hardBounces: 1});
  });
});

describe('timelineUnitFor()', () => {
  test.each([
    [at(2026, 11, 26), at(2026, 12, 3), 'day'],
    [at(2026, 10, 3), at(2026, 12, 3), 'day'],
    [at(2026, 9, 3), at(2026, 12, 3), 'week'],
  ])('%#', (from, to, unit) => {
    expect(timelineUnitFor(from, to)).toBe(unit);
  });
});

describe('weekOverWeek()', () => {
  // Thursday 3 December 2026, 14:00: this week began on Monday 30 November, last week on the 23rd.
  const now = at(2026, 12, 3, 14);

  test('this week so far, the whole of last week, and last week up to the same day and hour', () => {
    const entries = [
      entry({at: at(2026, 11, 30, 0)}), // this week, its first moment
      entry({at: now}), // this week, now
      entry({at: at(2026, 12, 3, 15)}), // later than now: not counted
      entry({at: at(2026, 11, 29, 23, 59)}), // last week, its Sunday
      entry({at: at(2026, 11, 26, 14)}), // last week, a week ago to the minute
      entry({at: at(2026, 11, 26, 15)}), // last week, after that moment
      entry({at: at(2026, 11, 23, 0)}), // last week, its first moment
      entry({at: at(2026, 11, 22, 23, 59)}), // the week before: not counted
    ];
    expect(weekOverWeek(entries, now)).toEqual({thisWeek: 2, lastWeek: 4, lastWeekSoFar: 2});
  });

  test('nothing kept', () => {
    expect(weekOverWeek([], now)).toEqual({thisWeek: 0, lastWeek: 0, lastWeekSoFar: 0});
  });
});

describe('commonestReason()', () => {
  test.each([
    [[ann, bob, cy, nobody], 'blocked'],
    [[bob, ann], 'mailboxfull'],
    [[], undefined],
  ] as const)('%#', (entries, reason) => {
    expect(commonestReason(entries)).toBe(reason);
  });
});
