/**
 * The decoder as a library, the package's one entry (`import {decode} from 'bounce-decoder'`):
 * decoding, the JSON form the command line prints, and the tables a caller needs to read a result.
 *
 * What is exported here is the stable surface (README.md, "Use as a library"); the tables are
 * copies shaped for callers, so the rules' own layout (phrases, citations) can change without
 * breaking anyone. It runs wherever modern JavaScript runs: nothing on its path imports a Node
 * built-in, and the build fails if something does (vite.config.ts, `onlyImports`).
 */
import {providers as providerRules, reasons as reasonRules, replyCodes as replyCodeRules, statusCodes as statusCodeRules} from '../rules/index.ts';
import type {ActionRule, ProviderId, ReasonId, StatusClass} from '../rules/types.ts';

export {decode, decodeText, maxInputLength} from '../decoder/index.ts';
export type {
  DecodeResult, Evidence, MessageKind, ProviderMatch, RecipientDiagnosis, ReplyCodeInfo, ShownHeader, StatusCodeInfo,
  SuggestedAction,
} from '../decoder/index.ts';
export type {ProviderId, ReasonId, StatusClass};
export {jsonRecipient, toJsonRecord} from '../shared/json-record.ts';
export type {JsonRecipient, JsonRecord, RecordOrigin} from '../shared/json-record.ts';

/** What a reason means and what to do about it: `RecipientDiagnosis.reason.id` is its key. */
export interface ReasonInfo {
  readonly id: ReasonId;
  /** Short title: "The address does not exist". */
  readonly title: string;
  /** The title of a temporary (4xx) failure with this reason, when the plain one would mislead. */
  readonly temporaryTitle?: string;
  /** What to do when the failure is permanent. */
  readonly action: Action;
  /** What to do when it is temporary, when that differs. */
  readonly temporaryAction?: Action;
}

/** A next step: `SuggestedAction.id` is one of these ids. */
export interface Action {
  readonly id: ActionRule['id'];
  readonly summary: string;
  readonly steps: readonly string[];
}

/** A provider the decoder can name: `RecipientDiagnosis.provider.id` is its key. */
export interface ProviderSummary {
  readonly id: ProviderId;
  readonly name: string;
  /** Its documentation of SMTP errors. */
  readonly docsUrl: string;
}

/** One RFC 5321 reply code. */
export interface ReplyCodeSummary {
  readonly code: string;
  readonly meaning: string;
  /** `core`: RFC 5321 itself; `extension`: AUTH, STARTTLS, RFC 7504 and the like. */
  readonly kind: 'core' | 'extension';
}

/** One entry of the IANA enhanced status code registry, written class-free (`X.1.1`). */
export interface StatusCodeSummary {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  /** The classes (2, 4, 5) the registry allows for it. */
  readonly classes: readonly StatusClass[];
}

function action({id, summary, steps}: ActionRule): Action {
  return {id, summary, steps};
}

/** Every reason, by id. */
export const reasons: Readonly<Record<ReasonId, ReasonInfo>> = Object.fromEntries(
  Object.values(reasonRules).map((rule) => [rule.id, {
    id: rule.id,
    title: rule.title,
    ...(rule.temporaryTitle === undefined ? {} : {temporaryTitle: rule.temporaryTitle}),
    action: action(rule.action),
    ...(rule.temporaryAction === undefined ? {} : {temporaryAction: action(rule.temporaryAction)}),
  } satisfies ReasonInfo]),
) as Record<ReasonId, ReasonInfo>;

/** Every provider, by id. */
export const providers: Readonly<Record<ProviderId, ProviderSummary>> = Object.fromEntries(
  providerRules.map(({info}) => [info.id, {id: info.id, name: info.name, docsUrl: info.docsUrl} satisfies ProviderSummary]),
) as Record<ProviderId, ProviderSummary>;

/** Every reply code the decoder knows, in code order. */
export const replyCodes: readonly ReplyCodeSummary[] = replyCodeRules.map(({code, meaning, kind}) => ({code, meaning, kind}));

/** The IANA enhanced status code registry, in code order. */
export const statusCodes: readonly StatusCodeSummary[] = statusCodeRules.map(({code, title, description, classes}) => ({code, title, description, classes}));
