import type {ProviderRules} from '../types.ts';

/**
 * Spectrum (Charter) mail for charter.net addresses.
 *
 * No provider-specific replies are recorded yet; the info still identifies the provider.
 */
export default {
  info: {
    id: 'spectrum',
    name: 'Spectrum / Charter',
    hostSuffixes: [
      'charter.net', // as given by sisimai; matches the host and its subdomains
    ],
    // Its AUP#I.../AUP#O... codes share the "AUP#" prefix with Cox (AUP#IPBL...), so they cannot
    // tell the two apart.
    replyMarkers: [],
    docsUrl: 'https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes',
    source: 'sisimai rhost/lib.go, rhost/for-spectrum.go',
  },
  rows: [],
} as const satisfies ProviderRules;
