/**
 * Decoding for the popup, in a Web Worker (`decode-worker.ts`) so that typing and scrolling never
 * wait for it. A new request while one is in flight stops the worker and starts afresh: only the
 * latest text matters, and a decoding cannot be interrupted otherwise. Where no worker can be made,
 * the decoder runs in the page, loaded on first use.
 */
import type {DecodeResult} from '../decoder/types.ts';
import type {DecodeRequest} from './decode-worker.ts';

/** Why a decoding did not land: a newer request took its place. */
export class Superseded extends Error {
  constructor() {
    super('A newer text was sent to the decoder');
    this.name = 'Superseded';
  }
}

interface InFlight {
  readonly resolve: (result: DecodeResult) => void;
  readonly reject: (error: unknown) => void;
}

export interface DecoderClient {
  /** The decoding of `input`; rejects with `Superseded` when another request comes first. */
  decode(input: DecodeRequest): Promise<DecodeResult>;
}

/** A client over workers made by `makeWorker`, or in the page when it gives none. */
export function decoderClient(makeWorker: () => Worker | undefined = defaultWorker): DecoderClient {
  let worker: Worker | undefined;
  let inFlight: InFlight | undefined;

  const start = (): Worker | undefined => {
    const made = makeWorker();
    made?.addEventListener('message', (event: MessageEvent<DecodeResult>) => {
      // The popup benchmark reads when the answer came back, to time the rendering apart.
      performance.mark('bounce-decoder:decoded');
      const request = inFlight;
      inFlight = undefined;
      request?.resolve(event.data);
    });
    made?.addEventListener('error', (event) => {
      const request = inFlight;
      inFlight = undefined;
      worker = undefined;
      made.terminate();
      request?.reject(new Error(`The decoder's worker failed: ${event.message}`));
    });
    return made;
  };

  return {
    async decode(input) {
      if (inFlight) {
        // The worker is busy with a text nobody waits for any more.
        worker?.terminate();
        worker = undefined;
        inFlight.reject(new Superseded());
        inFlight = undefined;
      }
      worker ??= start();
      if (worker === undefined) {
        const {decode} = await import('../decoder/index.ts');
        return decode(input);
      }
      const running = worker;
      return new Promise<DecodeResult>((resolve, reject) => {
        inFlight = {resolve, reject};
        running.postMessage(input);
      });
    },
  };
}

/** The decoder's worker, bundled by Vite from `decode-worker.ts`; none where the page cannot make one. */
function defaultWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return new Worker(new URL('decode-worker.ts', import.meta.url), {type: 'module'});
}
