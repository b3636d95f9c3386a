import type {ProviderRules} from '../types.ts';

/**
 * Tuta (formerly Tutanota; Tutao GmbH, Germany): end-to-end encrypted mail at tuta.com, tuta.io,
 * tutanota.com, tutanota.de, tutamail.com and keemail.me, and custom domains it hosts. All of them
 * receive at mail.tutanota.de, the MX Tuta has custom domains publish. Tuta publishes no list of its
 * SMTP replies; it checks incoming mail against DNS block lists first, and senders a user discards
 * are dropped silently (no bounce). No rows.
 */
export default {
  info: {
    id: 'tuta',
    name: 'Tuta (Tutanota)',
    names: ['tutanota', 'tuta mail'],
    hostSuffixes: [
      'mail.tutanota.de', // the MX of Tuta-hosted domains ("MX 10 mail.tutanota.de" with "v=spf1 include:spf.tutanota.de -all" in many public DNS set-ups; forwardemail.net's provider table gives Tuta's MX as mail.tutanota.de; echo-258/MPAT targets.py delivers to @tutanota.com through it) (third-party records)
    ],
    replyMarkers: [],
    mailboxDomains: ['tuta.com', 'tuta.io', 'tutanota.com', 'tutanota.de', 'tutamail.com', 'keemail.me'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES: tuta.com, tuta.io, tutanota.com, tutanota.de, tutamail.com); a free-mail domain list in public code grouping tutanota.de, tutanota.com, tutamail.com, tuta.io and keemail.me',
    docsUrl: 'https://tuta.com/support/howto',
    source: 'Tuta FAQ (tuta.com/support/howto: custom domains need MX, SPF, DKIM, DMARC records; tuta.com/pt-br/support/paid: incoming mail checked against DNS block lists, "Discard" drops mail silently); MX from public DNS set-ups (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
