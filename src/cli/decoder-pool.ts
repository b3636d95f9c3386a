/**
 * Decoding on every core: this thread and worker threads, each worker running this same
 * command-line file started as a worker (`workerMain`), given messages and sending back their
 * output. This thread decodes too, whenever every worker has enough queued: it has the decoder
 * loaded already, and each worker costs a start and a JIT warm-up of its own. The caller keeps
 * the order: it awaits the outcomes in the order it asked for them.
 */
import {isMainThread, parentPort, Worker, workerData} from 'node:worker_threads';
import {decodeMessage, type Job, type Outcome, type OutputForm} from './decode-message.ts';

/** What marks a worker of the command line, in its `workerData`. */
const workerFlag = 'bounceDecodeWorker';

interface Request {
  readonly id: number;
  readonly job: Job;
}

interface Reply {
  readonly id: number;
  readonly outcome: Outcome;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, (outcome: Outcome) => void>;
}

/** Whether this thread was started as a decoder worker; its output form if so. */
export function workerForm(): OutputForm | undefined {
  if (isMainThread) return undefined;
  const data = workerData as Record<string, unknown> | null;
  return data?.[workerFlag] as OutputForm | undefined;
}

/** A worker's life: decode what it is sent, reply with each outcome. */
export function workerMain(form: OutputForm): void {
  const port = parentPort!;
  port.on('message', (request: Request) => {
    void decodeMessage(request.job, form).then((outcome) => port.postMessage({id: request.id, outcome} satisfies Reply));
  });
}

/**
 * Messages queued on a worker before this thread decodes the next one itself: enough that a worker
 * never waits while this thread decodes one.
 */
const queuedPerWorker = 4;

export class DecoderPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;

  /** `workers`: threads started besides this one; `script`: the file they run, this command line's own. */
  constructor(workers: number, private readonly form: OutputForm, script: URL) {
    for (let index = 0; index < workers; index++) {
      const worker = new Worker(script, {workerData: {[workerFlag]: form}});
      const slot: Slot = {worker, pending: new Map()};
      worker.on('message', ({id, outcome}: Reply) => {
        slot.pending.get(id)?.(outcome);
        slot.pending.delete(id);
      });
      // A worker that dies fails only the messages it held; the others go on.
      const fail = (why: string) => {
        const index = this.slots.indexOf(slot);
        if (index !== -1) this.slots.splice(index, 1);
        for (const resolve of slot.pending.values()) resolve({error: `decoder worker failed: ${why}`});
        slot.pending.clear();
      };
      worker.on('error', (error: Error) => fail(error.message));
      // Stopped by close(), a worker is no longer listed: its exit is no failure.
      worker.on('exit', (code) => {
        if (this.slots.includes(slot)) fail(`exited with status ${code}`);
      });
      this.slots.push(slot);
    }
  }

  /** Decodes a message on the least busy worker, or in this thread when every worker has enough queued. */
  decode(job: Job): Promise<Outcome> {
    let slot = this.slots[0];
    for (const other of this.slots) if (other.pending.size < slot!.pending.size) slot = other;
    if (slot === undefined || slot.pending.size >= queuedPerWorker) return decodeMessage(job, this.form);
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.pending.set(id, resolve);
      slot.worker.postMessage({id, job} satisfies Request);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map(({worker}) => worker.terminate()));
  }
}
