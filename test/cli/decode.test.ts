// The built command line (dist/cli/decode.mjs), run as a child process the way people run it: one
// file, so that one build serves every test (two files building at once would empty dist/cli under
// each other).

import {execFileSync, spawn} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {csvHeader} from '../../src/cli/csv-rows.ts';
import {toJsonRecord} from '../../src/shared/json-record.ts';
import {maxInputBytes} from '../../src/cli/read-input-file.ts';
import {decode} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist', 'cli', 'decode.mjs');
const examples = path.join(root, 'public', 'examples');
const example = (name: string) => path.join(examples, name);
const corpus = path.join(root, 'test', 'corpus', 'eml');

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
function jsonLines(run: Run): Record<string, unknown>[] {
  return run.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Through JSON, as the command line gives records: `undefined` fields are dropped there. */
function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The first line break of `text` and what follows it. */
function afterFirstLine(text: string): string {
  const end = /\r\n|\r|\n/.exec(text);
  return end ? text.slice(end.index + end[0].length) : '';
}

let scratch = '';
/** Every corpus email, sorted. */
let corpusFiles: string[] = [];
/** Each corpus email's one message: without the `From ` line some of the files begin with. */
let messages: Buffer[] = [];

beforeAll(() => {
  // Always build: a dist/cli left from an older source would test the wrong thing.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), 'cli'], {cwd: root, stdio: 'pipe'});
  scratch = mkdtempSync(path.join(tmpdir(), 'bounce-decode-test-'));
  corpusFiles = readdirSync(corpus, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.eml'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  messages = corpusFiles.map((file) => {
    const text = readFileSync(file, 'latin1');
    return Buffer.from(text.startsWith('From ') ? afterFirstLine(text) : text, 'latin1');
  });
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
    const expected = await Promise.all(files.map(async (file) => toJsonRecord(await decode(readFileSync(file)), {file})));
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
    ['an empty folder', () => {
      const folder = path.join(scratch, 'empty');
      mkdirSync(folder, {recursive: true});
      return folder;
    }, /^no files in this folder$/],
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

  test.each([
    ['names the blocklist a provider\'s server quoted', '550 5.7.1 Service unavailable, Client host [198.51.100.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7 AS(1450) [AM7EUR03FT021.eop-EUR03.prod.protection.outlook.com]', 'provider:    Microsoft 365 / Exchange Online, code AS(1450)\n    blocklist:   Spamhaus'],
    ['names a blocklist no provider quoted once, as the provider', '554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org', 'provider:    Spamhaus (DNS blocklist)\n    action:'],
  ])('%s', async (_name, input, shown) => {
    const run = await runCli(['-'], input);
    expect(run.stdout).toContain(shown);
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
    // The right-to-left override never reaches the printer: the decoder drops direction marks (they spell nothing).
    expect(run.stdout).toContain('diagnostic:  550 5.1.1 \uFFFD[2J\uFFFD]0;title\uFFFD user unknown \uFFFD31m\n');
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('bounce-decode arguments', () => {
  test.each([[['--help']], [['-h']], [['--json', '--help', 'file.eml']]])('%j prints the usage', async (args) => {
    const run = await runCli(args);
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(run.stdout).toMatch(/^Usage: bounce-decode \[--json \| --csv \| --summary\] \[--jobs N\] FILE\.\.\.\n/);
    expect(run.stdout).toContain('--json');
  });

  test.each<[string[], string]>([
    [['--bogus', 'file.eml'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['--JSON', 'file.eml'], 'unknown option --JSON'],
    [[], 'no input: name one or more files, or - for standard input'],
    [['--json'], 'no input: name one or more files, or - for standard input'],
    [['--json', '--csv', 'file.eml'], '--json and --csv cannot be used together'],
    [['--jobs', '0', 'file.eml'], '--jobs takes a number of threads from 1 to 256'],
  ])('%j is a usage error: exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`bounce-decode: ${message}\nUsage: bounce-decode [--json | --csv | --summary] [--jobs N] FILE...\nRun bounce-decode --help for more.\n`);
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

/** The messages as one mboxrd: a `From ` line before each, `>` before every `>…>From ` line. */
function mboxOf(members: readonly Buffer[]): Buffer {
  return Buffer.from(members.map((bytes) => {
    const text = bytes.toString('latin1').replace(/^(>*From )/gm, '>$1');
    return `From MAILER-DAEMON Thu Dec  3 07:00:00 2026\n${text}${/[\r\n]$/.test(text) ? '' : '\n'}\n`;
  }).join(''), 'latin1');
}

describe('bounce-decode on the corpus as an mbox and as a maildir', () => {
  test('an mbox: one JSON line per message, with file and message, as each message decodes alone', async () => {
    const mbox = path.join(scratch, 'corpus.mbox');
    writeFileSync(mbox, mboxOf(messages));
    const run = await runCli(['--json', mbox]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const expected = await Promise.all(messages.map(async (bytes, index) => toJsonRecord(await decode(bytes), {file: mbox, message: index + 1})));
    expect(jsonLines(run)).toStrictEqual(viaJson(expected));
  }, 120_000);

  test('a maildir: one JSON line per file, in name order, without a message number', async () => {
    const maildir = path.join(scratch, 'Maildir');
    for (const folder of ['cur', 'new', 'tmp']) mkdirSync(path.join(maildir, folder), {recursive: true});
    // The first half read, the second new; one being delivered in tmp/ is not read.
    const names = messages.map((bytes, index) => {
      const name = path.join(maildir, index < messages.length / 2 ? 'cur' : 'new', `${String(index).padStart(4, '0')}.M1P1.host${index < messages.length / 2 ? ':2,S' : ''}`);
      writeFileSync(name, bytes);
      return name;
    });
    writeFileSync(path.join(maildir, 'tmp', '9999.M1P1.host'), messages[0]!);
    const run = await runCli(['--json', maildir]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const expected = await Promise.all(messages.map(async (bytes, index) => toJsonRecord(await decode(bytes), {file: names[index]!})));
    expect(jsonLines(run)).toStrictEqual(viaJson(expected));
  }, 120_000);

  // The build leaves out rule fields the decoder does not read (vite.config.ts, withoutCitations):
  // one it does read would make the command line decide otherwise than the source. Every family's
  // subjects are read (a pasted notice under its subject line, a message's Subject), its template words too.
  test('decides as the source does on texts made of every family\'s subjects and words', async () => {
    const texts = mtaFamilies.flatMap((family) => [
      ...(family.subjects ?? []).flatMap((subject) => [
        `${subject.text}\nThis message could not be delivered.\n`,
        `${subject.text}\n\n<bob@example.org>: 550 sorry\n`,
        `From: MAILER-DAEMON@example.net\nSubject: ${subject.text} Quarterly report\n\nbob@example.org\n`,
        // A sender no notice shares: the subject alone says what the message is.
        `From: Mail Server <server@example.net>\nTo: alice@example.net\nSubject: ${subject.text}\n\nThe message to bob@example.org was returned.\n`,
      ]),
      ...[...family.permanent ?? [], ...family.temporary ?? [], ...family.bodyMarkers ?? [], ...family.writerMarkers ?? []].map((words) => `${words.text}\n\nbob@example.org\n`),
    ]);
    const folder = path.join(scratch, 'family-texts');
    mkdirSync(folder);
    const files = texts.map((text, index) => {
      const file = path.join(folder, `${String(index).padStart(5, '0')}.txt`);
      writeFileSync(file, text);
      return file;
    });
    const run = await runCli(['--json', '--jobs', '1', folder]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const expected = await Promise.all(texts.map(async (text, index) => toJsonRecord(await decode(new TextEncoder().encode(text)), {file: files[index]!})));
    expect(jsonLines(run)).toStrictEqual(viaJson(expected));
  }, 120_000);

  test('worker threads keep the inputs\' order: the same output on one thread and on four', async () => {
    const [one, four] = await Promise.all([runCli(['--json', '--jobs', '1', ...corpusFiles]), runCli(['--json', '--jobs', '4', ...corpusFiles])]);
    expect(one).toMatchObject({status: 0, stderr: ''});
    expect(four).toStrictEqual(one);
    // Each file once, in the order given (a file that is an mbox of several gives several lines).
    const files = jsonLines(four).map((line) => line['file']);
    expect(files.filter((file, index) => file !== files[index - 1])).toStrictEqual(corpusFiles);
  }, 120_000);
});

describe('bounce-decode on a damaged mbox', () => {
  test('decodes what it can, reports the rest per message, never stops', async () => {
    const gmail = readFileSync(path.join(examples, 'gmail-address-not-found.eml'), 'latin1');
    const mbox = path.join(scratch, 'damaged.mbox');
    writeFileSync(mbox, Buffer.concat([
      Buffer.from(`From a Thu Dec  3 07:00:00 2026\n${gmail}\n`, 'latin1'),
      // Binary junk between messages: the mbox format makes it the end of the message before.
      Buffer.from([0, 0xff, 0xfe, 0x1b, 0x9b, 10, 13, 0]),
      Buffer.from(`\nFrom b Thu Dec  3 07:00:01 2026\nSubject: big\n\n${'x'.repeat(maxInputBytes)}\n`),
      Buffer.from(`From c Thu Dec  3 07:00:02 2026\n${gmail.slice(0, gmail.length / 2)}`, 'latin1'),
    ]));
    const run = await runCli(['--json', mbox, path.join(examples, 'postfix-log-blocklisted.txt')]);
    expect(run.status).toBe(1);
    const lines = jsonLines(run);
    expect(lines.map((line) => [line['file'], line['message'], line['kind'] ?? line['error']])).toStrictEqual([
      [mbox, 1, 'bounce'],
      [mbox, 2, `input too large (${'Subject: big\n\n'.length + maxInputBytes + 1} bytes, over the 10 MiB limit), not decoded`],
      // Cut in the middle: what is left still names the failure.
      [mbox, 3, 'bounce'],
      [path.join(examples, 'postfix-log-blocklisted.txt'), undefined, 'bounce'],
    ]);
  }, 60_000);

  test('reads an mbox from standard input', async () => {
    const run = await runCli(['--json', '-'], 'From a\nSubject: one\n\n550 5.1.1 <a@example.org>: user unknown\nFrom b\nSubject: two\n\nThursday at noon?\n');
    expect(run.status).toBe(0);
    expect(jsonLines(run).map((line) => [line['file'], line['message'], line['kind']])).toStrictEqual([['-', 1, 'bounce'], ['-', 2, 'none']]);
  });

  test('names the message of an mbox in the readable summary', async () => {
    const run = await runCli(['-'], 'From a\nSubject: one\n\n550 5.1.1 <a@example.org>: user unknown\n');
    expect(run.stdout).toMatch(/^- \(message 1\): bounce \([a-z-]+\), 1 recipient\n/);
  });
});

describe('bounce-decode --csv', () => {
  test('a header row, then one row per failed recipient, RFC 4180 with CRLF', async () => {
    const files = ['gmail-address-not-found.eml', 'postfix-log-blocklisted.txt'].map((name) => path.join(examples, name));
    const run = await runCli(['--csv', ...files, '-'], 'Thursday at noon?');
    expect(run).toMatchObject({status: 0, stderr: ''});
    expect(run.stdout.startsWith(csvHeader)).toBe(true);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const rows = run.stdout.split('\r\n').slice(1, -1);
    // The Gmail diagnostic spans lines: quoted, so its row holds line breaks.
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toContain(`\r\n${files[0]},,jane.doe@example.com,example.com,550,5.1.1,userunknown,true,true,google,,"`);
    expect(rows.at(-1)).toMatch(new RegExp(`^${files[1]!.replaceAll('.', '\\.')},,pat@example\\.org,example\\.org,554,5\\.7\\.1,blocked,true,false,spamhaus,[\\d.]+,`));
  });

  test('keeps a formula of the input as text', async () => {
    const run = await runCli(['--csv', '-'], '550 5.1.1 <=cmd|calc@example.org>: user unknown =HYPERLINK("x")');
    expect(run.status).toBe(0);
    // Standard input's name, `-`, gets the guard's quote too: the guard reads no meaning into a cell.
    expect(run.stdout.split('\r\n')[1]).toBe('\'-,,\'=cmd|calc@example.org,example.org,550,5.1.1,userunknown,true,true,,,"550 5.1.1 <=cmd|calc@example.org>: user unknown =HYPERLINK(""x"")"');
  });

  test('only the header when nothing failed; an unreadable input on standard error', async () => {
    const missing = path.join(scratch, 'missing.eml');
    const run = await runCli(['--csv', missing, '-'], 'Thursday at noon?');
    expect(run).toStrictEqual({status: 1, stdout: csvHeader, stderr: `bounce-decode: ${missing}: no such file or directory\n`});
  });
});

describe('bounce-decode --summary', () => {
  test('the group table of all inputs, and nothing per input', async () => {
    const files = readdirSync(examples).filter((name) => name !== 'README.md').map((name) => path.join(examples, name));
    const run = await runCli(['--summary', ...files]);
    expect(run).toMatchObject({status: 0, stderr: ''});
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 5)).toStrictEqual([
      `Messages decoded: ${files.length}`,
      expect.stringMatching(/^Failed recipients: \d+$/) as unknown,
      '',
      'By provider and reason',
      expect.stringMatching(/^ {2}provider +reason +count {2}share$/) as unknown,
    ]);
    expect(run.stdout).toMatch(/\n {2}google +userunknown +\d+ +\d+\.\d%\n/);
    expect(run.stdout).toMatch(/\nBy recipient domain\n {2}domain +count {2}share\n/);
    expect(run.stdout).not.toContain(examples);
  });

  test('never prints control characters of the input', async () => {
    const run = await runCli(['--summary', '-'], '550 5.1.1 <a@\u001b[2Jevil\u202e.example>: user unknown');
    expect(run.status).toBe(0);
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('bounce-decode progress', () => {
  test('prints nothing extra on standard error when it is no terminal, even on a long run', async () => {
    const run = await runCli(['--json', '--jobs', '1', ...corpusFiles, ...corpusFiles]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  }, 120_000);
});
