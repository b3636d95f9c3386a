/**
 * qmail failure notice ("failure notice"): plain text, no MIME and no delivery-status part.
 *
 * Source: notqmail/notqmail (snapshot a7012e4f; same text in icculus/netqmail), as recorded in
 * shared/reference/mta-sources.md §4:
 * - qmail-send.c `injectbounce()`: "From: MAILER-DAEMON@<host>", "Subject: failure notice",
 *   "Hi. This is the qmail-send program at <me>.", "I'm afraid I wasn't able to deliver your
 *   message to the following addresses.", "This is a permanent error; I've given up. Sorry it
 *   didn't work out.", "--- Below this line is a copy of the message.";
 * - qmail-send.c `addbounce()`: "<rcpt>:" on its own line, the report lines, a blank line;
 *   "I'm not going to try again; this message has been in the queue too long." at queue lifetime;
 * - qmail-remote.c: "<ip> does not like recipient.", "Remote host said: <reply>" (each reply line
 *   on its own line), "Giving up on <ip>.".
 */
import {
  type FamilyTemplate, message, noticeDate, parseReply, type RenderOptions, replyClass, reportingHost, sender,
  type TemplateRecipient,
} from './common.ts';

function recipientBlock(recipient: TemplateRecipient, options: RenderOptions): string {
  const permanent = replyClass(parseReply(recipient.reply)) === '5';
  const [first, ...rest] = recipient.reply.split('\n');
  return [
    `<${recipient.address}>:`,
    `${options.remoteIp} does not like recipient.`,
    `Remote host said: ${first}`,
    ...rest,
    permanent ? `Giving up on ${options.remoteIp}.` : 'I\'m not going to try again; this message has been in the queue too long.',
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `Hi. This is the qmail-send program at ${reportingHost}.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

${recipients.map((recipient) => recipientBlock(recipient, options)).join('\n\n')}

--- Below this line is a copy of the message.

${options.original}`;
  const raw = message([
    'Return-Path: <>',
    `Received: (qmail 12345 invoked for bounce); ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: MAILER-DAEMON@${reportingHost}`,
    `To: ${sender}`,
    'Subject: failure notice',
  ], text);
  return {raw, webmail: text};
}

export const qmail: FamilyTemplate = {
  id: 'qmail',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  saysExpired: true,
  multipleRecipients: true,
};
