import type {ProviderRules} from '../types.ts';

/**
 * The Spamhaus blocklists (ZEN: SBL, CSS, XBL, PBL; DBL), quoted by whichever receiver uses them.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'spamhaus',
    name: 'Spamhaus (DNS blocklist)',
    names: ['spamhaus'],
    hostSuffixes: [], // a blocklist: quoted by other receivers, it runs no mail hosts of its own
    replyMarkers: [
      'spamhaus',
    ],
    docsUrl: 'https://check.spamhaus.org/',
    source: 'help.kreativmedia.ch; simplefastwebsites.com; sisimai',
    quotedByOtherServers: true,
  },
  rows: [
    // "blocked using zen.spamhaus.org"
    {
      reply: '554',
      status: '5.7.1',
      text: ['blocked using zen.spamhaus.org'],
      reason: 'blocked',
      meaning: 'The sending IP is in a Spamhaus zone (SBL, CSS, XBL or PBL, queried via ZEN).',
      action: "Look the IP up at check.spamhaus.org, fix the cause (PBL: use your provider's relay; XBL: clean the infection) and request removal.",
      docsUrl: 'https://check.spamhaus.org/',
      source: 'help.kreativmedia.ch; simplefastwebsites.com',
    },

    // "spamhaus.org/query" | "spamhaus.org/lookup"
    {
      reply: '550',
      status: '5.7.1',
      text: ['spamhaus.org/query', 'spamhaus.org/lookup'],
      reason: 'blocked',
      meaning: 'The receiver points to a Spamhaus listing.',
      action: 'Look the IP up at check.spamhaus.org and request removal.',
      docsUrl: 'https://check.spamhaus.org/',
      source: 'Web write-ups of real bounces; sisimai',
    },

    // "Error: open resolver" | "Spamhaus DNSBL query via open resolver"
    // A fault of the receiver's DNS set-up, not a listing of the sender.
    {
      reply: '554',
      text: ['error: open resolver', 'spamhaus dnsbl query via open resolver'],
      reason: 'systemerror',
      meaning: 'The receiver queries Spamhaus through a public DNS resolver, so its lookups fail; your IP may not be listed at all.',
      action: "Tell the receiver's admin; nothing is wrong on your side.",
      docsUrl: 'https://www.spamhaus.org/faq/section/Spamhaus%20BL%20Queries',
      source: 'simplefastwebsites.com',
    },
  ],
} as const satisfies ProviderRules;
