import type {ProviderRules} from '../types.ts';

const inboundErrorsPage = 'https://docs.mailchannels.com/inbound/smtp-errors';
const outboundErrorsPage = 'https://docs.mailchannels.com/outbound/smtp-errors';
const sendingPoliciesPage = 'https://docs.mailchannels.com/email-api/sending-policies';
const inboundSource = 'MailChannels Docs, "Inbound Filtering: SMTP errors" (docs.mailchannels.com/inbound/smtp-errors)';
const outboundSource = 'MailChannels Docs, "Outbound Filtering: SMTP errors" (docs.mailchannels.com/outbound/smtp-errors)';
const apiSource = 'MailChannels Docs, "Email API: sending policies" (docs.mailchannels.com/email-api/sending-policies)';

/**
 * MailChannels, which stands on both sides of many hosting companies' mail. Inbound Filtering
 * receives a domain's mail first (the domain's MX records name mx1 and mx2.mailchannels.net) and
 * refuses what it will not pass on; Outbound Filtering is the relay a host's own servers send through
 * (smtp.mailchannels.net, with its *.relay.mailchannels.net hosts), so its refusal reaches the
 * sender quoted in the host's own bounce ("smtp.mailchannels.net said: 550 5.7.1 [SS] ..."). Both
 * kinds of reply are MailChannels' own, and it documents them with their bracketed tags.
 */
export default {
  info: {
    id: 'mailchannels',
    name: 'MailChannels',
    names: ['mailchannels'],
    hostSuffixes: [
      // mx1.mailchannels.net and mx2.mailchannels.net, the MX records Inbound Filtering customers publish
      // (MailChannels Docs, "Inbound DNS architecture: downstream records"); smtp.mailchannels.net, the relay
      // host of Outbound Filtering (MailChannels Docs, "Set up Postfix" and "Set up Exim"); its sending hosts
      // are named *.relay.mailchannels.net (Received headers in mailing-list archives).
      '.mailchannels.net',
    ],
    replyMarkers: [
      // Bracketed tags MailChannels documents in its own refusals (inbound and outbound SMTP errors pages,
      // sending-policies page, and its help centre's "Fixing the 550 5.7.1 [SB01] error").
      '[ib_feb]',
      '[sb01]',
      '[esa] sender blocked',
      '[bfd] sender prohibited by spf',
    ],
    docsUrl: inboundErrorsPage,
    source: 'MailChannels Docs: "Inbound DNS architecture" (docs.mailchannels.com/inbound/downstream-records: MX mx1.mailchannels.net 10, mx2.mailchannels.net 20), "Inbound Filtering: SMTP errors", "Outbound Filtering: SMTP errors", "Unblock senders", "Set up Postfix" (relayhost smtp.mailchannels.net), "Email API: sending policies"; MailChannels help centre articles on [SB01], [ESA] and [ESR], and on "452 4.5.3 Recipient policy mismatch"',
  },
  rows: [
    // Inbound Filtering (the recipient's domain uses MailChannels as its MX).

    // "450 [S09] Try Again Later"
    {
      reply: '450',
      providerCode: 'S09',
      text: ['[s09] try again later'],
      reason: 'blocked',
      meaning: 'Greylisting: MailChannels defers mail from a sender it does not know yet and expects a retry.',
      action: 'Nothing: a normal mail server retries after a short delay and the message then goes through.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "550 [S10] Blocked"
    {
      reply: '550',
      providerCode: 'S10',
      text: ['[s10] blocked'],
      reason: 'blocked',
      meaning: 'MailChannels has blocked the IP address the mail came from.',
      action: 'The sending server\'s operator has to ask MailChannels support to review the block.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // Its page also explains Postfix's own "550 5.1.8 Sender address rejected: Domain not found", which
    // any Postfix server prints: no row of MailChannels'.

    // "554 5.7.1 <user@domain>: Relay access denied"
    {
      reply: '554',
      status: '5.7.1',
      text: ['relay access denied'],
      reason: 'norelaying',
      meaning: 'MailChannels would not take mail for this recipient: on Inbound Filtering, the recipient\'s domain points its MX at MailChannels but is not set up on the service.',
      action: 'The recipient\'s domain or hosting provider has to add the domain to its MailChannels account (or fix its MX records).',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed"
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'IB_FEB',
      text: ['[ib_feb]', 'contained an attachment type that is not allowed'],
      reason: 'contenterror',
      meaning: 'The message carried a type of attachment the recipient\'s filtering does not accept.',
      action: 'Send the file another way (a link, or an accepted format).',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "552 5.3.4 Error: message file too big"
    {
      reply: '552',
      status: '5.3.4',
      text: ['message file too big'],
      reason: 'mesgtoobig',
      meaning: 'The message is larger than the filter accepts.',
      action: 'Send a smaller message: fewer or smaller attachments.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "550 5.7.1 Email has been rejected due to the domain's SPF policy"
    {
      reply: '550',
      status: '5.7.1',
      text: ['rejected due to the domain\'s spf policy'],
      reason: 'authfailure',
      meaning: 'The message failed the SPF policy of the sender\'s domain and was refused on the domain owner\'s behalf.',
      action: 'Add every server that sends for the domain to its SPF record.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy"
    {
      reply: '550',
      status: '5.7.1',
      text: ['unauthenticated email is not accepted due to domain\'s dmarc policy'],
      reason: 'authfailure',
      meaning: 'The message failed DMARC and the sender\'s domain publishes p=reject, so MailChannels refused it for the domain owner.',
      action: 'Make SPF or DKIM pass and align with the From domain.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },

    // "452 4.5.3 Recipient policy mismatch"
    {
      reply: '452',
      status: '4.5.3',
      text: ['recipient policy mismatch'],
      reason: 'toomanyconn',
      meaning: 'Recipients of one transaction have different filtering policies, so those unlike the first are deferred to a separate transaction.',
      action: 'Nothing usually: the sending server retries those recipients on their own; if it does not, send to them one at a time.',
      docsUrl: inboundErrorsPage,
      source: `${inboundSource}; MailChannels help centre "452 4.5.3 Recipient policy mismatch"`,
    },

    // Outbound Filtering and the Email API (the sender's own host relays through MailChannels).

    // "550 5.7.1 [SS] ..."
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'SS',
      text: ['5.7.1 [ss]'],
      reason: 'spamdetected',
      meaning: 'The message matches a known spam signature (subject or body words common in spam).',
      action: 'Review the subject, body and links; secure the account in case malware is sending. The host can report a false positive to MailChannels.',
      docsUrl: outboundErrorsPage,
      source: outboundSource,
    },

    // "550 5.7.1 [RBL] ..."
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'RBL',
      text: ['5.7.1 [rbl]'],
      reason: 'blocked',
      meaning: 'The sending IP address or domain is on a public blocklist.',
      action: 'Look the IP and domain up on the blocklists, fix the cause and request delisting.',
      docsUrl: outboundErrorsPage,
      source: outboundSource,
    },

    // "550 5.7.1 [ESA] Sender blocked."
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'ESA',
      text: ['[esa] sender blocked', '5.7.1 [esa]'],
      reason: 'blocked',
      meaning: 'The sending account is blocked for good after repeated abuse (spam, complaints, invalid recipients); only an explicit delisting lifts it.',
      action: 'Secure the account (password, malware scan), then ask the hosting provider to delist it from the MailChannels console.',
      docsUrl: 'https://docs.mailchannels.com/outbound/unblock-senders',
      source: `${outboundSource}; "Unblock senders"; ${apiSource}`,
    },

    // "550 5.7.1 [SB01] Your email address has been blocked due to complaints"
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'SB01',
      text: ['[sb01]'],
      reason: 'blocked',
      meaning: 'The sending address is blocked because of abuse from it: spam, bulk mail, complaints or many invalid recipients.',
      action: 'Secure the account, then ask the hosting provider to unblock it.',
      docsUrl: 'https://support.mailchannels.com/hc/en-us/articles/202222810-Fixing-the-550-5-7-1-SB01-error',
      source: 'MailChannels help centre, "Fixing the 550 5.7.1 [SB01] error"',
    },

    // "5.7.1 [ESR]"
    {
      status: '5.7.1',
      providerCode: 'ESR',
      text: ['[esr]'],
      reason: 'blocked',
      meaning: 'MailChannels\' abuse team blocked the sender, often because the host\'s mail lacks the header naming the authenticated user.',
      action: 'The host has to fix its relay configuration to add that header; the sender should secure the account.',
      docsUrl: 'https://support.mailchannels.com/hc/en-us/articles/202223280-Fixing-the-5-7-1-ESR-error',
      source: 'MailChannels help centre, "Fixing the 5.7.1 [ESR] error"',
    },

    // "550 5.7.1 [BFD] Sender prohibited by SPF"
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'BFD',
      text: ['[bfd] sender prohibited by spf'],
      reason: 'authfailure',
      meaning: 'The sender domain\'s SPF record does not allow MailChannels to send for it.',
      action: 'Add MailChannels to the domain\'s SPF record.',
      docsUrl: sendingPoliciesPage,
      source: apiSource,
    },

    // "550 5.7.1 This sender is not authorized to send from example.com"
    {
      reply: '550',
      status: '5.7.1',
      text: ['this sender is not authorized to send from'],
      reason: 'authfailure',
      meaning: 'The sending domain has no valid Domain Lockdown record (_mailchannels TXT) naming the sending account.',
      action: 'Publish the _mailchannels TXT record for the domain and wait for it to propagate.',
      docsUrl: sendingPoliciesPage,
      source: `${apiSource}; MailChannels Docs, "Email API: troubleshooting"`,
    },

    // "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account."
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'BR',
      text: ['excessively high number of invalid recipients'],
      reason: 'blocked',
      meaning: 'The account sent to too many addresses that do not exist, so MailChannels stopped its mail.',
      action: 'Clean the list: remove invalid addresses and validate new ones at sign-up.',
      docsUrl: sendingPoliciesPage,
      source: apiSource,
    },

    // "550 5.7.1 [UNS] Recipient has unsubscribed from your list."
    {
      reply: '550',
      status: '5.7.1',
      providerCode: 'UNS',
      text: ['[uns] recipient has unsubscribed'],
      reason: 'suppressed',
      meaning: 'The recipient unsubscribed from this sender\'s list, so MailChannels does not send to them.',
      action: 'Remove the address from the list.',
      docsUrl: sendingPoliciesPage,
      source: apiSource,
    },

    // Last, as its words are the fewest: "550 5.7.1 Message rejected" (and "550 5.7.1 [NR] Message rejected", which the page lists without its own explanation in the stored copy)
    {
      reply: '550',
      status: '5.7.1',
      text: ['message rejected'],
      reason: 'spamdetected',
      meaning: 'MailChannels judged the message abuse (spam, phishing, malware or another policy breach) and refused it for good.',
      action: 'Review the content and links; if it is legitimate, ask the recipient to report the misclassification to MailChannels.',
      docsUrl: inboundErrorsPage,
      source: inboundSource,
    },
  ],
} satisfies ProviderRules;
