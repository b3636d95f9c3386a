/**
 * The popup's decoder, off its main thread: a 5 MB paste takes seconds to decode, and the popup must
 * keep taking keys and scrolling meanwhile. One request in, one `DecodeResult` out.
 */
import {decode} from '../decoder/index.ts';

/** What the popup sends: the text or the bytes to decode. */
export type DecodeRequest = string | Uint8Array;

self.addEventListener('message', (event: MessageEvent<DecodeRequest>) => {
  void decode(event.data).then((result) => {
    self.postMessage(result);
  });
});
