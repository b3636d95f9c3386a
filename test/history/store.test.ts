import 'fake-indexeddb/auto';
import {deleteDB, openDB} from 'idb';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {DecodeResult, RecipientDiagnosis} from '../../src/decoder/types.ts';
import {
  countEntries, deleteAll, deleteEntry, historyDatabaseName, historyDatabaseVersion, keepDecoding, noticeKeyOf, pruneHistory,
  readEntries, readSettings, writeSettings,
} from '../../src/history/store.ts';
import {defaultHistorySettings, type HistoryQuery, type KeptEntry, maxKeptDiagnosticLength} from '../../src/history/types.ts';
import {diagnosisOf} from '../popup/diagnoses.ts';

const dayMs = 24 * 60 * 60 * 1000;

function bounce(...recipients: RecipientDiagnosis[]): DecodeResult {
  return {kind: 'bounce', format: 'text', recipients};
}

const blocked = diagnosisOf({
  recipient: 'Ann@Example.ORG',
  reason: {id: 'blocked', title: 'Blocked'},
  hardBounce: false,
  provider: {id: 'google', name: 'Google', docsUrl: 'https://support.google.com/mail/answer/81126'},
  ips: ['192.0.2.9'],
  diagnostic: '554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org',
});

const listed = diagnosisOf({
  recipient: 'bob@example.net',
  reason: {id: 'blocked', title: 'Blocked'},
  hardBounce: false,
  diagnostic: '554 5.7.1 Service unavailable; Sender address [bob@spam.example] blocked using dbl.spamhaus.org',
});

/** Keeps `count` one-recipient decodings, `x<n>@example.com`, one second apart, oldest first, ending at `end`. */
async function keepMany(count: number, end: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    const outcome = await keepDecoding(bounce(diagnosisOf({recipient: `x${index}@example.com`})), {
      source: 'paste', noticeKey: `many-${index}`, at: end - ((count - 1 - index) * 1000),
    });
    expect(outcome).toMatchObject({ok: true, added: 1});
  }
}

beforeEach(async () => {
  // The store's open connection lets go when asked (`blocking`), so the database can be deleted.
  await deleteDB(historyDatabaseName);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the database', () => {
  test('has its name, its version, its stores and indexes', async () => {
    await countEntries();
    const database = await openDB(historyDatabaseName);
    try {
      expect(database.version).toBe(historyDatabaseVersion);
      expect([...database.objectStoreNames].sort()).toEqual(['entries', 'settings']);
      const entries = database.transaction('entries').store;
      expect([...entries.indexNames].sort()).toEqual(['at', 'domain+at', 'notice', 'provider+at', 'reason+at', 'sendingIp+at', 'source+at']);
      expect(entries.index('notice').unique).toBe(true);
    } finally {
      database.close();
    }
  });
});

describe('keepDecoding()', () => {
  test('keeps one entry per recipient, with what the history shows', async () => {
    const at = Date.UTC(2026, 11, 1, 8);
    const outcome = await keepDecoding(bounce(diagnosisOf(), blocked, listed), {
      source: 'webmail', sourceHost: 'Mail.Google.com', noticeKey: 'abc@mx.example', at,
    });
    expect(outcome).toEqual({ok: true, added: 3, duplicates: 0});
    const entries = await readEntries();
    expect(entries.map(({recipient}) => recipient).sort()).toEqual(['ann@example.org', 'bob@example.net', 'jane.doe@example.com']);
    expect(entries.find(({recipient}) => recipient === 'jane.doe@example.com')).toEqual({
      id: expect.any(Number) as number,
      at,
      source: 'webmail',
      sourceHost: 'mail.google.com',
      noticeKey: 'abc@mx.example',
      recipient: 'jane.doe@example.com',
      domain: 'example.com',
      kind: 'bounce',
      replyCode: '550',
      status: '5.1.1',
      reason: 'userunknown',
      permanent: true,
      hardBounce: true,
      action: 'suppress',
      diagnostic: '550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown',
    } satisfies KeptEntry);
    expect(entries.find(({recipient}) => recipient === 'ann@example.org')).toMatchObject({
      domain: 'example.org', provider: 'google', sendingIp: '192.0.2.9',
    });
    expect(entries.find(({recipient}) => recipient === 'bob@example.net')).toMatchObject({listedDomain: 'spam.example'});
    expect(entries.find(({recipient}) => recipient === 'bob@example.net')).not.toHaveProperty('sendingIp');
  });

  test('keeps a recipient without an address as \'\', and cuts a long diagnostic', async () => {
    const long = `550 5.1.1 ${'x'.repeat(maxKeptDiagnosticLength * 2)}`;
    await keepDecoding(bounce(diagnosisOf({recipient: undefined, diagnostic: long})), {source: 'paste', noticeKey: 'k'});
    const [entry] = await readEntries();
    expect(entry).toMatchObject({recipient: '', domain: '', source: 'paste'});
    expect(entry).not.toHaveProperty('sourceHost');
    expect(entry!.diagnostic).toBe(long.slice(0, maxKeptDiagnosticLength));
  });

  test('keeps nothing of a result that found nothing', async () => {
    expect(await keepDecoding({kind: 'none', format: 'text', recipients: []}, {source: 'paste', noticeKey: 'k'}))
      .toEqual({ok: true, added: 0, duplicates: 0});
    expect(await countEntries()).toBe(0);
  });

  test.each<[string, string, string, {added: number; duplicates: number}]>([
    ['the same notice', 'n1', 'n1', {added: 0, duplicates: 2}],
    ['another notice', 'n1', 'n2', {added: 2, duplicates: 0}],
  ])('counts the same recipient of %s once', async (_name, first, second, expected) => {
    await keepDecoding(bounce(diagnosisOf(), blocked), {source: 'paste', noticeKey: first});
    expect(await keepDecoding(bounce(diagnosisOf(), blocked), {source: 'file', noticeKey: second})).toEqual({ok: true, ...expected});
    expect(await countEntries()).toBe(2 + expected.added);
  });

  test('counts a recipient named twice in one notice once', async () => {
    expect(await keepDecoding(bounce(diagnosisOf(), diagnosisOf({recipient: 'JANE.DOE@example.com'})), {source: 'paste', noticeKey: 'k'}))
      .toEqual({ok: true, added: 1, duplicates: 1});
  });

  test('keeps nothing while keeping is off', async () => {
    await writeSettings({...defaultHistorySettings, keep: false});
    expect(await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'k'})).toEqual({ok: false, reason: 'off'});
    expect(await countEntries()).toBe(0);
  });

  test('applies the retention in days after the write', async () => {
    await keepDecoding(bounce(diagnosisOf({recipient: 'new@example.com'})), {source: 'paste', noticeKey: 'new', at: Date.now() - (89 * dayMs)});
    expect(await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'old', at: Date.now() - (91 * dayMs)}))
      .toEqual({ok: true, added: 1, duplicates: 0});
    expect((await readEntries()).map(({recipient}) => recipient)).toEqual(['new@example.com']);
  });

  test('applies the retention in entries after the write: the oldest go', async () => {
    await writeSettings({...defaultHistorySettings, maxEntries: 100});
    const now = Date.now();
    await keepMany(100, now - dayMs);
    await keepDecoding(bounce(diagnosisOf({recipient: 'newest@example.com'})), {source: 'paste', noticeKey: 'newest', at: now});
    const entries = await readEntries();
    expect(entries).toHaveLength(100);
    expect(entries[0]!.recipient).toBe('newest@example.com');
    expect(entries.map(({recipient}) => recipient)).not.toContain('x0@example.com');
    expect(entries.map(({recipient}) => recipient)).toContain('x1@example.com');
  });

  test.each<[string, (this: IDBObjectStore, original: IDBObjectStore['add'], ...args: Parameters<IDBObjectStore['add']>) => IDBRequest<IDBValidKey>, RegExp]>([
    ['throws QuotaExceededError', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }, /^QuotaExceededError: /],
    ['fails its transaction', function (original, ...args) {
      const request = original.apply(this, args);
      this.transaction.abort();
      return request;
    }, /^AbortError: /],
  ])('loses nothing kept, and keeps nothing of the decoding, when the write %s', async (_name, failure, message) => {
    await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'before'});
    const before = await readEntries();

    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the store as `this`
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      // The first recipient is written; the second write fails.
      calls++;
      return calls === 1 ? original.apply(this, args) : failure.call(this, original, ...args);
    });
    const outcome = await keepDecoding(bounce(blocked, listed), {source: 'paste', noticeKey: 'refused'});
    expect(outcome).toMatchObject({ok: false, reason: 'refused'});
    expect(outcome.ok === false && outcome.reason === 'refused' ? outcome.message : '').toMatch(message);
    expect(await readEntries()).toEqual(before);
  });

  test('says the write was refused where there is no IndexedDB (a private window), and works once there is', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'k'}))
      .toMatchObject({ok: false, reason: 'refused', message: expect.stringMatching(/\S/) as string});
    vi.unstubAllGlobals();
    expect(await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'k'})).toEqual({ok: true, added: 1, duplicates: 0});
  });
});

describe('readEntries()', () => {
  const t0 = Date.UTC(2026, 10, 1);

  beforeEach(async () => {
    await writeSettings({...defaultHistorySettings, retentionDays: 3650});
    const rows: Array<[RecipientDiagnosis, 'webmail' | 'paste' | 'selection' | 'file', number]> = [
      [diagnosisOf({recipient: 'jane.doe@example.com'}), 'paste', t0],
      [blocked, 'webmail', t0 + dayMs],
      [listed, 'selection', t0 + (2 * dayMs)],
      [diagnosisOf({
        recipient: 'carl@example.com', provider: {id: 'microsoft365', name: 'Microsoft', docsUrl: 'https://learn.microsoft.com/'},
      }), 'file', t0 + (3 * dayMs)],
    ];
    for (const [index, [diagnosis, source, at]] of rows.entries()) {
      await keepDecoding(bounce(diagnosis), {source, noticeKey: `n${index}`, at, ...(source === 'webmail' ? {sourceHost: 'mail.google.com'} : {})});
    }
  });

  test.each<[string, HistoryQuery, string[]]>([
    ['everything, newest first', {}, ['carl@example.com', 'bob@example.net', 'ann@example.org', 'jane.doe@example.com']],
    ['since, inclusive', {since: t0 + dayMs}, ['carl@example.com', 'bob@example.net', 'ann@example.org']],
    ['until, exclusive', {until: t0 + dayMs}, ['jane.doe@example.com']],
    ['a time range', {since: t0 + dayMs, until: t0 + (3 * dayMs)}, ['bob@example.net', 'ann@example.org']],
    ['provider', {provider: 'google'}, ['ann@example.org']],
    ['provider over a time range', {provider: 'microsoft365', since: t0, until: t0 + dayMs}, []],
    ['reason', {reason: 'userunknown'}, ['carl@example.com', 'jane.doe@example.com']],
    ['source', {source: 'webmail'}, ['ann@example.org']],
    ['domain', {domain: 'example.com'}, ['carl@example.com', 'jane.doe@example.com']],
    ['sending IP', {sendingIp: '192.0.2.9'}, ['ann@example.org']],
    ['two fields', {reason: 'userunknown', source: 'paste'}, ['jane.doe@example.com']],
    ['search, any case', {search: 'EXAMPLE.COM'}, ['carl@example.com', 'jane.doe@example.com']],
    ['search, part of the address', {search: 'an'}, ['ann@example.org', 'jane.doe@example.com']],
    ['search and a field', {search: 'jane', reason: 'blocked'}, []],
  ])('%s', async (_name, query, recipients) => {
    expect((await readEntries(query)).map(({recipient}) => recipient)).toEqual(recipients);
  });
});

describe('deleteEntry() and deleteAll()', () => {
  test('deleteEntry() deletes one entry, deleteAll() every one and no setting', async () => {
    await writeSettings({...defaultHistorySettings, retentionDays: 30});
    await keepDecoding(bounce(diagnosisOf(), blocked, listed), {source: 'paste', noticeKey: 'k'});
    const [first, ...rest] = await readEntries();
    await deleteEntry(first!.id!);
    expect(await readEntries()).toEqual(rest);
    await deleteEntry(first!.id!);
    expect(await countEntries()).toBe(2);
    await deleteAll();
    expect(await countEntries()).toBe(0);
    expect(await readSettings()).toEqual({...defaultHistorySettings, retentionDays: 30});
    // A deleted notice can be kept again.
    expect(await keepDecoding(bounce(diagnosisOf()), {source: 'paste', noticeKey: 'k'})).toEqual({ok: true, added: 1, duplicates: 0});
  });
});

describe('readSettings() and writeSettings()', () => {
  test('reads the defaults until settings are written, then what was written', async () => {
    expect(await readSettings()).toEqual(defaultHistorySettings);
    await writeSettings({keep: false, retentionDays: 1, maxEntries: 100_000});
    expect(await readSettings()).toEqual({keep: false, retentionDays: 1, maxEntries: 100_000});
  });

  test.each([
    [{retentionDays: 0}, /retentionDays/],
    [{retentionDays: 3651}, /retentionDays/],
    [{retentionDays: 1.5}, /retentionDays/],
    [{maxEntries: 99}, /maxEntries/],
    [{maxEntries: 100_001}, /maxEntries/],
    [{maxEntries: Number.NaN}, /maxEntries/],
    [{keep: 'yes' as unknown as boolean}, /keep/],
  ])('refuses %o and stores nothing', async (change, problem) => {
    await expect(writeSettings({...defaultHistorySettings, ...change})).rejects.toThrow(problem);
    expect(await readSettings()).toEqual(defaultHistorySettings);
  });

  test('applies the new retention at once', async () => {
    const now = Date.now();
    await keepMany(150, now);
    await keepDecoding(bounce(diagnosisOf({recipient: 'old@example.com'})), {source: 'paste', noticeKey: 'old', at: now - (20 * dayMs)});
    await writeSettings({...defaultHistorySettings, retentionDays: 10});
    expect(await countEntries()).toBe(150);
    await writeSettings({...defaultHistorySettings, retentionDays: 10, maxEntries: 100});
    const entries = await readEntries();
    expect(entries).toHaveLength(100);
    expect(entries.at(-1)!.recipient).toBe('x50@example.com');
  });
});

describe('pruneHistory()', () => {
  test('deletes what is older than the retention, as of `now`, and answers how many', async () => {
    const now = Date.now();
    await keepMany(3, now);
    expect(await pruneHistory(now)).toBe(0);
    expect(await pruneHistory(now + (90 * dayMs) - 500)).toBe(2);
    expect((await readEntries()).map(({recipient}) => recipient)).toEqual(['x2@example.com']);
  });
});

describe('noticeKeyOf()', () => {
  test.each<[string, string | Uint8Array, string | undefined, string]>([
    ['a given Message-ID, trimmed and lower case', 'anything', ' <ABC.123@Mx.Example> ', 'abc.123@mx.example'],
    ['a given Message-ID without brackets', 'anything', 'ABC@mx.example', 'abc@mx.example'],
    ['the header\'s Message-ID', 'From: MAILER-DAEMON@mx.example\r\nMessage-ID: <20261201.ABC@MX.example>\r\nSubject: Undelivered\r\n\r\nbody', undefined, '20261201.abc@mx.example'],
    ['a folded Message-ID with a comment', 'Subject: x\nMessage-Id:\n <Folded@mx.example> (the notice)\n\nbody', undefined, 'folded@mx.example'],
    ['the header\'s Message-ID after an mbox From line', 'From MAILER-DAEMON Tue Dec  1 08:00:00 2026\nMessage-ID: <m@mx.example>\n\n', undefined, 'm@mx.example'],
    ['the header\'s Message-ID in bytes', new TextEncoder().encode('Message-ID: <Bytes@mx.example>\r\n\r\nbody'), undefined, 'bytes@mx.example'],
  ])('%s', async (_name, input, messageId, key) => {
    expect(await noticeKeyOf(input, messageId)).toBe(key);
  });

  test.each([
    ['a reply line', '550 5.1.1 <x@example.com>: User unknown\nMessage-ID: <not-a-header@x>'],
    ['a Message-ID of the returned message, below the notice\'s header', 'Subject: x\n\n--- returned ---\nMessage-ID: <returned@x>'],
    ['an empty Message-ID', 'Message-ID: <>\n\nbody'],
  ])('hashes %s', async (_name, text) => {
    expect(await noticeKeyOf(text)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test('hashes the same text alike whatever its line ends, as text or as bytes', async () => {
    const lf = 'Subject: Undelivered\n\n550 5.1.1 <x@example.com>: User unknown\néàü\n';
    const key = await noticeKeyOf(lf);
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const variant of [lf.replaceAll('\n', '\r\n'), lf.replaceAll('\n', '\r'), lf.trimEnd(), new TextEncoder().encode(lf.replaceAll('\n', '\r\n'))]) {
      expect(await noticeKeyOf(variant)).toBe(key);
    }
    expect(await noticeKeyOf(lf.replace('x@', 'y@'))).not.toBe(key);
  });

  test('is the SHA-256 of the text', async () => {
    // echo -n abc | sha256sum
    expect(await noticeKeyOf('abc')).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
