/**
 * One recipient's diagnosis as a flat record: the command line's `--json` lines, the popup's "Copy
 * JSON" and its CSV all give these fields, with these names and ids, so a record copied from one
 * reads like one printed by the other.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';

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
