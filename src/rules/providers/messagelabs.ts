import type {ProviderRules} from '../types.ts';

/**
 * Symantec Email Security.cloud, formerly Messagelabs, in front of many organisations.
 *
 * No provider-specific replies are recorded yet; the info still identifies the provider.
 */
export default {
  info: {
    id: 'messagelabs',
    name: 'Messagelabs (Broadcom / Symantec Email Security.cloud)',
    hostSuffixes: [
      '.messagelabs.com',
    ],
    replyMarkers: [
      'messagelabs.com/support', // "please visit www.messagelabs.com/support" (sisimai rhost/for-messagelabs.go)
      'symanteccloud.com/troubleshooting', // same source
    ],
    docsUrl: 'https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html',
    source: 'sisimai rhost/lib.go, rhost/for-messagelabs.go',
  },
  rows: [],
} as const satisfies ProviderRules;
