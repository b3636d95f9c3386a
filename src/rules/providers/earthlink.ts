import type {ProviderRow, ProviderRules, ReasonId} from '../types.ts';

const inboundCodes = 'https://postmaster-earthlink.vadesecure.com/inbound_error_codes';
const pageSource = 'EarthLink postmaster (run by Vade), "Inbound SMTP error codes" (postmaster-earthlink.vadesecure.com/inbound_error_codes: every refusal carries a code starting with ELNK_; the rows below are the codes 101-130 as the stored copy of the page shows them)';

/** One code of the page: its number, the reply it comes with, its reason, and its meaning in our words. */
function row(code: number, reply: string, status: string, reason: ReasonId, meaning: string, action: string): ProviderRow {
  return {reply, status, providerCode: `ELNK_${code}`, text: [`elnk_${code}`], reason, meaning, action, docsUrl: inboundCodes, source: pageSource};
}

/**
 * EarthLink mail (earthlink.net, mindspring.com and its older brands). Its platform is run for it by
 * Open-Xchange/Vade: earthlink.net's MX are mx01-mx04.oxsus-vadesecure.net, and its postmaster pages
 * are at postmaster-earthlink.vadesecure.com. Every refusal carries an ELNK_ code, which names
 * EarthLink even where the host is not shown.
 */
export default {
  info: {
    id: 'earthlink',
    name: 'EarthLink',
    names: ['earthlink'],
    hostSuffixes: [
      // earthlink.net -> mx01..mx04.oxsus-vadesecure.net (a public Python script sorting addresses by MX:
      // earthlink = ('mx01.oxsus-vadesecure.net.', ... 'mx04.oxsus-vadesecure.net.'); public block-check scripts:
      // "Earthlink.net, mx01.oxsus-vadesecure.net"). Only these four names: the rest of oxsus-vadesecure.net is
      // Open-Xchange's shared US platform, which also sends other customers' mail.
      'mx01.oxsus-vadesecure.net',
      'mx02.oxsus-vadesecure.net',
      'mx03.oxsus-vadesecure.net',
      'mx04.oxsus-vadesecure.net',
    ],
    replyMarkers: [
      // "The SMTP response you received contains a unique code starting with ELNK_" (its inbound and outbound code pages).
      'elnk_',
    ],
    mailboxDomains: ['earthlink.net', 'mindspring.com', 'ix.netcom.com', 'peoplepc.com'],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/earthlink.net.xml (Mozilla ISPDB: "EarthLink", domains earthlink.net, mindspring.com, ix.netcom.com, peoplepc.com, after help.earthlink.net "email-server-settings")',
    docsUrl: inboundCodes,
    source: `${pageSource}; its "Outbound SMTP error codes" page (postmaster-earthlink.vadesecure.com/outbound_error_codes); MX from public scripts (third-party); a mindspring.com user's list mail signed d=earthlink.net and sent through smtp.oxsus-vadesecure.net (kernel list archive)`,
  },
  rows: [
    row(101, '550', '5.7.1', 'blocked',
      'The sending IP is on the Vade Threat Network List, a list of addresses seen in spam, malware or phishing.',
      'Clean up the sending host, then ask for removal with the request form the page links.'),
    row(102, '550', '5.7.1', 'blocked',
      'The sending IP is on a Validity blocklist, a list of addresses seen in spam, malware or phishing.',
      'Clean up the sending host, then ask for removal with the request form the page links.'),
    row(103, '421', '4.2.1', 'systemerror',
      'EarthLink\'s receiving server is unavailable for the moment; the message was deferred.',
      'Nothing to change: let your server retry later.'),
    row(105, '550', '5.7.1', 'requireptr',
      'The connection was refused because of the sending IP\'s reverse DNS.',
      'Give the sending IP a reverse DNS (PTR) name, then send again.'),
    row(108, '550', '5.7.1', 'requireptr',
      'The connection was refused because the sending IP\'s reverse DNS does not resolve back to it (forward-confirmed reverse DNS).',
      'Make the PTR name of the sending IP resolve back to the same IP, then send again.'),
    row(110, '421', '4.2.1', 'toomanyconn',
      'The sending IP has more connections open at once than EarthLink allows.',
      'Open fewer simultaneous connections; the deferred mail can be retried later.'),
    row(111, '550', '5.7.1', 'blocked',
      'The sending IP is on a Spamhaus blocklist (a source of spam, malware or phishing, or an end-user address that should not send mail directly).',
      'Fix the cause and ask Spamhaus for removal; send through a proper mail server, not from an end-user connection.'),
    row(130, '421', '4.2.1', 'badreputation',
      'EarthLink judges the mail it has received from this server unacceptable (it tracks the volume and quality of each sender\'s traffic) and is deferring it.',
      'Review what this server sends (complaints, unwanted or compromised mail), then retry later.'),
  ],
} satisfies ProviderRules;
