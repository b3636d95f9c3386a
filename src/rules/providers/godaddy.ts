import type {ProviderRules} from '../types.ts';

const bounceErrorsPage = 'https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685';
const helpSource = 'GoDaddy Help 40685 "Fix rejected email with a bounce error" (each reply, its cause and solution, as quoted in sisimai lib/sisimai/rhost/godaddy.rb)';

/**
 * GoDaddy (secureserver.net) hosted mail. Its replies end with an "IB" code, which names the row;
 * the reply code and words are those its help page gives with the code.
 */
export default {
  info: {
    id: 'godaddy',
    name: 'GoDaddy',
    names: ['godaddy', 'go daddy'],
    hostSuffixes: [
      // GoDaddy's own domain: its inbound servers (smtp.secureserver.net, mailstore1.secureserver.net, as
      // sisimai's rhost table lists them), its outgoing relay (smtpout.secureserver.net, its help's
      // setting for mail clients) and its hosting's relays under it are all its own.
      '.secureserver.net',
    ],
    // Its " IBxxx" codes are too short to be safe markers. The link its inbound servers put after
    // "Recipient not found." is its own (x.co, GoDaddy's short-link domain): public Postfix logs
    // quote "host smtp.secureserver.net[68.178.213.203] said: 550 5.1.1 <...> Recipient not found.
    // <http://x.co/irbounce>", and an address verifier's test table lists that reply as
    // "GoDaddy (secureserver.net)" (secondary: wording seen in the wild).
    replyMarkers: ['x.co/irbounce'],
    docsUrl: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    source: 'sisimai rhost/lib.go, rhost/for-godaddy.go',
  },
  rows: [
    {
      reply: '535',
      providerCode: 'IB401',
      text: ['ib401'],
      reason: 'securityerror',
      meaning: 'GoDaddy\'s inbound servers take no logins: the mail client sends through the wrong server (an inbound one instead of smtpout.secureserver.net).',
      action: 'Set the mail client\'s outgoing server to smtpout.secureserver.net, then send again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB501',
      text: ['ib501'],
      reason: 'notcompliantrfc',
      meaning: 'The message has a blank From: address.',
      action: 'Give the message a valid From: address and send it again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB502',
      text: ['ib502'],
      reason: 'notcompliantrfc',
      meaning: 'The From: address is an IP address, which GoDaddy does not take.',
      action: 'Give the message a From: address at a domain and send it again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB506',
      text: ['ib506'],
      reason: 'rejected',
      meaning: 'The From: domain is invalid: it has no MX records or IP address, or its DNS lookup failed.',
      action: 'Send from a valid domain and fix its DNS records, then send again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB508',
      text: ['ib508'],
      reason: 'authfailure',
      meaning: 'The sending domain\'s SPF record does not authorize the server that sent the message.',
      action: 'Add the sending server to the domain\'s SPF record (or remove a wrong record), then send again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '421',
      providerCode: 'IB108',
      text: ['ib108'],
      reason: 'requireptr',
      meaning: 'The sending IP has no reverse DNS, or its lookup failed.',
      action: 'Set up reverse DNS (PTR) for the sending IP, then retry.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '552',
      providerCode: 'IB212',
      text: ['ib212'],
      reason: 'spamdetected',
      meaning: 'GoDaddy\'s filters judged a link, attachment or pattern in the message to be spam.',
      action: 'Remove what looks like spam from the message and mail only recipients who opted in.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '552',
      providerCode: 'IB705',
      text: ['ib705'],
      reason: 'virusdetected',
      meaning: 'GoDaddy\'s filters judged a link, attachment or pattern in the message to be a possible virus.',
      action: 'Scan the sending system, remove the infected content and send again.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '452',
      providerCode: 'IB605',
      text: ['ib605'],
      reason: 'toomanyconn',
      meaning: 'The message names more recipients than GoDaddy takes at once.',
      action: 'Send to fewer recipients per message and retry.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '421',
      providerCode: 'IB007',
      text: ['ib007'],
      reason: 'toomanyconn',
      meaning: 'The sending IP has too many sessions open with GoDaddy at once.',
      action: 'Open fewer concurrent connections, then retry.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '421',
      providerCode: 'IB101',
      text: ['ib101'],
      reason: 'systemerror',
      meaning: 'GoDaddy\'s queue is taking more mail than usual and defers for now.',
      action: 'Retry later; nothing needs fixing on your side.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB110',
      text: ['ib110'],
      reason: 'blocked',
      meaning: 'The sending IP is blocked for an hour for sending too many messages that look like spam.',
      action: 'Find what on your system sends so much such mail, then retry after the block.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB111',
      text: ['ib111'],
      reason: 'blocked',
      meaning: 'The sending IP is blocked for the rest of the day for sending too many messages that look like spam.',
      action: 'Find what on your system sends so much such mail, then retry tomorrow.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB112',
      text: ['ib112'],
      reason: 'blocked',
      meaning: 'The sending IP is blocked for an hour for mailing too many invalid recipients.',
      action: 'Clean the list of invalid addresses, then retry after the block.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB113',
      text: ['ib113'],
      reason: 'blocked',
      meaning: 'The sending IP is blocked for the rest of the day for mailing too many invalid recipients.',
      action: 'Clean the list of invalid addresses, then retry tomorrow.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB504',
      text: ['ib504'],
      reason: 'speeding',
      meaning: 'The sending IP went over the messages GoDaddy takes from it in an hour.',
      action: 'Slow down and retry next hour.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB510',
      text: ['ib510'],
      reason: 'speeding',
      meaning: 'The session went over the messages GoDaddy takes in one session.',
      action: 'Open a new session and send the rest there.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '550',
      providerCode: 'IB607',
      text: ['ib607'],
      reason: 'speeding',
      meaning: 'The sending IP went over the recipients GoDaddy takes from it in an hour.',
      action: 'Slow down and retry next hour.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB103',
      text: ['ib103'],
      reason: 'badreputation',
      meaning: 'The sending IP has a poor reputation at Cloudmark Sender Intelligence (CSI).',
      action: 'Improve the IP\'s reputation and request a reset at Cloudmark CSI.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB104',
      text: ['ib104'],
      reason: 'blocked',
      meaning: 'The sending IP is on the Spamhaus Block List (SBL).',
      action: 'Request removal at Spamhaus, then retry.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB105',
      text: ['ib105'],
      reason: 'blocked',
      meaning: 'The sending IP is on the Spamhaus Exploits Block List (XBL): a host behind it is likely compromised.',
      action: 'Clean the infected host, request removal at Spamhaus, then retry.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    {
      reply: '554',
      providerCode: 'IB106',
      text: ['ib106'],
      reason: 'blocked',
      meaning: 'The sending IP is on the Spamhaus Policy Block List (PBL): it should not send mail directly.',
      action: 'Send through your provider\'s mail server, or have the IP removed from the PBL if it is a mail server.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },

    // "554 RBL Reject.": GoDaddy's own blocklist.
    {
      reply: '554',
      text: ['rbl reject'],
      reason: 'blocked',
      meaning: "The sending IP is on GoDaddy's own blocklist.",
      action: 'Use the link in the bounce to request that the IP be removed.',
      docsUrl: bounceErrorsPage,
      source: helpSource,
    },
  ],
} as const satisfies ProviderRules;
