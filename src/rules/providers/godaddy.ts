import type {ProviderRules} from '../types.ts';

/**
 * GoDaddy (secureserver.net) hosted mail.
 *
 * No provider-specific replies are recorded yet; the info still identifies the provider.
 */
export default {
  info: {
    id: 'godaddy',
    name: 'GoDaddy',
    hostSuffixes: [
      'smtp.secureserver.net',
      'mailstore1.secureserver.net',
    ],
    // Its " IBxxx" codes are too short to be safe markers.
    replyMarkers: [],
    docsUrl: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    source: 'sisimai rhost/lib.go, rhost/for-godaddy.go',
  },
  rows: [],
} as const satisfies ProviderRules;
