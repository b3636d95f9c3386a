import type {ProviderRules} from '../types.ts';

const errorCodesPage = 'https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/';
const sisimaiSource = 'sisimai rhost/for-franceptt.go (postmastery.com, smtpfieldmanual.com)';

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
  ],
} as const satisfies ProviderRules;
