/**
 * Microsoft Exchange delay DSNs ("Delivery is delayed to these recipients or groups:"): the warning
 * Exchange Server 2013-2019 sends when a message has sat in its queue past DelayNotificationTimeout
 * (4 hours by default) and is still being retried, and the same classic layout as Exchange Online /
 * Microsoft 365 sends it.
 *
 * Sources:
 * - Microsoft's own pages give the layout and the timing, not the delay sentences:
 *   SPollardMS/OfficeDocs-Exchange Exchange/ExchangeServer/mail-flow/ndrs/ndrs.md ("DSNs and NDRs in
 *   Exchange 2016": the user information section, "Diagnostic information for administrators",
 *   "Generating server", per recipient <remote server> / <enhanced status code> / <SMTP response>,
 *   "Original message headers"; 4.4.7 "Message delayed" among the temporary codes);
 *   MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md
 *   (the same sections for Exchange Online); learn.microsoft.com TransportServer.DelayNotificationTimeout
 *   (ff342868(v=exchg.150): "how long the server waits before it sends a delayed delivery status
 *   notification message. The default value is 4 hours"); MicrosoftDocs/microsoft-365-docs
 *   mail-flow-intelligence-in-office-365.md (Microsoft 365 retries a queued message for 24 hours).
 *   src/rules/mta/exchange.ts cites the delay DSN's sentences the same way ("Microsoft Learn,
 *   'Delivery status notifications in Exchange Server', message type Delay; secondary: wording
 *   seen in the wild").
 * - The wording and the exact layout, as seen (secondary): bbottema/outlook-message-parser
 *   src/test/java/org/simplejavamail/outlookmessageparser/HighoverEmailsTest.java (testFileAttachments:
 *   an Exchange 2013 CU (15.0.1076) delay DSN in full: subject "Delivery delayed:<subject>" with no
 *   space, sender MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<domain>, "Delivery is delayed to
 *   these recipients or groups:", "<rcpt> (<rcpt>)<mailto:<rcpt>>", "Subject: <subject>", "This
 *   message hasn't been delivered yet. Delivery will continue to be attempted.", "The server will keep
 *   trying to deliver this message for the next 1 days, 19 hours and 57 minutes. You'll be notified
 *   if the message can't be delivered by that time.", "Generating server:", "Receiving server: <host>
 *   (<ip>)", "Remote Server at <host> (<ip>) returned '400 4.4.7 Message delayed'", "<date> - Remote
 *   Server at <host> (<ip>) returned '<last reply>'", "Original message headers:"; the
 *   message/delivery-status part "Reporting-MTA: dns;<server>", "Received-From-MTA: dns;<server>",
 *   "Arrival-Date:", "Final-Recipient: rfc822;<rcpt>", "Action: delayed", "Status: 4.4.7",
 *   "Diagnostic-Code: smtp;400 4.4.7 Message delayed", "Will-Retry-Until:", "X-Display-Name:"; the
 *   original returned as text/rfc822-headers). The same sentences on pastebin.com/bAWb37W3 (Exchange
 *   15.0.995, Barracuda relay: the dated last-reply line again), www.cryer.co.uk (Exchange 2010 "Delivery
 *   is delayed to these recipients or groups"), kb.intermedia.net/article/3280 (hosted Exchange,
 *   "Remote Server returned '400 4.4.7 Message delayed'").
 *
 * Exchange writes its own "400 4.4.7 Message delayed" as the recipient's reply, in the text and in the
 * Status / Diagnostic-Code fields, whatever the remote server said; the remote server's last reply
 * appears only in the dated line under it (one line, multi-line replies joined). Exchange Online's
 * delay DSN: no wording of its own was found (the samples above all carry the classic sentences), so
 * no template of its own is rendered for it.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, field, headersOf, joinedReply, message, multipart, noticeDate,
  originalSubject, type Rendered, type RenderOptions, sender, type TemplateRecipient,
} from './common.ts';

/** The server that writes the delay DSN, and what it says of its retry window. */
interface Site {
  readonly generatingServer: string;
  readonly from: string;
  /** The retry time left, as the notice words it (message expiration less the time already queued). */
  readonly timeLeft: string;
  readonly willRetryUntil: string;
  readonly boundary: string;
}

const onPremises: Site = {
  generatingServer: 'EX01.example.org',
  from: 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>',
  // MessageExpirationTimeout 2 days, DelayNotificationTimeout 4 hours.
  timeLeft: '1 days, 19 hours and 58 minutes',
  willRetryUntil: 'Wed, 4 Mar 2026 09:58:00 +0000',
  boundary: '_000_EX01example0org_',
};

/** Exchange's own reply for a message it is still retrying. */
const delayedReply = '400 4.4.7 Message delayed';
const lastAttempt = '3/2/2026 9:59:41 AM';

function htmlOf(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>\n${escaped.split('\n').map((line) => `<p>${line}</p>`).join('\n')}\n</body></html>\n`;
}

function delayText(recipients: readonly TemplateRecipient[], options: RenderOptions, site: Site): string {
  const remote = `${options.remoteHost} (${options.remoteIp})`;
  return `Delivery is delayed to these recipients or groups:

${recipients.map((recipient) => `${recipient.address} (${recipient.address})<mailto:${recipient.address}>`).join('\n\n')}

Subject: ${originalSubject}

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next ${site.timeLeft}. You'll be notified if the message can't be delivered by that time.







Diagnostic information for administrators:

Generating server: ${site.generatingServer}
Receiving server: ${remote}

${recipients.map((recipient) => `${recipient.address}\nRemote Server at ${remote} returned '${delayedReply}'\n${lastAttempt} - Remote Server at ${remote} returned '${joinedReply(recipient.reply)}'`).join('\n\n')}

Original message headers:

${headersOf(options.original)}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, site: Site): Rendered {
  const alternative = site.boundary.replace('_000_', '_001_');
  const text = delayText(recipients, options, site);
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${site.generatingServer}`, `Received-From-MTA: dns;${site.generatingServer}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822;${recipient.address}`,
      'Action: delayed',
      'Status: 4.4.7',
      `Diagnostic-Code: smtp;${delayedReply}`,
      `Will-Retry-Until: ${site.willRetryUntil}`,
      `X-Display-Name: ${recipient.address}`,
    ]),
  );
  const body = multipart(site.boundary, [
    {
      headers: [field('Content-Type', `multipart/alternative; differences=Content-Type; boundary="${alternative}"`)],
      body: multipart(alternative, [
        {headers: ['Content-Type: text/plain; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit'], body: text},
        {headers: ['Content-Type: text/html; charset="us-ascii"', 'Content-Transfer-Encoding: 7bit'], body: htmlOf(text)},
      ]),
    },
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: text/rfc822-headers'], body: headersOf(options.original)},
  ]);
  const raw = message([
    `From: ${site.from}`,
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    field('Content-Type', `multipart/report; report-type=delivery-status; boundary="${site.boundary}"`),
    'Content-Language: en-US',
    `Message-ID: <5b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0@${site.generatingServer}>`,
    'In-Reply-To: <20260302095800.4AB12C0FFEE@example.org>',
    'Auto-Submitted: auto-replied',
    `Subject: Delivery delayed:${originalSubject}`,
    'MIME-Version: 1.0',
  ], body);
  return {raw, webmail: text};
}

/** Exchange writes Status: 4.4.7 for every delayed recipient, whatever the remote server replied. */
const delayedStatus = (): string => '4.4.7';

export const exchangeDelay: FamilyTemplate = {
  id: 'exchange-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, onPremises),
  statusField: delayedStatus,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
