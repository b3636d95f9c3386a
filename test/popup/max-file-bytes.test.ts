// @vitest-environment happy-dom
import {describe, expect, test, vi} from 'vitest';
import {maxInputLength} from '../../src/decoder/index.ts';

vi.mock('webextension-polyfill', () => ({default: {}}));

describe('maxFileBytes', () => {
  test('a dropped file is read exactly as far as the decoder looks', async () => {
    const {maxFileBytes} = await import('../../src/popup/app.tsx');
    expect(maxFileBytes).toBe(maxInputLength);
  });
});

describe('readDroppedFile()', () => {
  // Bytes up to the cap are `a`, those past it `z`, so that a byte read from past the cap would show.
  test.each([
    ['a file over the cap: as far as the cap, with its full size', maxInputLength + 10, maxInputLength],
    ['a file of exactly the cap: whole', maxInputLength, maxInputLength],
    ['a small file: whole', 100, 100],
  ])('reads %s', async (_name, size, readBytes) => {
    const {readDroppedFile} = await import('../../src/popup/app.tsx');
    const head = new Uint8Array(Math.min(size, maxInputLength)).fill(0x61);
    const tail = new Uint8Array(size - head.length).fill(0x7a);
    const read = await readDroppedFile(new File([head, tail], 'bounce.eml', {type: 'message/rfc822'}));

    expect(read).toMatchObject({kind: 'file', name: 'bounce.eml', size});
    const bytes = read.kind === 'file' ? read.bytes : new Uint8Array();
    expect(bytes.length).toBe(readBytes);
    expect(bytes.every((byte) => byte === 0x61)).toBe(true);
  });
});
