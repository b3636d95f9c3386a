import type {ProviderRow, ReasonId} from './types.ts';

/**
 * The rows of a provider's published list of codes whose token is the reply's own words
 * (Facebook's `RCP-P1`, NetEase's `DT:SPM`): one factory for the list, then one call per code,
 * with the code as the reply prints it. The row's text is the code in lower case, as replies are read.
 */
export function codeRowsOf(list: {readonly docsUrl: string; readonly source: string}) {
  return (providerCode: string, reason: ReasonId, meaning: string, action: string): ProviderRow => ({
    providerCode, text: [providerCode.toLowerCase()], reason, meaning, action, docsUrl: list.docsUrl, source: list.source,
  });
}
