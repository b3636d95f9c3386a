/**
 * The history's store: every kept decoding, one entry per recipient, in the IndexedDB of the
 * extension's own origin (the background's and the extension pages'; never a web page's, never
 * synced), with the settings that say whether to keep and for how long. Through `idb`, which turns
 * IndexedDB's requests into promises.
 *
 * Content scripts run in the page's origin: they must never open this store (their entries would land
 * in the webmail's own database). The background keeps what they report.
 */
import {type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames} from 'idb';
import type {DecodeResult, RecipientDiagnosis} from '../decoder/types.ts';
import {listedDomainOf, refusedIpOf} from '../shared/refused-ips.ts';
import {
  defaultHistorySettings, type HistoryQuery, type HistorySettings, type KeepOutcome, type KeptEntry, type KeptSource,
  maxKeptDiagnosticLength,
} from './types.ts';

/** The database's name in the extension's origin. */
export const historyDatabaseName = 'bounce-decoder-history';

/** The schema's version: raise it, and add a step to `upgradeHistory`, to change stores or indexes. */
export const historyDatabaseVersion = 1;

/** The key the settings are stored under in the `settings` store. */
const settingsKey = 'history';

/** The fields an entry can be filtered on through an index of its own, each paired with `at`. */
export type IndexedField = 'provider' | 'reason' | 'domain' | 'sendingIp' | 'source';

const indexedFields: readonly IndexedField[] = ['provider', 'reason', 'domain', 'sendingIp', 'source'];

/**
 * The stores and their indexes.
 *
 * - `entries` (key `id`, given on write): `at` (time order, time ranges); `notice` (unique:
 *   `[noticeKey, recipient]`, the same notice opened twice counts once); and `<field>+at` for each
 *   `IndexedField` (`[field, at]`: one field's value over a time range, in time order; an entry
 *   without the field is not in its index).
 * - `settings`: `HistorySettings` under the key `'history'`.
 */
export interface HistorySchema extends DBSchema {
  entries: {
    key: number;
    value: KeptEntry;
    indexes: {
      at: number;
      notice: [string, string];
    } & {[F in IndexedField as `${F}+at`]: [string, number]};
  };
  settings: {
    key: string;
    value: HistorySettings;
  };
}

type HistoryDatabase = IDBPDatabase<HistorySchema>;

/**
 * Builds or upgrades the schema from `oldVersion` (0 for a new database) to the current version,
 * one step per version, so that a later version adds its step below and keeps what is kept.
 */
export function upgradeHistory(
  database: HistoryDatabase,
  oldVersion: number,
  _newVersion: number | null,
  // A later step that moves kept data reads and writes through this transaction.
  _transaction: IDBPTransaction<HistorySchema, Array<StoreNames<HistorySchema>>, 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const entries = database.createObjectStore('entries', {keyPath: 'id', autoIncrement: true});
    entries.createIndex('at', 'at');
    entries.createIndex('notice', ['noticeKey', 'recipient'], {unique: true});
    for (const field of indexedFields) {
      entries.createIndex(`${field}+at`, [field, 'at']);
    }
    database.createObjectStore('settings');
  }
}

/** The open database, shared by every call; forgotten when opening fails or another version needs it closed. */
let opened: Promise<HistoryDatabase> | undefined;

function database(): Promise<HistoryDatabase> {
  opened ??= openDB<HistorySchema>(historyDatabaseName, historyDatabaseVersion, {
    upgrade: upgradeHistory,
    // A newer version (another extension page after an update) or a deletion waits for this
    // connection: let it go, and open again on the next call.
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
      opened = undefined;
    },
    // The browser closed the connection (storage cleared, a crash): open again next time.
    terminated() {
      opened = undefined;
    },
  }).catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

const dayMs = 24 * 60 * 60 * 1000;

/** The bounds the settings must keep to. */
export const historySettingsLimits = {
  retentionDays: {min: 1, max: 3650},
  maxEntries: {min: 100, max: 100_000},
} as const;

function isWholeIn(value: unknown, {min, max}: {readonly min: number; readonly max: number}): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * Why `settings` cannot be stored, or `undefined` when they can: `keep` a boolean, `retentionDays` a
 * whole number from 1 to 3650, `maxEntries` from 100 to 100,000.
 *
 * @example
 * settingsProblem({keep: true, retentionDays: 0, maxEntries: 10_000})
 * //=> 'retentionDays must be a whole number from 1 to 3650'
 */
export function settingsProblem(settings: HistorySettings): string | undefined {
  if (typeof settings.keep !== 'boolean') {
    return 'keep must be true or false';
  }

  for (const field of ['retentionDays', 'maxEntries'] as const) {
    const {min, max} = historySettingsLimits[field];
    if (!isWholeIn(settings[field], {min, max})) {
      return `${field} must be a whole number from ${min} to ${max}`;
    }
  }
  return undefined;
}

/** Stored settings as they can be used: a value that is missing or out of bounds reads as its default. */
function usableSettings(stored: Partial<HistorySettings> | undefined): HistorySettings {
  return {
    keep: typeof stored?.keep === 'boolean' ? stored.keep : defaultHistorySettings.keep,
    retentionDays: isWholeIn(stored?.retentionDays, historySettingsLimits.retentionDays)
      ? stored.retentionDays : defaultHistorySettings.retentionDays,
    maxEntries: isWholeIn(stored?.maxEntries, historySettingsLimits.maxEntries) ? stored.maxEntries : defaultHistorySettings.maxEntries,
  };
}

type ReadWrite = IDBPTransaction<HistorySchema, Array<StoreNames<HistorySchema>>, 'readwrite'>;

/**
 * Runs `work` in one read-write transaction over both stores and resolves once it committed. Should
 * `work` fail, the transaction is aborted, so that none of its writes stays: all or nothing.
 */
async function inTransaction<T>(work: (transaction: ReadWrite) => Promise<T>): Promise<T> {
  const transaction = (await database()).transaction(['entries', 'settings'], 'readwrite');
  try {
    const [result] = await Promise.all([work(transaction), transaction.done]);
    return result;
  } catch (error) {
    try {
      transaction.abort();
    } catch {
      // Aborted or finished already.
    }
    // Both promises settle; the second rejection has nothing more to say.
    await transaction.done.catch(() => undefined);
    throw error;
  }
}

/** Deletes, within `transaction`, the entries older than the retention and the oldest beyond the cap. */
async function pruneIn(transaction: ReadWrite, settings: HistorySettings, now: number): Promise<number> {
  const entries = transaction.objectStore('entries');
  const byTime = entries.index('at');
  const expired = await byTime.getAllKeys(IDBKeyRange.upperBound(now - (settings.retentionDays * dayMs), true));
  const left = (await entries.count()) - expired.length;
  // The oldest entries come first in the time index; the expired ones are among them.
  const excess = left > settings.maxEntries ? await byTime.getAllKeys(null, expired.length + left - settings.maxEntries) : expired;
  await Promise.all(excess.map(async (id) => entries.delete(id)));
  return excess.length;
}

/** The settings as read within `transaction`. */
async function settingsIn(transaction: ReadWrite): Promise<HistorySettings> {
  return usableSettings(await transaction.objectStore('settings').get(settingsKey));
}

/** `name: message` of whatever was thrown. */
function describeError(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? `${error.name}: ${error.message}` : String(error);
}

/** The domain of an address, lower case: after its last `@`; '' with none. */
function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1);
}

/** One recipient's diagnosis as the history keeps it. */
function entryOf(
  result: DecodeResult,
  diagnosis: RecipientDiagnosis,
  context: {readonly source: KeptSource; readonly sourceHost?: string; readonly noticeKey: string; readonly at: number},
): KeptEntry {
  const recipient = (diagnosis.recipient ?? '').trim().toLowerCase();
  const sendingIp = refusedIpOf(diagnosis);
  const listedDomain = listedDomainOf(diagnosis);
  return {
    at: context.at,
    source: context.source,
    ...(context.sourceHost === undefined || context.sourceHost === '' ? {} : {sourceHost: context.sourceHost.toLowerCase()}),
    noticeKey: context.noticeKey,
    recipient,
    domain: domainOf(recipient),
    kind: result.kind,
    ...(diagnosis.replyCode === undefined ? {} : {replyCode: diagnosis.replyCode.code}),
    ...(diagnosis.status === undefined ? {} : {status: diagnosis.status.code}),
    reason: diagnosis.reason.id,
    ...(diagnosis.provider === undefined ? {} : {provider: diagnosis.provider.id}),
    ...(diagnosis.permanent === undefined ? {} : {permanent: diagnosis.permanent}),
    hardBounce: diagnosis.hardBounce,
    action: diagnosis.action.id,
    diagnostic: diagnosis.diagnostic.slice(0, maxKeptDiagnosticLength),
    ...(sendingIp === undefined ? {} : {sendingIp}),
    ...(listedDomain === undefined ? {} : {listedDomain}),
  };
}

/**
 * Keeps a decoding: one entry per recipient of a result that found anything (kind not `none`), in one
 * transaction, then applies the retention. A recipient of the same notice kept before (same
 * `noticeKey`, same recipient) is a duplicate, not added again. Never rejects: with keeping off it
 * answers `{ok: false, reason: 'off'}`; when the browser refuses the write (a full disk, a quota,
 * private browsing without IndexedDB) it answers `{ok: false, reason: 'refused', message}`, and
 * nothing kept before is lost.
 *
 * @example
 * await keepDecoding(decodeText('550 5.1.1 <x@example.com>: User unknown'), {source: 'paste', noticeKey: await noticeKeyOf(text)})
 * //=> {ok: true, added: 1, duplicates: 0}
 */
export async function keepDecoding(
  result: DecodeResult,
  context: {readonly source: KeptSource; readonly sourceHost?: string; readonly noticeKey: string; readonly at?: number},
): Promise<KeepOutcome> {
  const at = context.at ?? Date.now();
  try {
    return await inTransaction(async (transaction): Promise<KeepOutcome> => {
      const settings = await settingsIn(transaction);
      if (!settings.keep) {
        return {ok: false, reason: 'off'};
      }

      const recipients = result.kind === 'none' ? [] : result.recipients;
      const entries = transaction.objectStore('entries');
      const notices = entries.index('notice');
      let added = 0;
      let duplicates = 0;
      // One after another: a notice naming one recipient twice must find the first one's entry.
      for (const diagnosis of recipients) {
        const entry = entryOf(result, diagnosis, {...context, at});
        if (await notices.getKey([entry.noticeKey, entry.recipient]) === undefined) {
          await entries.add(entry);
          added++;
        } else {
          duplicates++;
        }
      }

      if (added > 0) {
        await pruneIn(transaction, settings, Date.now());
      }
      return {ok: true, added, duplicates};
    });
  } catch (error) {
    return {ok: false, reason: 'refused', message: describeError(error)};
  }
}

/** The index and range that narrow `query` most, and the fields left to check entry by entry. */
function plan(query: HistoryQuery): {index: 'at' | `${IndexedField}+at`; range: IDBKeyRange | null} {
  const since = query.since ?? Number.NEGATIVE_INFINITY;
  const until = query.until ?? Number.POSITIVE_INFINITY;
  const field = indexedFields.find((name) => query[name] !== undefined);
  if (field !== undefined) {
    const value = query[field]!;
    return {index: `${field}+at`, range: IDBKeyRange.bound([value, since], [value, until], false, query.until !== undefined)};
  }

  if (query.since === undefined && query.until === undefined) {
    return {index: 'at', range: null};
  }
  return {index: 'at', range: IDBKeyRange.bound(since, until, false, query.until !== undefined)};
}

/**
 * The entries `query` asks for, newest first. The time range and one field (provider, reason, domain,
 * sending IP or source, in that order) are read through an index; the other fields and `search`
 * (part of the recipient, any case) are checked on what the index gave.
 *
 * @example
 * await readEntries({provider: 'google', since: Date.now() - 7 * 24 * 60 * 60 * 1000, search: 'EXAMPLE.COM'})
 * //=> [{recipient: 'x@example.com', provider: 'google', …}]
 */
export async function readEntries(query: HistoryQuery = {}): Promise<KeptEntry[]> {
  const {index, range} = plan(query);
  const search = query.search?.trim().toLowerCase() ?? '';
  // One getAll rather than a cursor: a cursor step per entry is far slower at 10,000 entries.
  const entries = await (await database()).getAllFromIndex('entries', index, range);
  return entries.reverse().filter((entry) => (query.since === undefined || entry.at >= query.since)
    && (query.until === undefined || entry.at < query.until)
    && indexedFields.every((field) => query[field] === undefined || entry[field] === query[field])
    && (search === '' || entry.recipient.includes(search)));
}

/** How many entries are kept. */
export async function countEntries(): Promise<number> {
  return (await database()).count('entries');
}

/** Deletes one entry by its `id`; deleting one that is gone already does nothing. */
export async function deleteEntry(id: number): Promise<void> {
  await (await database()).delete('entries', id);
}

/** Deletes every entry; the settings stay. */
export async function deleteAll(): Promise<void> {
  await (await database()).clear('entries');
}

/** The history's settings, `defaultHistorySettings` where none (or none valid) are stored. */
export async function readSettings(): Promise<HistorySettings> {
  return usableSettings(await (await database()).get('settings', settingsKey));
}

/**
 * Stores the settings and applies the retention they set at once, in one transaction. Rejects with a
 * `RangeError` (and stores nothing) when a value is out of bounds (see `settingsProblem`).
 *
 * @example
 * await writeSettings({keep: true, retentionDays: 30, maxEntries: 5000})
 */
export async function writeSettings(settings: HistorySettings): Promise<void> {
  const problem = settingsProblem(settings);
  if (problem !== undefined) {
    throw new RangeError(problem);
  }

  const {keep, retentionDays, maxEntries} = settings;
  await inTransaction(async (transaction) => {
    await transaction.objectStore('settings').put({keep, retentionDays, maxEntries}, settingsKey);
    await pruneIn(transaction, {keep, retentionDays, maxEntries}, Date.now());
  });
}

/**
 * Deletes the entries older than the settings' `retentionDays` and then the oldest beyond their
 * `maxEntries`; answers how many it deleted.
 *
 * @example
 * await pruneHistory()
 * //=> 3
 */
export async function pruneHistory(now: number = Date.now()): Promise<number> {
  return inTransaction(async (transaction) => pruneIn(transaction, await settingsIn(transaction), now));
}

/** How much of a raw message is searched for its header block. */
const maxHeaderBlock = 64 * 1024;

/** A header field's first line (`Name: value`); RFC 5322's field names are printable ASCII but the colon. */
const headerLine = /^[\x21-\x39\x3b-\x7e]+:/;

/**
 * The Message-ID in the top header block of `text`, or `undefined`: only when the text starts as a
 * message does (an optional mbox `From ` line, then header fields up to the first blank line); a
 * pasted reply line has none, and a Message-ID quoted further down belongs to another message.
 */
function messageIdIn(text: string): string | undefined {
  const lines = text.slice(0, maxHeaderBlock).split(/\r\n|\r|\n/);
  let field = '';
  let messageId: string | undefined;
  const finish = (): void => {
    const match = /^message-id:\s*(.*)$/is.exec(field);
    if (match && messageId === undefined) {
      messageId = match[1];
    }
  };
  for (const [index, line] of lines.entries()) {
    if (index === 0 && line.startsWith('From ')) {
      continue;
    }

    if (/^[ \t]/.test(line) && field !== '') {
      field += line;
    } else if (headerLine.test(line)) {
      finish();
      field = line;
    } else {
      // The blank line that ends the header block, or a line no header block holds.
      break;
    }
  }
  finish();
  return messageId;
}

/** `<ABC@Example.COM>` (and any comment after it) → `abc@example.com`; '' when nothing is left. */
function normalizedMessageId(messageId: string): string {
  const bracketed = /<([^<>]*)>/.exec(messageId)?.[1] ?? messageId;
  return bracketed.trim().replace(/^<+|>+$/g, '').trim().toLowerCase();
}

/** The bytes with CRLF and lone CR made LF, and trailing line ends dropped: the same text however it was saved. */
function unifiedLineEnds(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (byte === 13) {
      out[length++] = 10;
      if (bytes[index + 1] === 10) {
        index++;
      }
    } else {
      out[length++] = byte;
    }
  }
  while (length > 0 && out[length - 1] === 10) {
    length--;
  }
  return out.slice(0, length);
}

/**
 * What identifies a notice across openings: its Message-ID (given, or read from the raw message's top
 * header block), angle brackets trimmed and in lower case; else `sha256:` and the hex SHA-256 of the
 * text with its line ends unified (CRLF, CR and LF alike; trailing line ends dropped), the text read
 * as UTF-8 when given as a string.
 *
 * @example
 * await noticeKeyOf('Message-ID: <ABC@mx.example>\r\nSubject: Undelivered Mail\r\n\r\n…')
 * //=> 'abc@mx.example'
 * await noticeKeyOf('550 5.1.1 User unknown')
 * //=> 'sha256:…'
 */
export async function noticeKeyOf(input: string | Uint8Array, messageId?: string): Promise<string> {
  const text = typeof input === 'string' ? input : new TextDecoder('latin1').decode(input.subarray(0, maxHeaderBlock));
  const id = normalizedMessageId(messageId ?? messageIdIn(text) ?? '');
  if (id !== '') {
    return id;
  }

  const bytes = unifiedLineEnds(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
