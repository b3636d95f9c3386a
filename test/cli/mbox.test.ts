import {describe, expect, test} from 'vitest';
import {looksLikeMbox, MboxSplitter, unquoteFrom, type MboxMember} from '../../src/cli/mbox.ts';

/** The members of `input` pushed in chunks of `size` bytes, as text (or their size when too large). */
function split(input: string | Uint8Array, size: number, maxBytes?: number): (string | {tooLarge: number})[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : Buffer.from(input);
  const splitter = new MboxSplitter(maxBytes);
  const members: MboxMember[] = [];
  for (let at = 0; at < bytes.length; at += size) for (const member of splitter.push(bytes.subarray(at, at + size))) members.push(member);
  members.push(...splitter.end());
  expect(members.map((member) => member.index)).toStrictEqual(members.map((_, index) => index + 1));
  return members.map((member) => 'bytes' in member ? member.bytes.toString('latin1') : {tooLarge: member.tooLarge});
}

/** Every chunking gives the same: a `From ` line cut anywhere, a CRLF cut between CR and LF. */
const chunkSizes = [1, 2, 3, 5, 7, 64, Infinity];

describe('MboxSplitter', () => {
  test.each<[string, string, (string | {tooLarge: number})[]]>([
    ['two messages', 'From a@x Mon Mar  3 10:00:00 2025\nSubject: 1\n\none\n\nFrom b@x Mon Mar  3 10:00:01 2025\nSubject: 2\n\ntwo\n', [
      'Subject: 1\n\none\n\n', 'Subject: 2\n\ntwo\n',
    ]],
    ['>From quoting undone (mboxo and mboxrd)', 'From a\nSubject: q\n\n>From here\n>>From there\n>Fromage\n >From kept\n', [
      'Subject: q\n\nFrom here\n>From there\n>Fromage\n >From kept\n',
    ]],
    ['"From " inside a line is no separator', 'From a\nSubject: 1\n\nsay From me\nFrom: not a separator either\n', [
      'Subject: 1\n\nsay From me\nFrom: not a separator either\n',
    ]],
    ['a cut last message', 'From a\nSubject: 1\n\none\nFrom b\nSubject: 2\nContent-Type: multipart/rep', [
      'Subject: 1\n\none\n', 'Subject: 2\nContent-Type: multipart/rep',
    ]],
    ['binary junk between messages stays with the one before', 'From a\nSubject: 1\n\none\n\u0000\u00ff\u0001junk\u00fe\rFrom b\nSubject: 2\n\ntwo\n', [
      'Subject: 1\n\none\n\u0000\u00ff\u0001junk\u00fe\r', 'Subject: 2\n\ntwo\n',
    ]],
    ['CRLF line ends', 'From a\r\nSubject: 1\r\n\r\none\r\n\r\nFrom b\r\nSubject: 2\r\n\r\n>From two\r\n', [
      'Subject: 1\r\n\r\none\r\n\r\n', 'Subject: 2\r\n\r\nFrom two\r\n',
    ]],
    ['CR line ends', 'From a\rSubject: 1\r\rone\rFrom b\rSubject: 2\r\r>From two\r', [
      'Subject: 1\r\rone\r', 'Subject: 2\r\rFrom two\r',
    ]],
    ['an empty mbox', '', []],
    ['an empty message', 'From a\nFrom b\nSubject: 2\n', ['', 'Subject: 2\n']],
    ['bytes before the first From line are no message', 'preamble\nFrom a\nSubject: 1\n', ['Subject: 1\n']],
  ])('%s', (_name, input, members) => {
    for (const size of chunkSizes) expect(split(input, size)).toStrictEqual(members);
  });

  test('counts a message over the cap without keeping it, and goes on', () => {
    const big = `From a\nSubject: big\n\n${'x'.repeat(500)}\n`;
    for (const size of chunkSizes) {
      expect(split(`${big}From b\nSubject: 2\n`, size, 100)).toStrictEqual([{tooLarge: 'Subject: big\n\n'.length + 501}, 'Subject: 2\n']);
    }
  });

  test.each<[string, string]>([
    ['lines of "From " only: 200,000 empty messages', 'From \n'.repeat(200_000)],
    ['one line of "From From From"', `From a\n${'From '.repeat(1_000_000)}`],
    ['">" runs before "From "', `From a\nSubject: x\n\n${`${'>'.repeat(10_000)}From \n`.repeat(400)}`],
    ['no line ends at all', `From a\nSubject: x\n${'\u0000'.repeat(5_000_000)}`],
  ])('splits in linear time: %s', (_name, input) => {
    const started = performance.now();
    split(input, 1024 * 1024, 10 * 1024 * 1024);
    // 1 to 5 MB each: a quadratic split would take hours, a linear one about a second.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('unquoteFrom', () => {
  test.each([
    ['>From at the start', '>From a', 'From a'],
    ['after CR', 'x\r>>From a', 'x\r>From a'],
    ['a cut "From" is not one', '>Fro\n>From x', '>Fro\nFrom x'],
    ['">" inside a line stays', 'a >From b', 'a >From b'],
    ['no quoting at all: the same bytes', 'From a\nFrom b', 'From a\nFrom b'],
  ])('%s', (_name, input, output) => {
    expect(unquoteFrom(Buffer.from(input)).toString()).toBe(output);
  });
});

describe('looksLikeMbox', () => {
  test.each([
    ['a From line and a header', 'From MAILER-DAEMON Thu Apr 29 23:34:45 2015\nReturn-Path: <>\n'],
    ['CRLF', 'From a@example.net Mon Mar  3 10:00:00 2025\r\nReceived: from x\r\n'],
    ['CR', 'From a\rSubject: x\r'],
  ])('is one: %s', (_name, head) => expect(looksLikeMbox(Buffer.from(head))).toBe(true));

  test.each([
    ['a message whose body has a From line', 'Subject: x\nFrom: a@example.net\n\nFrom here on\nSubject: y\n'],
    ['a From header', 'From: a@example.net\nSubject: x\n'],
    ['a From line and no header', 'From a\n\nhello\n'],
    ['a From line and a line without a colon', 'From a\nhello there\n'],
    ['a From line alone', 'From a'],
    ['lower case', 'from a\nSubject: x\n'],
    ['quoted', '>From a\nSubject: x\n'],
    ['empty', ''],
    ['a log line', 'From 192.0.2.1: 550 5.1.1 user unknown\n'],
  ])('is none: %s', (_name, head) => expect(looksLikeMbox(Buffer.from(head))).toBe(false));
});
