import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://support.apple.com/en-us/102322';
const observedSource = 'Observed bounces (smtp.codes/icloud, suped.com); sisimai rhost/for-apple.go';

/**
 * iCloud Mail: icloud.com, me.com and mac.com addresses.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'apple',
    name: 'Apple iCloud Mail',
    names: ['icloud', 'icloud mail'],
    hostSuffixes: [
      '.icloud.com', // mx01.mail.icloud.com, mx02.mail.icloud.com
      '.me.com',
      '.mac.com',
      '.apple.com',
      // Hide My Email's relay (Sign in with Apple): smtp1.privaterelay.appleid.com receives for the
      // relay addresses and forwards to the person's own (Apple Developer, "Communicating using the
      // private email relay service"; Twilio SendGrid, "Configuring Sign in with Apple").
      '.privaterelay.appleid.com',
    ],
    replyMarkers: [
      '[cs01]',
      '[cs02]',
      '[hm07]',
      '[hm08]',
      '[hme1]',
      'support.apple.com/en-us/ht204137', // linked from iCloud replies
    ],
    mailboxDomains: ['icloud.com', 'me.com', 'mac.com'],
    mailboxDomainsSource: 'Apple Support 118230 (HT201771), "About your @icloud.com, @me.com, and @mac.com email addresses"',
    docsUrl: postmasterPage,
    source: 'bentonow.com (MX names); sisimai rhost/lib.go, rhost/for-apple.go',
  },
  rows: [
    // "[CS01] Message rejected due to local policy"
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'CS01',
      text: ['[cs01] message rejected due to local policy'],
      reason: 'policyviolation',
      meaning: "Refused by iCloud's local policy (filtering or reputation; reportedly tied to Cloudmark).",
      action: 'Check authentication, reputation and links; if it persists, contact iCloud postmaster support with your logs.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "[HM07]" | "[HM08] Message rejected due to local policy"
    {
      reply: '554',
      status: '5.7.1',
      providerCode: 'HM07|HM08',
      text: ['[hm07]', '[hm08] message rejected due to local policy'],
      reason: 'policyviolation',
      meaning: "Refused by iCloud's local policy (reputation or content).",
      action: 'Review content and the reputation of the sending IP.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    {
      reply: '554',
      status: '5.7.1',
      providerCode: 'CS02',
      text: ['[cs02]'],
      reason: 'policyviolation',
      meaning: "Refused by iCloud's local policy.",
      action: 'Check authentication, reputation and links, as for CS01.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "[HME1]" | "failing both SPF and DKIM"
    {
      reply: '554',
      status: '5.7.1',
      providerCode: 'HME1',
      text: ['[hme1]', 'failing both spf and dkim'],
      reason: 'authfailure',
      meaning: 'The message failed both SPF and DKIM.',
      action: 'Fix SPF and DKIM for the sending domain.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "rejected due to * DMARC policy"
    // The From domain sits in the middle ("rejected due to <domain>'s DMARC policy"); the fixed
    // tail is kept.
    {
      reply: '554',
      status: '5.7.1',
      text: ["'s dmarc policy"],
      reason: 'authfailure',
      meaning: "The From domain's DMARC policy asked for rejection and the message failed DMARC.",
      action: 'Align SPF or DKIM with the From domain.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "Blocked - see https://support.proofpoint.com/dnsbl-lookup"
    {
      reply: '550',
      status: '5.7.0',
      text: ['blocked - see https://support.proofpoint.com/dnsbl-lookup'],
      reason: 'blocked',
      meaning: 'The sending IP is blocked by the Proofpoint reputation service iCloud uses.',
      action: 'Look the IP up at Proofpoint and request delisting.',
      docsUrl: 'https://ipcheck.proofpoint.com/',
      source: observedSource,
    },

    // "present in the Spamhaus DBL"
    {
      reply: '550',
      status: '5.7.1',
      text: ['present in the spamhaus dbl'],
      reason: 'spamdetected',
      meaning: 'A domain in the message is on the Spamhaus domain block list (DBL).',
      action: 'Remove the listed domains or links, or get them delisted.',
      docsUrl: 'https://www.spamhaus.org/dbl/',
      source: observedSource,
    },

    // "listing in Spamhaus SBL"
    {
      reply: '550',
      status: '5.7.1',
      text: ['listing in spamhaus sbl'],
      reason: 'blocked',
      meaning: 'The sending IP is on the Spamhaus SBL.',
      action: 'Request removal at Spamhaus.',
      docsUrl: 'https://check.spamhaus.org/',
      source: observedSource,
    },

    // "deferred due to excessive volume"
    {
      reply: '421',
      status: '4.7.1',
      text: ['deferred due to excessive volume'],
      reason: 'speeding',
      meaning: 'Too much mail to this recipient; iCloud is slowing it down.',
      action: 'Retry later at a lower rate.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "Service unavailable - try again later"
    {
      reply: '451',
      status: '4.7.1',
      text: ['service unavailable - try again later'],
      reason: 'systemerror',
      meaning: 'iCloud refused for the moment, usually under peak load.',
      action: 'Retry later.',
      docsUrl: postmasterPage,
      source: 'smtp.codes/icloud',
    },

    // "user does not exist" | "unknown or illegal alias"
    {
      reply: '550',
      status: '5.1.1',
      text: ['user does not exist', 'unknown or illegal alias'],
      reason: 'userunknown',
      meaning: 'The recipient does not exist.',
      action: 'Remove the address.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "inactive email address"
    {
      reply: '550',
      status: '5.1.1',
      text: ['inactive email address'],
      reason: 'userunknown',
      meaning: 'The iCloud address has been deactivated by its owner; it may come back but usually does not.',
      action: 'Stop sending to it; suppress it if it keeps bouncing.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "recipient no longer on server"
    {
      reply: '550',
      status: '5.1.6',
      text: ['recipient no longer on server'],
      reason: 'hasmoved',
      meaning: 'The recipient is no longer on this server.',
      action: 'Remove the address or find the new one.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "user is over quota"
    {
      reply: '552',
      status: '5.2.2',
      text: ['user is over quota'],
      reason: 'mailboxfull',
      meaning: "The recipient's mailbox is over quota.",
      action: 'Retry later.',
      docsUrl: postmasterPage,
      source: observedSource,
    },

    // "Relay access denied"
    {
      reply: '554',
      status: '5.7.1',
      text: ['relay access denied'],
      reason: 'norelaying',
      meaning: 'iCloud does not accept mail for that domain.',
      action: "Check the recipient's domain and its MX records.",
      docsUrl: postmasterPage,
      source: observedSource,
    },
  ],
} as const satisfies ProviderRules;
