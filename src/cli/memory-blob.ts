/**
 * A Blob held in one JavaScript byte array, for the command line only.
 *
 * postal-mime joins the lines of every MIME part with `new Blob(chunks).arrayBuffer()`. Node 20's
 * native Blob makes each `arrayBuffer()` an asynchronous trip through its C++ stream reader: over
 * the corpus, that was half of the command line's run time. This class gives the same
 * bytes synchronously; `installMemoryBlob()` puts it in place of the global for the command-line
 * process, where nothing else uses Blob. The extension keeps the browser's own Blob.
 */

const NativeBlob = globalThis.Blob;
const encoder = new TextEncoder();
/** One shared array per ASCII character: postal-mime adds a '\n' part after every line. */
const asciiBytes = Array.from({length: 128}, (_, code) => Uint8Array.of(code));

function join(views: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const view of views) length += view.length;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const view of views) {
    if (view.length === 1) bytes[offset] = view[0]!;
    else bytes.set(view, offset);
    offset += view.length;
  }
  return bytes;
}

/** A position of `slice()`: negative counts from the end, clamped to the size (File API). */
function position(index: number | undefined, size: number, fallback: number): number {
  if (index === undefined) return fallback;
  const whole = Math.trunc(index) || 0;
  return whole < 0 ? Math.max(size + whole, 0) : Math.min(whole, size);
}

// The class is also what `x instanceof Blob` asks once installed, so native blobs must still pass.
export class MemoryBlob {
  // Definite: a constructor that hands the parts to the native Blob returns that one instead.
  readonly #bytes!: Uint8Array<ArrayBuffer>;
  readonly #type!: string;

  static #isMemoryBlob(value: unknown): value is MemoryBlob {
    return typeof value === 'object' && value !== null && #bytes in value;
  }

  /** A part's bytes, or undefined for parts only the native Blob can read (a native Blob). */
  static #bytesOf(part: unknown): Uint8Array | undefined {
    if (typeof part === 'string') return (part.length === 1 ? asciiBytes[part.charCodeAt(0)] : undefined) ?? encoder.encode(part);
    if (part instanceof ArrayBuffer) return new Uint8Array(part);
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    if (MemoryBlob.#isMemoryBlob(part)) return part.#bytes;
    return undefined;
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    return MemoryBlob.#isMemoryBlob(value) || value instanceof NativeBlob;
  }

  constructor(parts: Iterable<unknown> = [], options: BlobPropertyBag = {}) {
    const list = [...parts];
    const views = list.map((part) => MemoryBlob.#bytesOf(part));
    if (views.includes(undefined) || options.endings === 'native') {
      // What this class does not read itself, the native Blob does.
      const nativeParts = list.map((part, index) => MemoryBlob.#isMemoryBlob(part) ? views[index] : part) as BlobPart[];
      return new NativeBlob(nativeParts, options) as unknown as MemoryBlob;
    }
    this.#bytes = join(views as Uint8Array[]);
    const type = options.type ?? '';
    // The File API keeps a type only when it is printable ASCII, and lower-cases it.
    this.#type = /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
  }

  get size(): number {
    return this.#bytes.length;
  }

  get type(): string {
    return this.#type;
  }

  get [Symbol.toStringTag](): string {
    return 'Blob';
  }

  /** A copy, as the native Blob gives. */
  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  bytes(): Promise<Uint8Array> {
    return Promise.resolve(this.#bytes.slice());
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  slice(start?: number, end?: number, contentType?: string): MemoryBlob {
    const size = this.#bytes.length;
    const from = position(start, size, 0);
    const to = Math.max(position(end, size, size), from);
    return new MemoryBlob([this.#bytes.subarray(from, to)], {type: contentType ?? ''});
  }

  stream(): ReadableStream<Uint8Array> {
    return new NativeBlob([this.#bytes]).stream();
  }
}

/** Makes `Blob` in this process a MemoryBlob. */
export function installMemoryBlob(): void {
  globalThis.Blob = MemoryBlob as unknown as typeof Blob;
}
