/**
 * Output gathered into large chunks: one write per chunk instead of one per line, which is most of
 * the cost of printing thousands of short results.
 */

/** Where chunks go: `process.stdout` or a test's collector. */
export interface Sink {
  write(chunk: string): unknown;
}

/** Bytes (roughly: UTF-16 units) gathered before a write. */
const chunkLength = 256 * 1024;

export class ChunkedWriter {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(private readonly sink: Sink) {}

  /** Adds text; writes when enough has gathered. */
  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= chunkLength) this.flush();
  }

  /** Writes whatever has gathered. */
  flush(): void {
    if (this.parts.length === 0) return;
    this.sink.write(this.parts.join(''));
    this.parts.length = 0;
    this.length = 0;
  }
}
