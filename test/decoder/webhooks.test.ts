// Webhook payloads of sending services, written for these tests after each service's documented
// format (the family files in src/rules/mta cite where): Amazon SES (direct, as SES event
// publishing, and inside an SNS envelope), SendGrid, Mailgun, Postmark, SparkPost, Mailchimp
// Transactional (Mandrill), Mailjet, Brevo, Resend and Postal. Each row: the payload, the kind, and
// per recipient [recipient, replyCode, status, reason, hardBounce, permanent]. The replies around
// which each service's events are generated are in webhook-shapes.test.ts.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';

type Row = [recipient: string, replyCode: string | undefined, status: string | undefined, reason: string, hardBounce: boolean, permanent: boolean | undefined];

const sesBounce = {
  notificationType: 'Bounce',
  bounce: {
    feedbackId: '0100019560e1d2c3-7a9b8c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d-000000',
    bounceType: 'Permanent',
    bounceSubType: 'General',
    bouncedRecipients: [
      {emailAddress: 'jordan@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <jordan@example.com>: Recipient address rejected: User unknown in virtual mailbox table'},
      {emailAddress: 'robin@example.org', action: 'failed', status: '5.4.4', diagnosticCode: 'smtp; 550 5.4.4 Unable to route: no mail hosts for domain'},
    ],
    timestamp: '2025-03-03T10:20:11.000Z',
    remoteMtaIp: '198.51.100.30',
    reportingMTA: 'dsn; a8-52.smtp-out.amazonses.com',
  },
  mail: {
    timestamp: '2025-03-03T10:20:09.000Z',
    source: 'news@example.net',
    sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.net',
    sourceIp: '192.0.2.44',
    sendingAccountId: '123456789012',
    messageId: '0100019560e1cf01-3b2a1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9-000000',
    destination: ['jordan@example.com', 'robin@example.org'],
  },
};
const sesBounceRows: Row[] = [
  ['jordan@example.com', '550', '5.1.1', 'userunknown', true, true],
  ['robin@example.org', '550', '5.4.4', 'hostunknown', true, true],
];

const sesTransient = {
  notificationType: 'Bounce',
  bounce: {
    feedbackId: '0100019560e2aa01-000000',
    bounceType: 'Transient',
    bounceSubType: 'MailboxFull',
    bouncedRecipients: [{emailAddress: 'sam@example.org', action: 'failed', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 The email account that you tried to reach is over quota.'}],
    timestamp: '2025-03-03T10:25:00.000Z',
    reportingMTA: 'dsn; a8-53.smtp-out.amazonses.com',
  },
  mail: {source: 'news@example.net', messageId: '0100019560e2aa00-000000', destination: ['sam@example.org']},
};

const sesSuppressed = {
  notificationType: 'Bounce',
  bounce: {
    feedbackId: '0100019560e3bb01-000000',
    bounceType: 'Permanent',
    bounceSubType: 'Suppressed',
    bouncedRecipients: [{
      emailAddress: 'gone@example.com', action: 'failed', status: '5.1.1',
      diagnosticCode: 'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.',
    }],
    timestamp: '2025-03-03T10:26:00.000Z',
    reportingMTA: 'dns; amazonses.com',
  },
  mail: {source: 'news@example.net', destination: ['gone@example.com']},
};

const sesComplaint = {
  notificationType: 'Complaint',
  complaint: {
    feedbackId: '0100019560e4cc01-000000',
    complaintSubType: null,
    complainedRecipients: [{emailAddress: 'reader@example.com'}],
    timestamp: '2025-03-03T11:00:00.000Z',
    userAgent: 'Yahoo!-Mail-Feedback/2.0',
    complaintFeedbackType: 'abuse',
    arrivalDate: '2025-03-03T10:59:58.000Z',
  },
  mail: {source: 'news@example.net', destination: ['reader@example.com']},
};

/** SNS delivers an SES notification as a JSON string in `Message`. */
function snsEnvelope(message: unknown): object {
  return {
    Type: 'Notification',
    MessageId: '5f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
    TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-notifications',
    Message: JSON.stringify(message),
    Timestamp: '2025-03-03T10:20:12.000Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertURL: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
    UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
  };
}

const sendGridEvents = [
  {
    email: 'jordan@example.com', timestamp: 1741000000, 'smtp-id': '<14c5d75ce93.dfd.64b469@mail.example.net>', event: 'bounce',
    category: ['newsletter'], sg_event_id: 'ZmQyMjBkNzUtMzUx', sg_message_id: '14c5d75ce93.dfd.64b469.filter0001',
    reason: '550 5.1.1 The email account that you tried to reach does not exist.', status: '5.1.1', type: 'bounce',
  },
  {
    email: 'old@example.com', timestamp: 1741000001, 'smtp-id': '<14c5d75ce94.dfd.64b469@mail.example.net>', event: 'dropped',
    sg_event_id: 'ZmQyMjBkNzUtMzUy', sg_message_id: '14c5d75ce94.dfd.64b469.filter0001', reason: 'Bounced Address', status: '5.0.0',
  },
  {
    email: 'busy@example.org', timestamp: 1741000002, 'smtp-id': '<14c5d75ce95.dfd.64b469@mail.example.net>', event: 'deferred',
    sg_event_id: 'ZmQyMjBkNzUtMzUz', sg_message_id: '14c5d75ce95.dfd.64b469.filter0001',
    response: '451 4.7.1 Greylisted, please try again later', attempt: '1',
  },
];

const sendGridBlocked = [{
  email: 'pat@example.org', timestamp: 1741000003, event: 'bounce', type: 'blocked', sg_event_id: 'ZmQyMjBkNzUtMzU0',
  sg_message_id: '14c5d75ce96.dfd.64b469.filter0001',
  reason: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org', status: '5.7.1',
}];

function mailgunFailed(severity: 'permanent' | 'temporary', recipient: string, code: number, message: string, enhanced: string) {
  return {
    signature: {timestamp: '1741000000', token: 'a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0', signature: 'EXAMPLE'},
    'event-data': {
      id: 'G9Bn5sl1TC6nu79C8C0bwg', timestamp: 1741000000.0, 'log-level': 'error', event: 'failed', severity,
      reason: severity === 'permanent' ? 'bounce' : 'generic', recipient, 'recipient-domain': recipient.split('@')[1],
      envelope: {sender: 'news@example.net', transport: 'smtp', targets: recipient},
      'delivery-status': {code, message, description: '', 'attempt-no': 1, 'mx-host': 'mx.example.org', 'enhanced-code': enhanced, 'session-seconds': 0.4},
      message: {headers: {to: recipient, 'message-id': '20250303102000.1.ABC@mg.example.net', from: 'news@example.net', subject: 'News'}},
    },
  };
}

const postmarkHardBounce = {
  RecordType: 'Bounce', ID: 4323372036, Type: 'HardBounce', TypeCode: 1, Name: 'Hard bounce', Tag: 'welcome',
  MessageID: '883953f4-6105-42a2-a16a-77a8eac79483', ServerID: 23, MessageStream: 'outbound',
  Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
  Details: 'smtp;550 5.1.1 The email account that you tried to reach does not exist.',
  Email: 'jordan@example.com', From: 'news@example.net', BouncedAt: '2025-03-03T10:20:11Z', DumpAvailable: true, Inactive: true,
  CanActivate: true, Subject: 'Welcome', Content: null, Metadata: {},
};

const postmarkSoftBounce = {
  ...postmarkHardBounce, Type: 'SoftBounce', TypeCode: 4096, Name: 'Soft bounce/Undeliverable', Inactive: false,
  Description: 'Unable to temporarily deliver this message.', Details: 'smtp;452 4.2.2 Mailbox full', Email: 'busy@example.org',
};

const postmarkSpamComplaint = {
  RecordType: 'SpamComplaint', ID: 42, Type: 'SpamComplaint', TypeCode: 512, Name: 'Spam complaint', Tag: 'welcome',
  MessageID: '00000000-0000-0000-0000-000000000000', ServerID: 23, MessageStream: 'outbound',
  Description: 'The subscriber explicitly marked this message as spam.', Details: 'Test spam complaint details',
  Email: 'reader@example.com', From: 'news@example.net', BouncedAt: '2025-03-03T11:00:00Z', Subject: 'Welcome',
};

const sparkPostBounce = {
  type: 'bounce', bounce_class: '10', customer_id: '00000', error_code: '550', event_id: '84345317653491230', message_id: '0004e3724f57753a3561',
  raw_rcpt_to: 'bounce@example.com', raw_reason: '550 5.1.1 <bounce@example.com>: Recipient address rejected: User unknown', rcpt_to: 'bounce@example.com',
  reason: '550 5.1.1 ...@... Recipient address rejected: ...', timestamp: '1464824548', transmission_id: '84345317650824116',
};

const sparkPostDelay = {
  type: 'delay', bounce_class: '21', error_code: '454', event_id: '84345317653675522', message_id: '0004e3724f57753a3861', num_retries: '1',
  raw_rcpt_to: 'recipient@nomx.example.com', raw_reason: '454 4.4.4 [internal] no MX or A for domain', rcpt_to: 'recipient@nomx.example.com',
  reason: '454 4.4.4 [internal] no MX or A for domain', timestamp: '1464825748', transmission_id: '84345317650824116',
};

const mandrillHardBounce = {
  event: 'hard_bounce', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa2', ts: 1580762074,
  msg: {
    ts: 1365109999, subject: 'This an example webhook message', email: 'example.webhook@example.com', sender: 'example.sender@example.net',
    tags: ['webhook-example'], state: 'bounced', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa2', bounce_description: 'bad_mailbox', bgtools_code: 10,
    diag: 'smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces.',
  },
};

const mailjetBounce = {
  event: 'bounce', time: 1430812195, MessageID: 13792286917004336, Message_GUID: '1ab23cd4-e567-8901-2345-6789f0gh1i2j', email: 'bounce@example.com',
  mj_campaign_id: 0, mj_contact_id: 0, customcampaign: '', CustomID: 'helloworld', Payload: '', blocked: false, hard_bounce: true as boolean | undefined,
  error_related_to: 'recipient', error: 'user unknown', comment: undefined as string | undefined,
};

function brevoEvent(event: string, reason: string | undefined) {
  return {event, email: 'not-a-user@example.com', ts_epoch: 1520363423000, 'message-id': '<201803011158.9876543210@smtp-relay.mailin.fr>', tag: 'header-tag', ...(reason === undefined ? {} : {reason})};
}

function resendEvent(type: string, data: object, to: string[] = ['delivered@example.com']) {
  return {
    type, created_at: '2024-11-22T23:41:12.126Z',
    data: {created_at: '2024-11-22T23:41:11.894719+00:00', email_id: '56761188-7520-42d8-8898-ff6fc54ce618', from: 'Acme <onboarding@example.net>', to, subject: 'Sending this example', ...data},
  };
}

/** An Emailit event (emailit.com/docs/webhooks/events/…): the email in `data.object`, and in `object` too in its newer pages. */
function emailitEvent(type: string, status: string, both = false) {
  const object = {id: 'em_4yM2nTvR8oPcX3uZiKeLg7sB', object: 'email', from: 'sender@example.com', to: 'recipient@example.com', subject: 'Welcome', status, meta: {campaign: 'welcome-series'}};
  return {event_id: 'evt_2bH7kNwP5mQaV1sXgIdKe6pZr', type, ...(both ? {object} : {}), data: {object}};
}

/** Mandrill's send API result for one recipient (POST /messages/send's SendResult), as a program prints it on a failed send. */
function mandrillResult(status: string, rejectReason: string | null) {
  return [{email: 'recipient@example.com', status, _id: '4d9fba17f3ea47dca81381ae266d8d9b', reject_reason: rejectReason}];
}

/** A KumoMTA log record (docs/reference/log_record.md). */
function kumoRecord(type: string, response: {code: number; enhanced_code: {class: number; subject: number; detail: number} | null; content: string}, extra: Record<string, unknown> = {}) {
  return {
    type, id: '1d98076abbbc11ed940250ebf67f93bd', sender: 'news@example.net', recipient: 'user@example.org', queue: 'example.org',
    site: 'source2->mx.example.org.', size: 1047, response: {...response, command: '.'}, peer_address: {name: 'mx.example.org.', addr: '192.0.2.27'},
    timestamp: 1678069691, created: 1678069691, num_attempts: 3, bounce_classification: 'Uncategorized', egress_pool: 'pool0', ...extra,
  };
}

function postalEvent(event: string, status: string, output: string, details = 'Message sent by SMTP to mx.example.com (192.0.2.10)') {
  return {
    event, timestamp: 1477945177.12994, uuid: '820b47a4-4dfd-42e4-ae6a-1e5bed5a33fd',
    payload: {
      status, details, output, time: 0.22, sent_with_ssl: true, timestamp: 1477945177.12994,
      message: {id: 12345, token: 'abcdef123', direction: 'outgoing', message_id: '5817a64332f44_4ec93ff59e79d154565eb@app34.mail', to: 'test@example.com', from: 'sales@example.net', subject: 'Welcome'},
    },
  };
}

/** The parts of a result the rows describe. */
function rowsOf(result: DecodeResult): Row[] {
  return result.recipients.map((recipient) => [
    recipient.recipient ?? '', recipient.replyCode?.code, recipient.status?.code, recipient.reason.id, recipient.hardBounce, recipient.permanent,
  ]);
}

describe('decode() of webhook payloads', () => {
  test.each<[string, unknown, DecodeResult['kind'], Row[]]>([
    ['SES bounce', sesBounce, 'bounce', sesBounceRows],
    ['SES bounce in an SNS envelope', snsEnvelope(sesBounce), 'bounce', sesBounceRows],
    ['SES bounce from event publishing (eventType)', {eventType: 'Bounce', bounce: sesBounce.bounce, mail: sesBounce.mail}, 'bounce', sesBounceRows],
    ['SES transient bounce, mailbox full', sesTransient, 'bounce', [['sam@example.org', '452', '4.2.2', 'mailboxfull', false, false]]],
    ['SES bounce of a suppressed address', sesSuppressed, 'bounce', [['gone@example.com', undefined, '5.1.1', 'suppressed', false, true]]],
    // The bounce object alone, as the notification's documentation shows it.
    ['SES bounce object alone', sesBounce.bounce, 'bounce', sesBounceRows],
    ['SES transient bounce object alone', sesTransient.bounce, 'bounce', [['sam@example.org', '452', '4.2.2', 'mailboxfull', false, false]]],
    ['SES bounce object alone, of a suppressed address', sesSuppressed.bounce, 'bounce', [['gone@example.com', undefined, '5.1.1', 'suppressed', false, true]]],
    ['SES bounce object with a display name and no diagnostic', {bounceType: 'Transient', bounceSubType: 'General', bouncedRecipients: [{emailAddress: 'Sam Lee <sam@example.org>'}], timestamp: '2025-05-20T02:13:22.759Z'},
      'bounce', [['sam@example.org', undefined, undefined, 'onhold', false, false]]],
    // SES classes the bounce Transient (bounce.bounceType: "You may be able to successfully send to
    // this recipient in the future") over a permanent Status of its own, no server's reply quoted:
    // its class holds. A remote server's permanent reply quoted under it says more than the class.
    ['SES transient bounce, a permanent Status of its own', {bounceType: 'Transient', bounceSubType: 'General', bouncedRecipients: [{emailAddress: 'sam@example.org', action: 'failed', status: '5.0.0', diagnosticCode: 'Amazon SES could not deliver the message at this time.'}], timestamp: '2025-05-20T02:13:22.759Z'},
      'bounce', [['sam@example.org', undefined, '5.0.0', 'onhold', false, false]]],
    ['SES transient bounce over a remote server\'s permanent reply', {bounceType: 'Transient', bounceSubType: 'General', bouncedRecipients: [{emailAddress: 'eg@example.ocm', action: 'failed', status: '5.4.4', diagnosticCode: 'smtp; 550 5.4.4 Invalid domain'}], timestamp: '2023-08-17T14:40:18.000Z'},
      'bounce', [['eg@example.ocm', '550', '5.4.4', 'hostunknown', true, true]]],
    ['SES complaint', sesComplaint, 'feedback', [['reader@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['SES complaint in an SNS envelope', snsEnvelope(sesComplaint), 'feedback', [['reader@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['SendGrid bounce, dropped and deferred events', sendGridEvents, 'bounce', [
      ['jordan@example.com', '550', '5.1.1', 'userunknown', true, true],
      ['old@example.com', undefined, '5.0.0', 'suppressed', false, true],
      ['busy@example.org', '451', '4.7.1', 'blocked', false, false],
    ]],
    ['SendGrid bounce of type blocked', sendGridBlocked, 'bounce', [['pat@example.org', '554', '5.7.1', 'blocked', false, true]]],
    ['Mailgun permanent failure', mailgunFailed('permanent', 'jordan@example.com', 550, '5.1.1 The email account that you tried to reach does not exist.', '5.1.1'), 'bounce', [
      ['jordan@example.com', '550', '5.1.1', 'userunknown', true, true],
    ]],
    ['Mailgun temporary failure', mailgunFailed('temporary', 'busy@example.org', 452, '4.2.2 The email account that you tried to reach is over quota.', '4.2.2'), 'delay', [
      ['busy@example.org', '452', '4.2.2', 'mailboxfull', false, false],
    ]],
    ['Mailgun event without its envelope', mailgunFailed('permanent', 'jordan@example.com', 550, '5.1.1 The email account that you tried to reach does not exist.', '5.1.1')['event-data'], 'bounce', [
      ['jordan@example.com', '550', '5.1.1', 'userunknown', true, true],
    ]],
    ['Postmark HardBounce', postmarkHardBounce, 'bounce', [['jordan@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Postmark SoftBounce', postmarkSoftBounce, 'delay', [['busy@example.org', '452', '4.2.2', 'mailboxfull', false, false]]],
    ['Postmark SpamComplaint', postmarkSpamComplaint, 'feedback', [['reader@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Postmark AutoResponder', {...postmarkHardBounce, Type: 'AutoResponder', TypeCode: 64, Name: 'Auto responder', Description: 'Automatic email responder (e.g: "Out of Office" or "On Vacation").', Details: 'Test auto responder'},
      'autoreply', [['jordan@example.com', undefined, undefined, 'vacation', false, undefined]]],
    ['Postmark ChallengeVerification', {...postmarkHardBounce, Type: 'ChallengeVerification', TypeCode: undefined, Name: 'Challenge verification', Description: 'The server is requesting a verification of the sender.', Details: 'Please confirm your message'},
      'autoreply', [['jordan@example.com', undefined, undefined, 'vacation', false, undefined]]],
    ['SendGrid spam report', [{email: 'reader@example.com', timestamp: 1741000004, event: 'spamreport', sg_event_id: 'ZmQyMjBkNzUtMzU1', sg_message_id: '14c5d75ce97.dfd.64b469.filter0001'}],
      'feedback', [['reader@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Mailgun complaint', {'event-data': {event: 'complained', recipient: 'reader@example.com', 'delivery-status': {message: ''}}},
      'feedback', [['reader@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Mailgun failure of an address on its suppression list', {'event-data': {
      ...mailgunFailed('permanent', 'gone@example.com', 605, 'Not delivering to previously bounced address', '')['event-data'], reason: 'suppress-bounce',
    }}, 'bounce', [['gone@example.com', undefined, undefined, 'suppressed', false, true]]],
    // Postmark's subscription change: an address put on the suppression list (after a hard bounce), or taken off it.
    ['Postmark subscription change: suppressed after a hard bounce', {RecordType: 'SubscriptionChange', MessageID: 'b4cb783d-78ed-43f2-983b-63f55c712dc8', ServerID: 23, MessageStream: 'outbound',
      ChangedAt: '2022-06-05T17:17:32Z', Recipient: 'gone@example.com', Origin: 'Recipient', SuppressSending: true, SuppressionReason: 'HardBounce'},
    'bounce', [['gone@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Postmark subscription change: reactivated, no failure', {RecordType: 'SubscriptionChange', MessageID: null, ServerID: 23, MessageStream: 'outbound',
      ChangedAt: '2022-06-05T17:17:32Z', Recipient: 'back@example.com', Origin: 'Customer', SuppressSending: false, SuppressionReason: null},
    'none', []],
    ['Postmark delivery', {RecordType: 'Delivery', Recipient: 'ok@example.com', Details: 'smtp;250 2.0.0 OK', MessageID: '883953f4-6105-42a2-a16a-77a8eac79484'},
      'delivered', [['ok@example.com', '250', '2.0.0', 'delivered', false, undefined]]],
    ['Postmark HardBounce without a reply: the type says final', {...postmarkHardBounce, Details: ''}, 'bounce', [['jordan@example.com', undefined, undefined, 'userunknown', true, true]]],
    ['Postmark DnsError, retried', {...postmarkHardBounce, Type: 'DnsError', TypeCode: 256, Description: 'A temporary DNS error.', Details: ''}, 'delay', [['jordan@example.com', undefined, undefined, 'networkerror', false, false]]],
    ['SparkPost bounce of an invalid recipient', [{msys: {message_event: sparkPostBounce}, cust: {id: '00000'}}], 'bounce', [['bounce@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['SparkPost delay', [{msys: {message_event: sparkPostDelay}}], 'delay', [['recipient@nomx.example.com', '454', '4.4.4', 'hostunknown', true, false]]],
    ['SparkPost bounce of a suppressed recipient (class 25)', [{msys: {message_event: {...sparkPostBounce, bounce_class: '25', error_code: '554', raw_reason: '554 5.7.1 recipient address suppressed due to customer policy'}}}],
      'bounce', [['bounce@example.com', '554', '5.7.1', 'suppressed', false, true]]],
    // SparkPost's bounce classes 60 and 100 (bounce-classification-codes.md): an answer, no failure.
    ['SparkPost bounce of class 60 (Auto-Reply)', [{msys: {message_event: {type: 'bounce', bounce_class: '60', event_id: '84345317653491240', rcpt_to: 'vacationing@example.com', raw_rcpt_to: 'vacationing@example.com'}}}],
      'autoreply', [['vacationing@example.com', undefined, undefined, 'vacation', false, undefined]]],
    ['SparkPost bounce of class 100 (Challenge-Response)', [{msys: {message_event: {type: 'bounce', bounce_class: '100', event_id: '84345317653491240', rcpt_to: 'vacationing@example.com', raw_rcpt_to: 'vacationing@example.com'}}}],
      'autoreply', [['vacationing@example.com', undefined, undefined, 'vacation', false, undefined]]],
    ['SparkPost generation rejection (suppression list)', [{msys: {gen_event: {type: 'generation_rejection', event_id: '84345317653491231', error_code: '554', raw_reason: '554 5.7.1 recipient address suppressed due to customer policy', rcpt_to: 'suppressed@example.com'}}}],
      'bounce', [['suppressed@example.com', '554', '5.7.1', 'suppressed', false, true]]],
    ['SparkPost spam complaint', [{msys: {message_event: {type: 'spam_complaint', event_id: '84345317653491232', fbtype: 'abuse', rcpt_to: 'recipient@example.com', raw_rcpt_to: 'recipient@example.com', report_by: 'server.email.com', timestamp: '1454442600'}}}],
      'feedback', [['recipient@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['SparkPost events API answer: its results, bare', {results: [sparkPostBounce, sparkPostDelay], links: [], total_count: 2},
      'bounce', [['bounce@example.com', '550', '5.1.1', 'userunknown', true, true], ['recipient@nomx.example.com', '454', '4.4.4', 'hostunknown', true, false]]],
    ['Mailgun events API answer: its items', {items: [mailgunFailed('permanent', 'jordan@example.com', 550, '5.1.1 The email account that you tried to reach does not exist.', '5.1.1')['event-data']], paging: {next: 'https://api.mailgun.net/v3/example.net/events/W3siYSI6IGZhbHNlfV0='}},
      'bounce', [['jordan@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Postmark Bounces API answer: its Bounces', {TotalCount: 1, Bounces: [{...postmarkHardBounce, RecordType: undefined}]}, 'bounce', [['jordan@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['SparkPost delivery', [{msys: {message_event: {type: 'delivery', event_id: '92356927693813856', rcpt_to: 'recipient@example.com', raw_rcpt_to: 'Recipient@example.com', timestamp: '1454442600'}}}],
      'delivered', [['recipient@example.com', '250', undefined, 'delivered', false, undefined]]],
    ['Mandrill hard bounce', [mandrillHardBounce], 'bounce', [['example.webhook@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Mandrill soft bounce, given up', [{...mandrillHardBounce, event: 'soft_bounce', msg: {...mandrillHardBounce.msg, state: 'soft-bounced', bounce_description: 'mailbox_full', bgtools_code: 22, diag: 'smtp;552 5.2.2 Over Quota'}}],
      'bounce', [['example.webhook@example.com', '552', '5.2.2', 'mailboxfull', false, true]]],
    ['Mandrill deferral: the last attempt\'s reply', [{event: 'deferral', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa1', ts: 1580762074, msg: {
      ts: 1365109999, email: 'example.webhook@example.com', state: 'deferred', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa1',
      smtp_events: [{destination_ip: '127.0.0.1', diag: '421 4.7.0 Try again later', type: 'deferred'}, {destination_ip: '127.0.0.1', diag: '451 4.3.5 Temporarily unavailable, try again later.', type: 'deferred'}],
    }}], 'delay', [['example.webhook@example.com', '451', '4.3.5', 'systemerror', false, false]]],
    ['Mandrill reject (rejection list)', [{event: 'reject', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa8', ts: 1580762074, msg: {email: 'example.webhook@example.com', state: 'rejected', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa8'}}],
      'bounce', [['example.webhook@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Mandrill spam', [{event: 'spam', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa6', ts: 1580762074, msg: {email: 'example.webhook@example.com', state: 'sent', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa6'}}],
      'feedback', [['example.webhook@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Mailjet hard bounce: the type and the error say it', mailjetBounce, 'bounce', [['bounce@example.com', undefined, undefined, 'userunknown', true, true]]],
    // The event's own field names its recipient, a domain of one label too (a test's "invalid@invalid").
    ['Mailjet bounce of an address on a one-label domain', {...mailjetBounce, email: 'invalid@invalid', error_related_to: 'domain', error: 'invalid domain', comment: undefined},
      'bounce', [['invalid@invalid', undefined, undefined, 'hostunknown', true, true]]],
    ['Mailjet soft bounce, greylisted: retried', {...mailjetBounce, hard_bounce: false, error_related_to: 'domain', error: 'greylisted', comment: '451 4.7.1 Greylisted, please try again later'},
      'delay', [['bounce@example.com', '451', '4.7.1', 'blocked', false, false]]],
    ['Mailjet blocked (preblocked)', {...mailjetBounce, event: 'blocked', error_related_to: 'mailjet', error: 'preblocked', comment: undefined, hard_bounce: undefined},
      'bounce', [['bounce@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Mailjet sent', {event: 'sent', time: 1433333949, MessageID: 19421777835146490, email: 'api@example.com', mj_campaign_id: 7257, mj_contact_id: 4, smtp_reply: 'sent (250 2.0.0 OK 1433333948 fa5si855896wjc.199 - gsmtp)'},
      'delivered', [['api@example.com', '250', '2.0.0', 'delivered', false, undefined]]],
    ['Mailjet spam', {event: 'spam', time: 1430812195, MessageID: 13792286917004336, email: 'bounce@example.com', mj_campaign_id: 0, mj_contact_id: 0, source: 'JMRPP'},
      'feedback', [['bounce@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Brevo hard bounce', brevoEvent('hard_bounce', ' RecipientError: 550 5.5.0 Requested action not taken: mailbox unavailable.'), 'bounce', [['not-a-user@example.com', '550', '5.5.0', 'userunknown', true, true]]],
    ['Brevo soft bounce', brevoEvent('soft_bounce', 'undefined Unable to find MX of domain no-mx.example.com'), 'delay', [['not-a-user@example.com', undefined, undefined, 'expired', false, false]]],
    ['Brevo deferred', brevoEvent('deferred', '421 4.7.0 Try again later'), 'delay', [['not-a-user@example.com', '421', '4.7.0', 'expired', false, false]]],
    ['Brevo blocked', brevoEvent('blocked', 'blocked : due to blacklist user'), 'bounce', [['not-a-user@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Brevo delivered', brevoEvent('delivered', undefined), 'delivered', [['not-a-user@example.com', '250', undefined, 'delivered', false, undefined]]],
    ['Resend bounce: every recipient of the event', resendEvent('email.bounced', {bounce: {diagnosticCode: ['smtp; 550 5.1.1 user unknown'], message: 'The recipient\'s email provider sent a hard bounce message.', subType: 'General', type: 'Permanent'}}, ['Robin <robin@example.org>', 'sam@example.com']),
      'bounce', [['robin@example.org', '550', '5.1.1', 'userunknown', true, true], ['sam@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Resend bounce of a suppressed address', resendEvent('email.bounced', {bounce: {message: 'The recipient\'s email address is on the suppression list because it has a recent history of producing hard bounces.', subType: 'Suppressed', type: 'Permanent'}}),
      'bounce', [['delivered@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Resend delivery delayed', resendEvent('email.delivery_delayed', {}), 'delay', [['delivered@example.com', undefined, undefined, 'expired', false, false]]],
    ['Resend complaint', resendEvent('email.complained', {}), 'feedback', [['delivered@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Resend delivered', resendEvent('email.delivered', {}), 'delivered', [['delivered@example.com', '250', undefined, 'delivered', false, undefined]]],
    // Emailit's events name no reply: the event type says what happened (a hard bounce, a temporary error).
    ['Emailit bounced', emailitEvent('email.bounced', 'bounced'), 'bounce', [['recipient@example.com', undefined, undefined, 'onhold', false, true]]],
    ['Emailit bounced, its email twice', emailitEvent('email.bounced', 'bounced', true), 'bounce', [['recipient@example.com', undefined, undefined, 'onhold', false, true]]],
    ['Emailit attempted', emailitEvent('email.attempted', 'attempted'), 'delay', [['recipient@example.com', undefined, undefined, 'expired', false, false]]],
    ['Emailit suppressed', emailitEvent('email.suppressed', 'suppressed'), 'bounce', [['recipient@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Emailit complained', emailitEvent('email.complained', 'complained'), 'feedback', [['recipient@example.com', undefined, undefined, 'feedback', false, undefined]]],
    ['Emailit delivered', emailitEvent('email.delivered', 'delivered'), 'delivered', [['recipient@example.com', '250', undefined, 'delivered', false, undefined]]],
    // Mandrill's send API refuses by itself: the address on its rejection denylist, a sender or a domain it will not send for.
    ...(['hard-bounce', 'soft-bounce', 'spam', 'unsub', 'custom'] as const).map((reason) => [`Mandrill send result: rejected, ${reason}`, mandrillResult('rejected', reason), 'bounce', [['recipient@example.com', undefined, undefined, 'suppressed', false, true]]] as [string, unknown, DecodeResult['kind'], Row[]]),
    ['Mandrill send result: rejected, unsigned', mandrillResult('rejected', 'unsigned'), 'bounce', [['recipient@example.com', undefined, undefined, 'authfailure', false, true]]],
    ['Mandrill send result: rejected, invalid-sender', mandrillResult('rejected', 'invalid-sender'), 'bounce', [['recipient@example.com', undefined, undefined, 'rejected', false, true]]],
    ['Mandrill send result: invalid', mandrillResult('invalid', null), 'bounce', [['recipient@example.com', undefined, undefined, 'onhold', false, true]]],
    ['Postal delivery failed', postalEvent('MessageDeliveryFailed', 'HardFail', '550 5.1.1 The email account that you tried to reach does not exist.'), 'bounce', [['test@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Postal delayed', postalEvent('MessageDelayed', 'SoftFail', '451 4.7.1 Greylisted, please try again later'), 'delay', [['test@example.com', '451', '4.7.1', 'blocked', false, false]]],
    ['Postal held (suppression list)', postalEvent('MessageHeld', 'Held', '', 'Recipient (test@example.com) is on the suppression list'), 'bounce', [['test@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Postal sent', postalEvent('MessageSent', 'Sent', '250 2.0.0 OK 1477944899 ly2si31746747wjb.95 - gsmtp'), 'delivered', [['test@example.com', '250', '2.0.0', 'delivered', false, undefined]]],
    ['KumoMTA bounce', kumoRecord('Bounce', {code: 550, enhanced_code: {class: 5, subject: 1, detail: 1}, content: 'The email account that you tried to reach does not exist.'}), 'bounce', [['user@example.org', '550', '5.1.1', 'userunknown', true, true]]],
    ['KumoMTA transient failure', kumoRecord('TransientFailure', {code: 451, enhanced_code: {class: 4, subject: 7, detail: 1}, content: 'Greylisted, please try again later'}), 'delay', [['user@example.org', '451', '4.7.1', 'blocked', false, false]]],
    ['KumoMTA expiration', kumoRecord('Expiration', {code: 551, enhanced_code: {class: 5, subject: 4, detail: 7}, content: 'Next delivery time would be at 2026-03-05 10:00:00 UTC which exceeds the expiry time'}), 'bounce', [['user@example.org', '551', '5.4.7', 'expired', false, true]]],
    ['KumoMTA delivery', kumoRecord('Delivery', {code: 250, enhanced_code: {class: 2, subject: 0, detail: 0}, content: 'OK ids=8a5475ccbbc611eda12250ebf67f93bd'}), 'delivered', [['user@example.org', '250', '2.0.0', 'delivered', false, undefined]]],
    ['KumoMTA feedback', kumoRecord('Feedback', {code: 250, enhanced_code: null, content: ''}, {feedback_report: {feedback_type: 'abuse', original_rcpto_to: ['<user@example.org>']}}), 'feedback', [['user@example.org', undefined, undefined, 'feedback', false, undefined]]],
    // An event whose recipient a paste left out: the service's event still, for no named recipient.
    ['KumoMTA bounce without its recipient', (({recipient: _recipient, ...rest}) => rest)(kumoRecord('Bounce', {code: 550, enhanced_code: {class: 5, subject: 1, detail: 1}, content: 'The email account that you tried to reach does not exist.'})),
      'bounce', [['', '550', '5.1.1', 'userunknown', true, true]]],
    ['Postal delivery failed, its message\'s address masked', {...postalEvent('MessageDeliveryFailed', 'HardFail', '550 5.7.1 blocked by policy'), payload: {...postalEvent('MessageDeliveryFailed', 'HardFail', '550 5.7.1 blocked by policy').payload, message: {token: 'abcdef123', to: '[redacted]'}}},
      'bounce', [['', '550', '5.7.1', 'blocked', false, true]]],
    // The message status payload alone, as Postal's documentation shows it.
    ['Postal delivery failed, its payload alone', postalEvent('MessageDeliveryFailed', 'HardFail', '550 5.1.1 The email account that you tried to reach does not exist.').payload, 'bounce', [['test@example.com', '550', '5.1.1', 'userunknown', true, true]]],
    ['Postal delayed, its payload alone', postalEvent('MessageDelayed', 'SoftFail', '451 4.7.1 Greylisted, please try again later').payload, 'delay', [['test@example.com', '451', '4.7.1', 'blocked', false, false]]],
    ['Postal held, its payload alone', postalEvent('MessageHeld', 'Held', '', 'Recipient (test@example.com) is on the suppression list').payload, 'bounce', [['test@example.com', undefined, undefined, 'suppressed', false, true]]],
    ['Postal sent, its payload alone', postalEvent('MessageSent', 'Sent', '250 2.0.0 OK 1477944899 ly2si31746747wjb.95 - gsmtp').payload, 'delivered', [['test@example.com', '250', '2.0.0', 'delivered', false, undefined]]],
  ])('%s', async (_name, payload, kind, rows) => {
    for (const input of [JSON.stringify(payload, null, 2), new TextEncoder().encode(JSON.stringify(payload))]) {
      const result = await decode(input);
      expect(result.format).toBe('json');
      expect(result.kind).toBe(kind);
      expect(rowsOf(result)).toStrictEqual(rows);
    }
  });

  test.each([
    ['Mandrill\'s form-encoded body (mandrill_events=)', `mandrill_events=${encodeURIComponent(JSON.stringify([mandrillHardBounce]))}`],
    ['the same with "+" for its spaces', `mandrill_events=${encodeURIComponent(JSON.stringify([mandrillHardBounce])).replaceAll('%20', '+')}`],
  ])('%s', async (_name, body) => {
    const result = await decode(body);
    expect(result.format).toBe('json');
    expect(rowsOf(result)).toStrictEqual([['example.webhook@example.com', '550', '5.1.1', 'userunknown', true, true]]);
  });

  test.each([
    ['a form body of plain fields', 'name=Bob&email=bob%40example.org&reason=550+5.1.1+user+unknown'],
    ['a form body whose JSON is broken', 'mandrill_events=%5B%7B%22event%22%3A'],
    ['a form body with a bad escape', 'mandrill_events=%5B%E0%A4%A'],
  ])('%s is no webhook payload', async (_name, body) => {
    expect((await decode(body)).format).not.toBe('json');
  });

  // An event that quotes no server's reply is the service's own word: its documentation explains it.
  test.each([
    ['SendGrid, its own lookup error', {email: 'bob@example.org', event: 'bounce', reason: 'unable to get mx info: failed to get IPs from PTR record', sg_event_id: 'Ym91bmNl', sg_message_id: 'euo2iKxd.recvd-1', type: 'blocked', timestamp: 1740300320}, 'sendgrid'],
    ['Postmark, a hard bounce without the server\'s words', {RecordType: 'Bounce', ID: 42, Type: 'HardBounce', TypeCode: 1, MessageID: '00000000-0000-0000-0000-000000000000', Email: 'bob@example.org', Details: 'Test bounce details', Inactive: true}, 'postmark'],
    ['SendGrid, a server\'s reply quoted', {email: 'bob@example.org', event: 'bounce', reason: '550 5.1.1 The email account that you tried to reach does not exist', status: '5.1.1', sg_event_id: 'Ym91bmNl', sg_message_id: 'euo2iKxd.recvd-1', type: 'bounce', timestamp: 1740300320}, 'google'],
    ['SendGrid, an unknown server\'s reply quoted', {email: 'bob@example.org', event: 'bounce', reason: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', status: '5.1.1', sg_event_id: 'Ym91bmNl', sg_message_id: 'euo2iKxd.recvd-1', type: 'bounce', timestamp: 1740300320}, undefined],
  ])('%s: provider %s', async (_name, event, provider) => {
    const result = await decode(JSON.stringify([event]));
    expect(result.recipients.map((recipient) => recipient.provider?.id)).toStrictEqual([provider]);
  });

  // The bounce's reportingMTA is SES's own server, RFC 3464's Reporting-MTA: the replies are the
  // recipients' servers', and name their provider by their own words or mail domain, if at all.
  test('takes no provider from SES\'s own reporting MTA', async () => {
    const result = await decode(JSON.stringify(snsEnvelope(sesBounce)));
    expect(result.recipients.map((recipient) => recipient.provider?.id)).toStrictEqual([undefined, undefined]);
  });

  // A report SES's own server wrote of no remote server tried (no remoteMtaIp: "The IP address of
  // the MTA to which Amazon SES attempted to deliver the email") is SES's verdict, whatever reply
  // it prints; SparkPost's policy rejections are its own refusals (its event definitions).
  const untried: Partial<typeof sesBounce.bounce> = {...sesBounce.bounce};
  delete untried.remoteMtaIp;
  test.each([
    ['SES, no remote server tried', {...sesBounce, bounce: untried}, ['amazon-ses', 'amazon-ses']],
    ['SES, a remote server tried', sesBounce, [undefined, undefined]],
    ['SES, no remote server tried, reported by another server', {...sesBounce, bounce: {...untried, reportingMTA: 'dns; mx.example.com'}}, [undefined, undefined]],
    ['SparkPost, a policy rejection quoting a reply', [{msys: {message_event: {type: 'policy_rejection', event_id: '92356927693813856', bounce_class: '25', raw_reason: '554 5.7.1 Recipient address was suppressed due to customer policy', rcpt_to: 'bob@example.org'}}}], ['sparkpost']],
    ['SparkPost, a bounce quoting a reply', [{msys: {message_event: {type: 'bounce', event_id: '92356927693813856', bounce_class: '10', raw_reason: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', rcpt_to: 'bob@example.org'}}}], [undefined]],
    // Its bounce logger's reply for a bounce mailed back after the message was accepted ("550 [internal] [oob]").
    ['SparkPost, an out-of-band bounce', [{msys: {message_event: {type: 'out_of_band', event_id: '92356927693813856', bounce_class: '10', raw_reason: '550 [internal] [oob] The recipient is invalid.', rcpt_to: 'bob@example.org'}}}], ['sparkpost']],
  ])('%s', async (_name, payload, providers) => {
    const result = await decode(JSON.stringify(payload));
    expect(result.recipients.map((recipient) => recipient.provider?.id)).toStrictEqual(providers);
  });

  // EmailEngine's outbox webhooks (emailengine.ts): each failed attempt is retried unless its reply
  // is permanent or its job says there is no next attempt; a final failure names no recipient.
  const emailengine = (event: string, data: Record<string, unknown>) => ({serviceUrl: 'https://ee.example.net', account: 'example', date: '2026-03-02T10:00:02.000Z', event, data: {queueId: '18b1f3c6d2a9e0b4f1c', ...data}});
  const envelope = {from: 'news@example.net', to: ['bob@example.org']};
  test.each([
    ['a temporary reply, tried again', emailengine('messageDeliveryError', {envelope, error: '451 4.7.1 Try again later', smtpResponse: '451 4.7.1 Try again later', smtpResponseCode: 451, job: {attemptsMade: 1, attempts: 10, nextAttempt: '2026-03-02T10:04:02.000Z'}}), 'delay', [['bob@example.org', '451', false]]],
    ['a temporary reply at the last attempt', emailengine('messageDeliveryError', {envelope, error: '451 4.7.1 Try again later', smtpResponse: '451 4.7.1 Try again later', smtpResponseCode: 451, job: {attemptsMade: 10, attempts: 10, nextAttempt: '1970-01-01T00:00:00.000Z'}}), 'bounce', [['bob@example.org', '451', false]]],
    ['a permanent reply', emailengine('messageDeliveryError', {envelope, error: 'Can\'t send mail - all recipients were rejected: 550 5.1.1 User unknown', smtpResponse: '550 5.1.1 User unknown', smtpResponseCode: 550, job: {attemptsMade: 1, attempts: 10, nextAttempt: false}}), 'bounce', [['bob@example.org', '550', true]]],
    ['a connection that failed, tried again', emailengine('messageDeliveryError', {envelope, error: 'Connection timeout', errorCode: 'ETIMEDOUT', job: {attemptsMade: 1, attempts: 10, nextAttempt: '2026-03-02T10:04:02.000Z'}}), 'delay', [['bob@example.org', undefined, false]]],
    ['the final failure, no recipient named', emailengine('messageFailed', {messageId: '<a@example.net>', error: '550 5.7.1 Message rejected as spam'}), 'bounce', [[undefined, '550', true]]],
    ['a message the server accepted', emailengine('messageSent', {messageId: '<a@example.net>', response: '250 2.0.0 Ok: queued as 4E1A', envelope}), 'delivered', [['bob@example.org', '250', undefined]]],
    ['an event of its own with no delivery', emailengine('messageNew', {id: 'AAAAAQAAAeE', path: 'INBOX'}), 'none', []],
  ])('EmailEngine, %s', async (_name, payload, kind, want) => {
    const result = await decode(JSON.stringify(payload, undefined, 2));
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.permanent])]).toStrictEqual([kind, want]);
  });

  // SparkPost's event copied without its ids is still known by the fields only its events carry
  // (bounce_class, raw_reason).
  test.each([
    ['without its event_id', {type: 'bounce', bounce_class: '10', raw_reason: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', rcpt_to: 'bob@example.org'}, ['bob@example.org']],
    ['with its raw_reason alone', {type: 'bounce', raw_reason: '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', rcpt_to: 'bob@example.org'}, ['bob@example.org']],
  ])('a SparkPost event %s', async (_name, event, recipients) => {
    const result = await decode(JSON.stringify(event, undefined, 2));
    expect(result.format === 'json' ? result.recipients.map((recipient) => recipient.recipient) : []).toStrictEqual(recipients);
  });

  test('names the provider whose reply an SES bounce quotes', async () => {
    const bounce = {...sesBounce, bounce: {...sesBounce.bounce, bouncedRecipients: [
      {emailAddress: 'jordan@yahoo.com', action: 'failed', status: '5.3.0', diagnosticCode: 'smtp; 552 1 Requested mail action aborted, mailbox not found'},
    ]}};
    const result = await decode(JSON.stringify(snsEnvelope(bounce)));
    expect(result.recipients.map((recipient) => recipient.provider?.id)).toStrictEqual(['yahoo']);
  });

  test('keeps the diagnostic of each recipient as the service gave it', async () => {
    const result = await decode(JSON.stringify(sesBounce));
    expect(result.recipients.map((recipient) => recipient.diagnostic)).toStrictEqual(
      sesBounce.bounce.bouncedRecipients.map((recipient) => recipient.diagnosticCode),
    );
  });

  test('reads an SES delivery notification as delivered', async () => {
    const delivery = {
      notificationType: 'Delivery', mail: {source: 'news@example.net', destination: ['ok@example.com']},
      delivery: {timestamp: '2025-03-03T10:20:11.000Z', processingTimeMillis: 812, recipients: ['ok@example.com'], smtpResponse: '250 2.6.0 Message received', reportingMTA: 'a8-54.smtp-out.amazonses.com'},
    };
    const result = await decode(JSON.stringify(delivery));
    expect(result.kind).toBe('delivered');
    expect(rowsOf(result)).toStrictEqual([['ok@example.com', '250', '2.6.0', 'delivered', false, undefined]]);
  });
});

// JSON of no service's shape that quotes a refusal is read as the text it quotes, a reply without
// its address included (json-quoted-text.test.ts); here, JSON that holds none.
describe('decode() of JSON that is no bounce event', () => {
  test.each([
    ['an order', {order: 550}],
    ['an array of numbers', [1, 2, 3]],
    ['an empty array', []],
    ['an empty object', {}],
    ['an SNS envelope of unrelated JSON', {Type: 'Notification', Message: JSON.stringify({order: 550})}],
    // Mandrill's send API sent or kept these: no refusal.
    ['a Mandrill send result: sent', mandrillResult('sent', null)],
    ['a Mandrill send result: queued', mandrillResult('queued', null)],
    ['another API\'s record with a status of rejected and no reason field', [{email: 'recipient@example.com', status: 'rejected'}]],
    ['an SNS subscription confirmation', {Type: 'SubscriptionConfirmation', Message: 'You have chosen to subscribe to the topic.', SubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription'}],
    ['an SES notification of an unknown type', {notificationType: 'Received', mail: {source: 'a@example.com'}}],
    ['an SES bounce without recipients', {notificationType: 'Bounce', bounce: {bounceType: 'Permanent', bouncedRecipients: []}}],
    ['a Mailgun-like event without delivery status', {'event-data': {event: 'failed', recipient: 'a@example.com'}}],
    ['a SendGrid open', [{email: 'reader@example.com', timestamp: 1741000005, event: 'open', sg_event_id: 'ZmQyMjBkNzUtMzU2', sg_message_id: '14c5d75ce98.dfd.64b469.filter0001'}]],
    ['a Mailgun open', {'event-data': {event: 'opened', recipient: 'reader@example.com', 'delivery-status': {code: 250, message: 'OK'}}}],
    ['a Postmark open', {RecordType: 'Open', Recipient: 'reader@example.com', MessageID: '883953f4-6105-42a2-a16a-77a8eac79485'}],
    ['a Postmark subscription change that takes an address off the suppression list', {RecordType: 'SubscriptionChange', Recipient: 'reader@example.com', MessageID: '883953f4-6105-42a2-a16a-77a8eac79486', SuppressSending: false}],
    ['SparkPost\'s test ping', [{msys: {}}]],
    ['a SparkPost open', [{msys: {track_event: {type: 'open', raw_rcpt_to: 'recipient@example.com', rcpt_to: 'recipient@example.com', user_agent: 'Mozilla/5.0'}}}]],
    ['a SparkPost injection', [{msys: {message_event: {type: 'injection', rcpt_to: 'recipient@example.com', raw_rcpt_to: 'recipient@example.com'}}}]],
    ['a Mandrill send', [{event: 'send', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa9', ts: 1580762074, msg: {email: 'example.webhook@example.com', state: 'sent'}}]],
    ['a Mandrill open', [{event: 'open', _id: 'exampleaaaaaaaaaaaaaaaaaaaaaaaaa7', ts: 1580762074, ip: '127.0.0.1', msg: {email: 'example.webhook@example.com', state: 'sent'}}]],
    ['a Mandrill deny-list change (a sync event)', [{type: 'blacklist', action: 'add', reject: {reason: 'hard-bounce', detail: 'Example detail', email: 'example.webhook@example.com'}, ts: 1580762074}]],
    ['a Mailjet open', {event: 'open', time: 1433103519, MessageID: 19421777396190490, email: 'api@example.com', ip: '127.0.0.1', geo: 'US', agent: 'Mozilla/5.0'}],
    ['a Brevo request (queued)', {event: 'request', email: 'reader@example.com', id: 12345, 'message-id': '<201803011158.9876543210@smtp-relay.mailin.fr>', ts_event: 1604933654}],
    ['a Brevo open', {event: 'opened', email: 'reader@example.com', ts_epoch: 1520363423000, 'message-id': '<201803011158.9876543210@smtp-relay.mailin.fr>'}],
    ['a Resend open', resendEvent('email.opened', {})],
    ['a Resend sent (accepted by Resend)', resendEvent('email.sent', {})],
    ['a Postal link click', {event: 'MessageLinkClicked', timestamp: 1477945177.12994, uuid: '820b47a4-4dfd-42e4-ae6a-1e5bed5a33fe', payload: {url: 'https://example.com', message: {to: 'test@example.com'}}}],
    ['an event API answer of opens only', {items: [{event: 'opened', recipient: 'reader@example.com', 'delivery-status': {code: 250}}], paging: {}}],
    ['an API answer listing numbers', {results: [1, 2, 3], total_count: 3}],
    ['a KumoMTA reception record', kumoRecord('Reception', {code: 250, enhanced_code: null, content: ''})],
    ['a KumoMTA rejection of an incoming command (its own refusal, no delivery)', kumoRecord('Rejection', {code: 550, enhanced_code: {class: 5, subject: 7, detail: 1}, content: 'relaying not permitted'})],
    ['a record typed "Bounce" with none of KumoMTA\'s fields', {type: 'Bounce', recipient: 'user@example.org', response: {code: 550, content: 'unknown'}}],
    ['an SES-like bounce object that lists no recipient', {bounceType: 'Permanent', bouncedRecipients: []}],
    ['an object with a bounce type and no bounced recipients (another service\'s)', {bounceType: 'hard', email: 'a@example.com'}],
    ['a Postal message status payload of another status', {...postalEvent('MessageSent', 'Queued', '').payload}],
  ])('%s gives kind none', async (_name, payload) => {
    const result = await decode(JSON.stringify(payload));
    expect(result).toStrictEqual({kind: 'none', format: 'json', recipients: []});
  });
});
