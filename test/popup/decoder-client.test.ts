import {describe, expect, test} from 'vitest';
import type {DecodeResult} from '../../src/decoder/types.ts';
import {decoderClient, Superseded} from '../../src/popup/decoder-client.ts';

const answer: DecodeResult = {kind: 'none', format: 'text', recipients: []};

/** A stand-in for the decoder's worker: it records what it is sent, and answers when told. */
class FakeWorker extends EventTarget {
  readonly sent: unknown[] = [];
  terminated = false;

  postMessage(data: unknown): void {
    this.sent.push(data);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(result: DecodeResult): void {
    this.dispatchEvent(Object.assign(new Event('message'), {data: result}));
  }

  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), {message}));
  }
}

function withFakeWorkers() {
  const workers: FakeWorker[] = [];
  const client = decoderClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return {client, workers};
}

describe('decoderClient', () => {
  test('sends the text to its worker and resolves with the answer', async () => {
    const {client, workers} = withFakeWorkers();
    const decoding = client.decode('550 5.1.1 user unknown');
    expect(workers[0]!.sent).toEqual(['550 5.1.1 user unknown']);
    workers[0]!.answer(answer);
    await expect(decoding).resolves.toEqual(answer);
  });

  test('keeps one worker for requests one after the other', async () => {
    const {client, workers} = withFakeWorkers();
    for (const text of ['a', 'b']) {
      const decoding = client.decode(text);
      workers.at(-1)!.answer(answer);
      await decoding;
    }
    expect(workers).toHaveLength(1);
    expect(workers[0]!.sent).toEqual(['a', 'b']);
  });

  test('a newer request stops the busy worker: the older one is superseded, the newer answered', async () => {
    const {client, workers} = withFakeWorkers();
    const older = client.decode('the 5 MB paste');
    const newer = client.decode('421 4.7.0 try later');
    await expect(older).rejects.toBeInstanceOf(Superseded);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual(['421 4.7.0 try later']);
    workers[1]!.answer(answer);
    await expect(newer).resolves.toEqual(answer);
  });

  test('a failing worker rejects its request, and the next request gets a new worker', async () => {
    const {client, workers} = withFakeWorkers();
    const failing = client.decode('x');
    workers[0]!.fail('out of memory');
    await expect(failing).rejects.toThrow('out of memory');
    const next = client.decode('y');
    workers[1]!.answer(answer);
    await expect(next).resolves.toEqual(answer);
  });

  test('without workers it decodes in the page', async () => {
    const client = decoderClient(() => undefined);
    const result = await client.decode('550 5.1.1 <x@example.com>: Recipient address rejected: User unknown');
    expect(result.recipients[0]?.reason.id).toBe('userunknown');
  });
});
