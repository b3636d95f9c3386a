// MemoryBlob must give what Node's own Blob gives: the command line puts it in Blob's place.

import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {MemoryBlob} from '../../src/cli/memory-blob.ts';

const NativeBlob = globalThis.Blob;

async function bytesOf(blob: {arrayBuffer(): Promise<ArrayBuffer>}): Promise<number[]> {
  return [...new Uint8Array(await blob.arrayBuffer())];
}

/** Builds the same parts twice, so that neither Blob sees the other's arrays. */
const partSets: [string, () => unknown[]][] = [
  ['no parts', () => []],
  ['lines and newlines, as postal-mime gives them', () => [new TextEncoder().encode('550 5.1.1 user unknown'), '\n', new TextEncoder().encode('second'), '\n']],
  ['non-ASCII text and a lone surrogate', () => ['é', '日本', '\ud800', '🐱', '\r']],
  ['an ArrayBuffer, a view into a larger buffer, other typed arrays, a DataView', () => {
    const buffer = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer;
    return [buffer, new Uint8Array(buffer, 2, 3), new Uint16Array([0x0102, 0xfffe]), new DataView(buffer, 5, 2), new Int8Array([-1])];
  }],
];

describe('MemoryBlob', () => {
  test.each(partSets)('holds the same bytes as Blob: %s', async (_name, parts) => {
    const memory = new MemoryBlob(parts());
    const native = new NativeBlob(parts() as BlobPart[]);
    expect(memory.size).toBe(native.size);
    expect(await bytesOf(memory)).toStrictEqual(await bytesOf(native));
    expect(await memory.text()).toBe(await native.text());
  });

  test.each([
    ['application/octet-stream', 'application/octet-stream'],
    ['Text/Plain; Charset=UTF-8', 'text/plain; charset=utf-8'],
    ['text/plain\u00e9', ''],
    ['', ''],
  ])('normalises the type %j as Blob does', (type, expected) => {
    expect(new MemoryBlob([], {type}).type).toBe(expected);
    expect(new NativeBlob([], {type}).type).toBe(expected);
  });

  test('slices as Blob does, negative positions included', async () => {
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({maxLength: 40}),
      fc.option(fc.integer({min: -50, max: 50}), {nil: undefined}),
      fc.option(fc.integer({min: -50, max: 50}), {nil: undefined}),
      async (bytes, start, end) => {
        const memory = new MemoryBlob([bytes]).slice(start, end, 'Text/Plain');
        const native = new NativeBlob([bytes]).slice(start, end, 'Text/Plain');
        expect(await bytesOf(memory)).toStrictEqual(await bytesOf(native));
        expect(memory.type).toBe(native.type);
      },
    ), {numRuns: 200});
  });

  test('takes MemoryBlob parts', async () => {
    const inner = new MemoryBlob(['ab', new Uint8Array([99])]);
    expect(await new MemoryBlob([inner, 'd', inner]).text()).toBe('abcdabc');
  });

  test('copies: changing a part or a result afterwards does not change it', async () => {
    const part = new Uint8Array([1, 2, 3]);
    const blob = new MemoryBlob([part]);
    part[0] = 9;
    new Uint8Array(await blob.arrayBuffer())[1] = 9;
    (await blob.bytes())[2] = 9;
    expect(await bytesOf(blob)).toStrictEqual([1, 2, 3]);
  });

  test('streams its bytes', async () => {
    const chunks: number[] = [];
    for await (const chunk of new MemoryBlob(['stream me']).stream() as unknown as AsyncIterable<Uint8Array>) chunks.push(...chunk);
    expect(new TextDecoder().decode(new Uint8Array(chunks))).toBe('stream me');
  });

  test('hands parts it cannot read itself to the native Blob', async () => {
    const blob = new MemoryBlob([new NativeBlob(['native ']), new MemoryBlob(['memory'])]);
    expect(blob).toBeInstanceOf(NativeBlob);
    expect(await blob.text()).toBe('native memory');
  });

  test('counts native blobs and its own as instances, nothing else', () => {
    expect(new MemoryBlob([])).toBeInstanceOf(MemoryBlob);
    expect(new NativeBlob([])).toBeInstanceOf(MemoryBlob);
    expect(new Uint8Array(1)).not.toBeInstanceOf(MemoryBlob);
    expect(Object.prototype.toString.call(new MemoryBlob([]))).toBe('[object Blob]');
  });
});
