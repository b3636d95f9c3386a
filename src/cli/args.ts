/**
 * The command line's arguments: `[--json] FILE...`, where `-` is standard input and `--` ends the
 * options (for file names that start with a dash).
 */

export interface CliOptions {
  /** One JSON object per input, one per line, instead of the readable summary. */
  readonly json: boolean;
  readonly help: boolean;
  /** Paths in the order given; `-` is standard input. */
  readonly files: readonly string[];
}

/** A mistake in the arguments: the command prints it with the usage and exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const usage = `Usage: bounce-decode [--json] FILE...

Explains why each email bounced: the reply and status codes, the reason, whether the address is
dead (hard bounce), the provider and what to do. A FILE is a raw message (.eml), a webhook payload
(JSON from Amazon SES, SendGrid, Mailgun or Postmark) or plain text such as a log line; - reads
standard input.

Options:
  --json      one JSON object per input, each on its own line:
              {"file", "kind", "recipients": [{"recipient", "replyCode", "status", "reason",
              "hardBounce", "permanent", "provider", "action", "diagnostic"}]}
              (absent values are null; an input that cannot be read gives {"file", "error"})
  -h, --help  show this help
  --          end of options: every later argument is a file

Exit status: 0 when every input was decoded, 1 when an input could not be read or was too
large, 2 for a mistake in the arguments.
`;

/**
 * Reads the arguments (without `node` and the script).
 *
 * @example
 * parseArguments(['--json', 'a.eml', '-']).files
 * //=> ['a.eml', '-']
 */
export function parseArguments(argv: readonly string[]): CliOptions {
  let json = false;
  let help = false;
  const files: string[] = [];
  let optionsEnded = false;
  for (const argument of argv) {
    if (optionsEnded || argument === '-' || !argument.startsWith('-')) {
      files.push(argument);
    } else if (argument === '--') {
      optionsEnded = true;
    } else if (argument === '--json') {
      json = true;
    } else if (argument === '--help' || argument === '-h') {
      help = true;
    } else {
      throw new UsageError(`unknown option ${argument}`);
    }
  }
  if (!help && files.length === 0) throw new UsageError('no input: name one or more files, or - for standard input');
  return {json, help, files};
}
