import type {ProviderRow, ProviderRules} from '../types.ts';

const postmasterPage = 'https://www.cox.com/residential/support/cox-postmaster-email-administration.html';
const sisimaiSource = 'Cox error code help, as quoted in sisimai rhost/for-cox.go';
const errorCodesPage = 'https://www.cox.com/business/support/email-error-codes.html';
const listSource = 'Cox "Email Error Codes" (cox.com/business/support/email-error-codes.html), as sisimai/rb-sisimai lib/sisimai/rhost/cox.rb transcribes its codes and messages';

/** One of the errors Cox's page lists, by its words or its AUP code. */
function listed(text: string, reason: ProviderRow['reason'], meaning: string, action: string): ProviderRow {
  return {text: [text], reason, meaning, action, docsUrl: errorCodesPage, source: listSource};
}

/**
 * Cox Communications mail for cox.net addresses.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'cox',
    name: 'Cox',
    hostSuffixes: [
      '.cox.net',
    ],
    // The reference marker "AUP#" alone is left out: Spectrum uses AUP#I.../AUP#O... codes too.
    replyMarkers: [
      'aup#cx', // CXBL, CXDNS, CXSNDR, CXSMTP, CXCNCT, CXMXRT, ...
      'aup#cdrbl',
      'aup#ipbl',
      'aup#urlbl',
    ],
    mailboxDomains: ['cox.net'],
    mailboxDomainsSource: 'Evavic44\'s gist "A list of popular email domains (TLDs) - 2023"',
    docsUrl: postmasterPage,
    source: 'sisimai rhost/for-cox.go (quotes the Cox error code help)',
  },
  rows: [
    {
      providerCode: 'CXBL',
      text: ['aup#cxbl'],
      reason: 'blocked',
      meaning: 'Cox blocked the sending IP for spam-like behaviour.',
      action: 'Ask Cox to unblock the IP (Cox decides at its discretion).',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CXDNS',
      text: ['aup#cxdns'],
      reason: 'requireptr',
      meaning: 'The reverse DNS lookup of the connecting IP fails.',
      action: 'Fix the PTR record, then retry after 24 hours.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CXSNDR',
      text: ['aup#cxsndr'],
      reason: 'authfailure',
      meaning: "The message failed SPF, DomainKeys or DKIM for the sender's domain.",
      action: 'Fix the authentication of the sending domain.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CXSMTP',
      text: ['aup#cxsmtp'],
      reason: 'rejected',
      meaning: 'An SMTP protocol violation: Cox could not verify that the mail came from a legitimate sender.',
      action: 'Fix how the sending server talks SMTP.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CXCNCT',
      text: ['aup#cxcnct'],
      reason: 'toomanyconn',
      meaning: 'Too many simultaneous connections from the IP.',
      action: 'Keep to ten or fewer connections at a time.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CXMXRT',
      text: ['aup#cxmxrt'],
      reason: 'speeding',
      meaning: 'The sender sent to too many recipients or too many messages and has to wait.',
      action: 'Slow down and retry later.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'CDRBL',
      text: ['aup#cdrbl'],
      reason: 'blocked',
      meaning: 'The IP is blocked for up to 24 hours for spam-like behaviour.',
      action: 'Look for spam in your traffic, then retry later.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'IPBL1000',
      text: ['aup#ipbl1000'],
      reason: 'blocked',
      meaning: 'The IP is on Cloudmark CSI.',
      action: 'Request a reset at Cloudmark CSI.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'IPBL0001',
      text: ['aup#ipbl0001'],
      reason: 'blocked',
      meaning: 'The IP is on Spamhaus ZEN.',
      action: 'Request removal at Spamhaus.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    {
      providerCode: 'URLBL1001',
      text: ['aup#urlbl1001'],
      reason: 'spamdetected',
      meaning: 'A link in the message body is on a Spamhaus list.',
      action: 'Remove the listed link or domain.',
      docsUrl: postmasterPage,
      source: sisimaiSource,
    },

    // The rest of each family: its digits say which lists matched (IPBL0001 through IPBL1111,
    // URLBL011 through URLBL1001 in the code help); after the rows of one list, first match wins.
    {
      providerCode: 'IPBL',
      text: ['aup#ipbl'],
      reason: 'blocked',
      meaning: 'The sending IP is on one or more of the blocklists Cox checks; the digits after IPBL say which.',
      action: 'Look the IP up on Spamhaus and Cloudmark CSI and request removal where it is listed.',
      docsUrl: postmasterPage,
      source: `${sisimaiSource}; sisimai lib/sisimai/rhost/cox.rb ErrorCodes (IPBL0001 ... IPBL1111, IPBL00001: blocked)`,
    },
    {
      providerCode: 'URLBL',
      text: ['aup#urlbl'],
      reason: 'spamdetected',
      meaning: 'A link in the message body is on one or more of the URL blocklists Cox checks; the digits after URLBL say which.',
      action: 'Remove the listed links or domains.',
      docsUrl: postmasterPage,
      source: `${sisimaiSource}; sisimai lib/sisimai/rhost/cox.rb ErrorCodes (URLBL011, URLBL101, URLBL110, URLBL1001: spamdetected)`,
    },

    // The rest of Cox's list: two codes of suspicious account activity, and the errors it names by their words.
    listed('aup#cxthrt', 'securityerror', 'Cox limits the account\'s sending because of suspicious activity on it.', 'Secure the account (password, devices), then contact Cox.'),
    listed('aup#cxmj', 'securityerror', 'Cox blocks the account\'s sending because of suspicious activity on the primary Cox account.', 'Secure the primary account, then contact Cox.'),
    listed('too many bad commands from', 'blocked', 'Cox blocks the client\'s IP for three hours after repeated bad commands or invalid passwords.', 'Fix the client\'s settings and password, then wait for the block to end.'),
    listed('too many invalid recipients', 'blocked', 'The sending IP passed Cox\'s threshold of invalid recipients and is blocked.', 'Clean invalid addresses from your list, then retry later.'),
    listed('dns check failure - try again later', 'requireptr', 'The reverse DNS check of the sending IP failed.', 'Give the sending IP a valid PTR record.'),
    listed('rejected - no rdns', 'requireptr', 'The sending IP has no reverse DNS (PTR) record.', 'Give the sending IP a valid PTR record.'),
    listed('esmtp no data before greeting', 'policyviolation', 'The sending server spoke before Cox\'s greeting.', 'Make the sending server wait for the greeting.'),
    listed('attachment extension is forbidden', 'policyviolation', 'The message carries an attachment of a type Cox forbids (.exe, .js, .scr and the like).', 'Send the file another way, or in an archive type Cox accepts.'),
    listed('esmtp server temporarily not available', 'systemerror', 'Cox\'s servers cannot take new mail for now.', 'Retry later.'),
    listed('too many sessions from', 'toomanyconn', 'The sending IP has more concurrent connections than Cox allows.', 'Open fewer connections at once.'),
    listed('message threshold exceeded', 'toomanyconn', 'The connection passed Cox\'s limit of messages per session and was closed.', 'Send fewer messages per connection.'),
    listed('requested action aborted: try again later', 'toomanyconn', 'The sending IP passed one of Cox\'s rate limits and is blocked for now.', 'Send more slowly and retry later.'),
  ],
} as const satisfies ProviderRules;
