import type {ProviderRow, ProviderRules} from '../types.ts';

const errorCodesPage = 'https://community.mimecast.com/s/article/email-security-cloud-gateway-mimecast-smtp-error-codes';
const sisimaiSource = 'Mimecast SMTP error code KB, as quoted in sisimai rhost/for-mimecast.go';
const listSource = 'Mimecast\'s KB "Email Security Cloud Gateway - Mimecast SMTP Error Codes" (community.mimecast.com), as sisimai/rb-sisimai lib/sisimai/rhost/mimecast.rb transcribes it code by code: the reply code, its words, and what each means';

/** One of Mimecast's published errors: its reply code and its words together. */
function code(reply: string, text: string, reason: ProviderRow['reason'], meaning: string, action: string): ProviderRow {
  return {reply, text: [text], reason, meaning, action, docsUrl: errorCodesPage, source: listSource};
}

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

    // The rest of Mimecast's published list of its SMTP errors, each with its reply code: the code
    // and the words together name the row.
    code('451', 'recipient temporarily unavailable', 'blocked', 'Mimecast put your sending IP on its block list for too many invalid connections, or the recipient\'s address check does not answer.', 'Let your server retry; stop connections Mimecast does not expect from that IP.'),
    code('550', 'envelope blocked - user domain entry', 'rejected', 'A recipient\'s personal block list holds the sender\'s domain.', 'Ask the recipient to remove the domain from their blocked senders.'),
    code('550', 'rejected by header-based manually blocked senders - block for manual block', 'rejected', 'The recipient\'s organization blocks the sender by its header From address.', 'Ask the recipient\'s administrators to change the Blocked Senders policy.'),
    code('550', 'rejected by header-based blocked senders - block policy for header from', 'rejected', 'A Blocked Senders policy rejects the message by its header From address.', 'Ask the recipient\'s administrators to change the Blocked Senders policy.'),
    code('550', 'envelope rejected - block policy for envelope from address', 'rejected', 'A Blocked Senders policy rejects the message by its envelope sender.', 'Ask the recipient\'s administrators to change the Blocked Senders policy.'),
    code('550', 'journal messages past the expiration', 'expired', 'Journaled messages older than the expiry threshold are refused.', 'Check the mail server\'s clock and stop journaling messages past the threshold.'),
    // Written with 451 and with 550: the words alone name it.
    {...code('451', 'the incorrect hostname used for inbounds', 'networkerror', 'The recipient\'s domain has MX records that point at a Mimecast host name meant for other traffic.', 'The domain\'s owner should point its MX records at Mimecast\'s inbound host names only.'), reply: undefined},
    code('451', 'open relay is not allowed', 'norelaying', 'Neither the sender\'s nor the recipient\'s domain is Mimecast\'s customer, or the connecting IP is not authorized to relay.', 'Send through your own provider; a Mimecast customer should have its outbound IP authorized.'),
    code('451', 'account inbounds disabled', 'notaccept', 'Inbound mail is disabled for the recipient\'s Mimecast account.', 'The recipient\'s organization should contact Mimecast support.'),
    code('451', 'account outbounds disabled', 'onhold', 'Outbound mail is disabled for the sender\'s Mimecast account.', 'Contact Mimecast support to allow the account\'s outbound mail.'),
    code('451', 'hostname is not authorized', 'onhold', 'Omni-directional host names are enabled for the account.', 'Disable omni-directional host names in the account.'),
    code('550', 'journal message past expiration', 'onhold', 'Journaled mail past the expiry threshold is retried, not accepted.', 'Check the mail server\'s clock and stop journaling old messages.'),
    code('554', 'host network, not allowed', 'policyviolation', 'A Geographical Restriction policy refuses the sending network.', 'Ask the recipient\'s administrators to amend the policy.'),
    code('535', 'incorrect authentication data', 'securityerror', 'The credentials given for sending through Mimecast were wrong.', 'Check the user name and the Mimecast cloud password.'),
    code('550', 'submitter failed to authenticate', 'securityerror', 'The submitting server did not authenticate.', 'Configure authentication for submission.'),
    code('553', 'this route requires tls version 1.2 or greater', 'failedstarttls', 'The recipient requires TLS 1.2 or later, and the connection used an older version.', 'Use TLS 1.2 or later on the sending server.'),
    code('553', 'this route requires high-strength ciphers', 'failedstarttls', 'The recipient requires stronger TLS ciphers than the connection used.', 'Enable strong ciphers on the sending server.'),
    code('554', 'configuration is invalid for this certificate', 'securityerror', 'The umbrella account\'s domain names do not match the DNS.', 'List the required umbrella accounts in DNS.'),
    code('451', 'unable to process connection at this time', 'systemerror', 'The Mimecast server is under maximum load.', 'Retry later; the message will be processed when resources are free.'),
    code('451', 'message ended early', 'systemerror', 'The message was cut off before its end (a firewall or a security device on the way).', 'Check firewalls and SMTP inspection between the servers.'),
    code('451', 'unable to process command', 'systemerror', 'Mimecast failed to process the command for an unknown reason.', 'Retry later; contact Mimecast support if it lasts.'),
    code('451', 'unable to process an email at this time', 'systemerror', 'Mimecast failed to process the message for an unknown reason.', 'Retry later; contact Mimecast support if it lasts.'),
    code('451', 'account service is temporarily unavailable', 'toomanyconn', 'Too many connections are open to the account at once.', 'Open fewer connections at once; use only authorized IPs.'),
    code('452', 'too many recipients', 'toomanyconn', 'More than 100 recipients were given for one message.', 'Send to at most 100 recipients per message.'),
    code('550', 'exceeding outbound thread limit', 'toomanyconn', 'Too many outbound connections are open for the account.', 'Send in smaller batches.'),
    code('501', 'invalid address', 'userunknown', 'The address is no valid SMTP address.', 'Correct the address.'),
    code('550', 'invalid recipient', 'userunknown', 'The recipient is no valid internal user of the organization.', 'Remove the address.'),
    code('554', 'email rejected due to security policies', 'virusdetected', 'A virus signature or a spam score over the threshold was found.', 'Clean the message; contact the recipient to permit your address if it is legitimate.'),
  ],
} as const satisfies ProviderRules;
