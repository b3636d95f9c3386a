import {describe, expect, test} from 'vitest';
import {Progress} from '../../src/cli/progress.ts';

/** A progress line on a fake clock, its writes collected. */
function progressOn(isTTY: boolean, totalBytes?: number) {
  const writes: string[] = [];
  let now = 0;
  const progress = new Progress({sink: {write: (text: string) => writes.push(text)}, isTTY, totalFiles: 10, ...(totalBytes === undefined ? {} : {totalBytes}), now: () => now});
  return {progress, writes, at: (ms: number) => { now = ms; }};
}

describe('Progress', () => {
  test('on a terminal: done, rate and time left, drawn over itself, erased at the end', () => {
    const {progress, writes, at} = progressOn(true);
    at(2000);
    progress.update(400, 5, 0);
    expect(writes).toStrictEqual(['\r\u001b[K400 emails, 5/10 files (50%), 200 emails/s, 0:02 left']);
    progress.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
  });

  test('counts the share done in bytes when the sizes are known', () => {
    const {progress, writes, at} = progressOn(true, 1000);
    at(3000);
    progress.update(1200, 1, 250);
    expect(writes).toStrictEqual(['\r\u001b[K1,200 emails, 1/10 files (25%), 400 emails/s, 0:09 left']);
  });

  test('nothing in the first second: a short run shows no line', () => {
    const {progress, writes, at} = progressOn(true);
    at(999);
    progress.update(10, 1, 0);
    progress.clear();
    expect(writes).toStrictEqual([]);
  });

  test('at most four times a second', () => {
    const {progress, writes, at} = progressOn(true);
    for (let ms = 1000; ms < 2000; ms += 10) {
      at(ms);
      progress.update(ms, 1, 0);
    }
    expect(writes).toHaveLength(4);
  });

  test('nothing at all when standard error is no terminal', () => {
    const {progress, writes, at} = progressOn(false);
    at(60_000);
    progress.update(1000, 5, 0);
    progress.clear();
    expect(writes).toStrictEqual([]);
  });
});
