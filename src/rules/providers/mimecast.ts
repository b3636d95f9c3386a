import type {ProviderRules} from '../types.ts';

const errorCodesPage = 'https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes';
const sisimaiSource = 'Mimecast SMTP error code KB, as quoted in sisimai rhost/for-mimecast.go';

/**
 * Mimecast email security gateway, in front of many organisations.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'mimecast',
    name: 'Mimecast',
    names: ['mimecast'],
    hostSuffixes: [
      '.mimecast.com', // *-smtp-inbound-*.mimecast.com
    ],
    replyMarkers: [
      'community.mimecast.com',
      // Mimecast's own rejection texts, from its SMTP error code KB as sisimai rhost/for-mimecast.go quotes it (the rows' source).
      'rejected by header based anti-spoofing policy',
      'anti-spoofing policy - inbound not allowed',
      'dmarc sender invalid - envelope rejected',
      'message bounced due to content examination policy',
    ],
    docsUrl: errorCodesPage,
    source: 'sisimai rhost/lib.go, rhost/for-mimecast.go',
  },
  rows: [
    // "Rejected by header based Anti-Spoofing policy"
    {
      reply: '550',
      text: ['rejected by header based anti-spoofing policy'],
      reason: 'policyviolation',
      meaning: "A header-based anti-spoofing policy fired (the From looks like the recipient's own domain).",
      action: "The recipient's admin has to add an anti-spoofing bypass for your address or IP.",
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Anti-Spoofing policy - Inbound not allowed"
    {
      reply: '550',
      text: ['anti-spoofing policy - inbound not allowed'],
      reason: 'policyviolation',
      meaning: 'An anti-spoofing policy on the envelope fired.',
      action: "The recipient's admin has to add an anti-spoofing bypass.",
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "SPF Sender Invalid - envelope rejected"
    {
      reply: '550',
      text: ['spf sender invalid - envelope rejected'],
      reason: 'authfailure',
      meaning: "The sending IP is not in the sender domain's SPF record (hard fail).",
      action: 'Add all sending IPs to the SPF record.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "DKIM Sender Invalid - envelope rejected"
    {
      reply: '550',
      text: ['dkim sender invalid - envelope rejected'],
      reason: 'authfailure',
      meaning: 'The DKIM signature is broken or does not match the published key.',
      action: 'Fix the DKIM key and selector.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "DMARC Sender Invalid - envelope rejected"
    {
      reply: '550',
      text: ['dmarc sender invalid - envelope rejected'],
      reason: 'authfailure',
      meaning: 'The message failed DMARC.',
      action: 'Align SPF or DKIM with the From domain.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Local CT IP Reputation - (Reject)"
    {
      reply: '550',
      text: ['local ct ip reputation - (reject)'],
      reason: 'badreputation',
      meaning: 'The sending IP has a poor reputation.',
      action: 'Ask Mimecast to review the IP; the recipient can add a permitted-senders policy.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Internal resources are temporarily unavailable"
    {
      reply: '451',
      text: ['internal resources are temporarily unavailable'],
      reason: 'badreputation',
      meaning: 'Greylisting, or a deferral because of a poor IP reputation.',
      action: 'Let your server retry (from one minute up to twelve hours).',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Sender address blocked"
    {
      reply: '421',
      text: ['sender address blocked'],
      reason: 'blocked',
      meaning: "A Blocked Senders policy of the recipient's organisation refused you.",
      action: 'The recipient has to remove the block.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "IP temporarily blacklisted"
    {
      reply: '451',
      text: ['ip temporarily blacklisted'],
      reason: 'blocked',
      meaning: 'The IP made too many invalid connections and is blocked for a while.',
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Administrative prohibition envelope blocked"
    {
      reply: '550',
      text: ['administrative prohibition envelope blocked'],
      reason: 'rejected',
      meaning: 'A Blocked Senders policy, or an SPF hard fail, refused the sender.',
      action: 'The recipient has to change the policy; check SPF too.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Envelope blocked - User Entry"
    {
      reply: '550',
      text: ['envelope blocked - user entry'],
      reason: 'rejected',
      meaning: "The recipient's personal block list contains your address or domain.",
      action: 'Ask the recipient to unblock you.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "This route requires encryption (TLS)"
    {
      reply: '553',
      text: ['this route requires encryption (tls)'],
      reason: 'failedstarttls',
      meaning: 'A secure delivery policy requires TLS for this route.',
      action: 'Enable TLS on the sending server.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Maximum email size exceeded"
    {
      reply: '554',
      text: ['maximum email size exceeded'],
      reason: 'mesgtoobig',
      meaning: 'The message is over the size limit of the policy or of the service.',
      action: 'Send a smaller message.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Mail loop detected"
    {
      reply: '554',
      text: ['mail loop detected'],
      reason: 'networkerror',
      meaning: 'The message passed through more than 25 servers: a mail loop.',
      action: 'Fix the forwarding loop.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Open relay not allowed"
    {
      reply: '451',
      text: ['open relay not allowed'],
      reason: 'norelaying',
      meaning: 'Sender and recipient are both outside Mimecast, and the connecting IP is not an authorised outbound address.',
      action: 'Have the Mimecast customer register your IP as an authorised outbound address.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "message bounced due to content examination policy"
    {
      reply: '550',
      text: ['message bounced due to content examination policy'],
      reason: 'policyviolation',
      meaning: 'A Content Examination policy bounced the message.',
      action: 'The recipient has to adjust the policy.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Host network not allowed"
    {
      reply: '554',
      text: ['host network not allowed'],
      reason: 'policyviolation',
      meaning: 'A geographic restriction policy refuses mail from your network.',
      action: 'The recipient has to amend the policy.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },
  ],
} as const satisfies ProviderRules;
