import type {ProviderRules} from '../types.ts';

/**
 * The SpamCop blocklist, quoted by whichever receiver uses it.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'spamcop',
    name: 'SpamCop (DNS blocklist)',
    names: ['spamcop'],
    hostSuffixes: [], // a blocklist: quoted by other receivers, it runs no mail hosts of its own
    replyMarkers: [
      'spamcop.net',
    ],
    docsUrl: 'https://www.spamcop.net/bl.shtml',
    source: 'forum.spamcop.net; themssforum bounce copy',
    quotedByOtherServers: true,
  },
  rows: [
    // "bl.spamcop.net" | "spamcop.net/bl.shtml"
    {
      text: ['bl.spamcop.net', 'spamcop.net/bl.shtml'],
      reason: 'blocked',
      meaning: 'The sending IP is on the SpamCop blocklist (entries expire about a day after the last report).',
      action: 'Find and stop the spam source, then wait for the listing to expire.',
      docsUrl: 'https://www.spamcop.net/bl.shtml',
      source: 'forum.spamcop.net; themssforum bounce copy',
    },
  ],
} as const satisfies ProviderRules;
