import type {ProviderRules} from '../types.ts';

/**
 * Proofpoint email protection (enterprise and Essentials), in front of many organisations.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'proofpoint',
    name: 'Proofpoint',
    names: ['proofpoint'],
    hostSuffixes: [
      '.pphosted.com', // enterprise hosted (from general knowledge)
      '.ppe-hosted.com', // Proofpoint Essentials
      '.proofpoint.com',
    ],
    replyMarkers: [
      'ipcheck.proofpoint.com',
      'support.proofpoint.com/dnsbl-lookup',
    ],
    docsUrl: 'https://www.proofpoint.com/us/postmaster',
    source: 'mail_recon README; grav docs (public code); Proofpoint postmaster page',
  },
  rows: [
    // "Blocked - see https://ipcheck.proofpoint.com"
    // Seen with 5.7.1 and with 5.7.0: no single status, so the row matches on text.
    {
      reply: '554',
      text: ['blocked - see https://ipcheck.proofpoint.com'],
      reason: 'blocked',
      meaning: 'Proofpoint Dynamic Reputation blocks the sending IP; such blocks can be short-lived.',
      action: 'Look the IP up at ipcheck.proofpoint.com and request delisting; fix reverse DNS, authentication and volume.',
      docsUrl: 'https://www.proofpoint.com/us/postmaster',
      source: 'Proofpoint postmaster page; suped.com write-ups',
    },

    // "Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi"
    {
      reply: '550',
      status: '5.7.0',
      text: ['blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi'],
      reason: 'blocked',
      meaning: 'The same Proofpoint reputation block, in the older wording (also seen at iCloud).',
      action: 'Look the IP up at Proofpoint and request delisting.',
      docsUrl: 'https://ipcheck.proofpoint.com/',
      source: 'sisimai rhost/for-apple.go',
    },
  ],
} as const satisfies ProviderRules;
