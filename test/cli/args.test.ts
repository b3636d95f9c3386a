import {describe, expect, test} from 'vitest';
import {parseArguments, UsageError} from '../../src/cli/args.ts';

describe('parseArguments()', () => {
  test.each<[string[], object]>([
    [['a.eml'], {form: 'text', help: false, files: ['a.eml']}],
    [['--json', 'a.eml', '-'], {form: 'json', help: false, files: ['a.eml', '-']}],
    [['--csv', 'maildir/'], {form: 'csv', help: false, files: ['maildir/']}],
    [['--summary', 'a.mbox', '--summary'], {form: 'summary', help: false, files: ['a.mbox']}],
    [['--jobs', '4', 'a'], {form: 'text', jobs: 4, help: false, files: ['a']}],
    [['--jobs=1', 'a'], {form: 'text', jobs: 1, help: false, files: ['a']}],
    [['--', '--csv'], {form: 'text', help: false, files: ['--csv']}],
    [['-h'], {form: 'text', help: true, files: []}],
  ])('%j', (argv, options) => {
    expect(parseArguments(argv)).toStrictEqual(options);
  });

  test.each<[string[], string]>([
    [['--json', '--csv', 'a'], '--json and --csv cannot be used together'],
    [['--summary', '--json', 'a'], '--summary and --json cannot be used together'],
    [['--jobs', 'a'], '--jobs takes a number of threads from 1 to 256'],
    [['--jobs', '0', 'a'], '--jobs takes a number of threads from 1 to 256'],
    [['--jobs=257', 'a'], '--jobs takes a number of threads from 1 to 256'],
    [['--jobs=2x', 'a'], '--jobs takes a number of threads from 1 to 256'],
    [['--jobs'], '--jobs takes a number of threads from 1 to 256'],
    [['--CSV', 'a'], 'unknown option --CSV'],
    [['--csv'], 'no input: name one or more files, or - for standard input'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(new UsageError(message));
  });
});
