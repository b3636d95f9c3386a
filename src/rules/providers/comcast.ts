import type {ProviderRules} from '../types.ts';

const errorCodesPage = 'https://www.xfinity.com/support/articles/email-errors';
const postmasterSource = 'postmaster.comcast.net error code pages; xfinity.com email errors article';

/**
 * Comcast (Xfinity) mail for comcast.net addresses.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'comcast',
    name: 'Comcast / Xfinity',
    names: ['comcast', 'xfinity'],
    hostSuffixes: [
      '.comcast.net',
    ],
    replyMarkers: [
      'bl000', // BL000000-BL000111 block codes
      'es0000', // ES000001, ES000010
      'postmaster.comcast.net',
    ],
    mailboxDomains: ['comcast.net'],
    mailboxDomainsSource: 'Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: errorCodesPage,
    source: 'postmaster.comcast.net error codes; xfinity.com email errors article',
  },
  rows: [
    {
      reply: '550',
      providerCode: 'ES000001',
      text: ['es000001'],
      reason: 'blocked',
      meaning: "Mail came directly from Comcast's own dynamic or residential IP space.",
      action: 'Send through smtp.comcast.net or webmail; running your own server needs business service.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'ES000010',
      text: ['es000010'],
      reason: 'blocked',
      meaning: 'Mail came from dynamic or residential IP space elsewhere (judged by its reverse DNS).',
      action: "Use a static IP with proper reverse DNS, or your provider's mail server.",
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000000',
      text: ['bl000000'],
      reason: 'blocked',
      meaning: 'The IP sent mail in patterns typical of spam.',
      action: 'Fix your sending practices, then request removal.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000001',
      text: ['bl000001'],
      reason: 'blocked',
      meaning: 'The IP is on the Spamhaus ZEN blocklist.',
      action: 'Request removal at Spamhaus.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000010',
      text: ['bl000010'],
      reason: 'blocked',
      meaning: 'The IP has a poor standing in Cloudmark Sender Intelligence (CSI).',
      action: 'Request a reset at Cloudmark CSI.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000011',
      text: ['bl000011'],
      reason: 'blocked',
      meaning: 'The IP is on both Spamhaus ZEN and Cloudmark CSI.',
      action: 'Request removal at both.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000100',
      text: ['bl000100'],
      reason: 'blocked',
      meaning: 'The IP is on the SenderScore blocklist.',
      action: 'Request removal at SenderScore (Validity).',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000101',
      text: ['bl000101'],
      reason: 'blocked',
      meaning: 'The IP is on both Spamhaus ZEN and the SenderScore blocklist.',
      action: 'Request removal at both.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'BL000110',
      text: ['bl000110'],
      reason: 'blocked',
      meaning: 'The IP is on both the SenderScore blocklist and Cloudmark CSI.',
      action: 'Request removal at both.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    // "Too many sessions opened"
    {
      reply: '421',
      text: ['too many sessions opened'],
      reason: 'toomanyconn',
      meaning: 'Too many simultaneous connections from your IP.',
      action: 'Open fewer connections at once and retry.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },

    // "Reverse DNS failure"
    {
      reply: '421',
      text: ['reverse dns failure'],
      reason: 'requireptr',
      meaning: 'The reverse DNS lookup of the sending IP failed; Comcast treats it as temporary.',
      action: 'Fix the PTR record, then retry.',
      docsUrl: errorCodesPage,
      source: postmasterSource,
    },
  ],
} as const satisfies ProviderRules;
