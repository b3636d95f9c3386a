import type {ProviderRules} from '../types.ts';

const zohoSource = 'Zoho community threads; ZeptoMail SMTP error page; smtp.codes/zoho';
const smtpCodesPage = 'https://smtp.codes/zoho';

/**
 * Zoho Mail mailboxes and the ZeptoMail sending service.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'zoho',
    name: 'Zoho Mail / ZeptoMail',
    names: ['zoho', 'zoho mail', 'zeptomail'],
    hostSuffixes: [
      '.zoho.com', // mx.zoho.com, mx2.zoho.com, mx3.zoho.com (not confirmed in the corpus)
      '.zoho.eu',
      '.zoho.in',
      '.zeptomail.com',
    ],
    replyMarkers: [
      'detected by zoho mail',
    ],
    docsUrl: 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html',
    source: 'smtp.codes/zoho; MX names from general knowledge',
  },
  rows: [
    // "Unusual sending activity detected"
    {
      reply: '550',
      status: '5.4.6',
      text: ['unusual sending activity detected'],
      reason: 'rejected',
      meaning: 'Zoho stopped outgoing mail from the account after unusual sending activity.',
      action: 'Verify the account or contact Zoho support.',
      docsUrl: 'https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected',
      source: zohoSource,
    },

    // "Email Outgoing Blocked" | "Sender Address Blocked"
    {
      reply: '554',
      status: '5.1.8',
      text: ['email outgoing blocked', 'sender address blocked'],
      reason: 'rejected',
      meaning: 'Outgoing mail from the account is blocked.',
      action: 'Check the account for abuse and ask Zoho to unblock it.',
      docsUrl: 'https://help.zoho.com/portal/en/community/topic/554-5-1-8-email-outgoing-blocked-13-11-2017',
      source: zohoSource,
    },

    // "Relaying disallowed"
    {
      reply: '553',
      text: ['relaying disallowed'],
      reason: 'rejected',
      meaning: 'The account may not send with that From address or domain (in ZeptoMail: the From domain is not valid).',
      action: 'Send from a verified address or domain.',
      docsUrl: 'https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html',
      source: zohoSource,
    },

    // "Email rejected per DMARC policy"
    {
      reply: '550',
      status: '5.7.1',
      text: ['email rejected per dmarc policy'],
      reason: 'authfailure',
      meaning: "The message failed DMARC and the sender domain's policy is to reject.",
      action: 'Align SPF or DKIM with the From domain.',
      docsUrl: smtpCodesPage,
      source: zohoSource,
    },

    // "virus * detected by Zoho Mail"
    // The virus name sits in the middle ("virus <name> detected by Zoho Mail"); the fixed tail is
    // kept.
    {
      reply: '552',
      status: '5.7.1',
      text: ['detected by zoho mail'],
      reason: 'virusdetected',
      meaning: 'Zoho found a virus in the message.',
      action: 'Remove the infected content and scan the sending system.',
      docsUrl: smtpCodesPage,
      source: zohoSource,
    },

    // "Mail rejected by destination domain"
    // smtp.codes shows the non-standard reply code 541.
    {
      reply: '541',
      status: '5.4.1',
      text: ['mail rejected by destination domain'],
      reason: 'policyviolation',
      meaning: "A filter of the recipient's domain refused the message.",
      action: "Contact the recipient's admin.",
      docsUrl: smtpCodesPage,
      source: zohoSource,
    },
  ],
} as const satisfies ProviderRules;
