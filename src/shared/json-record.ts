/**
 * One recipient's diagnosis as a flat record: the command line's `--json` lines, the popup's "Copy
 * JSON" and its CSV all give these fields, with these names and ids, so a record copied from one
 * reads like one printed by the other.
 */
import type {DecodeResult, RecipientDiagnosis} from '../decoder/types.ts';

/** One recipient in the JSON form: codes and ids as strings, `null` where the decoder found nothing. */
export interface JsonRecipient {
  readonly recipient: string | null;
  readonly replyCode: string | null;
  readonly status: string | null;
  readonly reason: string;
  readonly hardBounce: boolean;
  readonly permanent: boolean | null;
  readonly provider: string | null;
  readonly action: string;
  readonly diagnostic: string | null;
}

/** The JSON form of one recipient. */
export function jsonRecipient(recipient: RecipientDiagnosis): JsonRecipient {
  return {
    recipient: recipient.recipient ?? null,
    replyCode: recipient.replyCode?.code ?? null,
    status: recipient.status?.code ?? null,
    reason: recipient.reason.id,
    hardBounce: recipient.hardBounce,
    permanent: recipient.permanent ?? null,
    provider: recipient.provider?.id ?? null,
    action: recipient.action.id,
    diagnostic: recipient.diagnostic === '' ? null : recipient.diagnostic,
  };
}

/** Where an input came from: its file, and for a member of an mbox its number, counted from 1. */
export interface RecordOrigin {
  readonly file?: string;
  readonly message?: number;
}

/**
 * One decoded input in the JSON form, or one that could not be read. Described field by field in
 * schema/decode-record.schema.json; the command line prints one per line with `--json`.
 */
export type JsonRecord =
  | (RecordOrigin & {readonly kind: DecodeResult['kind']; readonly recipients: readonly JsonRecipient[]})
  | (RecordOrigin & {readonly error: string});

/**
 * The JSON form of one decoded input, with where it came from when that is known.
 *
 * @example
 * toJsonRecord(await decodeText('550 5.1.1 <ann@example.com>: User unknown'), {file: 'paste.txt'})
 * //=> {file: 'paste.txt', kind: 'bounce', recipients: [{recipient: 'ann@example.com', replyCode: '550', ...}]}
 */
export function toJsonRecord(result: DecodeResult, origin: RecordOrigin = {}): JsonRecord {
  const recipients = result.recipients.map(jsonRecipient);
  // The origin's fields first and only when known, so that a record reads the same from every tool.
  return {
    ...(origin.file === undefined ? {} : {file: origin.file}),
    ...(origin.message === undefined ? {} : {message: origin.message}),
    kind: result.kind,
    recipients,
  };
}
