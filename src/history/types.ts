/**
 * The history: every decoding the extension makes is kept on this computer (IndexedDB of the
 * extension's own origin, never synced) so that a person can group bounces and watch a fix work.
 * These are the shapes the store (`store.ts`), the grouping (`groups.ts`) and the history page share.
 */
import type {DecodeResult} from '../decoder/types.ts';

/** Where a decoding came from; `thunderbird`: a message displayed in Thunderbird, read from its raw source. */
export type KeptSource = 'webmail' | 'paste' | 'selection' | 'file' | 'thunderbird';

/** One failed (or otherwise reported) recipient of one decoded notice, as kept. */
export interface KeptEntry {
  /** The store's key, given on write. */
  readonly id?: number;
  /** When it was decoded, in milliseconds since the epoch. */
  readonly at: number;
  readonly source: KeptSource;
  /** The webmail's host (`mail.google.com`) or the page's host of a selection; none for a paste, a file or Thunderbird. */
  readonly sourceHost?: string;
  /**
   * The notice's Message-ID, or a hash of its text when it has none: with `recipient`, what makes the
   * same notice opened twice count once.
   */
  readonly noticeKey: string;
  /** Lower case; '' when the decoder found no address (kept apart, never merged with another). */
  readonly recipient: string;
  /** The recipient's domain, lower case; '' with no address. */
  readonly domain: string;
  readonly kind: DecodeResult['kind'];
  readonly replyCode?: string;
  /** The enhanced status code (RFC 3463). */
  readonly status?: string;
  /** The reason id (`src/rules/reasons`). */
  readonly reason: string;
  /** The provider id (`src/rules/providers`), when one was recognised. */
  readonly provider?: string;
  readonly permanent?: boolean;
  readonly hardBounce: boolean;
  /** The action id the rules advise. */
  readonly action: string;
  /** The server's reply as it stood, cut to `maxKeptDiagnosticLength`. */
  readonly diagnostic: string;
  /** The sending IP the reply names as refused, when it names one. */
  readonly sendingIp?: string;
  /** The domain a blocklist names in the reply, when it names one. */
  readonly listedDomain?: string;
}

/** The longest diagnostic kept per entry: a reply is a line or a few; the rest is the notice's prose. */
export const maxKeptDiagnosticLength = 2000;

/** What is kept, and for how long. Stored with the entries; read by the popup and the history page. */
export interface HistorySettings {
  /** On by default; off keeps nothing new (what is kept stays until deleted or expired). */
  readonly keep: boolean;
  /** Entries older than this many days are deleted. */
  readonly retentionDays: number;
  /** At most this many entries are kept; the oldest go first. */
  readonly maxEntries: number;
}

export const defaultHistorySettings: HistorySettings = {keep: true, retentionDays: 90, maxEntries: 10_000};

/** What a write did: how many entries were added, how many were already kept (same notice, same recipient). */
export type KeepOutcome =
  | {readonly ok: true; readonly added: number; readonly duplicates: number}
  | {readonly ok: false; readonly reason: 'off'}
  /** The browser refused the write (a full disk, a quota, private browsing): nothing kept before is lost. */
  | {readonly ok: false; readonly reason: 'refused'; readonly message: string};

/** Which entries a view reads. Every field narrows; none means all. */
export interface HistoryQuery {
  /** From this time on (ms since the epoch), inclusive. */
  readonly since?: number;
  /** Before this time (ms since the epoch). */
  readonly until?: number;
  readonly provider?: string;
  readonly reason?: string;
  readonly source?: KeptSource;
  readonly domain?: string;
  readonly sendingIp?: string;
  /** Part of an address, any case. */
  readonly search?: string;
}
