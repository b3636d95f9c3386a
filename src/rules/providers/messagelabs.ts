import type {ProviderRules} from '../types.ts';

/** A Broadcom knowledge-base article on Email Security.cloud's replies. */
const kb = (article: string) => `https://knowledge.broadcom.com/external/article/${article}`;

/**
 * Symantec Email Security.cloud, formerly Messagelabs, in front of many organisations.
 *
 * The rows are the replies Broadcom's knowledge base explains, each with its article; Sisimai's
 * rhost module for the service collects the same articles. The more specific text comes first.
 */
export default {
  info: {
    id: 'messagelabs',
    name: 'Messagelabs (Broadcom / Symantec Email Security.cloud)',
    names: ['messagelabs'],
    hostSuffixes: [
      '.messagelabs.com',
    ],
    replyMarkers: [
      'messagelabs.com/support', // "please visit www.messagelabs.com/support" (sisimai rhost/for-messagelabs.go)
      'symanteccloud.com/troubleshooting', // same source
    ],
    docsUrl: 'https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html',
    source: 'sisimai rhost/lib.go, rhost/for-messagelabs.go',
  },
  rows: [
    // an NDR "553-SPF (Sender Policy Framework) domain authentication fail"; "553 DMARC domain authentication fail"
    {
      text: ['domain authentication fail'],
      reason: 'authfailure',
      meaning: 'The sender\'s domain failed SPF or DMARC authentication at Email Security.cloud (553).',
      action: 'Fix the sending domain\'s SPF record (every sending IP) and its DMARC alignment.',
      docsUrl: kb('175407'),
      source: `Broadcom knowledge base, article 175407 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "501 Connection rejected by policy [7.7] 20805"
    {
      text: ['connection rejected by policy'],
      reason: 'badreputation',
      meaning: 'Email Security.cloud refused the connection because the sending IP has a negative reputation with Symantec.',
      action: 'Check the IP at ipremoval.sms.symantec.com and request its removal; fix what sent the bad mail first.',
      docsUrl: kb('164955'),
      source: `Broadcom knowledge base, article 164955 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl"
    {
      text: ['mail rejected because your ip is in the pbl'],
      reason: 'blocked',
      meaning: 'The sending IP is on Spamhaus\'s Policy Block List (an end-user address that should not send mail directly).',
      action: 'Send through your provider\'s relay, or have the IP removed at spamhaus.org/pbl.',
      docsUrl: kb('165165'),
      source: `Broadcom knowledge base, article 165165 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "Sorry, your IP address has been blocked"; "553-Sorry, your IP address has been blacklisted" (article 173082)
    {
      text: ['your ip address has been blocked', 'your ip address has been blacklisted'],
      reason: 'blocked',
      meaning: 'The sending IP is on a block list Email Security.cloud uses, or on the recipient\'s own block list.',
      action: 'Get the IP off the block lists it is on; if the recipient blocked it, ask them to add you to their approved senders.',
      docsUrl: kb('165165'),
      source: `Broadcom knowledge base, article 165165 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "553 Stray linefeeds in message (#5.6.2)"
    {
      text: ['stray linefeeds in message'],
      reason: 'contenterror',
      meaning: 'The message has a bare CR or LF: Email Security.cloud enforces CRLF line ends (RFC 5322).',
      action: 'Fix the sending software so that every line ends with CRLF.',
      docsUrl: kb('169652'),
      source: `Broadcom knowledge base, article 169652 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "451 TLS/SSLv3 Connection required. (#4.7.1)"
    {
      text: ['tls/sslv3 connection required'],
      reason: 'failedstarttls',
      meaning: 'The recipient requires TLS (boundary encryption) and the connection was not encrypted.',
      action: 'Enable STARTTLS on the sending server for this domain, then resend.',
      docsUrl: kb('162152'),
      source: `Broadcom knowledge base, article 162152 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "You are trying to use me [server-X.tower-x.messagelabs.com] as a relay, but I have not been configured to let you [IP, address] do this."
    {
      text: ['but i have not been configured to let you'],
      reason: 'norelaying',
      meaning: 'The server refused to relay: the sending IP is not allowed to send through this Email Security.cloud server.',
      action: 'Send from an IP registered for your domain in the service, or to the recipient domain\'s own servers.',
      docsUrl: kb('162137'),
      source: `Broadcom knowledge base, article 162137 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "550 [XX.XX.XX.XX] has detected that this message is not RFC 5322"
    {
      text: ['has detected that this message is not rfc 5322'],
      reason: 'notcompliantrfc',
      meaning: 'The message does not follow the Internet message format (RFC 5322).',
      action: 'Fix the headers the sending software writes (Date, From, Message-ID, line lengths), then resend.',
      docsUrl: kb('169652'),
      source: `Broadcom knowledge base, article 169652 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "452 Too many recipients received this hour"
    {
      text: ['too many recipients received this hour'],
      reason: 'speeding',
      meaning: 'The recipient\'s server limits how many recipients it accepts per hour.',
      action: 'Slow down: spread the messages over more time.',
      docsUrl: kb('385809'),
      source: `Broadcom knowledge base, article 385809 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "460 too many messages (#4.3.0)"
    {
      status: '4.3.0',
      text: ['too many messages'],
      reason: 'speeding',
      meaning: 'Too many messages were sent to this recipient in a short time.',
      action: 'Slow down and let the queue retry later.',
      docsUrl: kb('164767'),
      source: `Broadcom knowledge base, article 164767 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "550 sender envelope domain not allowed for sender IP address (#5.1.8)"
    {
      text: ['sender envelope domain not allowed for sender ip address'],
      reason: 'rejected',
      meaning: 'The envelope sender\'s domain is not registered for this sending IP in Email Security.cloud (or is inactive).',
      action: 'Register the sending domain and IP in the service (My Domains, Outbound Routes), or send from an allowed address.',
      docsUrl: kb('169652'),
      source: `Broadcom knowledge base, article 169652 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "553-Sorry, your email address has been blacklisted"; "553-Sorry, your domain has been blacklisted"
    {
      text: ['your domain has been blocked', 'your domain has been blacklisted', 'your email address has been blocked', 'your email address has been blacklisted'],
      reason: 'rejected',
      meaning: 'The sender\'s address or domain is on the recipient\'s own block list.',
      action: 'Ask the recipient, by other means, to add your address to their approved senders.',
      docsUrl: kb('173082'),
      source: `Broadcom knowledge base, article 173082 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "553 sorry, your envelope sender is in my badmailfrom list"
    {
      text: ['your envelope sender is in my badmailfrom list'],
      reason: 'rejected',
      meaning: 'The envelope sender is on the service\'s badmailfrom list (the account sent spam or received bounces for it).',
      action: 'Stop what sent spam from the account, then ask the service\'s support to remove it.',
      docsUrl: kb('162232'),
      source: `Broadcom knowledge base, article 162232 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "Please turn on SMTP Authentication in your mail client"
    {
      text: ['please turn on smtp authentication in your mail client'],
      reason: 'securityerror',
      meaning: 'The server requires SMTP authentication and the client did not log in.',
      action: 'Turn on SMTP authentication in the sending client.',
      docsUrl: kb('169652'),
      source: `Broadcom knowledge base, article 169652 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "553 - Message Filtered"; "filtered by Outbound scanning"
    {
      text: ['message filtered', 'filtered by outbound scanning'],
      reason: 'spamdetected',
      meaning: 'The anti-spam scan classified the message as spam.',
      action: 'Review the content and links; if it is a false positive, report it to the service.',
      docsUrl: kb('173867'),
      source: `Broadcom knowledge base, article 173867 (as sisimai rhost/messagelabs.rb cites it)`,
    },

    // "<username@example.com>: 550-Invalid recipient <username@example.com> 550 (#5.1.1)"; "553 Recipient mailbox is not allowed" (article 175710)
    {
      text: ['recipient mailbox is not allowed', 'invalid recipient'],
      reason: 'userunknown',
      meaning: 'The recipient address is not valid in the recipient\'s domain.',
      action: 'Check the address for spelling mistakes; remove it if it is right.',
      docsUrl: kb('165163'),
      source: `Broadcom knowledge base, article 165163 (as sisimai rhost/messagelabs.rb cites it)`,
    },
  ],
} as const satisfies ProviderRules;
