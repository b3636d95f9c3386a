/**
 * The decoder: from any bounce text to a diagnosis per recipient. Pure TypeScript with no DOM and
 * no browser API, so the same code runs in the extension, the command line and the tests.
 */
export {decode, decodeText, type ShownHeader} from './decode.ts';
export {maxInputLength} from './read-input.ts';
export type {
  DecodeResult, Evidence, MessageKind, ProviderId, ProviderMatch, ReasonId, RecipientDiagnosis,
  ReplyCodeInfo, StatusClass, StatusCodeInfo, SuggestedAction,
} from './types.ts';
