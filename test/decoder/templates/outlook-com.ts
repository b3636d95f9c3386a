/**
 * Outlook.com / Hotmail consumer failure notice in its DSN-style layout ("Delivery Status
 * Notification (Failure)"): a text part that only lists the failed recipients, the remote reply
 * being in the delivery-status part alone. (Newer Outlook.com notices use the Exchange Online
 * layout of exchange.ts.) Microsoft publishes no template text for consumer notices; the layout is
 * that of the Windows SMTP service (SMTPSVC), which wrote these notices.
 *
 * Sources:
 * - sisimai/rb-sisimai lib/sisimai/lhost/outlook.rb (same in sisimai/p5-sisimai
 *   lib/Sisimai/Lhost/Outlook.pm): the Subject starting "Delivery Status Notification", the
 *   X-Message-Delivery and X-Message-Info headers (the X-Message-Delivery value is the one its
 *   comment quotes), a Received header naming a ".hotmail.com" host, the text opening "This is an
 *   automatically generated Delivery Status Notification", then RFC 3464 fields (Final-Recipient,
 *   Action, Status, a Diagnostic-Code that may continue on folded lines) and the returned message
 *   after "Content-Type: message/rfc822"; From "postmaster@" (its commented-out sender pattern;
 *   the domain here is the service's own);
 * - sisimai/rb-sisimai test/public/lhost-outlook.rb: the Status the notice gives with each reply
 *   (the reply's enhanced code, 5.2.2 and 5.1.1 with 550; "5.5.0" with 550 and 554 replies that
 *   carry none);
 * - Microsoft KB Q295734 (jeffpar/kbarchive kb/295/Q295734/README.md), the SMTP service's notice:
 *   "This is an automatically generated Delivery Status Notification.", "Delivery to the
 *   following recipients failed.", then the recipient;
 * - a Windows SMTPSVC notice archived in linux-mailinglist-archives/osst-users.lists.sourceforge.net.0
 *   (file m, November 2020) for the rest of the engine's layout: the "This is a MIME-formatted
 *   message. / Portions of this message may be unreadable without a MIME-capable mail program."
 *   preamble, the "<hex>ADSN=_..." boundary, the text part in charset unicode-1-1-utf-7 with each
 *   recipient indented 7 spaces, the compact fields ("Reporting-MTA: dns;", "Received-From-MTA:",
 *   "Final-Recipient: rfc822;", "Diagnostic-Code: smtp;") and no Remote-MTA field.
 * A multi-line reply is written on one line (as Microsoft's Exchange does); what Status the notice
 * gives a temporary reply without an enhanced code is not recorded: the generic "4.0.0" here. Host
 * names, the Message-ID and the X-Message-Info value are placeholders.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, joinedReply, message, multipart, noticeDate,
  type ParsedReply, parseReply, replyClass, sender, type TemplateRecipient,
} from './common.ts';

const reportingMta = 'bay0-omc1-s12.bay0.hotmail.com';
const boundary = '9B095B5ADSN=_01DCAA3F5E2B7C4100000001bay0?omc1?s12.bay0';
const preamble = 'This is a MIME-formatted message.  \nPortions of this message may be unreadable without a MIME-capable mail program.';

/** The Status the notice gives: the reply's enhanced code, or 5.5.0 for a permanent reply without one. */
function statusOf(reply: ParsedReply): string {
  return reply.status ?? (replyClass(reply) === '5' ? '5.5.0' : '4.0.0');
}

/** A delayed recipient's Status: its class is the report's, still retrying (RFC 3464 §2.3.4: 4.X.X with Action delayed). */
function delayStatusOf(reply: ParsedReply): string {
  return `4${statusOf(reply).slice(1)}`;
}

/** UTF-7 (RFC 2152) of ASCII text: only "+" needs escaping, as "+-". */
function utf7(text: string): string {
  return text.replace(/\+/g, '+-');
}

/**
 * The delay notice of the same engine: "THIS IS A WARNING MESSAGE ONLY." / "YOU DO NOT NEED TO
 * RESEND YOUR MESSAGE." / "Delivery to the following recipients has been delayed.", as Ask Leo's
 * "Why Am I Getting a 'Delivery Status Notification (Delay)' on an Email I Sent?" quotes it (askleo.com),
 * sisimai's outlook.rb giving the last sentence to a recipient whose Action is delayed.
 */
const delayOpening = 'THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.';

function render(recipients: readonly TemplateRecipient[], options: {original: string}, delay = false): {raw: string; webmail: string} {
  const text = `This is an automatically generated Delivery Status Notification.

${delay ? delayOpening : 'Delivery to the following recipients failed.'}

${recipients.map((recipient) => `       ${recipient.address}`).join('\n')}



`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${reportingMta}`, 'Received-From-MTA: dns;mail.example.org', `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822;${recipient.address}`,
      `Action: ${delay ? 'delayed' : 'failed'}`,
      `Status: ${delay ? delayStatusOf(parseReply(recipient.reply)) : statusOf(parseReply(recipient.reply))}`,
      diagnosticField(joinedReply(recipient.reply), 'Diagnostic-Code', 'smtp;'),
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=unicode-1-1-utf-7'], body: utf7(text)},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ], preamble);
  const raw = message([
    'Return-Path: <>',
    `Received: from ${reportingMta} ([192.0.2.50]) by mail.example.org with ESMTPS id 7DE45F3A011; ${noticeDate}`,
    'From: postmaster@hotmail.com',
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${boundary}"`),
    `Message-ID: <CWxCByj3h0000aa01@${reportingMta}>`,
    `Subject: Delivery Status Notification (${delay ? 'Delay' : 'Failure'})`,
    'X-Message-Delivery: Vj0xLjE7RD0wO0dEPTA7U0NMPTk7bD0xO3VzPTE=',
    'X-Message-Info: 6sSXyD95QpXwVh2ZbNjIsS7Ba0rxEp4Tzqy8YnRfkcU=',
  ], body);
  return {raw, webmail: text};
}

export const outlookCom: FamilyTemplate = {
  id: 'outlook-com',
  kind: 'bounce',
  render,
  statusField: statusOf,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: false,
  multipleRecipients: true,
};

export const outlookComDelay: FamilyTemplate = {
  id: 'outlook-com-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, true),
  statusField: delayStatusOf,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: false,
  multipleRecipients: true,
};
