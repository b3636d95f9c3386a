/**
 * The progress line of a long run, on standard error when it is a terminal: how far (emails, and
 * files done of all), how fast, how long still. Drawn over itself (`\r`, erase to the end), at most
 * a few times a second, first after a second (short runs never show one), erased at the end. When
 * standard error is no terminal (a log, a pipe), nothing is written at all.
 */

/** Where the line goes: `process.stderr`, or a test's collector. */
export interface ProgressSink {
  write(text: string): unknown;
}

export interface ProgressOptions {
  readonly sink: ProgressSink;
  /** Whether the sink is a terminal (`process.stderr.isTTY`); when not, the line never shows. */
  readonly isTTY: boolean;
  readonly totalFiles: number;
  /** The inputs' total size, when every size is known: the share done is then counted in bytes. */
  readonly totalBytes?: number;
  /** Milliseconds, for tests; `performance.now` by default. */
  readonly now?: () => number;
}

/** No line before this much time: a run that ends sooner shows none. */
const firstAfterMs = 1000;
/** At most this often. */
const everyMs = 250;

const erase = '\r\u001b[K';

function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** `0:07`, `12:30`, `1:02:03`. */
function duration(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const tail = `${String(rest).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${tail}` : `${minutes}:${tail}`;
}

export class Progress {
  private readonly now: () => number;
  private readonly started: number;
  private lastDrawn = -Infinity;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Reports how far the run is; draws the line when it is time to. */
  update(emails: number, filesDone: number, bytesDone: number): void {
    if (!this.options.isTTY) return;
    const now = this.now();
    const elapsed = now - this.started;
    if (elapsed < firstAfterMs || now - this.lastDrawn < everyMs) return;
    this.lastDrawn = now;
    this.shown = true;
    const {totalFiles, totalBytes} = this.options;
    const done = totalBytes ? Math.min(1, bytesDone / totalBytes) : totalFiles === 0 ? 0 : filesDone / totalFiles;
    const rate = emails / (elapsed / 1000);
    const left = done > 0 ? duration(((1 - done) * elapsed) / done / 1000) : '?';
    this.options.sink.write(`${erase}${count(emails)} emails, ${count(filesDone)}/${count(totalFiles)} files (${Math.floor(done * 100)}%), ${count(rate)} emails/s, ${left} left`);
  }

  /** Erases the line, if one is shown: before other text on the terminal, and at the end. */
  clear(): void {
    if (!this.shown) return;
    this.options.sink.write(erase);
    this.shown = false;
  }
}
