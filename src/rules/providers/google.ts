import type {ProviderRules} from '../types.ts';

const errorCodesPage = 'https://support.google.com/a/answer/3726730';
const blockedMessagesPage = 'https://support.google.com/mail/answer/188131';
const helpSource = 'Google Workspace Admin Help 3726730 "Gmail SMTP errors and codes" (archived 2026-02-15); sisimai rhost/for-google.go';

/**
 * Gmail and Google Workspace: the inbound MX servers and the Workspace SMTP relay.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'google',
    name: 'Google (Gmail / Google Workspace)',
    names: ['gmail', 'googlemail', 'google workspace', 'g suite', 'gsuite', 'google apps', 'google'],
    hostSuffixes: [
      '.google.com', // aspmx.l.google.com, alt1-4.aspmx.l.google.com, gmail-smtp-in.l.google.com, ...
      '.googlemail.com',
      'smtp-relay.gmail.com', // Workspace SMTP relay
      'smtp.gmail.com', // submission
    ],
    replyMarkers: [
      '- gsmtp', // ends every Gmail reply
      'support.google.com/mail', // help links in Gmail replies (?p=NoSuchUser, ...)
      'support.google.com/a/', // Workspace help links
      'groups.google.com/support', // Google Groups' refusal of a post ends with its Help Center link (sisimai/rb-sisimai lib/sisimai/lhost/googlegroups.rb)
      // Gmail's own sentences, in its documented replies and nowhere else (Google's SMTP error list,
      // support.google.com/a/answer/3726730): a reply pasted without its "- gsmtp" tail still names it.
      'email account that you tried to reach', // 5.1.1 does not exist, 5.2.1 disabled / inactive, 4.2.2 over quota
      'our system has detected an unusual rate of unsolicited mail', // 4.7.0 / 5.7.1 rate of spam
      // The opening of its replies about one message ("... is likely unsolicited mail", "... is
      // suspicious due to the nature of the content and/or the links within", "... is likely
      // suspicious due to the very low reputation of the sending IP address"), which a wrapped copy
      // may keep alone.
      'our system has detected that this message is',
      'content presents a potential security issue', // 5.7.0 blocked content
      'is receiving mail at a rate that prevents additional messages', // 4.2.1 recipient rate limit
      // The last line of Gmail's 421 4.7.0 / 550 5.7.1 rate-of-spam reply, which a copy may keep alone
      // ("550 5.7.1 ... to review our Bulk Email Senders Guidelines. <id> - gsmtp"; wording seen in the
      // wild: pastebin.com/6UPQYvjk, pastebin.com/6G7q8H39, gist cwage/8530279).
      'bulk email senders guidelines',
    ],
    mailboxDomains: ['gmail.com', 'googlemail.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains); Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: errorCodesPage,
    source: 'Google Workspace Admin Help 3726730; sisimai lhost/via-gmail.go, rhost/lib.go',
  },
  rows: [
    // "receiving mail too quickly"
    {
      reply: '450',
      status: '4.2.1',
      text: ['receiving mail too quickly'],
      reason: 'speeding',
      meaning: 'The recipient is getting mail faster than Gmail lets a single mailbox take it in.',
      action: 'Retry later and send to this address less often.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "rate that prevents additional messages from being delivered"
    {
      reply: '450',
      status: '4.2.1',
      text: ['rate that prevents additional messages from being delivered'],
      reason: 'speeding',
      meaning: "The recipient's mailbox has reached Gmail's incoming rate limit for now.",
      action: 'Retry later; if it keeps happening, space out messages to this recipient.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Peak SMTP relay limit exceeded"
    {
      reply: '450',
      status: '4.2.1',
      text: ['peak smtp relay limit exceeded'],
      reason: 'speeding',
      meaning: "Your Workspace account went over the peak rate of Google's SMTP relay.",
      action: 'Back off, retry later and spread relay traffic more evenly.',
      docsUrl: 'https://support.google.com/a/answer/6140680',
      source: helpSource,
    },

    // "inbox is out of storage space and inactive"
    {
      reply: '552',
      status: '5.2.2',
      text: ['inbox is out of storage space and inactive'],
      reason: 'mailboxfull',
      meaning: "The recipient's storage is full and the account has not been used for a long time.",
      action: 'Remove the address from your lists; nobody is likely to read it.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "inbox is out of storage space"
    {
      reply: '452',
      status: '4.2.2',
      text: ['inbox is out of storage space'],
      reason: 'mailboxfull',
      meaning: "The recipient's Google storage is full, so new mail is held back for now.",
      action: 'Retry later; the recipient has to free up space.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "temporarily rejected this message"
    {
      reply: '451',
      status: '4.3.0',
      text: ['temporarily rejected this message'],
      reason: 'systemerror',
      meaning: 'Gmail turned the message away for the moment without naming a cause.',
      action: 'Let your server retry; act only if it keeps happening.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Multiple destination domains per transaction is unsupported"
    {
      reply: '451',
      status: '4.3.0',
      text: ['multiple destination domains per transaction is unsupported'],
      reason: 'systemerror',
      meaning: 'The sending server put recipients of several domains into one SMTP transaction, which Gmail does not take.',
      action: 'Send one transaction per destination domain; the retry then goes through.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Cannot authenticate due to a temporary system problem"
    {
      reply: '454',
      status: '4.7.0',
      text: ['cannot authenticate due to a temporary system problem'],
      reason: 'systemerror',
      meaning: 'Gmail could not check the login because of a temporary fault.',
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Temporary System Problem"
    {
      reply: '421',
      status: '4.3.0',
      text: ['temporary system problem'],
      reason: 'systemerror',
      meaning: "A temporary fault on Gmail's side.",
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Timeout - closing connection"
    {
      reply: '451',
      status: '4.4.2',
      text: ['timeout - closing connection'],
      reason: 'networkerror',
      meaning: 'Gmail closed the session because it sat idle for too long.',
      action: "Retry; if it repeats, check the sending server's network and timeouts.",
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Server busy, try again later"
    {
      reply: '421',
      status: '4.4.5',
      text: ['server busy, try again later'],
      reason: 'systemerror',
      meaning: "Gmail's servers were too busy to take the connection.",
      action: 'Retry later.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "SMTP protocol violation"
    {
      reply: '451',
      status: '4.5.0',
      text: ['smtp protocol violation'],
      reason: 'syntaxerror',
      meaning: 'The sending software did not follow the SMTP protocol.',
      action: 'Fix or update the sending software or its settings.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Your message has too many recipients"
    {
      reply: '452',
      status: '4.5.3',
      text: ['your message has too many recipients'],
      reason: 'toomanyconn',
      meaning: 'The message lists more recipients than Gmail accepts in one go.',
      action: 'Split the recipient list into smaller batches.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Domain policy size per transaction exceeded"
    {
      reply: '452',
      status: '4.5.3',
      text: ['domain policy size per transaction exceeded'],
      reason: 'systemerror',
      meaning: "The recipient domain's mail policies are too large to apply together with the other recipients in this transaction.",
      action: 'Send to this recipient in a transaction of its own.',
      docsUrl: 'https://support.google.com/a/answer/7282433',
      source: helpSource,
    },

    // "IP not in whitelist for RCPT domain"
    {
      reply: '421',
      status: '4.7.0',
      text: ['ip not in whitelist for rcpt domain'],
      reason: 'blocked',
      meaning: "The recipient's Workspace domain only takes mail from allowlisted IP addresses, and yours is not one of them.",
      action: "Ask the recipient's admin to allow your sending IP, or deliver through the route they approve.",
      docsUrl: 'https://support.google.com/a/answer/60752',
      source: helpSource,
    },

    // "TLS required for RCPT domain"
    {
      reply: '421',
      status: '4.7.0',
      text: ['tls required for rcpt domain'],
      reason: 'failedstarttls',
      meaning: 'The recipient domain requires TLS, but the connection was not encrypted.',
      action: 'Turn on STARTTLS in the sending server.',
      docsUrl: 'https://support.google.com/mail/answer/6330403',
      source: helpSource,
    },

    // "Try again later, closing connection"
    {
      reply: '421',
      status: '4.7.0',
      text: ['try again later, closing connection'],
      reason: 'blocked',
      meaning: 'Gmail dropped the connection at the HELO stage, usually as protection against floods of connections.',
      action: 'Retry later with fewer parallel connections.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Connection expired, try reconnecting"
    {
      reply: '421',
      status: '4.7.0',
      text: ['connection expired, try reconnecting'],
      reason: 'networkerror',
      meaning: 'Gmail ended a connection that had been open for too long.',
      action: 'Open a new connection and retry.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "does not have a PTR record"
    {
      reply: '421',
      status: '4.7.0',
      text: ['does not have a ptr record'],
      reason: 'requireptr',
      meaning: 'The sending IP has no PTR record, or its PTR name does not resolve back to it, so Gmail is slowing its mail down.',
      action: 'Publish a PTR record for the sending IP and a matching A/AAAA record for that name.',
      docsUrl: 'https://support.google.com/mail/answer/81126',
      source: helpSource,
    },

    // "very low reputation of the sending IP"
    {
      reply: '421',
      status: '4.7.0',
      text: ['very low reputation of the sending ip'],
      reason: 'badreputation',
      meaning: "The sending IP's reputation is very low, so Gmail is slowing its mail down.",
      action: 'Send less, clean your lists, cut complaints and watch Google Postmaster Tools.',
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "very low reputation of the sending domain"
    {
      reply: '421',
      status: '4.7.0',
      text: ['very low reputation of the sending domain'],
      reason: 'badreputation',
      meaning: "The sending domain's reputation is very low, so Gmail is slowing its mail down.",
      action: "Work on the domain's reputation (opt-in lists, fewer complaints) and check Postmaster Tools.",
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "nature of the content or the links within"
    {
      reply: '421',
      status: '4.7.0',
      // Gmail's replies print "and/or" (421-4.7.0 "... suspicious due to the nature of the content
      // and/or the links within", wording seen in the wild: pastebin.com/UY4cSHKJ, pastebin.com/wYaY57mp).
      text: ['nature of the content or the links within', 'nature of the content and/or the links within'],
      reason: 'spamdetected',
      meaning: 'The content or the links in the message look suspicious to Gmail.',
      action: 'Review the content and links; avoid URL shorteners and domains that are on blocklists.',
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "unusual rate of unsolicited mail"
    // Observed older wording of the 4.7.28 rate limit.
    {
      reply: '421',
      status: '4.7.0',
      text: ['unusual rate of unsolicited mail'],
      reason: 'blocked',
      meaning: 'Gmail saw an unusual amount of unsolicited mail from your IP and is slowing it down.',
      action: "Lower the volume and follow Gmail's sender guidelines.",
      docsUrl: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
      source: 'Observed bounces (pastebin, gist)',
    },

    // "Too many login attempts"
    {
      reply: '454',
      status: '4.7.0',
      text: ['too many login attempts'],
      reason: 'securityerror',
      meaning: 'Too many failed SMTP login attempts.',
      action: 'Wait a while, then retry with the right credentials.',
      docsUrl: 'https://support.google.com/mail/answer/7126229',
      source: helpSource,
    },

    // "doesn't have a PTR record, or the PTR record's forward DNS entry"
    {
      reply: '451',
      status: '4.7.23',
      text: ["doesn't have a ptr record, or the ptr record's forward dns entry"],
      reason: 'requireptr',
      meaning: 'The sending IP has no PTR record, or the PTR name does not point back to that IP; mail is held back for now.',
      action: 'Fix the PTR record and its forward DNS for the sending IP.',
      docsUrl: 'https://support.google.com/mail/answer/81126#ip-practices',
      source: helpSource,
    },

    // "SPF record of the sending domain has one or more suspicious entries"
    {
      reply: '451',
      status: '4.7.24',
      text: ['spf record of the sending domain has one or more suspicious entries'],
      reason: 'authfailure',
      meaning: "The sending domain's SPF record contains entries Gmail finds suspicious, so mail is slowed down.",
      action: 'Clean up the SPF record (drop overly broad or odd mechanisms).',
      docsUrl: 'https://support.google.com/mail/answer/81126#authentication',
      source: helpSource,
    },

    // "SPF record of the sending domain has one or more suspicious entries"
    {
      reply: '550',
      status: '5.7.24',
      text: ['spf record of the sending domain has one or more suspicious entries'],
      reason: 'authfailure',
      meaning: "Gmail found suspicious entries in the sending domain's SPF record and refused the message.",
      action: 'Clean up the SPF record, then send again.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "not accepted due to domain's DMARC policy, but temporary DNS failures"
    {
      reply: '451',
      status: '4.7.26',
      text: ["not accepted due to domain's dmarc policy, but temporary dns failures"],
      reason: 'authfailure',
      meaning: "The From domain's DMARC policy asks for rejection, and the DNS lookups needed to check SPF and DKIM failed for now.",
      action: 'Retry; make sure the SPF, DKIM and DMARC records resolve reliably.',
      docsUrl: 'https://support.google.com/mail/?p=DmarcRejection',
      source: helpSource,
    },

    // "rate limited because it is unauthenticated"
    {
      reply: '421',
      status: '4.7.26',
      text: ['rate limited because it is unauthenticated'],
      reason: 'authfailure',
      meaning: 'Neither SPF nor DKIM passed, so Gmail is slowing the mail down.',
      action: 'Set up SPF and DKIM for the sending domain.',
      docsUrl: 'https://support.google.com/mail/answer/81126#authentication',
      source: helpSource,
    },

    // "blocked because the sender is unauthenticated"
    {
      reply: '550',
      status: '5.7.26',
      text: ['blocked because the sender is unauthenticated'],
      reason: 'authfailure',
      meaning: 'Neither SPF nor DKIM passed, so Gmail refused the message.',
      action: 'Authenticate with SPF or DKIM (bulk senders need both, plus DMARC), then resend.',
      docsUrl: 'https://support.google.com/mail/answer/81126#authentication',
      source: helpSource,
    },

    // "SPF record with a hard fail policy (-all) but it fails"
    {
      reply: '550',
      status: '5.7.26',
      text: ['spf record with a hard fail policy (-all) but it fails'],
      reason: 'authfailure',
      meaning: "The envelope sender's domain publishes SPF with -all, and the sending IP is not allowed by it.",
      action: 'Add the sending IP to the SPF record or send through an authorised server.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "not accepted due to domain's DMARC policy"
    {
      reply: '550',
      status: '5.7.26',
      text: ["not accepted due to domain's dmarc policy"],
      reason: 'authfailure',
      meaning: "The message failed DMARC and the From domain's policy is to reject.",
      action: 'Make SPF or DKIM pass with a domain aligned to the From address.',
      docsUrl: 'https://support.google.com/mail/?p=DmarcRejection',
      source: helpSource,
    },

    // "SPF authentication didn't pass"
    {
      reply: '421',
      status: '4.7.27',
      text: ["spf authentication didn't pass"],
      reason: 'authfailure',
      meaning: 'Bulk mail whose SPF check did not pass; Gmail is slowing it down.',
      action: 'Publish a correct SPF record for the sending domain.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "didn't pass SPF authentication"
    {
      reply: '550',
      status: '5.7.27',
      text: ["didn't pass spf authentication"],
      reason: 'authfailure',
      meaning: 'Bulk mail whose SPF check did not pass; Gmail refused it.',
      action: 'Fix SPF for the sending domain, then resend.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "unusual rate of unsolicited email originating from your IP"
    {
      reply: '550',
      status: '5.7.28',
      text: ['unusual rate of unsolicited email originating from your ip'],
      reason: 'blocked',
      meaning: 'Mail from your IP was refused because of an unusual amount of unsolicited mail from it.',
      action: 'Stop and fix your sending practices (consent, volume, complaints) before resuming.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "unusual rate of"
    {
      reply: '421',
      status: '4.7.28',
      text: ['unusual rate of'],
      reason: 'blocked',
      meaning: 'Gmail saw an unusual amount of mail from your IP, network, DKIM or SPF domain, or carrying one of your link domains, and is slowing it down.',
      // Postmaster Tools: Google's "Email sender guidelines" (support.google.com/a/answer/81126) point
      // senders to it to watch their spam rate.
      action: 'Slow down and spread the sends out, ramp volume up gradually, and check your complaint rate in Google Postmaster Tools.',
      docsUrl: 'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
      source: helpSource,
    },

    // "same Message-ID"
    {
      reply: '421',
      status: '4.7.28',
      text: ['same message-id'],
      reason: 'policyviolation',
      meaning: 'Too many messages arrived with the same Message-ID.',
      action: 'Give every message its own Message-ID.',
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "not using a TLS connection"
    {
      reply: '421',
      status: '4.7.29',
      text: ['not using a tls connection'],
      reason: 'failedstarttls',
      meaning: 'Bulk mail arrived without TLS; Gmail is slowing it down.',
      action: 'Enable TLS for outgoing SMTP.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "wasn't sent over a TLS connection"
    {
      reply: '550',
      status: '5.7.29',
      text: ["wasn't sent over a tls connection"],
      reason: 'failedstarttls',
      meaning: 'Bulk mail arrived without TLS and was refused.',
      action: 'Enable TLS for outgoing SMTP, then resend.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "DKIM authentication didn't pass"
    {
      reply: '421',
      status: '4.7.30',
      text: ["dkim authentication didn't pass"],
      reason: 'authfailure',
      meaning: 'Bulk mail without a passing DKIM signature; Gmail is slowing it down.',
      action: 'Sign outgoing mail with DKIM (a key of at least 1024 bits).',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "didn't pass DKIM authentication"
    {
      reply: '550',
      status: '5.7.30',
      text: ["didn't pass dkim authentication"],
      reason: 'authfailure',
      meaning: 'Bulk mail without a passing DKIM signature was refused.',
      action: 'Sign outgoing mail with DKIM, then resend.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "isn't aligned with either the authenticated SPF or DKIM"
    {
      reply: '421',
      status: '4.7.32',
      text: ["isn't aligned with either the authenticated spf or dkim"],
      reason: 'authfailure',
      meaning: 'The From: domain matches neither the SPF nor the DKIM domain (no DMARC alignment); mail is slowed down.',
      action: 'Align SPF or DKIM with the From: domain.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "isn't aligned with either the authenticated SPF or DKIM"
    // Google lists this permanent code with reply 421.
    {
      reply: '421',
      status: '5.7.32',
      text: ["isn't aligned with either the authenticated spf or dkim"],
      reason: 'authfailure',
      meaning: 'The From: domain is not aligned with SPF or DKIM and the message was refused (Google pairs this permanent code with reply 421).',
      action: 'Align SPF or DKIM with the From: domain, then resend.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "doesn't have a DMARC record"
    {
      reply: '421',
      status: '4.7.40',
      text: ["doesn't have a dmarc record"],
      reason: 'authfailure',
      meaning: 'The bulk-sending domain has no DMARC record or no policy in it; mail is slowed down.',
      action: 'Publish a DMARC record (p=none is enough to start).',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "doesn't have a DMARC record"
    {
      reply: '550',
      status: '5.7.40',
      text: ["doesn't have a dmarc record"],
      reason: 'authfailure',
      meaning: 'The bulk-sending domain has no DMARC record; the message was refused.',
      action: 'Publish a DMARC record, then resend.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "email account that you tried to reach does not exist"
    {
      reply: '550',
      status: '5.1.1',
      text: ['email account that you tried to reach does not exist'],
      reason: 'userunknown',
      meaning: 'The recipient address does not exist at Gmail.',
      action: 'Check the address for typos; remove it if it is wrong.',
      docsUrl: 'https://support.google.com/mail/?p=NoSuchUser',
      source: helpSource,
    },

    // "weren't able to find the recipient domain"
    {
      reply: '553',
      status: '5.1.2',
      text: ["weren't able to find the recipient domain"],
      reason: 'hostunknown',
      meaning: "The recipient's domain could not be found.",
      action: 'Correct the domain part of the address.',
      docsUrl: 'https://support.google.com/mail/?p=BadRcptDomain',
      source: helpSource,
    },

    // "is not a valid RFC 5321 address"
    {
      reply: '553',
      status: '5.1.3',
      text: ['is not a valid rfc 5321 address'],
      reason: 'userunknown',
      meaning: 'The recipient address is not a well-formed mail address.',
      action: 'Fix the address; it cannot be delivered as written.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "The sender address"
    {
      reply: '553',
      status: '5.1.7',
      text: ['the sender address'],
      reason: 'rejected',
      meaning: 'The envelope sender (MAIL FROM) is not a well-formed mail address.',
      action: 'Fix the envelope sender in the sending software.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "account that you tried to reach is inactive"
    {
      reply: '550',
      status: '5.2.1',
      text: ['account that you tried to reach is inactive'],
      reason: 'suspend',
      meaning: "The recipient's Google account is disabled or inactive.",
      action: 'Stop sending to this address.',
      docsUrl: 'https://support.google.com/mail/?p=DisabledUser',
      source: helpSource,
    },

    // "rate that prevents additional messages"
    {
      reply: '550',
      status: '5.2.1',
      text: ['rate that prevents additional messages'],
      reason: 'speeding',
      meaning: 'The recipient is receiving mail too fast; this is the permanent form of the rate error.',
      action: 'Resend later and send to this recipient less often.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "exceeded Google's message size limits"
    {
      reply: '552',
      status: '5.3.4',
      text: ["exceeded google's message size limits"],
      reason: 'mesgtoobig',
      meaning: "The message, or its number of attachments, is over Gmail's limits.",
      action: 'Make the message smaller; share large files as links.',
      docsUrl: 'https://support.google.com/mail/?p=MaxSizeError',
      source: helpSource,
    },

    // "header size"
    {
      reply: '552',
      status: '5.3.4',
      text: ['header size'],
      reason: 'mesgtoobig',
      meaning: 'A header, or the header block as a whole, is bigger than Gmail allows.',
      action: 'Shorten the oversized headers (long recipient lists, large custom headers).',
      docsUrl: 'https://support.google.com/a?p=header-limits',
      source: helpSource,
    },

    // "Daily user sending limit exceeded"
    {
      reply: '550',
      status: '5.4.5',
      // Google's reply has also said "Daily user sending quota exceeded" (sisimai lib/sisimai/rhost/google.rb: "daily sending quota exceeded").
      text: ['daily user sending limit exceeded', 'daily user sending quota exceeded', 'daily sending quota exceeded'],
      reason: 'speeding',
      meaning: 'The sending Gmail or Workspace account went over its daily sending limit.',
      action: 'Wait for the limit to reset (up to 24 hours) or use a bulk-mail service.',
      docsUrl: 'https://support.google.com/a/answer/166852',
      source: helpSource,
    },

    // "Daily SMTP relay limit exceeded"
    {
      reply: '550',
      status: '5.4.5',
      text: ['daily smtp relay limit exceeded'],
      reason: 'speeding',
      meaning: "Your Workspace account went over the daily limit of Google's SMTP relay.",
      action: 'Wait for the reset and lower the relay volume.',
      docsUrl: 'https://support.google.com/a/answer/6140680',
      source: helpSource,
    },

    // The same relay limit with 5.7.1, in either wording (sisimai lib/sisimai/rhost/google.rb MessagesOf, ReRATE rows).
    {
      reply: '550',
      status: '5.7.1',
      text: ['daily smtp relay limit exceeded for', 'daily smtp relay sending limit exceeded for'],
      reason: 'speeding',
      meaning: "Your Workspace account went over the daily limit of Google's SMTP relay.",
      action: 'Wait for the reset and lower the relay volume.',
      docsUrl: 'https://support.google.com/a/answer/6140680',
      source: `${helpSource}; sisimai lib/sisimai/rhost/google.rb MessagesOf (550 5.7.1 rows)`,
    },

    // "Invalid credentials for relay": the relay does not take mail from that account or IP.
    {
      reply: '550',
      status: '5.7.1',
      text: ['invalid credentials for relay'],
      reason: 'norelaying',
      meaning: "The IP address registered in the Workspace SMTP relay service does not match the sending account's domain, so the relay refuses the message.",
      action: 'Register the sending IP for the right domain in the SMTP relay settings, or authenticate.',
      docsUrl: errorCodesPage,
      source: `${helpSource}; sisimai lib/sisimai/rhost/google.rb MessagesOf (ReRELA: 550 5.7.1 "invalid credentials for relay")`,
    },

    // The hop limit with 5.6.0 (sisimai lib/sisimai/rhost/google.rb MessagesOf, ReINET rows).
    {
      reply: '554',
      status: '5.6.0',
      text: ['message exceeded 50 hops'],
      reason: 'networkerror',
      meaning: 'The message passed through more than 50 servers, which points to a forwarding loop.',
      action: 'Find and fix the forwarding rule that sends mail in circles.',
      docsUrl: 'https://support.google.com/mail/?p=MailLoop',
      source: `${helpSource}; sisimai lib/sisimai/rhost/google.rb MessagesOf (554 5.6.0 "message exceeded 50 hops")`,
    },

    // "Message exceeded 50 hops"
    {
      reply: '554',
      status: '5.4.6',
      text: ['message exceeded 50 hops'],
      reason: 'networkerror',
      meaning: 'The message passed through more than 50 servers, which points to a forwarding loop.',
      action: 'Find and fix the forwarding rule that sends mail in circles.',
      docsUrl: 'https://support.google.com/mail/?p=MailLoop',
      source: helpSource,
    },

    // "HELO/EHLO argument"
    {
      reply: '501',
      status: '5.5.4',
      text: ['helo/ehlo argument'],
      reason: 'syntaxerror',
      meaning: 'The HELO/EHLO greeting had no name or an invalid one.',
      action: 'Make the sending server greet with its fully qualified host name.',
      docsUrl: 'https://support.google.com/mail/?p=helo',
      source: helpSource,
    },

    // "Too many recipients for this sender"
    {
      reply: '550',
      status: '5.5.3',
      text: ['too many recipients for this sender'],
      reason: 'toomanyconn',
      meaning: 'The sender tried more recipients than its limit allows.',
      action: 'Send to fewer recipients per message or per batch.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "message is malformed"
    {
      reply: '554',
      status: '5.6.0',
      text: ['message is malformed'],
      reason: 'notcompliantrfc',
      meaning: 'Gmail could not accept the message because it is malformed (RFC 5322).',
      action: 'Fix how the sending software builds messages.',
      docsUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
      source: helpSource,
    },

    // "content presents a potential security issue"
    {
      reply: '552',
      status: '5.7.0',
      text: ['content presents a potential security issue'],
      reason: 'policyviolation',
      meaning: 'Gmail blocked the message because an attachment or its content type is considered dangerous.',
      action: 'Remove the blocked file types (executables and the like) or share them another way.',
      docsUrl: 'https://support.google.com/mail/?p=BlockedMessage',
      source: helpSource,
    },

    // "relay denied"
    {
      reply: '550',
      status: '5.7.0',
      text: ['relay denied'],
      reason: 'norelaying',
      meaning: "Google's Workspace SMTP relay refused the message because the sending IP or domain is not registered for it.",
      action: 'Register the sending IP or domain in the Workspace SMTP relay settings.',
      docsUrl: 'https://support.google.com/a/answer/6140680',
      source: helpSource,
    },

    // "Must issue a STARTTLS command first"
    {
      reply: '530',
      status: '5.7.0',
      text: ['must issue a starttls command first'],
      reason: 'failedstarttls',
      meaning: 'Gmail wants STARTTLS before this command.',
      action: 'Enable STARTTLS in the client.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Authentication required"
    {
      reply: '530',
      status: '5.7.0',
      text: ['authentication required'],
      reason: 'securityerror',
      meaning: 'The server wants an SMTP login before it takes mail.',
      action: 'Configure the client to authenticate before sending.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "likely unsolicited"
    {
      reply: '550',
      status: '5.7.1',
      text: ['likely unsolicited'],
      reason: 'spamdetected',
      meaning: 'Gmail judged the message to be unsolicited mail and refused it.',
      action: 'Review the content, where the list came from and the complaint rate.',
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "very low reputation of the sending"
    {
      reply: '550',
      status: '5.7.1',
      text: ['very low reputation of the sending'],
      reason: 'badreputation',
      meaning: 'The reputation of the sending IP or domain is too low; the message was refused.',
      action: 'Repair the reputation and follow it in Postmaster Tools.',
      docsUrl: blockedMessagesPage,
      source: helpSource,
    },

    // "not RFC 5322 compliant"
    {
      reply: '550',
      status: '5.7.1',
      text: ['not rfc 5322 compliant'],
      reason: 'notcompliantrfc',
      meaning: 'The headers break RFC 5322 (for example duplicate headers, or a From header that is missing or holds several addresses).',
      action: 'Fix how the sending software writes headers.',
      docsUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
      source: helpSource,
    },

    // "missing a valid Message-ID"
    {
      reply: '550',
      status: '5.7.1',
      text: ['missing a valid message-id'],
      reason: 'notcompliantrfc',
      meaning: 'The message has no valid Message-ID header.',
      action: 'Add a unique, well-formed Message-ID to every message.',
      docsUrl: 'https://support.google.com/mail/?p=RfcMessageNonCompliant',
      source: helpSource,
    },

    // "IPv6 sending guidelines regarding PTR records and authentication"
    {
      reply: '550',
      status: '5.7.1',
      text: ['ipv6 sending guidelines regarding ptr records and authentication'],
      reason: 'requireptr',
      meaning: 'Mail sent over IPv6 without a PTR record for the address and/or without authentication.',
      action: 'Add a PTR record for the IPv6 address and authenticate the mail, or send over IPv4.',
      docsUrl: 'https://support.google.com/mail/?p=IPv6AuthError',
      source: helpSource,
    },

    // "not authorized to send email directly to our servers"
    {
      reply: '550',
      status: '5.7.1',
      text: ['not authorized to send email directly to our servers'],
      reason: 'blocked',
      meaning: 'The sending IP (often a home or dynamic address) may not deliver straight to Gmail.',
      action: "Send through your provider's SMTP server instead.",
      docsUrl: 'https://support.google.com/mail/?p=NotAuthorizedError',
      source: helpSource,
    },

    // "has a policy that prohibit"
    {
      reply: '550',
      status: '5.7.1',
      text: ['has a policy that prohibit'],
      reason: 'policyviolation',
      meaning: "A rule set by the administrator of the recipient's (or the sender's) domain forbids this message.",
      action: "Ask that domain's administrator which rule stopped it.",
      docsUrl: 'https://support.google.com/a/answer/172179',
      source: helpSource,
    },

    // "does not have a PTR record"
    {
      reply: '550',
      status: '5.7.25',
      text: ['does not have a ptr record'],
      reason: 'requireptr',
      meaning: 'The sending IP has no PTR record, or one that does not point back to it; the message was refused.',
      action: 'Add a PTR record and matching forward DNS for the sending IP.',
      docsUrl: 'https://support.google.com/mail/answer/81126#ip-practices',
      source: helpSource,
    },

    // "Please log in through your web browser"
    {
      reply: '534',
      status: '5.7.14',
      text: ['please log in through your web browser'],
      reason: 'securityerror',
      meaning: 'Google wants the account holder to sign in through a browser before it allows SMTP login.',
      action: 'Sign in on the web, then use an app password or OAuth.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Username and Password not accepted"
    // Google's page has shown 5.7.80 since mid-2025; earlier versions and real replies use 5.7.8.
    {
      reply: '535',
      status: '5.7.8',
      text: ['username and password not accepted'],
      reason: 'securityerror',
      meaning: 'The SMTP username or password was wrong.',
      action: 'Fix the credentials, or use an app password.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "Application-specific password required"
    // Google's page has shown 5.7.90 since mid-2025; earlier versions and real replies use 5.7.9.
    {
      reply: '534',
      status: '5.7.9',
      text: ['application-specific password required'],
      reason: 'securityerror',
      meaning: 'The account needs an app password or OAuth to log in over SMTP.',
      action: 'Create an app password or switch the client to OAuth.',
      docsUrl: 'https://support.google.com/accounts/answer/185833',
      source: helpSource,
    },

    // "Unrecognized authentication type"
    // Google's page has shown 5.7.40 since mid-2025; earlier versions and real replies use 5.7.4.
    {
      reply: '504',
      status: '5.7.4',
      text: ['unrecognized authentication type'],
      reason: 'securityerror',
      meaning: 'The client asked for a login method Gmail does not support (for example the old XOAUTH).',
      action: 'Use a supported method such as XOAUTH2, or PLAIN over TLS.',
      docsUrl: errorCodesPage,
      source: helpSource,
    },

    // "no commands allowed to pipeline after STARTTLS"
    {
      reply: '523',
      status: '5.7.10',
      text: ['no commands allowed to pipeline after starttls'],
      reason: 'syntaxerror',
      meaning: 'The client pipelined commands straight after STARTTLS, which is not allowed.',
      action: "Fix or update the client's STARTTLS handling.",
      docsUrl: errorCodesPage,
      source: helpSource,
    },
  ],
} as const satisfies ProviderRules;
