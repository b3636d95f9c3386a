import type {ProviderRules} from '../types.ts';

/**
 * The regions whose SMTP endpoint (email-smtp.<region>.amazonaws.com, the relay a server sends
 * through) AWS lists: AWS General Reference, "Amazon Simple Email Service endpoints and quotas",
 * SMTP endpoints (docs.aws.amazon.com/general/latest/gr/ses.html).
 */
const sesRegions = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-south-1', 'eu-north-1', 'il-central-1', 'me-south-1', 'sa-east-1', 'us-gov-west-1',
];

/** The regions whose receiving endpoint (inbound-smtp.<region>.amazonaws.com, an MX) the same page lists. */
const sesReceivingRegions = ['us-east-1', 'us-west-2', 'eu-west-1'];

/**
 * Amazon Simple Email Service: its own refusals and the bounces it writes.
 *
 * Rows follow `shared/reference/providers.json`, except that the more specific of two rows comes
 * first (its text contains the other's, or it has a status where the other has none with the
 * same text), so that a first-match lookup finds it. Where the reference gives the provider's
 * own wording, the comment above a row quotes it.
 */
export default {
  info: {
    id: 'amazon-ses',
    name: 'Amazon SES',
    names: ['amazon ses', 'aws ses', 'amazonses'],
    // The reference patterns inbound-smtp.<region>.amazonaws.com and
    // email-smtp.<region>.amazonaws.com have a wildcard in the middle; as a suffix only
    // ".amazonaws.com" would remain, which covers all of AWS: each region's endpoint is listed.
    hostSuffixes: [
      'amazonses.com', // the bare name too: SES reports `Reporting-MTA: dns; amazonses.com`
      ...sesRegions.map((region) => `email-smtp.${region}.amazonaws.com`),
      ...sesReceivingRegions.map((region) => `inbound-smtp.${region}.amazonaws.com`),
    ],
    replyMarkers: [
      'amazonses.com',
      // Amazon SES's own words (its suppression list and sending-limit errors; AWS SES developer guide, the rows' source).
      'amazon ses has suppressed sending to this',
      'throttling failure: maximum sending rate exceeded',
      'throttling failure: daily message quota exceeded',
      // The API's refusal of an unverified identity (troubleshooting page; the row below).
      'the following identities failed the check in',
      // The opening line of a notice SES itself writes: a notice that quotes no reply speaks for SES.
      'an error occurred while trying to deliver the mail to the following recipients',
    ],
    // Its mailbox simulator's addresses (success@, bounce@, ooto@, complaint@, suppressionlist@):
    // SES itself answers for them.
    mailboxDomains: ['simulator.amazonses.com'],
    mailboxDomainsSource: 'AWS SES developer guide, "Using the mailbox simulator" (docs.aws.amazon.com/ses/latest/dg/send-an-email-from-console.html: bounce@simulator.amazonses.com and the other simulator addresses)',
    docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html',
    source: 'sisimai samples; pastebin Exim log; AWS SES developer guide',
  },
  rows: [
    // "Message rejected: Email address is not verified"; the API's error message (MessageRejected)
    // is "Email address is not verified. The following identities failed the check in region
    // REGION: IDENTITY" without the SMTP interface's "Message rejected:" (the troubleshooting page).
    {
      reply: '554',
      text: ['message rejected: email address is not verified', 'email address is not verified. the following identities failed the check in region'],
      // SES is the sender's own relay here: it refuses to relay for an identity not verified with
      // it (reasons.md's norelaying, as the no-relaying table has these words), not a recipient's
      // server refusing the envelope sender.
      reason: 'norelaying',
      meaning: 'A sender identity (From, Source, Sender or Return-Path) is not verified in this region, or in sandbox mode the recipient is not verified either.',
      action: 'Verify the identity in the region, or move the account out of the sandbox.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html',
      source: 'AWS SES developer guide; AWS re:Post',
    },

    // "Throttling failure: Maximum sending rate exceeded"
    {
      reply: '454',
      text: ['throttling failure: maximum sending rate exceeded'],
      reason: 'speeding',
      meaning: 'The per-second sending rate of the account was exceeded.',
      action: 'Back off and retry (AWS suggests waiting up to ten minutes).',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
      source: 'AWS SES developer guide',
    },

    // "Throttling failure: Daily message quota exceeded"
    {
      reply: '454',
      text: ['throttling failure: daily message quota exceeded'],
      reason: 'speeding',
      meaning: 'The 24-hour sending quota of the account is used up.',
      action: 'Wait, or ask AWS for a higher quota.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html',
      source: 'AWS SES developer guide',
    },

    // "Account is paused"
    {
      reply: '554',
      text: ['account is paused'],
      reason: 'rejected',
      meaning: 'SES has paused sending for the account after a review.',
      action: 'Follow the SES sending review process and contact AWS.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html',
      source: 'AWS SES developer guide',
    },

    // "Amazon SES has suppressed sending to this"
    {
      status: '5.1.1',
      text: ['amazon ses has suppressed sending to this'],
      reason: 'suppressed',
      meaning: 'The address is on an SES suppression list, so SES did not even try to deliver.',
      action: 'Remove it from your lists and do not resend.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_Bounce.html',
      source: 'SES bounce notification samples (pastebin, public code)',
    },

    // "An error occurred while trying to deliver the mail to the following recipients"
    // Matches the body of a bounce written by SES, not an SMTP reply.
    {
      text: ['an error occurred while trying to deliver the mail to the following recipients'],
      reason: 'onhold',
      meaning: "Opening text of a bounce written by SES; the cause is in the remote server's reply quoted in the Diagnostic-Code.",
      action: 'Read the Diagnostic-Code of the bounce for the actual cause.',
      docsUrl: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html',
      source: 'sisimai/rb-sisimai lib/sisimai/lhost/amazonses.rb, StartingOf[:message] (the notice SES writes; secondary: wording seen in the wild)',
    },
  ],
} as const satisfies ProviderRules;
