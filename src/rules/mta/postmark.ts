import type {MtaFamily} from '../types.ts';

const bounceWebhook = 'https://postmarkapp.com/developer/webhooks/bounce-webhook (JSON POST per bounce)';
const nodeClient = 'ActiveCampaign/postmark.js (npm postmark 4.0.x) dist/client/models/bounces/Bounce.d.ts (RecordType: "Bounce"; BounceType.HardBounce = "HardBounce")';
const apiErrors = 'https://postmarkapp.com/developer/api/overview#error-codes (API error 406 "Inactive recipient": the message names the inactive addresses)';
const gemErrors = 'ActiveCampaign/postmark-gem lib/postmark/error.rb (InactiveRecipientError: PATTERNS "Found inactive addresses: (.+?)." and "these inactive addresses: (.+?). Inactive", the addresses split by ", ")';
const inactiveMessage = `${apiErrors}; ${gemErrors}; the message as the API returns it, quoted in anymail's tests/test_postmark_backend.py: "You tried to send to a recipient that has been marked as inactive.\\nFound inactive addresses: a, b.\\nInactive recipients are ones that have generated a hard bounce or a spam complaint."`;
const subscriptionChange = 'https://postmarkapp.com/developer/webhooks/subscription-change-webhook (RecordType "SubscriptionChange": "recorded when an email address is added or removed from a Message Stream\'s Suppression list ... after a Hard Bounce, Spam Complaint, Unsubscribe, or Manual Suppression"; "The SuppressSending field will inform whether that was a deactivation or reactivation"; Recipient, SuppressionReason, Origin)';
const bounceTypes = 'https://postmarkapp.com/developer/api/bounce-api#bounce-types (the bounce types and their descriptions); ActiveCampaign/postmark.js src/client/models/bounces/BounceFilteringParameters.ts (enum BounceType)';

/** Postmark: bounce webhook / Bounce API records as pasted into the decoder; Postmark's bounce e-mail wording is not public. */
export default {
  id: 'postmark',
  name: 'Postmark',
  source: `${bounceWebhook}; ${nodeClient}`,
  // The API's own refusal quotes no other server: Postmark wrote it and gave its verdict (a body marker too).
  writerMarkers: [
    {text: 'inactive recipients are ones that have generated a hard bounce', source: inactiveMessage},
  ],
  bodyMarkers: [
    {text: '"recordtype": "bounce"', source: `${bounceWebhook}; ${nodeClient}`},
    {text: '"recordtype":"bounce"', source: `${nodeClient} (compact JSON)`},
  ],
  // The API's refusal to send to addresses it holds inactive (error 406): it sends them nothing
  // until they are reactivated, so resending fails the same way.
  recipientLeadIns: [
    {text: 'found inactive addresses: ', source: inactiveMessage},
    {text: 'these inactive addresses: ', source: gemErrors},
  ],
  permanent: [
    {text: 'that has been marked as inactive.', source: inactiveMessage},
    {text: 'that have been marked as inactive.', source: `${inactiveMessage} (the later wording, "You tried to send to recipient(s) that have been marked as inactive.")`},
    {text: '"type": "hardbounce"', source: `${bounceWebhook}; ${nodeClient}`},
    {text: '"type":"hardbounce"', source: `${nodeClient} (compact JSON)`},
  ],
  webhook: {
    // A bounce names its kind in `Type`; the delivery, open and click webhooks only in `RecordType`.
    typeField: ['Type', 'RecordType'],
    marks: ['MessageID', 'ID', 'RecordType'],
    recipients: 'Email',
    diagnostic: ['Details', 'Description'],
    context: ['Type', 'Description'],
    source: `${bounceWebhook}; delivery webhook https://postmarkapp.com/developer/webhooks/delivery-webhook; ${bounceTypes}`,
    events: [
      {types: ['HardBounce'], outcome: 'failed', permanent: true, source: `${bounceTypes}: HardBounce "The server was unable to deliver your message (ex: unknown user, mailbox not found)."`},
      {types: ['Transient'], outcome: 'delayed', source: `${bounceTypes}: Transient "The server could not temporarily deliver your message (ex: Message is delayed due to network troubles)."`},
      {types: ['SoftBounce'], outcome: 'delayed', source: `${bounceTypes}: SoftBounce "Unable to temporarily deliver this message."`},
      {types: ['DnsError'], outcome: 'delayed', source: `${bounceTypes}: DnsError "A temporary DNS error."`},
      {types: ['BadEmailAddress', 'Unknown', 'SpamNotification', 'DMARCPolicy', 'SMTPApiError', 'InboundError', 'TemplateRenderingFailed', 'Unconfirmed'], outcome: 'failed', source: `${bounceTypes}; ${nodeClient}`},
      {types: ['Blocked'], outcome: 'failed', reason: 'blocked', source: `${bounceTypes}: Blocked "ISP block"`},
      {types: ['VirusNotification'], outcome: 'failed', reason: 'virusdetected', source: `${bounceTypes}: VirusNotification`},
      {types: ['AddressChange'], outcome: 'failed', reason: 'hasmoved', source: `${bounceTypes}: AddressChange "The recipient has requested an address change."`},
      {types: ['ManuallyDeactivated'], outcome: 'suppressed', source: `${bounceTypes}: ManuallyDeactivated "The email was manually deactivated."`},
      {types: ['SpamComplaint'], outcome: 'complaint', source: `${bounceTypes}: SpamComplaint; https://postmarkapp.com/developer/webhooks/spam-complaint-webhook`},
      // An automatic reply and a challenge-response request: answered, not failed.
      {types: ['AutoResponder', 'ChallengeVerification'], outcome: 'autoreply', source: `${bounceTypes}: AutoResponder "Automatic email responder", ChallengeVerification "Challenge verification message"`},
      // An address put on the message stream's suppression list (SuppressSending true) after a hard
      // bounce, a spam complaint or by hand; Postmark sends no more to it. Taken off it: no failure.
      {
        types: ['SubscriptionChange'],
        outcome: 'suppressed',
        recipients: 'Recipient',
        diagnostic: ['SuppressionReason'],
        context: ['SuppressionReason', 'Origin'],
        permanentWhen: [{path: 'SuppressionReason', values: ['HardBounce']}],
        noFailureWhen: [{path: 'SuppressSending', values: ['false']}],
        source: subscriptionChange,
      },
      {types: ['Delivery'], outcome: 'delivered', recipients: 'Recipient', source: 'https://postmarkapp.com/developer/webhooks/delivery-webhook (RecordType "Delivery", Recipient, Details)'},
    ],
  },
} satisfies MtaFamily;
