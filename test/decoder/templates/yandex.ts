/**
 * Yandex Mail failure notice: Postfix's template (see postfix.ts) as Yandex's servers send it, with
 * Yandex's own sender, host names and X-Yandex fields.
 *
 * Sources:
 * - Yandex's help pages https://yandex.com/support/mail/bounces/yandex.html and
 *   https://yandex.com/support/mail/bounces/other.html (also under
 *   yandex.com/support/yandex-360/customers/mail/en/bounces/): the notice comes from
 *   "Mailer-Daemon" and the reader is sent to its "Diagnostic Code";
 * - sisimai/rb-sisimai lib/sisimai/lhost/yandex.rb: From "mailer-daemon@yandex.ru", the header
 *   X-Yandex-Uniq (with X-Yandex-Front, X-Yandex-TimeMark in its header comment), the opening
 *   "This is the mail system at host yandex.ru.", a delivery-status part and the returned message
 *   after "Content-Type: message/rfc822";
 * - sisimai/p5-sisimai lib/Sisimai/MSP/RU/Yandex.pm (Sisimai 4.0): the delivery-status part's
 *   per-message fields "Reporting-MTA: dns; forward1h.mail.yandex.net", "X-Yandex-Queue-ID:",
 *   "X-Yandex-Sender: rfc822; <sender>", "Arrival-Date:", the per-recipient fields as Postfix's, the
 *   boundary "<queue id>.<time>/forward1h.mail.yandex.net", "Content-Description: Undelivered
 *   Message", and the Postfix recipient line "<<rcpt>>: host <host>[<ip>] said: <reply> (in reply to
 *   RCPT TO command)";
 * - for the rest of the Postfix template: vdukhovni/postfix postfix/src/bounce/bounce_templates.c and
 *   bounce_notify_util.c, postfix/src/smtp/smtp_proto.c, as in postfix.ts.
 * The subject Yandex writes (in Russian, per mta-sources.md §24) is not on record: Postfix's here.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, field, message, multipart, noticeDate, postfixRecipientFields,
  type Rendered, type RenderOptions, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';
import {failureTextAt, recipientLine} from './postfix.ts';

const yandexHost = 'forward1h.mail.yandex.net';
const queueId = '367D79E130D';
const boundary = `${queueId}.1772445600/${yandexHost}`;

const failureText = failureTextAt('yandex.ru');

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const notification = `${failureText}\n${recipients.map((recipient) => recipientLine(recipient, options)).join('\n\n')}\n`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${yandexHost}`, `X-Yandex-Queue-ID: ${queueId}`, `X-Yandex-Sender: rfc822; ${sender}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => postfixRecipientFields(recipient, options.remoteHost, 'failed')),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], body: notification},
    {headers: ['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], body: options.original},
  ], 'This is a MIME-encapsulated message.');
  const raw = message([
    'Return-Path: <>',
    'X-Yandex-Front: mxback1h.mail.yandex.net',
    'X-Yandex-TimeMark: 1772445600',
    'X-Yandex-Uniq: 92309766-f1c8-4bd4-92bc-657c75766587',
    `Date: ${noticeDate}`,
    'From: mailer-daemon@yandex.ru',
    'Subject: Undelivered Mail Returned to Sender',
    `To: ${sender}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
    'Content-Transfer-Encoding: 7bit',
    `Message-Id: <20260302100000.${queueId}@${yandexHost}>`,
  ], body);
  return {raw, webmail: notification};
}

export const yandex: FamilyTemplate = {
  id: 'yandex',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
