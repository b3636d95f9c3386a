import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {MessageReader, maxInputBytes, readFileMessages, tooLarge, type Piece} from '../../src/cli/read-input-file.ts';

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'bounce-decode-read-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

/** The pieces of a file holding `content`, bytes as text. */
function piecesOfFile(content: string | Buffer): unknown[] {
  const file = path.join(scratch, 'input');
  writeFileSync(file, content);
  return [...readFileMessages(file)].map((piece) => ({...piece, file: path.basename(piece.file), ...('bytes' in piece ? {bytes: Buffer.from(piece.bytes).toString('latin1')} : {})}));
}

describe('readFileMessages()', () => {
  test.each<[string, string, unknown[]]>([
    ['one message', 'Subject: x\n\n550 5.1.1 user unknown\n', [{file: 'input', bytes: 'Subject: x\n\n550 5.1.1 user unknown\n'}]],
    ['one message with a From line in its body is not split', 'Subject: x\n\nhello\nFrom here on\nSubject: y\n', [{file: 'input', bytes: 'Subject: x\n\nhello\nFrom here on\nSubject: y\n'}]],
    ['an mbox, numbered from 1', 'From a\nSubject: 1\n\n>From one\nFrom b\nSubject: 2\n', [
      {file: 'input', message: 1, bytes: 'Subject: 1\n\nFrom one\n'},
      {file: 'input', message: 2, bytes: 'Subject: 2\n'},
    ]],
    ['an mbox of one message', 'From a\nSubject: 1\n', [{file: 'input', message: 1, bytes: 'Subject: 1\n'}]],
    ['an empty file', '', [{file: 'input', bytes: ''}]],
  ])('%s', (_name, content, pieces) => {
    expect(piecesOfFile(content)).toStrictEqual(pieces);
  });

  const savedNotice = 'From MAILER-DAEMON Thu Dec  3 07:00:00 2026\nSubject: failure notice\n\nbounced E-Mail:\n\nFrom sender@example.net Thu Dec  3 06:59:00 2026\nSubject: hello\n\nhi\n';
  test.each<[string, string, number]>([
    ['an .eml file is one message, its From lines are text', 'notice.eml', 1],
    ['the same in capitals', 'NOTICE.EML', 1],
    ['a .txt file is one message', 'notice.txt', 1],
    ['a maildir file (its flags after a colon) is one message', '1733209200.M1P2.host:2,S', 1],
    ['the same text as an .mbox file is two messages', 'notice.mbox', 2],
    ['the same as an .mbx file', 'notice.MBX', 2],
    ['the same with no extension (Inbox, mbox) is two messages', 'Inbox', 2],
    ['an .mbox.eml is an .eml', 'notice.mbox.eml', 1],
  ])('by its name: %s', (_name, name, count) => {
    const file = path.join(scratch, name);
    writeFileSync(file, savedNotice);
    const pieces = [...readFileMessages(file)];
    expect(pieces).toHaveLength(count);
    if (count === 1) expect(Buffer.from((pieces[0] as {bytes: Uint8Array}).bytes).toString('latin1')).toBe(savedNotice);
  });

  test('a file of one message over the cap is refused by its size', () => {
    expect(piecesOfFile(Buffer.alloc(maxInputBytes + 1, 'a'))).toStrictEqual([{file: 'input', error: tooLarge(maxInputBytes + 1)}]);
  });

  test('an mbox over the cap is split; only its member over the cap is refused', () => {
    const big = `From a\nSubject: big\n\n${'x'.repeat(maxInputBytes)}\n`;
    expect(piecesOfFile(`From z\nSubject: 0\n\n${big}From b\nSubject: 2\n`)).toStrictEqual([
      {file: 'input', message: 1, bytes: 'Subject: 0\n\n'},
      {file: 'input', message: 2, error: tooLarge('Subject: big\n\n'.length + maxInputBytes + 1)},
      {file: 'input', message: 3, bytes: 'Subject: 2\n'},
    ]);
  });

  test('a missing file', () => {
    expect([...readFileMessages(path.join(scratch, 'missing'))]).toStrictEqual([{file: path.join(scratch, 'missing'), error: 'no such file or directory'}]);
  });
});

describe('MessageReader', () => {
  /** Pushes `first`, then `count` chunks of `chunk` while the reader wants them, then ends. */
  function read(reader: MessageReader, first: Buffer, chunk: Buffer, count: number): Piece[] {
    const pieces = [...reader.push(first)];
    for (let index = 0; index < count && !reader.done; index++) pieces.push(...reader.push(chunk));
    return [...pieces, ...reader.end()];
  }

  test('a 50 MB member of an mbox streamed in: reported by its size, the next one decoded', () => {
    const reader = new MessageReader('-');
    const mib = Buffer.alloc(1024 * 1024, 'y');
    const pieces = [...reader.push(Buffer.from('From a\nSubject: huge\n\n'))];
    for (let index = 0; index < 50; index++) pieces.push(...reader.push(mib));
    pieces.push(...reader.push(Buffer.from('\nFrom b\nSubject: 2\n')), ...reader.end());
    expect(pieces.map((piece) => 'bytes' in piece ? {...piece, bytes: Buffer.from(piece.bytes).toString()} : piece)).toStrictEqual([
      {file: '-', message: 1, error: tooLarge('Subject: huge\n\n'.length + 50 * mib.length + 1)},
      {file: '-', message: 2, bytes: 'Subject: 2\n'},
    ]);
  });

  test('a stream of one message stops being read just past the cap', () => {
    const reader = new MessageReader('-');
    const pieces = read(reader, Buffer.from('Subject: x\n\n'), Buffer.alloc(1024 * 1024, 'z'), 1000);
    expect(reader.done).toBe(true);
    expect(pieces).toStrictEqual([{file: '-', error: tooLarge()}]);
  });

  test('an mbox told from chunks of one byte', () => {
    const reader = new MessageReader('-');
    const pieces: Piece[] = [];
    for (const byte of Buffer.from('From a\r\nSubject: 1\r\n\r\nFrom b\r\nSubject: 2\r\n')) pieces.push(...reader.push(Buffer.of(byte)));
    pieces.push(...reader.end());
    expect(pieces.map((piece) => 'bytes' in piece ? [piece.message, Buffer.from(piece.bytes).toString()] : piece)).toStrictEqual([
      [1, 'Subject: 1\r\n\r\n'], [2, 'Subject: 2\r\n'],
    ]);
  });
});
