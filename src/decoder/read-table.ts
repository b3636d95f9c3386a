/**
 * A table pasted as CSV (RFC 4180) whose first line names its columns: a mail server's accounting
 * file (PowerMTA's acct-*.csv, "with a header line at the beginning of the file describing what
 * field is in which column"), a suppression list exported from a sending service. Each row becomes
 * an object keyed by the header's names, which the services' shapes (`webhook` in
 * `src/rules/mta`) read as they read an event of JSON: a table's columns are chosen by its
 * configuration, so they are known by name, never by position.
 */

/** The most rows read of one table, as of one payload's events. */
const maxRows = 5000;
/** The most of a text a table is read in. */
const maxTableLength = 256 * 1024;
/** The most columns a header names (PowerMTA's every field and a few of the original's headers). */
const maxColumns = 64;

/**
 * A header line: three or more names, comma-separated without spaces, each quoted or not. A name
 * starts with a letter or an underscore and holds no space (`dsnDiag`, `header_x-sp-message-id`,
 * `created_at`); prose ("yes, no, maybe") has spaces after its commas.
 */
const headerLine = /^\uFEFF?[ \t]*("?)[A-Za-z_][\w.-]{0,63}\1(?:,("?)[A-Za-z_][\w.-]{0,63}\2){2,63}[ \t]*\r?$/gm;

/**
 * Two names with a comma and no space between: the header line holds it, prose and a notice's
 * header fields hardly ever do (they write ", "). One search for it spares most texts the search
 * of every line for a header.
 */
const namesSideBySide = /[\w"],["A-Za-z_]/;

type Row = string[];

/**
 * The records of CSV from `start`, each a list of fields (RFC 4180: a quoted field may hold commas,
 * line breaks and doubled quotes), up to `maxRows`, a blank line or the text's end.
 */
function csvRecords(text: string, start: number): Row[] {
  const rows: Row[] = [];
  let row: Row = [];
  let field = '';
  let quoted = false;
  const end = Math.min(text.length, start + maxTableLength);
  const endField = (): void => {
    row.push(quoted ? field : field.trim());
    field = '';
    quoted = false;
  };
  let index = start;
  while (index < end) {
    const char = text[index]!;
    if (char === '"' && !quoted && field.length === 0) {
      // A quoted field: to its closing quote, a doubled quote being one quote.
      const close = closingQuote(text, index + 1, end);
      field = text.slice(index + 1, close).replaceAll('""', '"');
      quoted = true;
      index = close + 1;
    } else if (char === ',') {
      endField();
      index++;
    } else if (char === '\n') {
      endField();
      // A blank line ends the table (a pasted table is often followed by prose).
      if (row.length === 1 && row[0] === '') return rows;
      rows.push(row);
      row = [];
      // The header and `maxRows` rows.
      if (rows.length > maxRows) return rows;
      index++;
    } else {
      // Spaces before a quoted field's opening quote are not kept (they are trimmed from a bare field).
      if (char !== '\r' && !(field.length === 0 && (char === ' ' || char === '\t'))) field += char;
      index++;
    }
  }
  endField();
  if (!(row.length === 1 && row[0] === '')) rows.push(row);
  return rows;
}

/** Where the quoted field opened before `from` closes: its next quote that is not doubled. */
function closingQuote(text: string, from: number, end: number): number {
  let index = from;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote === -1 || quote >= end) return end;
    if (text[quote + 1] !== '"') return quote;
    index = quote + 2;
  }
}

/**
 * The rows of the first table in `text` whose first line names its columns, each an object of its
 * columns' names and values (a name given twice keeps its first column); undefined when the text
 * holds no header line followed by a row of as many fields. Rows end at the first one of another
 * width: what follows the table is not of it.
 */
export function readTable(text: string): Array<Record<string, string>> | undefined {
  const side = namesSideBySide.exec(text);
  if (side === null) return undefined;
  // The header is the line of the first such pair, or one after it.
  headerLine.lastIndex = text.lastIndexOf('\n', side.index) + 1;
  const header = headerLine.exec(text);
  if (header === null) return undefined;
  const [names, ...records] = csvRecords(text, header.index);
  if (names === undefined || names.length > maxColumns) return undefined;
  const rows: Array<Record<string, string>> = [];
  for (const record of records) {
    if (record.length !== names.length) break;
    // A column's name is data: no name ("__proto__", "constructor") reaches an object's prototype.
    const row = Object.create(null) as Record<string, string>;
    names.forEach((name, column) => {
      if (!Object.hasOwn(row, name)) row[name] = record[column]!;
    });
    rows.push(row);
  }
  return rows.length > 0 ? rows : undefined;
}
