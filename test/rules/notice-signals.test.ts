import {describe, expect, test} from 'vitest';
import {noticeSenders, noticeSubjects} from '../../src/rules/notice-signals.ts';

describe.each([
  ['noticeSenders', noticeSenders],
  ['noticeSubjects', noticeSubjects],
])('%s', (_name, list: readonly string[]) => {
  test('is lower case, as the texts it is matched against are lowered first', () => {
    expect(list.filter((entry) => entry !== entry.toLowerCase())).toEqual([]);
  });

  test('holds each entry once, and none that another entry already covers', () => {
    const covered = list.filter((entry, index) => list.some((other, otherIndex) => otherIndex !== index && entry.includes(other)));
    expect(covered).toEqual([]);
  });
});
