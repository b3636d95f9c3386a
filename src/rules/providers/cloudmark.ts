import type {ProviderRules} from '../types.ts';

/**
 * Cloudmark Sender Intelligence (CSI, now Proofpoint), the IP reputation feed behind many ISPs.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'cloudmark',
    name: 'Cloudmark Sender Intelligence',
    hostSuffixes: [], // a blocklist: quoted by other receivers, it runs no mail hosts of its own
    replyMarkers: [
      'cloudmark',
    ],
    docsUrl: 'https://csi.cloudmark.com/reasons-admin.php',
    source: 'csi.cloudmark.com remediation page',
    quotedByOtherServers: true,
  },
  rows: [
    // "listed on Cloudmark CSI" | "csi.cloudmark.com"
    {
      status: '5.3.2',
      text: ['listed on cloudmark csi', 'csi.cloudmark.com'],
      reason: 'badreputation',
      meaning: 'The sending IP has a poor reputation in Cloudmark Sender Intelligence, which many ISPs use.',
      action: 'Ask for a reset of the IP statistics at csi.cloudmark.com (a first request is usually granted within a day).',
      docsUrl: 'https://csi.cloudmark.com/reasons-admin.php',
      source: 'csi.cloudmark.com remediation page',
    },
  ],
} as const satisfies ProviderRules;
