// Chinese and Japanese text quotes a server's reply after its own punctuation: a full-width colon
// after a label, a full-width comma after a clause, an ideographic full stop after a sentence, a
// full-width bracket. Generated over each mark, the sentences before it and replies with and without
// an enhanced code; a number after the same marks that a word follows (a price, a count) is none.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const marks: ReadonlyArray<readonly [string, string]> = [['full-width colon', '\uff1a'], ['full-width comma', '\uff0c'], ['ideographic full stop', '\u3002'], ['full-width bracket', '\uff08']];
const openings = ['邮件发送失败', '发送失败，原因', 'メールを送信できませんでした'];
const replies: ReadonlyArray<readonly [string, string]> = [
  ['554 DT:SPM 发送的邮件内容包含了未被许可的信息', '554'],
  ['550 5.1.1 User unknown', '550'],
  ['421 4.7.0 Try again later', '421'],
  ['550 Mailbox not found', '550'],
];

describe('a reply after CJK punctuation is a reply', () => {
  test.each(marks.flatMap(([name, mark]) => openings.flatMap((opening) => replies.map(([reply, code]) => ({
    name: `${name}: ${opening}${mark}${reply.slice(0, 20)}`, text: `${opening}${mark}${reply}`, code,
  })))))('$name', ({text, code}) => {
    const decoded = decodeText(text);
    expect(decoded.kind).toBe('bounce');
    expect(decoded.recipients[0]?.replyCode?.code).toBe(code);
  });
});

describe('a number after the same marks that a word follows is no reply', () => {
  test.each(marks.flatMap(([name, mark]) => [
    {name: `${name}, a price`, text: `这个月的服务费${mark}550元，请及时付款`},
    {name: `${name}, a count`, text: `本周收到的邮件${mark}421封，全部已读`},
  ]))('$name', ({text}) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
