import type {FailureRecord} from './classify.ts';

/**
 * Bounce events of sending services, as their webhooks deliver them: Amazon SES (direct or inside
 * an SNS envelope), SendGrid, Mailgun and Postmark. Each becomes the same per-recipient record
 * the text readers produce.
 */

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type JsonObject = {[key: string]: Json};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

function object(value: Json | undefined): JsonObject | undefined {
  return isObject(value) ? value : undefined;
}

/** Amazon SES bounce, complaint or delivery notification. */
function readSes(event: JsonObject): FailureRecord[] | undefined {
  const type = text(event['notificationType']) ?? text(event['eventType']);
  if (!type) return undefined;
  const bounce = object(event['bounce']);
  if (type === 'Bounce' && bounce) {
    const recipients = Array.isArray(bounce['bouncedRecipients']) ? bounce['bouncedRecipients'] : [];
    const reportingMta = text(bounce['reportingMTA']);
    const subType = text(bounce['bounceSubType']);
    return recipients.filter(isObject).map((recipient) => ({
      recipient: text(recipient['emailAddress']),
      diagnostic: text(recipient['diagnosticCode']) ?? `${text(bounce['bounceType']) ?? ''} bounce: ${subType ?? ''}`.trim(),
      context: `Amazon SES ${text(bounce['bounceType']) ?? ''} ${subType ?? ''}`,
      reportedStatus: text(recipient['status']),
      action: text(recipient['action']),
      remoteHost: reportingMta?.replace(/^dns;\s*/, ''),
      // SES reports its own suppression list as a bounce of sub-type "Suppressed".
      knownReason: subType === 'Suppressed' || subType === 'OnAccountSuppressionList' ? 'suppressed' : undefined,
    }));
  }
  const complaint = object(event['complaint']);
  if (type === 'Complaint' && complaint) {
    const recipients = Array.isArray(complaint['complainedRecipients']) ? complaint['complainedRecipients'] : [];
    const feedbackType = text(complaint['complaintFeedbackType']) ?? 'abuse';
    return recipients.filter(isObject).map((recipient) => ({
      recipient: text(recipient['emailAddress']),
      diagnostic: `Complaint: ${feedbackType}`,
      knownReason: 'feedback' as const,
      feedbackType,
    }));
  }
  const delivery = object(event['delivery']);
  if (type === 'Delivery' && delivery) {
    const recipients = Array.isArray(delivery['recipients']) ? delivery['recipients'] : [];
    return recipients.map((recipient) => ({
      recipient: text(recipient),
      diagnostic: text(delivery['smtpResponse']) ?? '250 OK',
      action: 'delivered',
    }));
  }
  return [];
}

/** SendGrid events that say something about delivery; opens, clicks and the like do not. */
const sendGridDeliveryEvents = new Set(['bounce', 'dropped', 'deferred', 'delivered', 'spamreport', 'blocked']);

/** One SendGrid event (the webhook posts an array of them). */
function readSendGrid(event: JsonObject): FailureRecord | undefined {
  const kind = text(event['event']);
  if (!kind || !sendGridDeliveryEvents.has(kind) || !text(event['email']) || !('sg_event_id' in event || 'sg_message_id' in event || 'smtp-id' in event || 'reason' in event || 'response' in event)) return undefined;
  const diagnostic = text(event['reason']) ?? text(event['response']) ?? kind;
  return {
    recipient: text(event['email']),
    diagnostic,
    reportedStatus: text(event['status']),
    action: kind === 'delivered' ? 'delivered' : kind === 'deferred' ? 'delayed' : 'failed',
    knownReason: kind === 'spamreport' ? 'feedback' : kind === 'dropped' && /bounced address|unsubscribed|spam reporting/i.test(diagnostic) ? 'suppressed' : undefined,
    feedbackType: kind === 'spamreport' ? 'abuse' : undefined,
  };
}

/** A Mailgun event, bare or inside its `event-data` envelope. */
function readMailgun(event: JsonObject): FailureRecord | undefined {
  const data = object(event['event-data']) ?? event;
  const status = object(data['delivery-status']);
  if (!status || !text(data['recipient'])) return undefined;
  const code = text(status['code']);
  const message = text(status['message']) ?? '';
  const description = text(status['description']) ?? '';
  const kind = text(data['event']);
  if (kind && !['failed', 'delivered', 'complained', 'rejected'].includes(kind)) return undefined;
  return {
    recipient: text(data['recipient']),
    diagnostic: [code, message, description].filter(Boolean).join(' ').trim(),
    context: text(data['reason']),
    reportedStatus: text(status['enhanced-code']),
    remoteHost: text(status['mx-host']),
    action: kind === 'delivered' ? 'delivered' : text(data['severity']) === 'temporary' ? 'delayed' : 'failed',
    knownReason: kind === 'complained' ? 'feedback' : text(data['reason']) === 'suppress-bounce' ? 'suppressed' : undefined,
  };
}

/** A Postmark bounce or spam-complaint webhook. */
function readPostmark(event: JsonObject): FailureRecord | undefined {
  const recordType = text(event['RecordType']);
  if (recordType === 'Delivery' && text(event['Recipient'])) {
    return {recipient: text(event['Recipient']), diagnostic: text(event['Details']) ?? '250 OK', action: 'delivered'};
  }
  // Opens, clicks and subscription changes say nothing about delivery.
  if (recordType && recordType !== 'Bounce' && recordType !== 'SpamComplaint') return undefined;
  if (!text(event['Email']) || !('Type' in event || 'RecordType' in event)) return undefined;
  const type = text(event['Type']);
  return {
    recipient: text(event['Email']),
    diagnostic: text(event['Details']) ?? text(event['Description']) ?? type ?? '',
    context: `${type ?? ''} ${text(event['Description']) ?? ''}`,
    action: type === 'Transient' || type === 'SoftBounce' ? 'delayed' : 'failed',
    knownReason: type === 'SpamComplaint' || text(event['RecordType']) === 'SpamComplaint' ? 'feedback'
      // Postmark's bounce types for an automatic reply and a challenge-response request (its Bounce
      // API's type list: AutoResponder, ChallengeVerification): answered, not failed.
      : type === 'AutoResponder' || type === 'ChallengeVerification' ? 'vacation'
      : undefined,
  };
}

/** Reads a webhook payload; an empty list when it is no bounce event this decoder knows. */
export function readWebhook(json: unknown): FailureRecord[] {
  const events: unknown[] = Array.isArray(json) ? json : [json];
  const records: FailureRecord[] = [];
  for (let event of events) {
    if (!isObject(event)) continue;
    // SNS wraps the SES notification as a JSON string in `Message`.
    if (text(event['Type']) === 'Notification' && typeof event['Message'] === 'string') {
      try {
        event = JSON.parse(event['Message']) as unknown;
      } catch {
        continue;
      }
      if (!isObject(event)) continue;
    }
    const ses = readSes(event);
    if (ses) {
      records.push(...ses);
      continue;
    }
    const one = readSendGrid(event) ?? readMailgun(event) ?? readPostmark(event);
    if (one) records.push(one);
  }
  return records;
}
