import type {ProviderRow, ProviderRules} from '../types.ts';

const errorCodesPage = 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/';
const sisimaiSource = 'sisimai rhost/for-franceptt.go (postmastery.com, smtpfieldmanual.com)';
const numbersSource = 'sisimai/rb-sisimai lib/sisimai/rhost/franceptt.rb ErrorCodes: the codes of Orange and La Poste (LPN, LPNAAA, OFR, OUK) read by their last three digits, each with the reply it quotes (its sources: postmastery.com "Orange postmaster SMTP error codes", smtpfieldmanual.com/provider/orange)';

/** One of Orange's and La Poste's codes by its number: the reply writes it after an underscore or a hyphen. */
function code(number: string, reason: ProviderRow['reason'], meaning: string, action: string): ProviderRow {
  return {text: [`_${number}`, `-${number}`], reason, meaning, action, docsUrl: errorCodesPage, source: numbersSource};
}

/**
 * Orange (orange.fr, wanadoo.fr) and La Poste (laposte.net) mail in France.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'orange',
    name: 'Orange / La Poste',
    hostSuffixes: [
      '.orange.fr',
      '.wanadoo.fr',
      '.laposte.net',
    ],
    // The reference markers "OFR" and "LPN" are too short to be safe; these longer forms keep them
    // specific.
    replyMarkers: [
      'ofr_', // Orange codes: OFR_416, OFR_506, ...
      'ofr0', // OFR005_104, OFR006_102, ...
      'lpn0', // La Poste codes: LPN004_401, LPN007_102, ...
      'lpn1', // LPN105_104
      'lpn4', // LPN416
      'lpnaaa',
      'mwinf', // Orange server names in replies, e.g. "550 mwinf5c04 ME" (sisimai rhost/for-franceptt.go)
    ],
    mailboxDomains: ['orange.fr', 'wanadoo.fr', 'laposte.net'],
    mailboxDomainsSource: 'Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: errorCodesPage,
    source: 'sisimai rhost/lib.go, rhost/for-franceptt.go',
  },
  rows: [
    // Orange and La Poste codes for the same error.
    {
      providerCode: 'OFR_416 / LPN416',
      text: ['ofr_416', 'lpn416'],
      reason: 'userunknown',
      meaning: 'At least one recipient address is invalid.',
      action: 'Remove the address.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'OFR_417',
      text: ['ofr_417'],
      reason: 'mailboxfull',
      meaning: "The recipient's mailbox is full.",
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // Orange and La Poste codes for the same error.
    {
      providerCode: 'OFR005_104 / LPN105_104',
      text: ['ofr005_104', 'lpn105_104'],
      reason: 'toomanyconn',
      meaning: 'Too many connections from the sending server.',
      action: 'Open fewer connections at once.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // Orange and La Poste codes for the same error.
    {
      providerCode: 'OFR006_102 / LPN007_102',
      text: ['ofr006_102', 'lpn007_102'],
      reason: 'blocked',
      meaning: 'The source IP is blocked for spam (the reply cites Cloudmark or SenderScore).',
      action: 'Get the IP delisted at the service named in the reply.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'LPN004_401',
      text: ['lpn004_401'],
      reason: 'authfailure',
      meaning: 'The SPF check failed.',
      action: 'Fix the SPF record of the sending domain.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'LPN007_517',
      text: ['lpn007_517'],
      reason: 'authfailure',
      meaning: 'DMARC verification failed.',
      action: 'Align SPF or DKIM with the From domain.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'OFR_506',
      text: ['ofr_506'],
      reason: 'spamdetected',
      meaning: 'The message was refused as spam.',
      action: 'Review the content.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'LPN007_420',
      text: ['lpn007_420'],
      reason: 'suspend',
      meaning: 'The recipient mailbox is archived (inactive).',
      action: 'Stop sending to this address.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "421 4.2.0 Service refusé. Veuillez essayer plus tard. Service refused, please try later.
    // OFR005_505 [505]": the Orange system itself is unavailable.
    {
      providerCode: 'OFR005_505',
      text: ['ofr005_505'],
      reason: 'systemerror',
      meaning: 'Orange could not take the message because of a fault on its side.',
      action: 'Retry later; nothing to change on your side.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "Service refusé. Veuillez essayer plus tard. Service refused, please try later. OFR_999 /
    // LPN001_108 / LPN006_107": the generic refusal of a sending IP that Orange or La Poste
    // distrusts (reputation, volume, blocklist).
    {
      text: ['service refused, please try later', 'service refuse. veuillez essayer plus tard'],
      reason: 'blocked',
      meaning: 'Orange or La Poste refuses mail from your sending IP for now (reputation, volume or a blocklist).',
      action: 'Slow down, check blocklists for your IP, and contact the Orange postmaster if it lasts.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416": La Poste names
    // the recipient invalid whatever the code, and says it after the data.
    {
      text: ['destinataire invalide. invalid recipient'],
      reason: 'userunknown',
      meaning: 'The recipient address does not exist at Orange or La Poste.',
      action: 'Remove the address.',
      docsUrl: errorCodesPage,
      source: sisimaiSource,
    },

    // Every code by its number, whatever its prefix and server part (OFR004_405, LPN105_405,
    // OFR_405, LPN105-104): the number names the error.
    code('101', 'blocked', 'La Poste blocks your sending IP: it is on a blocklist (Spamhaus) it consults.', 'Look the IP up on the blocklist the reply links and request delisting.'),
    code('102', 'blocked', 'Orange or La Poste blocks your sending IP for spam it sent (a reputation list, Cloudmark or Senderscore).', 'Stop the spam, then request a reset through the link in the reply.'),
    code('103', 'blocked', 'Orange refuses mail from your sending IP for now.', 'Slow down and retry later; contact the Orange postmaster if it lasts.'),
    code('104', 'toomanyconn', 'Your server opened too many connections at once.', 'Open fewer connections at once and retry.'),
    code('305', 'securityerror', 'The authentication code your server gave is invalid.', 'Check the credentials your server sends.'),
    code('401', 'authfailure', 'Your server is not allowed to send for the sender\'s domain by its SPF record.', 'Add your sending server to the domain\'s SPF record.'),
    code('402', 'securityerror', 'Authentication is required to send through this server.', 'Configure your server to authenticate.'),
    code('403', 'rejected', 'The sender address is invalid.', 'Send from a valid address whose domain exists.'),
    code('405', 'rejected', 'The sender address is invalid.', 'Send from a valid address whose domain exists.'),
    code('415', 'rejected', 'The sender address is invalid.', 'Send from a valid address whose domain exists.'),
    code('416', 'userunknown', 'At least one recipient address is invalid.', 'Remove the address.'),
    code('417', 'mailboxfull', 'The recipient\'s mailbox is full.', 'Retry later, or reach the recipient another way.'),
    code('420', 'suspend', 'The recipient\'s mailbox is archived: it takes no mail.', 'Stop sending to this address unless its owner reopens it.'),
    code('421', 'rejected', 'The sender address is not owned by the account that sends.', 'Send from an address of the authenticated account.'),
    code('426', 'suspend', 'The recipient\'s account is blocked.', 'Pause mail to this address; remove it if it stays blocked.'),
    code('505', 'systemerror', 'Orange could not take the message because of a fault on its side.', 'Retry later; nothing to change on your side.'),
    code('506', 'spamdetected', 'The message was rejected as spam.', 'Change what looks like spam in the message and check your authentication.'),
    code('510', 'blocked', 'La Poste refuses mail from your sending IP.', 'Slow down, check blocklists for your IP, and contact the La Poste postmaster if it lasts.'),
    code('514', 'mesgtoobig', 'The message is larger than the limit.', 'Send a smaller message.'),
    code('517', 'authfailure', 'The message failed DMARC verification.', 'Align SPF or DKIM with the From domain.'),
    code('630', 'policyviolation', 'La Poste refuses the client host by its policy.', 'Contact the La Poste postmaster.'),
    code('999', 'blocked', 'Orange refuses mail from your sending IP for now.', 'Slow down and retry later; contact the Orange postmaster if it lasts.'),
  ],
} as const satisfies ProviderRules;
