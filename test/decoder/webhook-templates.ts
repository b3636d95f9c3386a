/**
 * Sending services' webhook events around replies, for the generated tests of
 * test/decoder/webhook-shapes.test.ts: each service's event as its webhook documentation shows it
 * (src/rules/mta/<service>.ts's `webhook` cites where), with the reply, codes and recipients put in
 * the fields the service writes them to. Expectations come from the reply pool's data, never from
 * the decoder.
 */
import type {DecodeResult} from '../../src/decoder/index.ts';
import {providerReason, replyPool, type ReplySpec, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

export interface Addressed {
  readonly address: string;
  readonly reply: string;
}

/** One service's failure and delay events around replies, as its documentation shows them. */
export interface ServiceTemplate {
  /** The family id in src/rules/mta. */
  readonly id: string;
  /** The payload of a failure of each recipient (one event, or a list of events). */
  readonly failed: (recipients: readonly Addressed[]) => unknown;
  /** The payload of a delay of each recipient, where the service reports one. */
  readonly delayed?: (recipients: readonly Addressed[]) => unknown;
  /** Whether the service writes the enhanced code in a field of its own besides the reply. */
  readonly statusField: boolean;
  /** The service posts a list of events (so that JSON Lines is a way it is exported). */
  readonly list: boolean;
  /** One event lists many recipients with one reply for them all (Resend's `to`). */
  readonly sharedReply?: boolean;
  /**
   * The event's own data without what is around it, as the service's documentation shows it (and
   * people paste it); undefined for a payload that has no such part.
   */
  readonly withoutEnvelope?: (payload: unknown) => unknown;
  /**
   * The field that says whether the service tries again, where it overrides the reply's class
   * (EmailEngine's `nextAttempt`): a copy that lost it leaves a temporary reply a retry.
   */
  readonly retryField?: string;
}

const codes = (reply: string) => parseReply(reply);
const oneLine = (reply: string) => reply.split('\n').join(' ');
/** The reply's text after its codes, as a service that splits them (Mailgun) writes it. */
const afterCodes = (reply: string) => oneLine(reply).replace(/^[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/, '');

const sesMail = {timestamp: '2026-03-02T10:00:00.000Z', source: 'news@example.net', messageId: '0100019560e1cf01-000000'};

export const webhookTemplates: readonly ServiceTemplate[] = [
  {
    id: 'amazon-ses',
    statusField: true,
    list: false,
    failed: (recipients) => ({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent', bounceSubType: 'General', feedbackId: '0100019560e1d2c3-000000', timestamp: '2026-03-02T10:00:02.000Z',
        reportingMTA: 'dsn; a8-52.smtp-out.amazonses.com',
        bouncedRecipients: recipients.map(({address, reply}) => ({emailAddress: address, action: 'failed', status: codes(reply).status ?? `${reply[0]}.0.0`, diagnosticCode: `smtp; ${reply}`})),
      },
      mail: {...sesMail, destination: recipients.map(({address}) => address)},
    }),
    delayed: (recipients) => ({
      eventType: 'DeliveryDelay',
      deliveryDelay: {
        timestamp: '2026-03-02T10:30:00.000Z', delayType: 'RecipientServerError', expirationTime: '2026-03-02T23:00:00.000Z',
        reportingMTA: 'a8-52.smtp-out.amazonses.com',
        delayedRecipients: recipients.map(({address, reply}) => ({emailAddress: address, status: codes(reply).status ?? `${reply[0]}.0.0`, diagnosticCode: `smtp; ${reply}`})),
      },
      mail: {...sesMail, destination: recipients.map(({address}) => address)},
    }),
    // The bounce object alone (the notification's documentation shows each object apart).
    withoutEnvelope: (posted) => (posted as {bounce?: unknown}).bounce,
  },
  {
    id: 'sendgrid',
    statusField: true,
    list: true,
    failed: (recipients) => recipients.map(({address, reply}, index) => ({
      email: address, timestamp: 1772445600 + index, 'smtp-id': `<14c5d75ce93.dfd.64b469.${index}@ismtpd-555>`, event: 'bounce', category: 'news',
      sg_event_id: `6g4ZI7SA-xmRDv57GoPIP${index}==`, sg_message_id: `14c5d75ce93.dfd.64b469.filter0001.${index}`,
      reason: reply, status: codes(reply).status ?? `${reply[0]}.0.0`, type: reply.startsWith('4') ? 'blocked' : 'bounce',
    })),
    delayed: (recipients) => recipients.map(({address, reply}, index) => ({
      email: address, timestamp: 1772445600 + index, 'smtp-id': `<14c5d75ce93.dfd.64b469.${index}@ismtpd-555>`, event: 'deferred',
      sg_event_id: `t7LEShmowp86DTdUW8M-G${index}==`, sg_message_id: `14c5d75ce93.dfd.64b469.filter0001.${index}`, response: reply, attempt: '5',
    })),
  },
  {
    id: 'mailgun',
    // Mailgun writes an empty enhanced code when the reply has none.
    statusField: false,
    list: false,
    failed: (recipients) => mailgunEvent(recipients[0]!, 'permanent'),
    delayed: (recipients) => mailgunEvent(recipients[0]!, 'temporary'),
  },
  {
    id: 'postmark',
    statusField: false,
    list: false,
    failed: (recipients) => ({
      RecordType: 'Bounce', ID: 4323372036, Type: 'HardBounce', TypeCode: 1, Name: 'Hard bounce', MessageID: '883953f4-6105-42a2-a16a-77a8eac79483',
      MessageStream: 'outbound', Description: 'The server was unable to deliver your message (ex: unknown user, mailbox not found).',
      Details: `smtp;${recipients[0]!.reply}`, Email: recipients[0]!.address, From: 'news@example.net', BouncedAt: '2026-03-02T10:00:02Z', Inactive: true,
    }),
    delayed: (recipients) => ({
      RecordType: 'Bounce', ID: 4323372037, Type: 'SoftBounce', TypeCode: 4096, Name: 'Soft bounce/Undeliverable', MessageID: '883953f4-6105-42a2-a16a-77a8eac79484',
      Description: 'Unable to temporarily deliver this message.', Details: `smtp;${recipients[0]!.reply}`, Email: recipients[0]!.address, Inactive: false,
    }),
  },
  {
    id: 'sparkpost',
    statusField: false,
    list: true,
    failed: (recipients) => recipients.map(({address, reply}, index) => ({
      msys: {message_event: {
        type: 'bounce', bounce_class: reply.startsWith('4') ? '40' : '10', customer_id: '00000', error_code: codes(reply).code, event_id: `8434531765349123${index}`,
        message_id: `0004e3724f57753a356${index}`, raw_rcpt_to: address, raw_reason: reply, rcpt_to: address, reason: reply, timestamp: '1772445602',
        transmission_id: '84345317650824116',
      }},
      cust: {id: '00000'},
    })),
    delayed: (recipients) => recipients.map(({address, reply}, index) => ({
      msys: {message_event: {
        type: 'delay', bounce_class: '21', error_code: codes(reply).code, event_id: `8434531765367552${index}`, num_retries: '1', queue_time: '1200161',
        raw_rcpt_to: address, raw_reason: reply, rcpt_to: address, reason: reply, timestamp: '1772445602', transmission_id: '84345317650824116',
      }},
    })),
  },
  {
    id: 'mandrill',
    statusField: false,
    list: true,
    failed: (recipients) => recipients.map(({address, reply}, index) => ({
      event: reply.startsWith('4') ? 'soft_bounce' : 'hard_bounce',
      msg: {
        ts: 1772445600, subject: 'News', email: address, sender: 'news@example.net', state: 'bounced', _id: `exampleaaaaaaaaaaaaaaaaaaaaaaaa${index}`,
        bounce_description: 'general', diag: `smtp;${reply}`,
      },
      _id: `exampleaaaaaaaaaaaaaaaaaaaaaaaa${index}`, ts: 1772445602,
    })),
    delayed: (recipients) => recipients.map(({address, reply}, index) => ({
      event: 'deferral',
      msg: {
        ts: 1772445600, email: address, state: 'deferred', _id: `exampleaaaaaaaaaaaaaaaaaaaaaaaa${index}`,
        smtp_events: [{destination_ip: '192.0.2.10', diag: reply, source_ip: '192.0.2.1', ts: 1772445601, type: 'deferred', size: 0}],
      },
      _id: `exampleaaaaaaaaaaaaaaaaaaaaaaaa${index}`, ts: 1772445602,
    })),
  },
  {
    id: 'kumomta',
    statusField: false,
    list: false,
    failed: (recipients) => kumoRecord('Bounce', recipients[0]!),
    delayed: (recipients) => kumoRecord('TransientFailure', recipients[0]!),
  },
  {
    id: 'mailjet',
    statusField: false,
    list: true,
    failed: (recipients) => recipients.map(({address, reply}, index) => ({
      event: 'bounce', time: 1772445602, MessageID: 13792286917004336 + index, Message_GUID: `1ab23cd4-e567-8901-2345-6789f0gh1i2${index}`, email: address,
      mj_campaign_id: 0, mj_contact_id: 0, customcampaign: '', CustomID: '', Payload: '', blocked: false, hard_bounce: true,
      error_related_to: 'recipient', error: 'user unknown', comment: reply,
    })),
    // Mailjet's soft bounce: "Delivery will be re-attempted".
    delayed: (recipients) => recipients.map(({address, reply}, index) => ({
      event: 'bounce', time: 1772445602, MessageID: 13792286917004336 + index, email: address, blocked: false, hard_bounce: false,
      error_related_to: 'domain', error: 'greylisted', comment: reply,
    })),
  },
  {
    id: 'brevo',
    statusField: false,
    list: false,
    failed: (recipients) => ({
      event: 'hard_bounce', email: recipients[0]!.address, id: 12345, date: '2026-03-02 11:00:02',
      ts: 1772445602, 'message-id': '<202603021000.1234567890@smtp-relay.mailin.fr>', ts_event: 1772445602, subject: 'News', ts_epoch: 1772445602000,
      reason: reply0(recipients),
    }),
    delayed: (recipients) => ({
      event: 'soft_bounce', email: recipients[0]!.address, 'message-id': '<202603021000.1234567891@smtp-relay.mailin.fr>', ts_epoch: 1772445602000, reason: reply0(recipients),
    }),
  },
  {
    id: 'resend',
    statusField: false,
    list: false,
    sharedReply: true,
    failed: (recipients) => ({
      type: 'email.bounced', created_at: '2026-03-02T10:00:02.126Z',
      data: {
        created_at: '2026-03-02T10:00:01.894719+00:00', email_id: '56761188-7520-42d8-8898-ff6fc54ce618', from: 'Acme <news@example.net>',
        to: recipients.map(({address}) => address), subject: 'News',
        bounce: {diagnosticCode: [`smtp; ${reply0(recipients)}`], message: 'The recipient\'s email provider sent a hard bounce message.', subType: 'General', type: 'Permanent'},
      },
    }),
  },
  {
    id: 'emailengine',
    statusField: false,
    list: false,
    // One submission's envelope lists every recipient, and the SMTP server's one reply stands for them all.
    sharedReply: true,
    retryField: 'nextAttempt',
    failed: (recipients) => emailengineDeliveryError(recipients, false),
    delayed: (recipients) => emailengineDeliveryError(recipients, '2026-03-02T10:04:02.000Z'),
  },
  {
    id: 'postal',
    statusField: false,
    list: false,
    failed: (recipients) => ({
      event: 'MessageDeliveryFailed', timestamp: 1772445602.12994, uuid: '5fec5077-dae7-4989-94d5-e1963f3e9181',
      payload: {
        status: 'HardFail', details: `Permanent SMTP delivery error when sending to mx.example.net (192.0.2.10)`, output: reply0(recipients), time: 0.22,
        sent_with_ssl: true, timestamp: 1772445602.12994,
        message: {id: 12345, token: 'abcdef123', direction: 'outgoing', message_id: '5817a64332f44_4ec93ff59e79d154565eb@app34.mail', to: recipients[0]!.address, from: 'news@example.net', subject: 'News'},
      },
    }),
    delayed: (recipients) => ({
      event: 'MessageDelayed', timestamp: 1772445602.12994, uuid: '0fcc831f-92b9-4e2b-97f2-d873abc77fab',
      payload: {
        status: 'SoftFail', details: 'Temporary SMTP delivery error when sending to mx.example.net (192.0.2.10)', output: reply0(recipients),
        message: {id: 12346, token: 'abcdef124', direction: 'outgoing', to: recipients[0]!.address, from: 'news@example.net', subject: 'News'},
      },
    }),
    withoutEnvelope: (posted) => (posted as {payload: unknown}).payload,
  },
];

function mailgunEvent({address, reply}: Addressed, severity: 'permanent' | 'temporary'): unknown {
  return {
    signature: {timestamp: '1772445600', token: 'a8ce0edb2dd8301dee6c2405235584e45aa91d1e9f979f3de0', signature: 'EXAMPLE'},
    'event-data': {
      id: 'G9Bn5sl1TC6nu79C8C0bwg', timestamp: 1772445600, 'log-level': severity === 'permanent' ? 'error' : 'warn', event: 'failed',
      severity, reason: severity === 'permanent' ? 'bounce' : 'generic', recipient: address,
      'delivery-status': {code: Number(codes(reply).code), message: afterCodes(reply), description: '', 'attempt-no': 1, 'mx-host': 'mx.example.net', 'enhanced-code': codes(reply).status ?? ''},
    },
  };
}

/** An EmailEngine messageDeliveryError webhook: the submission's envelope, the SMTP server's reply, and whether the job tries again. */
function emailengineDeliveryError(recipients: readonly Addressed[], nextAttempt: string | false): unknown {
  const reply = reply0(recipients);
  return {
    serviceUrl: 'https://emailengine.example.net', account: 'example', date: '2026-03-02T10:00:02.000Z', event: 'messageDeliveryError',
    data: {
      queueId: '18b1f3c6d2a9e0b4f1c', envelope: {from: 'news@example.net', to: recipients.map(({address}) => address)},
      messageId: '<29e26263-7125-ff56-4f80-83a5cf737d5e@example.net>',
      error: `Can't send mail - all recipients were rejected: ${oneLine(reply)}`, errorCode: 'EENVELOPE',
      smtpResponse: oneLine(reply), smtpResponseCode: Number(codes(reply).code), smtpCommand: 'RCPT TO',
      job: {attemptsMade: 1, attempts: 10, nextAttempt},
    },
  };
}

/** A KumoMTA log record of one delivery attempt: the reply split into its code, its enhanced code's parts and the rest. */
function kumoRecord(type: string, {address, reply}: Addressed): unknown {
  const {code, status} = codes(reply);
  const [klass, subject, detail] = status === undefined ? [] : status.split('.').map(Number);
  return {
    type, id: '1d98076abbbc11ed940250ebf67f93bd', sender: 'news@example.net', recipient: address, queue: 'example.org', site: 'source1->mx.example.org', size: 1047,
    response: {code: Number(code), enhanced_code: status === undefined ? null : {class: klass, subject, detail}, content: afterCodes(reply), command: '.'},
    peer_address: {name: 'mx.example.org.', addr: '192.0.2.10'}, timestamp: 1772445602, created: 1772445600, num_attempts: 1,
    bounce_classification: 'Uncategorized', egress_pool: 'pool0', egress_source: 'source1',
  };
}

function reply0(recipients: readonly Addressed[]): string {
  return recipients[0]!.reply;
}

/** How many recipients one payload of a service can hold: services that post one event per request have one. */
function recipientCounts(template: ServiceTemplate): readonly number[] {
  const two = template.failed([{address: 'a@example.com', reply: '550 5.1.1 x'}, {address: 'b@example.com', reply: '550 5.1.1 x'}]);
  const holdsTwo = JSON.stringify(two).includes('b@example.com');
  return holdsTwo ? [1, 2, 5] : [1];
}

type Framing = 'posted' | 'log line' | 'JSON Lines' | 'without its envelope' | 'under a heading, a blank line inside';

function framed(payload: unknown, framing: Framing, template: ServiceTemplate): string {
  if (framing === 'posted') return JSON.stringify(payload, null, 2);
  if (framing === 'without its envelope') return JSON.stringify(template.withoutEnvelope!(payload), null, 2);
  if (framing === 'log line') return `2026-03-02T10:00:03.512Z INFO webhook received: ${JSON.stringify(payload)}\n2026-03-02T10:00:03.514Z INFO 200 OK`;
  // As an application's log prints an event it handled: a heading, the class that wrapped it, then
  // the payload pretty-printed with a blank line left inside (an empty list printed open).
  if (framing === 'under a heading, a blank line inside') return `EVENT HANDLER: ${template.id}\npayload: Webhook::EventDecorator\n${JSON.stringify(payload, null, 2).replace(',\n', ',\n\n')}`;
  return (payload as unknown[]).map((event) => JSON.stringify(event)).join('\n');
}

export interface Expected {
  readonly recipient: string;
  readonly replyCode: string;
  readonly status: string | undefined;
  readonly permanent: boolean;
  readonly reason?: string;
}

export function expectationOf(address: string, spec: ReplySpec, statusField: boolean): Expected {
  const parsed = parseReply(spec.reply);
  const status = parsed.status ?? (statusField ? `${spec.reply[0]}.0.0` : undefined);
  const reason = (spec.provider ? providerReason(spec, false) : undefined) ?? spec.statusReason;
  return {recipient: address, replyCode: parsed.code, status, permanent: (status ?? parsed.code).startsWith('5'), ...(reason ? {reason} : {})};
}

/**
 * What a decoding says of the fields a case expects: kind, and each recipient's address, codes and
 * permanence, with its reason where the case expects one (a reply of no known reason expects none).
 */
export function projected(result: DecodeResult, want: {readonly recipients: readonly Expected[]}) {
  return {
    kind: result.kind,
    recipients: result.recipients.map((got, index) => {
      const fields = {recipient: got.recipient, replyCode: got.replyCode?.code, status: got.status?.code, permanent: got.permanent, reason: got.reason.id};
      return 'reason' in (want.recipients[index] ?? {}) ? fields : {...fields, reason: undefined};
    }),
  };
}

export interface WebhookCase {
  readonly name: string;
  readonly service: string;
  readonly input: string;
  readonly kind: 'bounce' | 'delay';
  readonly recipients: readonly Expected[];
}

const addresses = ['alice@example.com', 'bob.smith@example.net', 'carol+news@example.org', 'dave_ops@mail.example.com', 'erin@sub.example.net'];

function casesOf(template: ServiceTemplate): WebhookCase[] {
  const pool = replyPool();
  const replies = [
    ...sampleOf(`${template.id} provider`, pool.provider, 16),
    ...sampleOf(`${template.id} status`, pool['status-code'], 16),
    ...pool['no-code'],
    ...sampleOf(`${template.id} multi-line`, pool['multi-line'], 2),
  ];
  const cases: WebhookCase[] = [];
  const add = (build: (recipients: readonly Addressed[]) => unknown, kind: 'bounce' | 'delay', specs: readonly ReplySpec[]) => {
    const recipients = specs.map((spec, index) => ({address: addresses[index]!, reply: spec.reply}));
    const payload = build(recipients);
    const framings: Framing[] = ['posted', 'log line', 'under a heading, a blank line inside', ...(Array.isArray(payload) && payload.length > 1 ? ['JSON Lines' as const] : []),
      ...(template.withoutEnvelope?.(payload) === undefined ? [] : ['without its envelope' as const])];
    for (const framing of framings) {
      cases.push({
        name: `${template.id} | ${kind} | ${framing} | ${specs.length} rcpt | ${oneLine(specs[0]!.reply).slice(0, 60)}`,
        service: template.id,
        input: framed(payload, framing, template),
        kind,
        recipients: specs.map((spec, index) => expectationOf(addresses[index]!, spec, template.statusField)),
      });
    }
  };
  for (const count of recipientCounts(template)) {
    const chosen = count === 1 ? replies.map((spec) => [spec])
      : sampleOf(`${template.id} ${count}`, replies, 3).map((first, index) => [first, ...(template.sharedReply ? Array.from({length: count - 1}, () => first) : sampleOf(`${template.id} ${count} ${index}`, replies, count - 1))]);
    for (const specs of chosen) add(template.failed, 'bounce', specs);
  }
  if (template.delayed) {
    const temporary = pool['status-code'].filter((spec) => spec.reply.startsWith('4'));
    for (const spec of sampleOf(`${template.id} delayed`, temporary, 8)) add(template.delayed, 'delay', [spec]);
  }
  return cases;
}

export const webhookCases: readonly WebhookCase[] = webhookTemplates.flatMap(casesOf);

/**
 * A case's kind once a copy lost its service's word that no retry follows (`retryField`): its
 * temporary replies are then retries, a delay; any other case keeps its kind.
 */
export function kindWithoutRetryField(template: ServiceTemplate, item: WebhookCase): WebhookCase['kind'] {
  return template.retryField !== undefined && item.recipients.every((recipient) => recipient.replyCode.startsWith('4')) ? 'delay' : item.kind;
}

