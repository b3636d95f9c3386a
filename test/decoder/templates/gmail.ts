/**
 * Gmail / Google Workspace notices, current layout: failure ("** Address not found **",
 * "** Message not delivered **") and delay ("** Delivery incomplete **" ... "Gmail will retry for
 * N more hours").
 *
 * Source: Google's own pages for sender and subject (support.google.com/mail/answer/6596:
 * "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification
 * (Failure)"); the layout from samples and sisimai gmail.rb / gsuite.rb, as recorded in
 * shared/reference/mta-sources.md §18 and ndr-formats.md §1: the "** ... **" headings, "Your message
 * wasn't delivered to <rcpt> because the address couldn't be found, or is unable to receive mail.",
 * "The response from the remote server was:", the delay sentence "There was a temporary problem
 * delivering your message to <rcpt>. Gmail will retry for N more hours. You'll be notified if the
 * delivery fails permanently.", the subject "Delivery Status Notification (Delay)", the report's
 * "Reporting-MTA: dns; googlemail.com" and "X-Original-Message-ID:". Gmail shows a multi-line reply
 * on one line. "There was a problem delivering your message to <rcpt>." is the heading text of
 * "Message not delivered" in samples.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, joinedReply, message, multipart, noticeDate,
  parseReply, type RenderOptions, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '000000000000a1b2c3d4e5f60718';

function failureBlock(recipient: TemplateRecipient): string {
  const reply = parseReply(recipient.reply);
  const notFound = reply.status === '5.1.1';
  return [
    notFound ? '** Address not found **' : '** Message not delivered **',
    '',
    notFound
      ? `Your message wasn't delivered to ${recipient.address} because the address couldn't be found, or is unable to receive mail.`
      : `There was a problem delivering your message to ${recipient.address}. See the technical details below, or try resending in a few minutes.`,
    '',
    `Learn more here: https://support.google.com/mail/answer/${notFound ? '6596' : '7720'}`,
    '',
    'The response from the remote server was:',
    joinedReply(recipient.reply),
  ].join('\n');
}

function delayBlock(recipient: TemplateRecipient): string {
  return [
    '** Delivery incomplete **',
    '',
    `There was a temporary problem delivering your message to ${recipient.address}. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.`,
    '',
    'The response from the remote server was:',
    joinedReply(recipient.reply),
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, delay: boolean): {raw: string; webmail: string} {
  const text = `\n${recipients.map((recipient) => (delay ? delayBlock(recipient) : failureBlock(recipient))).join('\n\n\n')}\n`;
  const report = deliveryStatus(
    ['Reporting-MTA: dns; googlemail.com', `Arrival-Date: ${arrivalDate}`, 'X-Original-Message-ID: <20260302095800.4AB12C0FFEE@example.org>'],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      `Action: ${delay ? 'delayed' : 'failed'}`,
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
      `Remote-MTA: dns; ${options.remoteHost}. (${options.remoteIp}, the server for the domain ${recipient.address.split('@')[1]}.)`,
      diagnosticField(joinedReply(recipient.reply)),
      `Last-Attempt-Date: ${noticeDate.replace('+0000', '-0800 (PST)')}`,
      ...(delay ? ['Will-Retry-Until: Wed, 4 Mar 2026 09:58:00 -0800 (PST)'] : []),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset="UTF-8"'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'Return-Path: <>',
    `Received: by mx.example.com with SMTP id a11csp123456wrb; ${noticeDate}`,
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    `To: ${sender}`,
    ...(delay ? [] : [field('X-Failed-Recipients', recipients.map((recipient) => recipient.address).join(', '))]),
    `Subject: Delivery Status Notification (${delay ? 'Delay' : 'Failure'})`,
    'References: <20260302095800.4AB12C0FFEE@example.org>',
    'In-Reply-To: <20260302095800.4AB12C0FFEE@example.org>',
    'Message-ID: <69a5a0b0.050a0220.1234.abcd.GMR@mx.example.com>',
    `Date: ${noticeDate}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; boundary="${boundary}"; report-type=delivery-status`),
  ], body);
  return {raw, webmail: text};
}

export const gmail: FamilyTemplate = {
  id: 'gmail',
  kind: 'bounce',
  render: (recipients, options) => render(recipients, options, false),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};

export const gmailDelay: FamilyTemplate = {
  id: 'gmail-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, true),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
