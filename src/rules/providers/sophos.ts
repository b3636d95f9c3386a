import {codeRowsOf} from '../provider-rows.ts';
import type {ProviderRules} from '../types.ts';

const codesPage = 'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html';
const source = 'Sophos Central Admin help, "SMTP error codes" (docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes)';

/** One documented code: its token (XGEMAIL_0011) is printed in the reply itself. */
const code = codeRowsOf({docsUrl: codesPage, source});

/**
 * Sophos Email (Sophos Central Email), a filtering gateway that customers put in front of their
 * mailboxes by pointing their MX records at Sophos' hosts under prod.hydra.sophos.com
 * (mx-01-<region>.prod.hydra.sophos.com and mx-02-...). Its refusals carry an XGEMAIL_nnnn code
 * ("550 5.7.1 XGEMAIL_0011 Command rejected") that Sophos lists with its meaning, so the code names
 * both Sophos and the cause.
 */
export default {
  info: {
    id: 'sophos',
    name: 'Sophos Email',
    names: ['sophos'],
    hostSuffixes: [
      // Sophos names *.prod.hydra.sophos.com in the certificate its email gateways present (Sophos Central help,
      // "Using TLS connections": SANs *.api-upe.p.hmr.sophos.com, *.prod.hydra.sophos.com). Domains protected by
      // Sophos Email publish MX records such as mx-01-eu-west-1.prod.hydra.sophos.com and
      // mx-02-us-east-2.prod.hydra.sophos.com (sophos.com's own MX, and customers' DNS notes in public
      // repositories); outbound delivery hosts are named like mail.delivery-3-us-west-2.prod.hydra.sophos.com.
      '.prod.hydra.sophos.com',
    ],
    replyMarkers: [
      // The prefix of every code on Sophos' SMTP error codes page.
      'xgemail_',
    ],
    docsUrl: codesPage,
    source: `${source}; Sophos Central help "Using TLS connections" (certificate SANs); MX names as published by domains using Sophos Email`,
  },
  rows: [
    code('XGEMAIL_0001', 'authfailure', 'The message carried no valid DKIM signature.', 'Sign the mail with DKIM for the sending domain and check that the key in DNS matches.'),
    code('XGEMAIL_0002', 'authfailure', 'The message failed the SPF check.', 'Add every server that sends for the domain to its SPF record.'),
    code('XGEMAIL_0003', 'authfailure', 'The message failed the DMARC check.', 'Make SPF or DKIM pass and align with the From domain.'),
    code('XGEMAIL_0004', 'blocked', 'The sending IP address failed a real-time blocklist (RBL) test.', 'Find which blocklist lists the IP, fix the cause and request delisting.'),
    code('XGEMAIL_0005', 'blocked', 'The sender\'s domain failed a domain blocklist (DBL) test.', 'Find which domain blocklist lists the domain, fix the cause and request delisting.'),
    code('XGEMAIL_0006', 'failedstarttls', 'The TLS version of the connection does not match the one the recipient\'s policy requires.', 'Enable STARTTLS with a current TLS version on the sending server.'),
    code('XGEMAIL_0007', 'systemerror', 'The recipient organisation\'s Sophos licence has expired, so the gateway refuses its mail.', 'Reach the recipient another way; they have to renew their licence or change their MX records.'),
    code('XGEMAIL_0008', 'rejected', 'A domain, IP address or address of the sender is on the recipient organisation\'s admin block list.', 'Ask the recipient\'s administrator to remove the block.'),
    code('XGEMAIL_0009', 'rejected', 'A domain, IP address or address of the sender is on the recipient\'s own block list.', 'Ask the recipient to remove you from their block list.'),
    code('XGEMAIL_0010', 'norelaying', 'The recipient\'s domain is not a domain Sophos Email protects (its MX points at Sophos, but it is not set up there).', 'Check the address; the recipient\'s administrator has to add the domain to Sophos Email or fix the MX records.'),
    code('XGEMAIL_0011', 'userunknown', 'The recipient\'s address does not exist in the Sophos-protected domain.', 'Check the address for typos; remove it if it is right as written.'),
    code('XGEMAIL_0012', 'mesgtoobig', 'The message is larger than the allowed size.', 'Send a smaller message: fewer or smaller attachments.'),
    code('XGEMAIL_0013', 'exceedlimit', 'The message has more recipients than a large message is allowed.', 'Send the large message to fewer recipients at a time.'),
    code('XGEMAIL_0014', 'speeding', 'You sent more to this recipient than their inbound limit for a single sender allows.', 'Slow down and retry later.'),
    code('XGEMAIL_0015', 'exceedlimit', 'The recipient has received more than their total inbound limit from all senders.', 'Retry later.'),
  ],
} satisfies ProviderRules;
