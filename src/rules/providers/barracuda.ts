import type {ProviderRules} from '../types.ts';

/**
 * Barracuda Email Security Service and appliances, and the Barracuda Reputation Block List.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'barracuda',
    name: 'Barracuda',
    names: ['barracuda'],
    hostSuffixes: [
      '.barracudanetworks.com', // *.ess.barracudanetworks.com
    ],
    replyMarkers: [
      'barracuda reputation',
      'barracudacentral',
      // The Email Security Gateway's own summary of a refusal: "550 permanent failure for one or more recipients (x@example.com:blocked)".
      'permanent failure for one or more recipients (',
    ],
    docsUrl: 'https://www.barracudacentral.org/lookups',
    source: 'suped.com sample bounce (d241253a.ess.barracudanetworks.com)',
  },
  rows: [
    // "blocked using Barracuda Reputation"
    {
      reply: '554',
      text: ['blocked using barracuda reputation'],
      reason: 'blocked',
      meaning: 'An IP (possibly one from the Received headers) is on the Barracuda Reputation Block List.',
      action: 'Look it up at Barracuda Central and request removal; check which IP is named.',
      docsUrl: 'https://www.barracudacentral.org/lookups',
      source: 'luxsci.com; MIT CSAIL TIG page',
    },

    // "permanent failure for one or more recipients"
    {
      reply: '550',
      text: ['permanent failure for one or more recipients'],
      reason: 'blocked',
      meaning: 'A Barracuda gateway refused the message for policy or reputation reasons.',
      action: "Ask the recipient's admin for the reason in the Barracuda log.",
      docsUrl: 'https://www.barracudacentral.org/lookups',
      source: 'suped.com write-ups of real bounces',
    },
  ],
} as const satisfies ProviderRules;
