import type {DecodeResult, RecipientDiagnosis} from '../decoder/index.ts';

/**
 * Which recipients the CSV and the group table count: those whose mail failed or is failing. A
 * delivery report's recipients got the mail and an auto-reply's person is away, so neither is a
 * failure; a complaint (feedback) is counted, as the address is one to suppress.
 */
const notFailures: ReadonlySet<RecipientDiagnosis['reason']['id']> = new Set(['delivered', 'vacation']);

/**
 * The failed recipients of one decoded message, in the decoder's order.
 *
 * @example
 * failedRecipients({kind: 'none', format: 'text', recipients: []}) //=> []
 */
export function failedRecipients(result: DecodeResult): RecipientDiagnosis[] {
  // A text with no delivery's outcome (a login refused) failed no recipient, whatever it explains.
  if (result.kind === 'none') return [];
  return result.recipients.filter((recipient) => !notFailures.has(recipient.reason.id));
}

/**
 * The domain of a recipient's address, lower-cased: what follows its last `@`.
 *
 * @example
 * recipientDomain('Jane@Example.COM') //=> 'example.com'
 * recipientDomain('postmaster') //=> undefined
 */
export function recipientDomain(address: string | undefined): string | undefined {
  const at = address?.lastIndexOf('@') ?? -1;
  const domain = at === -1 ? '' : address!.slice(at + 1).trim().replace(/\.$/, '').toLowerCase();
  return domain === '' ? undefined : domain;
}
