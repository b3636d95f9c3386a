/**
 * Diagnoses as CSV (RFC 4180): one header row, then one row per recipient, with the fields and ids of
 * the JSON record (`json-record.ts`). Bounce text is hostile input and CSV is opened in spreadsheets,
 * so a cell that a spreadsheet would read as a formula is kept as text.
 */
import type {RecipientDiagnosis} from '../decoder/types.ts';
import {jsonRecipient, type JsonRecipient} from './json-record.ts';

/** The columns, in the JSON record's order. */
export const csvColumns: readonly (keyof JsonRecipient)[] = [
  'recipient', 'replyCode', 'status', 'reason', 'hardBounce', 'permanent', 'provider', 'action', 'diagnostic',
];

/**
 * One cell: quoted when it holds a comma, a quote or a line break (RFC 4180 §2); a leading `=`, `+`,
 * `-`, `@`, tab or carriage return, which spreadsheets take as the start of a formula, gets a `'`
 * in front (OWASP, "CSV Injection").
 *
 * @example
 * csvCell('=HYPERLINK("x")') //=> '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The recipients as a CSV text, header first, CRLF line ends (RFC 4180). */
export function diagnosesCsv(recipients: readonly RecipientDiagnosis[]): string {
  const rows = recipients.map((recipient) => {
    const record = jsonRecipient(recipient);
    return csvColumns.map((column) => csvCell(record[column])).join(',');
  });
  return `${[csvColumns.join(','), ...rows].join('\r\n')}\r\n`;
}
