// Webhook payloads of sending services, written for these tests after each service's documented
// format: Amazon SES (direct, as SES event publishing, and inside an SNS envelope), SendGrid, Mailgun
// and Postmark. Each row: the payload, the kind, and per recipient
// [recipient, replyCode, status, reason, hardBounce, permanent].

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
    }}, 'bounce', [['gone@example.com', undefined, undefined, 'suppressed', false, undefined]]],
    ['Postmark delivery', {RecordType: 'Delivery', Recipient: 'ok@example.com', Details: 'smtp;250 2.0.0 OK', MessageID: '883953f4-6105-42a2-a16a-77a8eac79484'},
      'delivered', [['ok@example.com', '250', '2.0.0', 'delivered', false, undefined]]],
  ])('%s', async (_name, payload, kind, rows) => {
    for (const input of [JSON.stringify(payload, null, 2), new TextEncoder().encode(JSON.stringify(payload))]) {
      const result = await decode(input);
      expect(result.format).toBe('json');
      expect(result.kind).toBe(kind);
      expect(rowsOf(result)).toStrictEqual(rows);
    }
  });

  test('names Amazon SES as the provider of an SES bounce', async () => {
    const result = await decode(JSON.stringify(snsEnvelope(sesBounce)));
    expect(result.recipients.map((recipient) => recipient.provider?.id)).toStrictEqual(['amazon-ses', 'amazon-ses']);
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

describe('decode() of JSON that is no bounce event', () => {
  test.each([
    ['an order', {order: 550}],
    ['codes without an event', {status: '5.1.1', email: 'a@example.com', reason: '550 5.1.1 user unknown'}],
    ['an array of numbers', [1, 2, 3]],
    ['an empty array', []],
    ['an empty object', {}],
    ['an SNS envelope whose message is not JSON', {Type: 'Notification', Message: '550 5.1.1 not json'}],
    ['an SNS envelope of unrelated JSON', {Type: 'Notification', Message: JSON.stringify({order: 550})}],
    ['an SNS subscription confirmation', {Type: 'SubscriptionConfirmation', Message: 'You have chosen to subscribe to the topic.', SubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription'}],
    ['an SES notification of an unknown type', {notificationType: 'Received', mail: {source: 'a@example.com'}}],
    ['an SES bounce without recipients', {notificationType: 'Bounce', bounce: {bounceType: 'Permanent', bouncedRecipients: []}}],
    ['a SendGrid-like event without an address', {event: 'bounce', reason: '550 5.1.1 user unknown'}],
    ['a Mailgun-like event without delivery status', {'event-data': {event: 'failed', recipient: 'a@example.com'}}],
    ['a SendGrid open', [{email: 'reader@example.com', timestamp: 1741000005, event: 'open', sg_event_id: 'ZmQyMjBkNzUtMzU2', sg_message_id: '14c5d75ce98.dfd.64b469.filter0001'}]],
    ['a Mailgun open', {'event-data': {event: 'opened', recipient: 'reader@example.com', 'delivery-status': {code: 250, message: 'OK'}}}],
    ['a Postmark open', {RecordType: 'Open', Recipient: 'reader@example.com', MessageID: '883953f4-6105-42a2-a16a-77a8eac79485'}],
  ])('%s gives kind none', async (_name, payload) => {
    const result = await decode(JSON.stringify(payload));
    expect(result).toStrictEqual({kind: 'none', format: 'json', recipients: []});
  });
});
