import type {ProviderRules} from '../types.ts';

const troubleshootingPage = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
const postmasterSource = 'Outlook.com Postmaster troubleshooting page (archived 2026-06-15)';

/**
 * Microsoft's consumer mail: outlook.com, hotmail.com, live.com and msn.com addresses.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'outlook-com',
    name: 'Outlook.com (Hotmail, Live, MSN)',
    names: ['hotmail', 'msn'],
    hostSuffixes: [
      '.olc.protection.outlook.com', // hotmail-com.olc..., outlook-com.olc...
      '.hotmail.com', // mx1-mx4.hotmail.com
    ],
    replyMarkers: [
      '(s3150)', // network block list
      '(s2017062302)', // mailbox unavailable: no such address (spamresource.com, 2023-09)
      '(s3140)',
      '(as3140)', // older form
      '(as3150)', // older form of (S3150), as the block list row's sources quote it
      'mail.live.com/mail/troubleshooting.aspx',
      'postmaster.live.com', // in 4.7.650 reputation deferrals (sisimai rhost/for-microsoft.go)
      'rp-001', // Outlook.com postmaster codes
      'rp-002',
      'rp-003',
      'sc-001',
      'sc-002',
      'sc-003',
      'sc-004',
      'dy-001',
      'dy-002',
      'ou-001',
      'ou-002',
    ],
    mailboxDomains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'live.co.uk', 'live.fr'],
    mailboxDomainsSource: 'Wikipedia "Outlook.com" (its accounts use @outlook.com and @hotmail.com; @live.com, @msn.com and others are maintained); the country domains from Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: troubleshootingPage,
    source: 'Outlook.com Postmaster troubleshooting page (lists mx1-mx4.hotmail.com); observed bounces',
    platform: {
      provider: 'microsoft365',
      source: 'Petri, "Outlook.com and Exchange Online: Two Services and a Common Infrastructure" (2017), quoting Microsoft: "Outlook.com and Exchange Online both run on the Office 365 infrastructure ... the two share a common core codebase"',
    },
  },
  rows: [
    {
      reply: '421',
      providerCode: 'RP-001',
      text: ['rp-001'],
      reason: 'badreputation',
      meaning: 'The IP went over the sending rate Outlook.com allows it, a limit set by its reputation.',
      action: 'Slow down, improve IP and domain reputation, and retry.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '421',
      providerCode: 'RP-002',
      text: ['rp-002'],
      reason: 'badreputation',
      meaning: 'The IP went over the per-connection rate Outlook.com allows it, a limit set by its reputation.',
      action: 'Send fewer messages per connection and retry.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '421',
      providerCode: 'RP-003',
      text: ['rp-003'],
      reason: 'badreputation',
      meaning: 'The IP went over the number of connections Outlook.com allows it, a limit set by its reputation.',
      action: 'Open fewer connections at once and retry.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'SC-001',
      text: ['sc-001'],
      reason: 'blocked',
      meaning: 'Refused for policy reasons: spam-like content or poor IP or domain reputation.',
      action: 'Fix the reputation or content, then use the Outlook.com sender support form.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'SC-002',
      text: ['sc-002'],
      reason: 'blocked',
      meaning: 'The IP was seen probing for valid addresses (namespace mining).',
      action: 'Stop address-verification probes and secure the server.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'SC-003',
      text: ['sc-003'],
      reason: 'blocked',
      meaning: 'The IP looks like an open proxy or open relay.',
      action: 'Close the open relay or proxy.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'SC-004',
      text: ['sc-004'],
      reason: 'blocked',
      meaning: 'The IP is blocked because of user complaints.',
      action: 'Join the Outlook.com complaint feedback loop (JMRP) and remove complainers.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'DY-001',
      text: ['dy-001'],
      reason: 'blocked',
      meaning: 'Mail came straight from a dynamic or residential IP.',
      action: "Send through your provider's mail server.",
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'DY-002',
      text: ['dy-002'],
      reason: 'blocked',
      meaning: 'The sending host looks compromised or infected.',
      action: 'Clean the host.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'OU-001',
      text: ['ou-001'],
      reason: 'blocked',
      meaning: 'Blocked for policy reasons; the reply points to a Spamhaus listing.',
      action: 'Check the IP at Spamhaus and request removal.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    {
      reply: '550',
      providerCode: 'OU-002',
      text: ['ou-002'],
      reason: 'blocked',
      meaning: 'Blocked for policy reasons: spam-like content or poor reputation.',
      action: 'Improve the reputation and content.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    // "does not meet the required authentication level"
    {
      reply: '550',
      status: '5.7.515',
      text: ['does not meet the required authentication level'],
      reason: 'authfailure',
      meaning: 'A domain sending more than 5,000 messages a day failed the SPF, DKIM and DMARC requirements.',
      action: 'Authenticate the mail and publish DMARC aligned with the From domain.',
      docsUrl: troubleshootingPage,
      source: postmasterSource,
    },

    // "Requested action not taken: mailbox unavailable (S2017062302)"
    {
      reply: '550',
      status: '5.5.0',
      providerCode: 'S2017062302',
      text: ['mailbox unavailable (s2017062302)'],
      reason: 'userunknown',
      meaning: 'Outlook.com (Hotmail, Live, MSN) has no such mailbox: its usual refusal of an invalid or closed address, worded as "mailbox unavailable".',
      action: 'Check the address for typos; if it is right, the account no longer exists: remove it from your list.',
      docsUrl: troubleshootingPage,
      source: 'https://www.spamresource.com/2023/09/microsoft-multiple-types-of-invalid.html (Al Iverson, "Microsoft: Multiple types of invalid user bounces": "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)" is "your typical \'user unknown\' bounce when sending to an invalid address at Microsoft OLC (Outlook Consumer -- aka Hotmail ...)")',
    },

    // "part of their network is on our block list (S3150)"
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'S3150',
      // The sentence with any of the list's codes: S3150, S3140, and the older AS3150 and AS3140.
      text: ['part of their network is on our block list'],
      reason: 'blocked',
      meaning: "The sending IP or its network is on Microsoft's internal block list (also seen as S3140, or AS3140/AS3150 in older replies).",
      action: 'Ask for delisting through the Outlook.com sender support form and improve your reputation.',
      docsUrl: 'https://go.microsoft.com/fwlink/?LinkID=614866',
      source: 'Observed bounces (pastebin); wordtothewise.com (2017-10); sisimai rhost/for-microsoft.go',
    },

    // "Unfortunately, messages from"
    // Legacy wording from the mx*.hotmail.com servers.
    {
      reply: '550',
      providerCode: 'SC-001',
      text: ['unfortunately, messages from'],
      reason: 'blocked',
      meaning: 'Older wording of the network block list rejection from the hotmail.com servers.',
      action: 'Ask for delisting through the Outlook.com sender support form.',
      docsUrl: troubleshootingPage,
      source: 'Observed bounces (pastebin)',
    },
  ],
} as const satisfies ProviderRules;
