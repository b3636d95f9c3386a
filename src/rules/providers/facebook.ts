import {codeRowsOf} from '../provider-rows.ts';
import type {ProviderRules} from '../types.ts';

const codesPage = 'https://postmaster.facebook.com/response_codes';
const source = 'Facebook\'s postmaster response codes (postmaster.facebook.com/response_codes), as quoted code by code in sisimai/rb-sisimai lib/sisimai/rhost/facebook.rb (secondary: the page is gone)';

/** One documented code: its token is the reply's own words. */
const code = codeRowsOf({docsUrl: codesPage, source});

/**
 * Facebook's mail servers for facebook.com addresses (a service Facebook ended in 2014; its notices
 * stay in archives). Each reply names a code of the postmaster page, `RCP-P2` and the like: the
 * letters name the area (recipient, connection, message, policy, DNS, internal), P a permanent and
 * T a temporary refusal.
 */
export default {
  info: {
    id: 'facebook',
    name: 'Facebook',
    hostSuffixes: [
      '.facebook.com',
    ],
    replyMarkers: [
      'postmaster.facebook.com',
      // The first line of Facebook's own notice (sisimai/rb-sisimai lib/sisimai/lhost/facebook.rb, StartingOf).
      'this message was created automatically by facebook.',
    ],
    docsUrl: codesPage,
    source,
  },
  rows: [
    code('RCP-P1', 'userunknown', 'The address does not exist.', 'Remove the address from your list.'),
    code('RCP-P2', 'filtered', 'The recipient\'s preferences keep this mail out.', 'Stop sending to this recipient unless they ask for your mail.'),
    code('RCP-P3', 'filtered', 'The recipient\'s privacy settings blocked this mail.', 'Stop sending to this recipient unless they ask for your mail.'),
    code('RCP-T1', 'systemerror', 'The address is unavailable for now because of a problem inside Facebook.', 'Retry later; the server retries by itself.'),
    code('RCP-T4', 'suspend', 'The address is deactivated for now; its owner may reactivate it.', 'Pause mail to this address; remove it if it stays deactivated.'),
    code('INT-P1', 'userunknown', 'The address does not exist.', 'Remove the address from your list.'),
    code('INT-P2', 'mesgtoobig', 'The message is larger than Facebook accepts.', 'Send a smaller message: fewer or smaller attachments.'),
    code('INT-P3', 'userunknown', 'The group address does not exist.', 'Remove the address from your list.'),
    code('INT-P4', 'userunknown', 'The address does not exist.', 'Remove the address from your list.'),
    code('INT-P7', 'mailboxfull', 'The recipient is over their storage quota.', 'Retry later, or reach the recipient another way.'),
    code('CON-T1', 'toomanyconn', 'Facebook\'s server has too many connections open to take another.', 'Retry later with fewer connections.'),
    code('CON-T2', 'toomanyconn', 'Your server has too many connections open to Facebook.', 'Open fewer connections at once.'),
    code('CON-T3', 'toomanyconn', 'Your server opened too many new connections in a short time.', 'Open connections more slowly.'),
    code('CON-T4', 'toomanyconn', 'Your server sent more recipients than one connection allows.', 'Send fewer recipients per connection.'),
    code('MSG-P1', 'mesgtoobig', 'The message is larger than Facebook accepts.', 'Send a smaller message: fewer or smaller attachments.'),
    code('MSG-P2', 'contenterror', 'The message holds a type of attachment Facebook does not accept.', 'Remove or change the attachment.'),
    code('MSG-P3', 'notcompliantrfc', 'The message repeats a header field that may stand only once.', 'Fix the sending software so that each such field stands once (RFC 5322 §3.6).'),
    code('MSG-T1', 'toomanyconn', 'The message has more recipients than Facebook allows.', 'Send to fewer recipients per message.'),
    code('POL-P1', 'blocked', 'Your server\'s IP address is on the Spamhaus PBL.', 'Send through a server meant for mail, or have the IP removed from the PBL.'),
    code('POL-P2', 'blocked', 'Facebook no longer accepts mail from your server\'s IP address.', 'Send from another server, or contact Facebook.'),
    code('POL-P3', 'blocked', 'Facebook refuses mail from your server for 4 to 8 hours.', 'Wait, and find what made your mail look abusive.'),
    code('POL-P4', 'blocked', 'Facebook refuses mail from your server for 24 to 48 hours.', 'Wait, and find what made your mail look abusive.'),
    code('POL-P5', 'virusdetected', 'The message holds a virus.', 'Clean the sending system and the message.'),
    code('POL-P6', 'spamdetected', 'The message holds a link Facebook blocks.', 'Remove the blocked link.'),
    code('POL-P7', 'authfailure', 'The message fails Facebook\'s domain authentication requirements.', 'Fix SPF and DKIM for the sending domain.'),
    code('POL-P8', 'policyviolation', 'The message breaks Facebook\'s abuse policies.', 'Review what you send to Facebook addresses.'),
    code('POL-T1', 'blocked', 'Facebook defers mail from your server for 1 to 2 hours.', 'Retry later; the server retries by itself.'),
    code('POL-T2', 'blocked', 'Facebook defers mail from your server for 4 to 8 hours.', 'Retry later; the server retries by itself.'),
    code('POL-T3', 'blocked', 'Facebook defers mail from your server for 24 to 48 hours.', 'Retry later; the server retries by itself.'),
    code('DNS-P1', 'rejected', 'The domain of your envelope sender (MAIL FROM) does not exist.', 'Send with an envelope sender whose domain exists.'),
    code('DNS-P2', 'rejected', 'The domain of your envelope sender (MAIL FROM) has no MX record.', 'Give the sending domain an MX record.'),
    code('DNS-P3', 'requireptr', 'Your server\'s IP address has no reverse DNS record.', 'Add a PTR record for the sending IP.'),
    code('DNS-T1', 'rejected', 'The domain of your envelope sender (MAIL FROM) does not resolve for now.', 'Check the sending domain\'s DNS; retry later.'),
    code('DNS-T2', 'requireptr', 'Your server\'s reverse DNS record does not resolve for now.', 'Check the PTR record of the sending IP; retry later.'),
  ],
} satisfies ProviderRules;
