import type {ProviderRules} from '../types.ts';

const errorCodesPage = 'https://senders.yahooinc.com/smtp-error-codes/';
const senderHubSource = 'Yahoo Sender Hub SMTP error codes (archived 2026-02-15); wording from observed bounces and sisimai rhost/for-yahooinc.go';

/**
 * Yahoo Inc. mail: yahoo.com, aol.com and the other domains it hosts.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'yahoo',
    name: 'Yahoo / AOL',
    names: ['yahoo', 'yahoo!', 'aol', 'ymail'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "AOL": AOL Mail, aol.com (host smtp.aol.com).
      'smtp.aol.com',
      '.yahoodns.net', // mta5-7.am0.yahoodns.net, mx-aol.mail.gm0.yahoodns.net
      '.yahoo.com',
      '.mail.aol.com',
      '.mx.aol.com',
    ],
    replyMarkers: [
      '[tss04]',
      '[tss09]',
      '[tss11]',
      '[ts01]',
      '[ts02]',
      '[ts03]',
      '[ph01]',
      '[bl21]',
      '[bl23]',
      // Its deferral's own sentence, whatever its bracketed code: "[TSS04] Messages from <ip>
      // temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see
      // https://postmaster.yahooinc.com/error-codes" (as smtpfieldmanual.com and Maileroo's
      // "Yahoo's TSS04 error" quote it whole).
      'temporarily deferred due to unexpected volume or user complaints',
      'postmaster.yahooinc.com',
      'senders.yahooinc.com',
      'postmaster.yahoo.com', // older links (sisimai rhost/for-yahooinc.go)
      // AOL's legacy postmaster site, whose error pages its refusals link ("421 4.7.1 : (DYN:T1)
      // http://postmaster.info.aol.com/errors/421dynt1.html", as SendGrid's docs "Email Error
      // Messages" quote one among the 421 deferrals).
      'postmaster.info.aol.com',
      // Its older refusal of a message for its policies, a code of the check between
      // ("554 Message not allowed - [PH01] Email not accepted for policy reasons"; "DK" for
      // DomainKeys): Momentum's rules for yahoo.com give the reply (Message Systems, Momentum 3
      // documentation, "The adaptive_rules.lua File": "^554 Message not allowed\\. DK Email not
      // accepted for policy reasons", "Have you configured DK correctly?").
      'email not accepted for policy reasons',
      'doesn\'t have a yahoo.com account', // "554 delivery error: dd This user doesn't have a yahoo.com account" (the row's source)
    ],
    mailboxDomains: ['yahoo.com', 'ymail.com', 'rocketmail.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'aol.com', 'aim.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains) (yahoo.com, ymail.com, rocketmail.com, aol.com); Evavic44\'s gist "A list of popular email domains (TLDs) - 2023" (the country domains); technikhil314\'s gist "List of all public email provider domains" (aim.com). AOL Mail is run by Yahoo Inc.',
    docsUrl: errorCodesPage,
    source: 'Yahoo Sender Hub; observed bounces (pastebin); sisimai samples',
  },
  rows: [
    {
      reply: '421',
      status: '4.7.0',
      providerCode: 'TSS04',
      text: ['[tss04]', 'temporarily deferred due to unexpected volume or user complaints'],
      reason: 'badreputation',
      meaning: 'Yahoo is deferring mail from the IP because of unexpected volume or user complaints.',
      action: 'Retry later and review consent and complaints; if it lasts more than two days, contact Yahoo sender support.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    {
      reply: '421',
      status: '4.7.0',
      providerCode: 'TS01|TS02',
      text: ['[ts01]', '[ts02]'],
      reason: 'badreputation',
      meaning: 'Yahoo is deferring mail because of complaints, spam-like traits or a poor IP or network reputation.',
      action: 'Retry later and review content and sending practices.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    {
      reply: '421',
      status: '4.7.1',
      providerCode: 'TS03',
      text: ['[ts03]'],
      reason: 'blocked',
      meaning: 'Every message from the IP is deferred for good, even though the code looks temporary.',
      action: 'Stop and fix list and volume practices before sending again.',
      docsUrl: 'https://help.yahoo.com/kb/postmaster/SLN3436.html',
      source: 'Yahoo help SLN3436 (archived); observed bounces',
    },

    // "[TSS09]" | "[TSS11]" | "will be permanently deferred"
    {
      reply: '553',
      status: '5.7.2',
      providerCode: 'TSS09|TSS11',
      text: ['[tss09]', '[tss11]', 'will be permanently deferred'],
      reason: 'blocked',
      meaning: 'Every message from the IP is refused for good; retrying will not help.',
      action: 'Stop sending from that IP, repair its reputation and contact Yahoo sender support.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    {
      reply: '554',
      providerCode: 'PH01',
      text: ['[ph01]'],
      reason: 'spamdetected',
      meaning: 'Refused for its content: malware, phishing or bad links.',
      action: 'Remove the offending content or links and check your systems for abuse.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    // "Message not accepted for policy reasons"
    {
      reply: '554',
      status: '5.7.9',
      text: ['message not accepted for policy reasons'],
      reason: 'policyviolation',
      meaning: 'Refused for policy reasons, most often a DKIM or DMARC failure of the sending domain.',
      action: 'Check DKIM signing and DMARC alignment, then resend.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    // "requires all senders to authenticate with either SPF or DKIM"
    {
      reply: '550',
      status: '5.7.9',
      text: ['requires all senders to authenticate with either spf or dkim'],
      reason: 'authfailure',
      meaning: 'The sender passed neither SPF nor DKIM.',
      action: 'Set up SPF or DKIM (bulk senders need SPF, DKIM and DMARC).',
      docsUrl: errorCodesPage,
      source: 'sisimai rhost/for-yahooinc.go',
    },

    // "[BL21]" | "[BL23]" | "Spamhaus"
    {
      reply: '553',
      status: '5.7.1',
      providerCode: 'BL21|BL23',
      text: ['[bl21]', '[bl23]', 'spamhaus'],
      reason: 'blocked',
      meaning: 'The connecting IP is listed at Spamhaus.',
      action: 'Clean up the cause, then request removal at Spamhaus.',
      docsUrl: errorCodesPage,
      source: 'sisimai rhost/for-yahooinc.go',
    },

    // "delivery error: dd This user doesn't have a"
    {
      reply: '554',
      text: ["delivery error: dd this user doesn't have a"],
      reason: 'userunknown',
      meaning: 'There is no Yahoo account with this address.',
      action: 'Remove the address; do not retry.',
      docsUrl: errorCodesPage,
      source: 'Sample failure notice on Yahoo Sender Hub; sisimai rhost/for-yahooinc.go',
    },

    // "is no longer valid"
    {
      reply: '554',
      text: ['is no longer valid'],
      reason: 'suspend',
      meaning: 'The recipient address has been deactivated.',
      action: 'Remove the address from your lists.',
      docsUrl: errorCodesPage,
      source: 'sisimai rhost/for-yahooinc.go',
    },

    // "This mailbox is disabled (554.30)"
    {
      reply: '554',
      text: ['this mailbox is disabled (554.30)'],
      reason: 'suspend',
      meaning: 'The recipient mailbox is disabled.',
      action: 'Stop sending to this address.',
      docsUrl: errorCodesPage,
      source: 'sisimai rhost/for-yahooinc.go',
    },

    // "Requested mail action aborted, mailbox not found"
    {
      reply: '552',
      text: ['requested mail action aborted, mailbox not found'],
      reason: 'userunknown',
      meaning: 'The recipient mailbox was not found.',
      action: 'Remove the address.',
      docsUrl: errorCodesPage,
      source: 'sisimai rhost/for-yahooinc.go',
    },

    // "User is receiving mail too quickly"
    {
      reply: '450',
      text: ['user is receiving mail too quickly'],
      reason: 'speeding',
      meaning: 'The recipient is receiving mail too fast.',
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: 'smtp.codes/yahoo; sisimai rhost/for-yahooinc.go',
    },

    // "Max message per connection reached"
    {
      reply: '421',
      text: ['max message per connection reached'],
      reason: 'toomanyconn',
      meaning: 'The limit of messages per connection was reached.',
      action: 'Open a new connection and send fewer messages per connection.',
      docsUrl: errorCodesPage,
      source: 'smtp.codes/yahoo; sisimai rhost/for-yahooinc.go',
    },

    // "unresolvable RFC.5321 from domain"
    {
      reply: '451',
      text: ['unresolvable rfc.5321 from domain'],
      reason: 'rejected',
      meaning: 'The sender domain does not resolve in DNS (451 while DNS times out, 554 when it fails for good).',
      action: 'Make the sender domain resolvable (SOA, plus A or MX records).',
      docsUrl: 'https://senders.yahooinc.com/error-codes#unresolvable-from-domain',
      source: senderHubSource,
    },

    // "Resources temporarily unavailable"
    {
      reply: '451',
      text: ['resources temporarily unavailable'],
      reason: 'systemerror',
      meaning: "Yahoo's servers are busy.",
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: senderHubSource,
    },

    // "Message temporarily deferred - 4.16"
    {
      reply: '421',
      text: ['message temporarily deferred - 4.16'],
      reason: 'badreputation',
      meaning: 'Older deferral with a 4.16.x detail, given for spam-like traits or complaints.',
      action: 'Retry later and review your sending practices.',
      docsUrl: errorCodesPage,
      source: 'Archived Yahoo postmaster text (copy on blog.csdn.net)',
    },
  ],
} as const satisfies ProviderRules;
