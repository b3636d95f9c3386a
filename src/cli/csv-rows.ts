/**
 * The command line's `--csv`: one row per failed recipient, with where it came from (the file, and
 * the message's number in an mbox) and the sending IP its reply names. RFC 4180: fields quoted when
 * they must be, CRLF line ends; cells a spreadsheet would run as formulas are kept as text by the
 * extension's own `csvCell`, as bounce text is hostile.
 */
import type {DecodeResult} from '../decoder/index.ts';
import {csvCell} from '../shared/csv.ts';
import {jsonRecipient} from '../shared/json-record.ts';
import {refusedIpOf} from '../shared/refused-ips.ts';
import {failedRecipients, recipientDomain} from './failures.ts';

/** The columns, named as the JSON record names its fields. */
export const csvColumns = [
  'file', 'message', 'recipient', 'domain', 'replyCode', 'status', 'reason', 'permanent', 'hardBounce', 'provider',
  'sendingIp', 'diagnostic',
] as const;

/** The header row, CRLF included. */
export const csvHeader = `${csvColumns.join(',')}\r\n`;

/**
 * The rows of one decoded message, each ending in CRLF; none when no recipient failed.
 *
 * @example
 * csvRows('a.eml', undefined, {kind: 'none', format: 'text', recipients: []}) //=> ''
 */
export function csvRows(file: string, message: number | undefined, result: DecodeResult): string {
  let rows = '';
  for (const recipient of failedRecipients(result)) {
    const record = jsonRecipient(recipient);
    const cells = [
      file, message === undefined ? null : String(message), record.recipient, recipientDomain(recipient.recipient) ?? null,
      record.replyCode, record.status, record.reason, record.permanent, record.hardBounce, record.provider,
      refusedIpOf(recipient) ?? null, record.diagnostic,
    ];
    rows += `${cells.map(csvCell).join(',')}\r\n`;
  }
  return rows;
}
