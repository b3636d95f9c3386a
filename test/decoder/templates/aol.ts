/**
 * AOL Mail failure notice: a multipart report whose delivery-status part is that of a Postfix relay
 * that AOL runs under the mail_name "Outbound-Mail-Relay", the text part listing the recipients.
 *
 * Sources (no AOL documentation of its notices is public):
 * - sisimai/p5-Sisimai lib/Sisimai/MSP/US/Aol.pm (v4, 2014-2015) and sisimai/rb-sisimai
 *   lib/sisimai/lhost/aol.rb: the notice is detected by the header X-AOL-IP (with X-AOL-VSS-INFO,
 *   x-aol-sid, X-BounceIO-Id in the header comment); the body has a `Content-Type:
 *   message/delivery-status` part and a `Content-Type: message/rfc822` part; the delivery-status
 *   part as the comments quote it: "Reporting-MTA: dns; omr-m5.mx.aol.com",
 *   "X-Outbound-Mail-Relay-Queue-ID: CCBA43800007F", "X-Outbound-Mail-Relay-Sender: rfc822; <sender>",
 *   "Arrival-Date: Fri, 21 Nov 2014 17:14:34 -0500 (EST)", then per recipient "Final-Recipient:
 *   rfc822; ...", "Original-Recipient: rfc822;...", "Action: failed", "Status: 5.2.2",
 *   "Remote-MTA: dns; ...", "Diagnostic-Code: smtp; 550 5.2.2 ..." (continued on indented lines);
 *   the v4 module records From "Postmaster <Postmaster@AOL.com>" and a Subject starting
 *   "Undeliverable: " (its check of them is switched off, `if( 0 )`);
 * - the per-message fields are Postfix's "X-%s-Queue-ID" / "X-%s-Sender" with mail_name
 *   "Outbound-Mail-Relay": vdukhovni/postfix postfix/src/bounce/bounce_notify_util.c writes them
 *   with var_mail_name, in this order, and the per-recipient fields in the order above;
 * - wRAR/flufl.bounce flufl/bounce/_detectors/aol.py (GNU Mailman): AOL's notice text, From
 *   @aol.com, "mail to the following recipients could not be delivered", then one recipient a line.
 * Assumed: the text part. Mailman records AOL's words (matched case-sensitively, so something
 * precedes "mail"; "Your" and the closing colon are assumed) for a plain-text notice; that AOL's
 * multipart notice carries the same sentence and recipient list (and nothing else: no reply, no
 * host) is an assumption, as are the MIME boundary, the Received line, the Date and the Message-ID.
 */
import {
  deliveryStatus, type FamilyTemplate, field, message, multipart, noticeDate, originalSubject,
  postfixRecipientFields, type RenderOptions, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const reportingMta = 'omr-m5.mx.aol.com';
const queueId = 'CCBA43800007F';
const boundary = '----=_Part_4711_1772445600.1772445600000';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `Your mail to the following recipients could not be delivered:\n${recipients.map((recipient) => recipient.address).join('\n')}\n`;
  const report = deliveryStatus(
    [
      `Reporting-MTA: dns; ${reportingMta}`,
      `X-Outbound-Mail-Relay-Queue-ID: ${queueId}`,
      `X-Outbound-Mail-Relay-Sender: rfc822; ${sender}`,
      'Arrival-Date: Mon, 2 Mar 2026 04:58:00 -0500 (EST)',
    ],
    recipients.map((recipient) => postfixRecipientFields(recipient, options.remoteHost, 'failed')),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: 7bit'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'Return-Path: <>',
    `Received: from ${reportingMta} (${reportingMta} [192.0.2.135]) by mx.example.org; ${noticeDate}`,
    'X-AOL-IP: 192.0.2.135',
    'X-AOL-VSS-INFO: 5600.1067/98281',
    'x-aol-sid: 3039ac1afc14546fb98a0945',
    'X-BounceIO-Id: 9D38DE46-21BC-4309-83E1-5F0D788EFF1F.1_0',
    `Date: ${noticeDate}`,
    'From: Postmaster <Postmaster@AOL.com>',
    `To: ${sender}`,
    `Subject: Undeliverable: ${originalSubject}`,
    `Message-ID: <20260302100000.${queueId}@${reportingMta}>`,
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
  ], body);
  return {raw, webmail: text};
}

export const aol: FamilyTemplate = {
  id: 'aol',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: false,
  multipleRecipients: true,
};
