import type {ProviderRules} from '../types.ts';

const sendingDomainsPage = 'https://help.socketlabs.com/docs/verified-sending-domains';
const sendingDomainsSource = 'SocketLabs Help, "Sending Domains" (help.socketlabs.com/docs/verified-sending-domains: "The following SMTP error is issued when an address is not verified")';
const blacklistPage = 'https://help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted';
const blacklistSource = 'SocketLabs Help, "421 4.5.1 Too many errors, you have been temporarily blacklisted" (help.socketlabs.com/docs/421-451-too-many-errors-you-have-been-temporarily-blacklisted)';
const restrictionsPage = 'https://help.socketlabs.com/docs/inbound-smtp-restrictions';
const restrictionsSource = 'SocketLabs Help, "Inbound SMTP Restrictions" (help.socketlabs.com/docs/inbound-smtp-restrictions: "Related Errors")';
const tlsPage = 'https://help.socketlabs.com/docs/secure-connections-ssltls-to-the-inbound-smtp-gateway';

/**
 * SocketLabs, a sending service: customers inject their mail into its "inbound SMTP gateway",
 * smtp.socketlabs.com, which then delivers it. The gateway's own refusals (a sender domain that is
 * not verified, too many errors or connections from one IP address, a message over 40 MB) are
 * listed with their exact replies on SocketLabs' help site.
 */
export default {
  info: {
    id: 'socketlabs',
    name: 'SocketLabs',
    names: ['socketlabs'],
    hostSuffixes: [
      // "SocketLabs supports both methods on our inbound SMTP gateway, smtp.socketlabs.com" (SocketLabs Help,
      // "Secure Connections (SSL/TLS) to the Inbound SMTP Gateway"; ports 25, 2525, 587 and 465).
      'smtp.socketlabs.com',
    ],
    replyMarkers: [],
    docsUrl: restrictionsPage,
    source: `SocketLabs Help, "Secure Connections (SSL/TLS) to the Inbound SMTP Gateway" (${tlsPage}); ${restrictionsSource}; ${sendingDomainsSource}; ${blacklistSource}`,
  },
  rows: [
    // "554 5.1.0 The Sender's Address Was Not Allowed"
    {
      reply: '554',
      status: '5.1.0',
      text: ['the sender\'s address was not allowed'],
      reason: 'rejected',
      meaning: 'The sender address is at a domain that is not on the account\'s list of verified sending domains, so SocketLabs will not send for it.',
      action: 'Add the domain under Sending Domains and verify it (by a code sent to an address there, or by DNS records), or send from a verified domain.',
      docsUrl: sendingDomainsPage,
      source: sendingDomainsSource,
    },
    // "421 4.5.1 Too many errors, you have been temporarily blacklisted"
    {
      reply: '421',
      status: '4.5.1',
      text: ['too many errors, you have been temporarily blacklisted'],
      reason: 'blocked',
      meaning: 'The sending IP address produced many errors on other connections to the SocketLabs gateway within minutes, so the gateway blocks it for a while (a guard against brute-force attacks).',
      action: 'Stop sending and clear the queue that keeps failing, find the first error in the SMTP log and fix it; the block lifts by itself after a few minutes.',
      docsUrl: blacklistPage,
      source: blacklistSource,
    },
    // "552 5.3.4 - Message too big for system"
    {
      reply: '552',
      status: '5.3.4',
      text: ['message too big for system'],
      reason: 'mesgtoobig',
      meaning: 'The message, with its embedded images and attachments, is larger than the gateway\'s 40 MB limit.',
      action: 'Make the message smaller (link to large files instead of attaching them), then send again.',
      docsUrl: restrictionsPage,
      source: restrictionsSource,
    },
    // "421 4.4.5 - Too many connections from your host"
    {
      reply: '421',
      status: '4.4.5',
      text: ['too many connections from your host'],
      reason: 'toomanyconn',
      meaning: 'The client has more connections open to smtp.socketlabs.com at once than SocketLabs allows.',
      action: 'Open fewer simultaneous connections and send more messages on each; the message is retried later.',
      docsUrl: restrictionsPage,
      source: restrictionsSource,
    },
  ],
} satisfies ProviderRules;
