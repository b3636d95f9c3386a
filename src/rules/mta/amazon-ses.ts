import type {MtaFamily} from '../types.ts';

const sesRb = 'sisimai/rb-sisimai lib/sisimai/lhost/amazonses.rb (secondary: wording seen in the wild)';
const workmailRb = 'sisimai/rb-sisimai lib/sisimai/lhost/amazonworkmail.rb (secondary: wording seen in the wild)';
const notificationDoc = 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (notificationType Bounce; bounce.bounceType Permanent/Transient/Undetermined)';
const bounceApi = 'https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_Bounce.html (BounceType PERMANENT: hard bounce)';
const json = `${notificationDoc}; ${sesRb}: JSON branch {"notificationType":"Bounce","bounce":{"bounceType":"Permanent",...}}`;

/** Amazon SES bounce e-mails and SNS bounce notifications, and Amazon WorkMail bounces. */
export default {
  id: 'amazon-ses',
  name: 'Amazon SES / Amazon WorkMail',
  source: `${notificationDoc}; ${bounceApi}; secondary: ${sesRb}, ${workmailRb}`,
  senders: [
    {text: 'mailer-daemon@email-bounces.amazonses.com', source: `${sesRb}: From /\\AMAILER-DAEMON[@]email[-]bounces[.]amazonses[.]com\\z/`},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: `${sesRb}: Subject /\\ADelivery Status Notification [(]Failure[)]\\z/`},
  ],
  headers: [
    {text: 'x-ses-outgoing', source: `${sesRb}: header X-SES-Outgoing; ${workmailRb}`},
    {text: 'x-aws-outgoing', source: `${sesRb}: header X-AWS-Outgoing`},
    {text: 'x-amz-sns-message-id', source: `${sesRb}: SNS notification e-mail carries X-Amz-Sns-Message-Id`},
  ],
  bodyMarkers: [
    {text: 'an error occurred while trying to deliver the mail', source: `${sesRb}: StartingOf[:message]`},
    {text: '"notificationtype":"bounce"', source: json},
    {text: '"notificationtype": "bounce"', source: `${json} (pretty-printed form)`},
    {text: '\\"notificationtype\\":\\"bounce\\"', source: `${json} (escaped inside the SNS "Message" string)`},
    {text: 'technical report:', source: `${workmailRb}: StartingOf[:message] (Amazon WorkMail)`},
    {text: 'content="amazon workmail', source: `${workmailRb}: HTML part <meta name="Generator" content="Amazon WorkMail v3.0-...">`},
  ],
  recipientLeadIns: [
    {text: 'the following message to <', source: `${sesRb}: StartingOf[:message] 'The following message to <'`},
  ],
  recipientHeadings: [
    {text: 'an error occurred while trying to deliver the mail to the following recipients:', source: `${sesRb}: StartingOf[:message], the recipients listed one per line below it`},
  ],
  permanent: [
    {text: '"bouncetype":"permanent"', source: `${json}; ${bounceApi}`},
    {text: '"bouncetype": "permanent"', source: `${json}; ${bounceApi} (pretty-printed form)`},
    {text: '\\"bouncetype\\":\\"permanent\\"', source: `${json}; ${bounceApi} (escaped inside the SNS "Message" string)`},
    {text: 'delivery status notification (failure)', source: `${sesRb}: Subject /\\ADelivery Status Notification [(]Failure[)]\\z/`},
  ],
  webhook: {
    // SNS delivers the notification as a JSON string in its envelope's `Message`.
    envelopes: ['', 'Message'],
    typeField: ['notificationType', 'eventType'],
    context: ['bounce.bounceType', 'bounce.bounceSubType'],
    // The bounce object alone, as the notification's documentation shows it (and as an app logs it).
    untypedEntries: [{type: '(bounce object)', fields: ['bounceType', 'bouncedRecipients'], source: `${notificationDoc} (the bounce object: bounceType, bounceSubType, bouncedRecipients, timestamp, feedbackId, reportingMTA)`}],
    source: `${notificationDoc}; event publishing https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html (eventType); SNS envelope https://docs.aws.amazon.com/sns/latest/dg/sns-message-and-json-formats.html (Message)`,
    // No event names the server that answered: its reportingMTA is SES's own ("The host name of the
    // Amazon SES mail server that sent the mail"; RFC 3464's Reporting-MTA, not the Remote-MTA), and
    // remoteMtaIp is an address alone. A bounce that SES's own server reports and that names no
    // remote server SES tried ("remoteMtaIp: The IP address of the MTA to which Amazon SES attempted
    // to deliver the email") is SES's own verdict: no domain to deliver to, its suppression list.
    reportingHost: ['reportingMTA', 'bounce.reportingMTA'],
    remoteAttempt: ['remoteMtaIp', 'bounce.remoteMtaIp'],
    events: [
      {
        types: ['(bounce object)'],
        outcome: 'failed',
        recipients: 'bouncedRecipients',
        address: 'emailAddress',
        diagnostic: ['diagnosticCode'],
        status: ['status'],
        context: ['bounceType', 'bounceSubType'],
        suppressedWhen: [{path: 'bounceSubType', values: ['Suppressed', 'OnAccountSuppressionList']}],
        permanentWhen: [{path: 'bounceType', values: ['Permanent']}],
        temporaryWhen: [{path: 'bounceType', values: ['Transient']}],
        source: `${notificationDoc} (the bounce object)`,
      },
      {
        types: ['Bounce'],
        outcome: 'failed',
        recipients: 'bounce.bouncedRecipients',
        address: 'emailAddress',
        diagnostic: ['diagnosticCode'],
        status: ['status'],
        // SES's own suppression lists: it did not send.
        suppressedWhen: [{path: 'bounce.bounceSubType', values: ['Suppressed', 'OnAccountSuppressionList']}],
        permanentWhen: [{path: 'bounce.bounceType', values: ['Permanent']}],
        // Transient, General: "You may be able to successfully send to this recipient in the future."
        temporaryWhen: [{path: 'bounce.bounceType', values: ['Transient']}],
        source: `${notificationDoc} (bouncedRecipients: emailAddress, action, status, diagnosticCode; bounceSubType Suppressed, OnAccountSuppressionList)`,
      },
      {
        // Event publishing only: SES still retries.
        types: ['DeliveryDelay'],
        outcome: 'delayed',
        recipients: 'deliveryDelay.delayedRecipients',
        address: 'emailAddress',
        diagnostic: ['diagnosticCode'],
        status: ['status'],
        context: ['deliveryDelay.delayType'],
        source: 'https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html (DeliveryDelay object: delayType, expirationTime, delayedRecipients: emailAddress, status, diagnosticCode; reportingMTA)',
      },
      {
        types: ['Complaint'],
        outcome: 'complaint',
        recipients: 'complaint.complainedRecipients',
        address: 'emailAddress',
        feedbackType: ['complaint.complaintFeedbackType'],
        source: `${notificationDoc} (complainedRecipients; complaintFeedbackType, e.g. abuse)`,
      },
      {
        types: ['Delivery'],
        outcome: 'delivered',
        recipients: 'delivery.recipients',
        // "mail.destination: A complete list of all recipient addresses (including To: and CC: recipients) from the original message."
        recipientsWhenCut: 'mail.destination',
        diagnostic: ['delivery.smtpResponse'],
        source: `${notificationDoc} (delivery.recipients, smtpResponse, reportingMTA)`,
      },
    ],
  },
} satisfies MtaFamily;
