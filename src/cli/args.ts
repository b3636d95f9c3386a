/**
 * The command line's arguments: `[--json | --csv | --summary] [--jobs N] FILE...`, where `-` is
 * standard input, a FILE may be a folder, and `--` ends the options (for file names that start with
 * a dash).
 */
import type {OutputForm} from './decode-message.ts';

export interface CliOptions {
  /** What is printed: a readable summary per input (`text`), JSON lines, CSV rows, or the group table. */
  readonly form: OutputForm;
  /** Threads that decode; undefined: one per free core when there is much to decode. */
  readonly jobs?: number;
  readonly help: boolean;
  /** Paths in the order given; `-` is standard input. */
  readonly files: readonly string[];
}

/** A mistake in the arguments: the command prints it with the usage and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const usage = `Usage: bounce-decode [--json | --csv | --summary] [--jobs N] FILE...

Explains why each email bounced: the reply and status codes, the reason, whether the address is
dead (hard bounce), the provider and what to do. A FILE is a raw message (.eml, .txt: any name
with an extension holds one), an mbox of many messages (named .mbox, .mbx or with no extension,
and told by its first line, "From "), a folder (every file below it, in name order; a
maildir's cur/ and new/, not tmp/ or hidden files), a webhook payload (JSON from Amazon SES,
SendGrid, Mailgun or Postmark) or plain text such as a log line; - reads standard input.

Options:
  --json      one JSON object per message, each on its own line:
              {"file", "message", "kind", "recipients": [{"recipient", "replyCode", "status",
              "reason", "hardBounce", "permanent", "provider", "action", "diagnostic"}]}
              ("message" numbers the messages of an mbox from 1, and is absent for a file of one
              message; absent values are null; a message that cannot be read gives
              {"file", "message", "error"})
  --csv       one CSV row per failed recipient (RFC 4180, CRLF), after a header row: file,
              message, recipient, domain, replyCode, status, reason, permanent, hardBounce,
              provider, sendingIp (the sending IP a refusal names), diagnostic
  --summary   the failed recipients of all inputs grouped by provider and reason, and by
              recipient domain, with counts and shares
  --jobs N    decode on N threads (default, when there are many inputs: one per core that other
              work leaves free; 1: one thread); the output keeps the inputs' order either way
  -h, --help  show this help
  --          end of options: every later argument is a file

On a terminal, a long run shows its progress on standard error.

Exit status: 0 when every input was decoded, 1 when an input or a message could not be read or
was too large, 2 for a mistake in the arguments.
`;

const forms: Readonly<Record<string, OutputForm>> = {'--json': 'json', '--csv': 'csv', '--summary': 'summary'};

/** Most threads `--jobs` takes: far beyond any core count, short of a typo's thousands. */
const maxJobs = 256;

/**
 * Reads the arguments (without `node` and the script).
 *
 * @example
 * parseArguments(['--json', 'a.eml', '-']).files
 * //=> ['a.eml', '-']
 */
export function parseArguments(argv: readonly string[]): CliOptions {
  let form: OutputForm = 'text';
  let formOption: string | undefined;
  let jobs: number | undefined;
  let help = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (optionsEnded || argument === '-' || !argument.startsWith('-')) {
      files.push(argument);
    } else if (argument === '--') {
      optionsEnded = true;
    } else if (Object.hasOwn(forms, argument)) {
      if (formOption !== undefined && formOption !== argument) throw new UsageError(`${formOption} and ${argument} cannot be used together`);
      formOption = argument;
      form = forms[argument]!;
    } else if (argument === '--jobs' || argument.startsWith('--jobs=')) {
      const value = argument === '--jobs' ? argv[++index] : argument.slice('--jobs='.length);
      if (value === undefined || !/^[1-9]\d{0,2}$/.test(value) || Number(value) > maxJobs) {
        throw new UsageError(`--jobs takes a number of threads from 1 to ${maxJobs}`);
      }
      jobs = Number(value);
    } else if (argument === '--help' || argument === '-h') {
      help = true;
    } else {
      throw new UsageError(`unknown option ${argument}`);
    }
  }
  if (!help && files.length === 0) throw new UsageError('no input: name one or more files, or - for standard input');
  return {form, ...(jobs === undefined ? {} : {jobs}), help, files};
}
