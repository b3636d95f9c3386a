/**
 * One message decoded and put in the output's form: the same code runs in the main thread (a few
 * inputs) and in each worker (many), so both give the same bytes.
 */
import {decode} from '../decoder/index.ts';
import {csvRows} from './csv-rows.ts';
import {toJsonRecord} from '../shared/json-record.ts';
import {jsonLine, summary} from './format.ts';
import {groupKeys, type GroupKey} from './group-table.ts';

/** The output forms: the readable summary per input, `--json`, `--csv`, `--summary` (the group table). */
export type OutputForm = 'text' | 'json' | 'csv' | 'summary';

/** A decoded message as output (`keys` for the group table), or why it could not be decoded. */
export type Outcome = {readonly text: string; readonly keys?: readonly GroupKey[]} | {readonly error: string};

/** What is decoded: one message, and where it came from. */
export interface Job {
  readonly file: string;
  readonly message?: number;
  readonly bytes: Uint8Array;
}

/**
 * Decodes one message into `form`.
 *
 * @example
 * await decodeMessage({file: '-', bytes: new TextEncoder().encode('hi')}, 'json')
 * //=> {text: '{"file":"-","kind":"none","recipients":[]}\n'}
 */
export async function decodeMessage({file, message, bytes}: Job, form: OutputForm): Promise<Outcome> {
  try {
    const result = await decode(bytes);
    if (form === 'json') return {text: jsonLine(toJsonRecord(result, {file, message}))};
    if (form === 'csv') return {text: csvRows(file, message, result)};
    if (form === 'summary') return {text: '', keys: groupKeys(result)};
    return {text: summary(file, result, message)};
  } catch (error) {
    // decode() promises never to throw; if it ever does, the other inputs still get decoded.
    return {error: `decoder failed: ${error instanceof Error ? error.message : String(error)}`};
  }
}
