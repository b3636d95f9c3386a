// The built command line (dist/cli/decode.mjs), run as a child process the way people run it.

import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {toJsonRecord} from '../../src/cli/format.ts';
import {maxInputBytes} from '../../src/cli/read-input-file.ts';
import {decode} from '../../src/decoder/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist', 'cli', 'decode.mjs');
const examples = path.join(root, 'public', 'examples');
const example = (name: string) => path.join(examples, name);

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command line with `args`, writing `stdin` to it when given. */
function runCli(args: readonly string[], stdin?: string | Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: root, stdio: ['pipe', 'pipe', 'pipe']});
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    // The command stops reading an oversize input early: the rest of our write then fails.
    child.stdin.on('error', () => {});
    child.stdin.end(stdin);
    child.on('error', reject);
    child.on('close', (status) => resolve({
      status,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
    }));
  });
}

/** The JSON lines of a run, parsed. */
function jsonLines(run: Run): unknown[] {
  return run.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
}

let scratch = '';

beforeAll(() => {
  // Always build: a dist/cli left from an older source would test the wrong thing.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli'], {cwd: root, stdio: 'pipe'});
  scratch = mkdtempSync(path.join(tmpdir(), 'bounce-decode-test-'));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

const gmailRecord = {
  file: example('gmail-address-not-found.eml'),
  kind: 'bounce',
  recipients: [{
    recipient: 'jane.doe@example.com', replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true, permanent: true,
    provider: 'google', action: 'suppress', diagnostic: expect.stringContaining('550 5.1.1  https://support.google.com/mail/?p=NoSuchUser') as unknown,
  }],
};

describe('bounce-decode --json', () => {
  test.each<[string, string, unknown]>([
    ['a Gmail delivery status notification', 'gmail-address-not-found.eml', gmailRecord],
    ['a Postfix delay notice', 'postfix-mailbox-full-delay.eml', {
      file: example('postfix-mailbox-full-delay.eml'),
      kind: 'delay',
      recipients: [{
        recipient: 'bob@example.com', replyCode: '452', status: '4.2.2', reason: 'mailboxfull', hardBounce: false, permanent: false,
        provider: null, action: 'wait', diagnostic: 'Diagnostic-Code: smtp; 452 4.2.2 <bob@example.com>: Mailbox full',
      }],
    }],
    ['a Postfix log line', 'postfix-log-blocklisted.txt', {
      file: example('postfix-log-blocklisted.txt'),
      kind: 'bounce',
      recipients: [{
        recipient: 'pat@example.org', replyCode: '554', status: '5.7.1', reason: 'blocked', hardBounce: false, permanent: true,
        provider: 'spamhaus', action: 'request-delisting', diagnostic: readFileSync(example('postfix-log-blocklisted.txt'), 'utf8').trim(),
      }],
    }],
  ])('prints one JSON object for %s', async (_name, file, record) => {
    const run = await runCli(['--json', example(file)]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(jsonLines(run)).toStrictEqual([record]);
  });

  test('gives the keys in the documented order', async () => {
    const run = await runCli(['--json', example('gmail-address-not-found.eml')]);
    const [line] = jsonLines(run) as [{recipients: object[]}];
    expect(Object.keys(line)).toStrictEqual(['file', 'kind', 'recipients']);
    expect(Object.keys(line.recipients[0]!)).toStrictEqual([
      'recipient', 'replyCode', 'status', 'reason', 'hardBounce', 'permanent', 'provider', 'action', 'diagnostic',
    ]);
  });

  test.each<[string, string, unknown]>([
    ['no address, no enhanced code, no provider', '550 Requested action not taken: mailbox unavailable', {
      recipient: null, replyCode: '550', status: null, reason: 'userunknown', hardBounce: true, permanent: true, provider: null,
      action: 'suppress', diagnostic: '550 Requested action not taken: mailbox unavailable',
    }],
    ['no reply code, no class', 'Feedback-Type: abuse\nUser-Agent: ExampleFBL/1.0\nVersion: 1\n', {
      recipient: null, replyCode: null, status: null, reason: 'feedback', hardBounce: false, permanent: null, provider: null,
      action: 'suppress', diagnostic: 'Feedback-Type: abuse',
    }],
  ])('gives null for absent values (%s)', async (_name, input, recipient) => {
    const run = await runCli(['--json', '-'], input);
    expect(run.status).toBe(0);
    const [line] = jsonLines(run) as [{recipients: unknown[]}];
    expect(line.recipients).toStrictEqual([recipient]);
  });

  test.each([
    ['a note', 'Hi Bob, are we still on for lunch on Thursday?\n'],
    ['an empty input', ''],
    ['an ordinary email', 'From: Sam <sam@example.net>\nTo: bob@example.com\nSubject: Lunch\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nThursday at noon?\n'],
    ['binary bytes', new Uint8Array([0, 255, 1, 254, 13, 10, 0x1b, 0x9b])],
  ])('gives kind none for %s', async (_name, input) => {
    const run = await runCli(['--json', '-'], input);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(jsonLines(run)).toStrictEqual([{file: '-', kind: 'none', recipients: []}]);
  });

  test('reads standard input for -', async () => {
    const run = await runCli(['--json', '-'], readFileSync(example('gmail-address-not-found.eml')));
    expect(run.status).toBe(0);
    expect(jsonLines(run)).toStrictEqual([{...gmailRecord, file: '-'}]);
  });

  test('decodes every input in order, one line each', async () => {
    const files = readdirSync(examples).filter((name) => name !== 'README.md').map(example);
    const run = await runCli(['--json', ...files, '-'], 'no failure here');
    expect(run).toMatchObject({status: 0, stderr: ''});
    const lines = jsonLines(run) as {file: string}[];
    expect(lines.map((line) => line.file)).toStrictEqual([...files, '-']);
  });

  test('gives for each example what the decoder gives in process', async () => {
    const files = readdirSync(examples).filter((name) => name !== 'README.md').map(example);
    const run = await runCli(['--json', ...files]);
    const expected = await Promise.all(files.map(async (file) => toJsonRecord(file, await decode(readFileSync(file)))));
    // Through JSON, as the command line gives them: `undefined` fields are dropped there.
    expect(jsonLines(run)).toStrictEqual(JSON.parse(JSON.stringify(expected)));
  });

  test('keeps control characters of the input, escaped', async () => {
    const input = '550 5.1.1 \u001b[2J user unknown \u009b31m \u2028';
    const run = await runCli(['--json', '-'], input);
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const [line] = jsonLines(run) as [{recipients: {diagnostic: string}[]}];
    expect(line.recipients[0]!.diagnostic).toBe(input);
  });
});

describe('bounce-decode inputs that cannot be decoded', () => {
  test.each<[string, () => string, RegExp]>([
    ['a missing file', () => path.join(scratch, 'missing.eml'), /^no such file or directory$/],
    ['a directory', () => scratch, /^is a directory$/],
    ['a file over the size cap', () => {
      const file = path.join(scratch, 'huge.txt');
      writeFileSync(file, Buffer.alloc(maxInputBytes + 1, 'a'));
      return file;
    }, /^input too large \(10485761 bytes, over the 10 MiB limit\), not decoded$/],
  ])('gives {file, error} for %s, decodes the others and exits with 1', async (_name, makeFile, error) => {
    const file = makeFile();
    const run = await runCli(['--json', file, example('gmail-address-not-found.eml')]);
    expect(run).toMatchObject({status: 1, stderr: ''});
    const [failed, decoded] = jsonLines(run) as [{file: string; error: string}, unknown];
    expect(Object.keys(failed)).toStrictEqual(['file', 'error']);
    expect(failed.file).toBe(file);
    expect(failed.error).toMatch(error);
    expect(decoded).toStrictEqual(gmailRecord);
  });

  test('accepts a file of exactly the size cap', async () => {
    const file = path.join(scratch, 'at-cap.txt');
    writeFileSync(file, Buffer.alloc(maxInputBytes, 'a'));
    const run = await runCli(['--json', file]);
    expect(run.status).toBe(0);
    expect(jsonLines(run)).toStrictEqual([{file, kind: 'none', recipients: []}]);
  });

  test('refuses standard input over the size cap', async () => {
    const run = await runCli(['--json', '-'], Buffer.alloc(maxInputBytes + 100_000, '550 5.1.1 '));
    expect(run.status).toBe(1);
    expect(jsonLines(run)).toStrictEqual([{file: '-', error: 'input too large (over the 10 MiB limit), not decoded'}]);
  });

  test('reads standard input only once', async () => {
    const run = await runCli(['--json', '-', '-'], 'no failure here');
    expect(run.status).toBe(1);
    expect(jsonLines(run)).toStrictEqual([
      {file: '-', kind: 'none', recipients: []},
      {file: '-', error: 'standard input was already read (- given twice)'},
    ]);
  });
});

describe('bounce-decode readable summary', () => {
  test('names the file, the kind and every finding per recipient', async () => {
    const run = await runCli([example('gmail-address-not-found.eml')]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`${example('gmail-address-not-found.eml')}: bounce (raw-message), 1 recipient`);
    expect(lines.slice(1, 11).map((line) => line.trim().replace(/\s+/g, ' '))).toStrictEqual([
      'jane.doe@example.com',
      expect.stringMatching(/^reply code: 550 \S/) as unknown,
      'status: 5.1.1 Permanent Failure / Addressing Status / Bad destination mailbox address',
      // Google documents 5.1.1 itself: its meaning, and whose it is, come under the registry's.
      expect.stringMatching(/^meaning: .+ \(Google \(Gmail \/ Google Workspace\)'s meaning of 5\.1\.1\)$/) as unknown,
      expect.stringMatching(/^reason: .+ \(userunknown\)$/) as unknown,
      'hard bounce: yes',
      'failure: permanent',
      'provider: Google (Gmail / Google Workspace)',
      expect.stringMatching(/^action: \S/) as unknown,
      expect.stringMatching(/^diagnostic: Diagnostic-Code: smtp; 550-5\.1\.1 The email account .* - gsmtp$/) as unknown,
    ]);
  });

  test('shows a provider code and temporary failures', async () => {
    const run = await runCli([example('yahoo-tss04-deferral.txt')]);
    expect(run.stdout).toContain('provider:    Yahoo / AOL, code TSS04\n');
    expect(run.stdout).toContain('failure:     temporary\n');
    expect(run.stdout).toContain('(recipient not named)\n');
  });

  test('says so when there is no failure', async () => {
    const run = await runCli(['-'], 'Thursday at noon?');
    expect(run).toStrictEqual({status: 0, stdout: '-: none (text): no delivery failure found\n\n', stderr: ''});
  });

  test('reports an unreadable file on standard error and still decodes the others', async () => {
    const missing = path.join(scratch, 'missing.eml');
    const run = await runCli([missing, example('postfix-log-blocklisted.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`bounce-decode: ${missing}: no such file or directory\n`);
    expect(run.stdout).toMatch(/^\S*postfix-log-blocklisted\.txt: bounce \(text\), 1 recipient\n/);
  });

  test('never prints control characters of the input', async () => {
    const run = await runCli(['-'], '550 5.1.1 \u001b[2J\u001b]0;title\u0007 user unknown \u009b31m \u202e');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('diagnostic:  550 5.1.1 \uFFFD[2J\uFFFD]0;title\uFFFD user unknown \uFFFD31m \uFFFD\n');
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('bounce-decode arguments', () => {
  test.each([[['--help']], [['-h']], [['--json', '--help', 'file.eml']]])('%j prints the usage', async (args) => {
    const run = await runCli(args);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(run.stdout).toMatch(/^Usage: bounce-decode \[--json\] FILE\.\.\.\n/);
    expect(run.stdout).toContain('--json');
  });

  test.each<[string[], string]>([
    [['--bogus', 'file.eml'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--JSON', 'file.eml'], 'unknown option --JSON'],
    [[], 'no input: name one or more files, or - for standard input'],
    [['--json'], 'no input: name one or more files, or - for standard input'],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`bounce-decode: ${message}\nUsage: bounce-decode [--json] FILE...\nRun bounce-decode --help for more.\n`);
  });

  test('-- ends the options', async () => {
    const directory = path.join(scratch, 'dashes');
    mkdirSync(directory, {recursive: true});
    writeFileSync(path.join(directory, '--json'), 'no failure here');
    const run = await runCli(['--json', '--', '--json'].map((arg, index) => index === 2 ? path.relative(root, path.join(directory, arg)) : arg));
    expect(run.status).toBe(0);
    expect(jsonLines(run)).toStrictEqual([{file: path.relative(root, path.join(directory, '--json')), kind: 'none', recipients: []}]);
  });
});
