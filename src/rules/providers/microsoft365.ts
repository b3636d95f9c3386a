import type {ProviderRules} from '../types.ts';

const ndrPage = 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online';
const postmasterPage = 'https://substrate.office.com/ip-domain-management-snds/Postmaster/Troubleshooting';
const flowIntelligencePage = 'https://learn.microsoft.com/en-us/defender-office-365/connectors-mail-flow-intelligence';
const flowIntelligence = 'Microsoft Learn "Mail flow intelligence in EOP" (MicrosoftDocs/defender-docs defender-office-365/connectors-mail-flow-intelligence.md: the errors of delivery through a connector, retried for 24 hours before the message expires and is returned in an NDR)';
const learnSource = 'Microsoft Learn "Email non-delivery reports and SMTP errors in Exchange Online" (ms.date 2024-03-08); sisimai rhost/for-microsoft.go';

/**
 * Microsoft 365 (Exchange Online) tenants, and Exchange Server wording where Microsoft documents it.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'microsoft365',
    name: 'Microsoft 365 / Exchange Online',
    names: ['office 365', 'office365', 'microsoft 365', 'exchange online', 'o365'],
    hostSuffixes: [
      '.outlook.com', // *.mail.protection.outlook.com and the like; outlook-com is tried first
      '.onmicrosoft.com',
      '.exchangelabs.com',
      'smtp.office365.com', // client submission
      'messaging.microsoft.com', // Exchange Online Protection's earlier MX and delist contact (mail.messaging.microsoft.com; "delist@messaging.microsoft.com" in its FBLW15 refusals, as Haraka's issue 848 quotes one)
    ],
    // "AS(" and "(AS" from the reference are left out: too short and too common to identify
    // Microsoft.
    replyMarkers: [
      // Exchange Online's server names itself in brackets at the end of its reply
      // ("[BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]") and is a tenant's MX
      // ("contoso-com.mail.protection.outlook.com"). Its outgoing servers are
      // "*.outbound.protection.outlook.com", as the Received fields of mail from Microsoft 365 show:
      // a receiver's log names them as its client, no reply of Microsoft's.
      '.prod.protection.outlook.com',
      '.mail.protection.outlook.com',
      '.prod.outlook.com',
      'aka.ms/', // Microsoft short links in NDRs
      'go.microsoft.com/fwlink',
      'resolver.adr.', // Exchange's resolver codes (RESOLVER.ADR.RecipientNotFound) are Microsoft's own
      'resolver.rst.', // RESOLVER.RST.AuthRequired and kin
      // The delisting contact that its earlier filtering service's (Forefront Online Protection's)
      // refusals give: "To request removal from this list please forward this message to
      // delist@messaging.microsoft.com" (Haraka's issue 848 quotes one after "blocked using FBLW15";
      // hole.sugutsukaeru.jp/archives/566 records a delisting by that address). An address's domain
      // names no server, so the host suffix alone does not find it; another address there may be anybody's.
      'delist@messaging.microsoft.com',
      // The same service's own blocklist and the delisting contact its refusals name with it ("550
      // 5.7.1 ... blocked using 88.blocklist.zap; Mail from IP banned. To request removal from this list
      // please forward this message to delist.forefront@messaging.microsoft.com": Forefront's private
      // DNSBL, which nobody outside can query; blog.pinpointe.com, "How to Check and Request Removal
      // from 88.blocklist.zap"; secondary: wording seen in the wild).
      'delist.forefront@messaging.microsoft.com',
      '88.blocklist.zap',
      'sender.office.com', // Microsoft's delist portal, which its blocked-IP replies (5.7.606-649) send senders to (Microsoft Learn, "Use the delist portal to remove yourself from the blocked senders list")
      // Exchange Online's refusals end with an "AS(nnnn)" number (Microsoft Learn, "Email non-delivery reports and SMTP errors in
      // Exchange Online", as shared/reference/providers.json records it); Directory-Based Edge Blocking's "550 5.4.1 Recipient address
      // rejected: Access denied. AS(201806281)" (Microsoft Learn, "Fix error code 550 5.4.1 in Exchange Online") puts it after these words.
      'access denied. as(',
      // Exchange Online's new-style NDR draws the path of the message in three boxes: the sender, "Office 365" and the recipient
      // (Microsoft Learn, "Email non-delivery reports and SMTP errors in Exchange Online", its picture of an NDR); a webmail's text
      // of the NDR keeps the box's words, "<sender> Office 365 <recipient>", even when the technical details are cut.
      'office 365',
    ],
    docsUrl: ndrPage,
    source: 'sisimai rhost/lib.go, lhost/via-exchange2007.go; Microsoft NDR article',
  },
  rows: [
    // "STOREDRV.Deliver; recipient thread limit exceeded"
    {
      reply: '432',
      status: '4.3.2',
      text: ['storedrv.deliver; recipient thread limit exceeded'],
      reason: 'speeding',
      meaning: "The recipient's mailbox is being throttled because it is receiving too much at once.",
      action: 'Retry later.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Message expired, connection refused"
    {
      reply: '550',
      status: '5.4.316',
      text: ['message expired, connection refused'],
      reason: 'expired',
      meaning: 'The destination kept refusing connections until the message expired.',
      action: 'Check that the destination server is up, then resend.',
      docsUrl: ndrPage,
      source: 'sisimai rhost/for-microsoft.go; observed NDR text',
    },

    // "Connection refused"
    {
      reply: '450',
      status: '4.4.316',
      text: ['connection refused'],
      reason: 'networkerror',
      meaning: 'Exchange Online could not connect to the destination mail server.',
      action: 'Retry; the destination has to check that its server is reachable.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // Delivery through a connector, and its expiry after 24 hours of retrying ("550 5.4.312 Message
    // expired, DNS query failed"): the error of the attempts is the cause.
    {
      reply: '450',
      status: '4.4.312',
      text: ['dns query failed'],
      reason: 'networkerror',
      meaning: 'Exchange Online could not find the destination server: the DNS query for its MX record or a connector\'s smart host failed (a problem at the domain\'s DNS host, an expired domain, or an MX record just changed).',
      action: 'Check the recipient domain\'s DNS with its DNS host; Exchange Online retries for 24 hours.',
      docsUrl: flowIntelligencePage,
      source: flowIntelligence,
    },
    {
      reply: '550',
      status: '5.4.312',
      text: ['dns query failed'],
      reason: 'networkerror',
      meaning: 'Exchange Online retried for 24 hours and each time the DNS query for the destination server failed; the message expired.',
      action: 'Check the recipient domain\'s DNS (its MX record and name servers), then send again.',
      docsUrl: flowIntelligencePage,
      source: `${flowIntelligence}; sisimai ChangeLog v4.22.7 ("Register D.S.N. 4.4.312 and 5.4.312 on Office 365 as networkerror")`,
    },
    {
      reply: '450',
      status: '4.4.315',
      text: ['connection timed out'],
      reason: 'networkerror',
      meaning: 'Exchange Online could not connect to the destination server: it did not answer in time (the server is down, or a connector points at the wrong address).',
      action: 'Check that the destination server is up and reachable on port 25; Exchange Online retries for 24 hours.',
      docsUrl: flowIntelligencePage,
      source: flowIntelligence,
    },
    {
      reply: '450',
      status: '4.4.317',
      text: ['cannot connect to remote server'],
      reason: 'networkerror',
      meaning: 'Exchange Online connected to the destination server, but it answered with an immediate error or does not meet the connection\'s requirements (a "Service not available", or TLS required and not offered).',
      action: 'Check the destination server\'s answer and its TLS settings against the connector\'s.',
      docsUrl: flowIntelligencePage,
      source: flowIntelligence,
    },
    {
      reply: '450',
      status: '4.4.318',
      text: ['connection was closed abruptly'],
      reason: 'networkerror',
      meaning: 'The connection to the destination server was dropped: a firewall\'s SMTP inspection, a struggling server, or the network between them.',
      action: 'Check the destination\'s firewall and server; Exchange Online retries for 24 hours.',
      docsUrl: flowIntelligencePage,
      source: flowIntelligence,
    },
    {
      reply: '450',
      status: '4.7.320',
      text: ['certificate validation failed'],
      reason: 'failedstarttls',
      meaning: 'Exchange Online could not validate the destination server\'s TLS certificate (expired, its subject not the server\'s name, or no longer valid).',
      action: 'Renew or fix the destination server\'s certificate, or the connector\'s TLS settings.',
      docsUrl: flowIntelligencePage,
      source: flowIntelligence,
    },

    // "Message expired"
    {
      status: '4.4.7',
      text: ['message expired'],
      reason: 'expired',
      meaning: 'The message stayed in the queue until it expired (24 hours by default in Exchange Online).',
      action: "Check that the recipient domain's MX and mail servers work, then resend.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Remote certificate failed MTA-STS validation"
    // Documented as 4.7.5 / 5.7.5: no single status, so the row matches on text.
    {
      text: ['remote certificate failed mta-sts validation'],
      reason: 'failedstarttls',
      meaning: "The destination server's certificate does not satisfy the domain's MTA-STS policy.",
      action: "The recipient's admin has to fix the certificate.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "failed MTA-STS validation"
    // Microsoft documents 4.4.8 (still retrying) and 5.4.8 (final): no single status, so the row
    // matches on text.
    {
      text: ['failed mta-sts validation'],
      reason: 'failedstarttls',
      meaning: "The destination MX host is not listed in the recipient domain's MTA-STS policy.",
      action: 'The recipient domain has to fix its MTA-STS policy or its MX records.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Too many recipients"
    {
      status: '4.5.3',
      text: ['too many recipients'],
      reason: 'toomanyconn',
      meaning: 'More than 200 envelope recipients of one domain in a single message.',
      action: 'Split the recipients into smaller batches.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "must pass either SPF or DKIM validation"
    {
      status: '4.7.26',
      text: ['must pass either spf or dkim validation'],
      reason: 'authfailure',
      meaning: 'Mail sent over IPv6 has to pass SPF or DKIM, and this message passed neither.',
      action: 'Authenticate mail sent over IPv6 with SPF or DKIM.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, please try again later"
    // Documented range 4.7.850-899. It shares its text with the 4.7.500-699 row; its range keeps it
    // distinct.
    {
      statusRange: ['4.7.850', '4.7.899'],
      text: ['access denied, please try again later'],
      reason: 'blocked',
      meaning: 'Suspicious activity from the sending IP; it is restricted while Microsoft evaluates it.',
      action: 'Retry later.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, please try again later"
    // Microsoft documents the range 4.7.500-699.
    {
      reply: '451',
      statusRange: ['4.7.500', '4.7.699'],
      text: ['access denied, please try again later'],
      reason: 'blocked',
      meaning: 'Microsoft saw suspicious activity and restricts sending for the moment (the reply usually carries an ASxxx code).',
      action: 'Retry later; legitimate traffic is normally released on its own.',
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online',
      source: learnSource,
    },

    // "starttls-not-supported" | "certificate-expired" | "tlsa-invalid" | "dnssec-invalid" | "certificate-host-mismatch"
    // Codes 4.7.321-325 / 5.7.321-325, one per text below: no single status, so the row matches on
    // text.
    {
      text: ['starttls-not-supported', 'certificate-expired', 'tlsa-invalid', 'dnssec-invalid', 'certificate-host-mismatch'],
      reason: 'failedstarttls',
      meaning: 'The destination failed a DANE, DNSSEC or TLS check (no STARTTLS, expired certificate, bad TLSA record, ...).',
      action: "The recipient's admin has to fix the TLS, DANE or DNSSEC setup.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "x-dg-ref header is too long" | "policy violation detected (AS345)"
    {
      reply: '550',
      status: '5.0.350',
      text: ['x-dg-ref header is too long', 'policy violation detected (as345)'],
      reason: 'contenterror',
      meaning: "A catch-all error from the recipient's organisation, typically an overlong x-dg-ref header (Outlook rich text) or deeply nested attachments.",
      action: 'Resend as HTML or plain text and without attachments nested in attachments.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender denied"
    {
      status: '5.1.0',
      text: ['sender denied'],
      reason: 'rejected',
      meaning: 'Exchange could not resolve the address, usually a stale internal (X.500) address kept in a saved or offline message.',
      action: 'Type the recipient address again and resend.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Bad destination mailbox address" | "RESOLVER.ADR.RecipNotFound"
    {
      reply: '550',
      status: '5.1.1',
      text: ['bad destination mailbox address', 'resolver.adr.recipnotfound'],
      reason: 'userunknown',
      meaning: 'The recipient does not exist, or Outlook suggested an out-of-date cached address.',
      action: 'Fix or remove the address; clear the stale autocomplete entry.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, bad outbound sender"
    {
      status: '5.1.8',
      text: ['access denied, bad outbound sender'],
      reason: 'rejected',
      meaning: 'Microsoft blocked your sending account for sending spam, usually because it was compromised.',
      action: 'Secure the account (new password, MFA), then have an admin release it from the restricted users in Defender.',
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online',
      source: learnSource,
    },

    // "RESOLVER.ADR.RecipientNotFound" | "Recipient not found"
    {
      reply: '550',
      status: '5.1.10',
      // The NDR's own words for it, above its technical part: "bob wasn't found at example.org."
      text: ['resolver.adr.recipientnotfound', 'recipient not found', 'wasn\'t found at'],
      reason: 'userunknown',
      meaning: 'No mailbox with this address was found.',
      action: 'Fix or remove the address.',
      docsUrl: ndrPage,
      source: `${learnSource}; shared/reference/ndr-formats.md §2 (the NDR's headline "user wasn't found at example.com.")`,
    },

    // "reached your daily limit for message recipients"
    {
      status: '5.1.90',
      text: ['reached your daily limit for message recipients'],
      reason: 'speeding',
      meaning: 'The sending account went over its daily recipient limit.',
      action: 'Wait for the limit to reset, and check that the account is not compromised.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Submission quota exceeded"
    {
      status: '5.2.2',
      text: ['submission quota exceeded'],
      reason: 'speeding',
      meaning: 'The sending account went over its recipient or message rate limit.',
      action: 'Wait, and check that the account is not compromised.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "mailbox full"
    {
      reply: '550',
      status: '5.2.2',
      text: ['mailbox full'],
      reason: 'mailboxfull',
      meaning: "The recipient's mailbox is over its quota.",
      action: 'Retry later; the recipient has to make room.',
      docsUrl: ndrPage,
      source: 'sisimai rhost/for-microsoft.go (Exchange Server 2019 NDR list)',
    },

    // "per hour message receive limit from specific sender exceeded"
    {
      status: '5.2.121',
      text: ['per hour message receive limit from specific sender exceeded'],
      reason: 'speeding',
      meaning: 'The recipient will not take more messages from you this hour.',
      action: 'Slow down and retry later.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "per hour message receive limit exceeded"
    {
      status: '5.2.122',
      text: ['per hour message receive limit exceeded'],
      reason: 'speeding',
      meaning: "The recipient's hourly receive limit is used up.",
      action: 'Retry later.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Journaling on-premises messages"
    {
      status: '5.3.190',
      text: ['journaling on-premises messages'],
      reason: 'policyviolation',
      meaning: 'On-premises messages are being journaled to Exchange Online while Journaling Archive is turned off.',
      action: 'Turn on Journaling Archive or point the journaling rule elsewhere.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "TenantAttribution; Relay Access Denied"
    {
      status: '5.7.64',
      text: ['tenantattribution; relay access denied'],
      reason: 'norelaying',
      meaning: 'The inbound connector from the on-premises servers no longer matches their traffic.',
      action: 'Fix the inbound connector settings.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Relay Access Denied"
    {
      status: '5.4.1',
      text: ['relay access denied'],
      reason: 'norelaying',
      meaning: "The server does not accept mail for the recipient's domain, usually because of a wrong MX record or a domain not set up in the tenant.",
      action: "The recipient's admin has to fix the MX record or the accepted-domain settings.",
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online',
      source: learnSource,
    },

    // "Recipient address rejected: Access denied"
    {
      status: '5.4.1',
      text: ['recipient address rejected: access denied'],
      reason: 'userunknown',
      meaning: 'The recipient does not exist in that organisation (Directory-Based Edge Blocking).',
      action: 'Check the address; remove it if it is wrong.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Routing loop detected" | "Hop count exceeded"
    // Exchange Online sends 5.4.14, on-premises Exchange 5.4.6: no single status, so the row
    // matches on text.
    {
      text: ['routing loop detected', 'hop count exceeded'],
      reason: 'networkerror',
      meaning: 'A routing loop: the message went round too many times and was stopped.',
      action: 'Check forwarding rules, inbox rules and connectors on both sides.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Message expired"
    {
      status: '5.4.300',
      text: ['message expired'],
      reason: 'expired',
      meaning: 'Delivery took too long: the destination never answered, or the bounce itself could not be delivered.',
      action: 'Check the destination, then resend.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Requested action not taken: mailbox unavailable"
    {
      reply: '550',
      status: '5.5.0',
      text: ['requested action not taken: mailbox unavailable'],
      reason: 'userunknown',
      meaning: 'The recipient mailbox is not available (typical for an unknown hotmail/outlook.com address).',
      action: 'Fix or remove the address.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Invalid characters"
    {
      status: '5.6.11',
      text: ['invalid characters'],
      reason: 'contenterror',
      meaning: 'The message contains bare line feeds, which Exchange Online refuses.',
      action: 'Fix the sending program so that every line ends with CRLF.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Delivery not authorized, message refused"
    // Mail flow rules may use any code of 5.7.900-999: no single status, so the row matches on
    // text.
    {
      text: ['delivery not authorized, message refused'],
      reason: 'policyviolation',
      meaning: "A mail flow rule of the recipient's organisation refused the message.",
      action: 'Contact the recipient; only their admin can change the rule.',
      docsUrl: ndrPage,
      source: 'sisimai rhost/for-microsoft.go (Exchange Server mail flow rule range)',
    },

    // "Delivery not authorized"
    {
      status: '5.7.1',
      text: ['delivery not authorized'],
      reason: 'policyviolation',
      meaning: 'The sender may not write to this recipient or group, or a mail flow rule refused the message.',
      action: "Ask the recipient or the group's owner for permission.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Unable to relay"
    {
      status: '5.7.1',
      text: ['unable to relay'],
      reason: 'norelaying',
      meaning: 'The server would not relay: an anonymous relay attempt, or an MX record pointing at a server that does not accept the domain.',
      action: 'Fix the relay permissions or the MX record.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Client was not authenticated to send anonymous mail during MAIL FROM"
    {
      reply: '530',
      status: '5.7.57',
      text: ['client was not authenticated to send anonymous mail during mail from'],
      reason: 'securityerror',
      meaning: 'An application or device tried to send through smtp.office365.com without a valid login.',
      action: 'Set up SMTP AUTH for the device, or use a connector.',
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online',
      source: learnSource,
    },

    // "Client was not authenticated"
    {
      reply: '530',
      status: '5.7.1',
      text: ['client was not authenticated'],
      reason: 'securityerror',
      meaning: 'The receiving system requires the client to authenticate.',
      action: 'Configure the sending client or server to log in.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender was not authenticated by organization"
    {
      status: '5.7.12',
      text: ['sender was not authenticated by organization'],
      reason: 'policyviolation',
      meaning: 'The recipient only accepts mail from inside its own organisation.',
      action: "The recipient's admin has to allow external senders.",
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-12-in-exchange-online',
      source: learnSource,
    },

    // "Sender was not authenticated for public folder"
    // Exchange Online sends 5.7.135, Exchange Server 5.7.13: no single status, so the row matches
    // on text.
    {
      text: ['sender was not authenticated for public folder'],
      reason: 'policyviolation',
      meaning: 'The public folder refuses mail from outside its organisation (Exchange Server also uses 5.7.13 for this).',
      action: "The recipient's admin has to allow external senders.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "rejected because of Sender Policy Framework violation"
    {
      status: '5.7.23',
      text: ['rejected because of sender policy framework violation'],
      reason: 'authfailure',
      meaning: "The destination rejected the message because it failed the sender domain's SPF check.",
      action: 'Fix the SPF record of the sending domain.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "must have a reverse DNS record"
    {
      status: '5.7.25',
      text: ['must have a reverse dns record'],
      reason: 'requireptr',
      meaning: 'Mail sent over IPv6 from an address without reverse DNS.',
      action: 'Add a PTR record for the sending IPv6 address.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender not in allowed-senders list"
    {
      status: '5.7.124',
      text: ['sender not in allowed-senders list'],
      reason: 'policyviolation',
      meaning: 'The distribution group only takes mail from senders on its allowed list.',
      action: "Ask the group's owner to add you.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender not authenticated for group"
    {
      status: '5.7.133',
      text: ['sender not authenticated for group'],
      reason: 'policyviolation',
      meaning: 'The group refuses mail from outside its organisation.',
      action: "The group's owner or admin has to allow external senders.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender was not authenticated for mailbox"
    {
      status: '5.7.134',
      text: ['sender was not authenticated for mailbox'],
      reason: 'policyviolation',
      meaning: 'The mailbox refuses mail from outside its organisation.',
      action: "The recipient's admin has to allow external senders.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Sender was not authenticated"
    {
      status: '5.7.136',
      text: ['sender was not authenticated'],
      reason: 'policyviolation',
      meaning: 'The mail user refuses mail from outside its organisation.',
      action: "The recipient's admin has to allow external senders.",
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your
    // administrator for further assistance. AS(7555)": an automatic forward (an Inbox rule or mailbox
    // forwarding) that the forwarding tenant's outbound spam policy blocks. The message reached the
    // mailbox; only its forward to an outside address was refused.
    {
      status: '5.7.520',
      text: ['your organization does not allow external forwarding'],
      reason: 'policyviolation',
      meaning: 'The recipient\'s mailbox forwards mail automatically to an outside address, and their organization\'s outbound spam policy blocks such forwarding. The message reached the mailbox; only the forward was refused.',
      action: 'Nothing to fix on your side: the recipient\'s admin controls automatic external forwarding.',
      docsUrl: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-policies-external-email-forwarding',
      source: 'Microsoft Learn "Control automatic external email forwarding in Microsoft 365" (MicrosoftDocs/defender-docs defender-office-365/outbound-spam-policies-external-email-forwarding.md, "Blocked email forwarding messages")',
    },

    // "Access denied, banned sender"
    {
      status: '5.7.511',
      text: ['access denied, banned sender'],
      reason: 'blocked',
      meaning: 'Your sending IP has been banned.',
      action: 'Send the full bounce and the IP to delist@microsoft.com to ask for removal.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, banned sender"
    {
      status: '5.7.800',
      text: ['access denied, banned sender'],
      reason: 'rejected',
      meaning: 'The sender domain (from HELO or the sender addresses) is banned for spam.',
      action: 'Contact Microsoft support.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, spam abuse detected" | "Access denied, banned sender"
    // Documented range 5.7.501-503.
    {
      statusRange: ['5.7.501', '5.7.503'],
      text: ['access denied, spam abuse detected', 'access denied, banned sender'],
      reason: 'rejected',
      meaning: 'The sending account has been banned for sending spam.',
      action: 'Clean up the compromise, reset credentials and contact Microsoft support.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Recipient address rejected: Access denied"
    {
      status: '5.7.504',
      text: ['recipient address rejected: access denied'],
      reason: 'userunknown',
      meaning: 'The recipient address is not valid.',
      action: 'Check the address and try again.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, banned recipient"
    {
      status: '5.7.505',
      text: ['access denied, banned recipient'],
      reason: 'suspend',
      meaning: 'The recipient address is on a banned list.',
      action: 'Contact Microsoft support if you think this is wrong.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access Denied, Bad HELO"
    {
      status: '5.7.506',
      text: ['access denied, bad helo'],
      reason: 'blocked',
      meaning: 'The sending server greeted with the name of the server it was connecting to, as spambots do.',
      action: 'Make the server greet with its own host name.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, rejected by recipient"
    {
      status: '5.7.507',
      text: ['access denied, rejected by recipient'],
      reason: 'blocked',
      meaning: "The recipient's organisation has blocked your sending IP.",
      action: 'Contact the recipient to be unblocked.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "has exceeded permitted limits within"
    {
      status: '5.7.508',
      text: ['has exceeded permitted limits within'],
      reason: 'speeding',
      meaning: 'Your IPv6 range sent too much mail in too short a time.',
      action: 'Slow down and retry later.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "does not pass DMARC verification"
    {
      status: '5.7.509',
      text: ['does not pass dmarc verification'],
      reason: 'authfailure',
      meaning: 'The From domain fails DMARC and its policy is to reject.',
      action: 'Align SPF or DKIM with the From domain.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "does not accept email over IPv6"
    {
      status: '5.7.510',
      text: ['does not accept email over ipv6'],
      reason: 'blocked',
      meaning: 'The recipient domain does not accept mail over IPv6.',
      action: 'Deliver over IPv4.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "message must be RFC 5322 section 3.6.2 compliant"
    {
      status: '5.7.512',
      text: ['message must be rfc 5322 section 3.6.2 compliant'],
      reason: 'notcompliantrfc',
      meaning: 'The From header is missing or not a valid address.',
      action: 'Send a valid From address in angle brackets.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "blocked by $recipientDomain using Customer Block list"
    // The reference wording has a "$recipientDomain" placeholder; only the fixed part is kept.
    {
      status: '5.7.513',
      text: ['using customer block list'],
      reason: 'blocked',
      meaning: 'The recipient domain put your sending IP on its own block list.',
      action: 'Ask the recipient to remove it.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "does not meet the required authentication level"
    {
      reply: '550',
      status: '5.7.515',
      text: ['does not meet the required authentication level'],
      reason: 'authfailure',
      meaning: 'A domain sending more than 5,000 messages a day to Outlook.com does not meet its SPF, DKIM and DMARC requirements (enforced since May 2025).',
      action: 'Pass SPF and DKIM and publish DMARC (at least p=none) aligned with the From domain.',
      docsUrl: 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
      source: 'Outlook blog on high-volume sender requirements (archived 2025-08-02); Outlook.com Postmaster troubleshooting page',
    },

    // "Access denied, banned sending IP"
    // Documented range 5.7.606-649.
    {
      reply: '550',
      statusRange: ['5.7.606', '5.7.649'],
      text: ['access denied, banned sending ip'],
      reason: 'blocked',
      meaning: "The sending IP is on Microsoft's blocked senders list.",
      action: 'Fix the cause, then request delisting at sender.office.com.',
      docsUrl: 'https://sender.office.com/',
      source: learnSource,
    },

    // "blocked by your organization using Tenant Allow Block List"
    {
      status: '5.7.703',
      text: ['blocked by your organization using tenant allow block list'],
      reason: 'policyviolation',
      meaning: "Your own organisation's Tenant Allow/Block List blocks this recipient or domain.",
      action: 'Remove the block entry.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "Access denied, tenant has exceeded threshold" | "traffic not accepted from this IP"
    // Documented range 5.7.700-749.
    {
      statusRange: ['5.7.700', '5.7.749'],
      text: ['access denied, tenant has exceeded threshold', 'traffic not accepted from this ip'],
      reason: 'blocked',
      meaning: 'Your tenant may no longer send, mostly because of suspicious traffic.',
      action: 'Fix any compromise or open relay, then contact Microsoft support.',
      docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
      source: learnSource,
    },

    // "Client blocked from sending from unregistered domains"
    {
      status: '5.7.750',
      text: ['client blocked from sending from unregistered domains'],
      reason: 'rejected',
      meaning: 'The tenant sends from domains it has not added and verified.',
      action: 'Add and verify every domain you send from.',
      docsUrl: ndrPage,
      source: learnSource,
    },

    // "temporarily rate limited due to IP reputation"
    {
      reply: '451',
      status: '4.7.650',
      text: ['temporarily rate limited due to ip reputation'],
      reason: 'badreputation',
      meaning: 'Mail from the IP is being slowed down because of its reputation.',
      action: 'Slow down, improve the reputation and retry.',
      docsUrl: postmasterPage,
      source: 'sisimai rhost/for-microsoft.go (undocumented, observed)',
    },

    // "exceeded the maximum number of connections"
    {
      reply: '451',
      status: '4.7.652',
      text: ['exceeded the maximum number of connections'],
      reason: 'toomanyconn',
      meaning: 'The sending server opened too many connections at once.',
      action: 'Open fewer parallel connections.',
      docsUrl: postmasterPage,
      source: 'sisimai rhost/for-microsoft.go (observed)',
    },

    // "Server busy. Please try again later from"
    {
      reply: '451',
      status: '4.7.500',
      text: ['server busy. please try again later from'],
      reason: 'blocked',
      meaning: 'Temporary throttling, shown with an ASxxx code.',
      action: 'Retry later.',
      docsUrl: postmasterPage,
      source: 'sisimai rhost/for-microsoft.go; wordtothewise.com (2017-10)',
    },
  ],
} as const satisfies ProviderRules;
