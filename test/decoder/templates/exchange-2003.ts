/**
 * Microsoft Exchange 2000 / Exchange Server 2003 non-delivery reports: the older layout "Your message
 * did not reach some or all of the intended recipients." / "Subject:" / "Sent:" / "The following
 * recipient(s) could not be reached:" / "<rcpt> on <date>" / an explanation chosen by the status
 * code / "<generating host #X.Y.Z smtp;NNN ...>".
 *
 * Sources:
 * - Microsoft KB 284204 "Delivery status notifications in Exchange Server and in Small Business
 *   Server" (Exchange 2000 / 2003; copies at ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/284/204.HTM
 *   and betaarchive.com "Microsoft KB Archive/284204"): the example NDR as Outlook shows it, its
 *   indentation ("      Subject:", "      <rcpt> on <date>", "            <explanation>",
 *   "            <server.nwtraders.com #5.1.1>"), the 5.1.1 explanation, "the server that is
 *   reporting the problem is listed before the numeric code".
 * - Microsoft KB 812806 (Exchange 2000 / 2003, "Exchange unexpectedly receives standard NDR instead
 *   of custom"): "From: System Administrator", "Subject: Undeliverable: Subject", and that the
 *   information store renders this text from the delivery status notification.
 * - Microsoft KB 287602 "XADM: Additional Strings Created for 5.0.0 NDR": the generic 5.0.0
 *   explanation. KB 817425: the 5.7.1 explanation "You do not have permission to send to this
 *   recipient." Microsoft SBS blog "What to Check When Exchange Cannot Send Email to Certain
 *   Domains" (blogs.technet.microsoft.com/sbs, 2008-01-03): the 5.2.2 explanation, and that an NDR
 *   over a remote server's refusal "will include the SMTP error code" inside the angle brackets.
 *   The 4.4.7 explanation "Could not deliver the message in the time limit specified. Please retry
 *   or contact your administrator." is as notices quoted in forums show it (secondary).
 * - The form of the bracketed reply, "<host #5.7.1 smtp;530 5.7.1 Client was not authenticated>":
 *   MicrosoftDocs/SupportArticles-docs non-delivery-reports-in-exchange-online.md (the legacy
 *   diagnostic string it quotes); "smtp;" without a space as the Windows SMTP service writes its
 *   Diagnostic-Code (dsntext.h, "Diagnostic-Code: smtp;"). A multi-line reply keeps its first line
 *   only: a quoted Exchange 2003 NDR reads "< www.mydomain.com #5.1.1 SMTP; 550-5.1.1 This Gmail
 *   user does not exist. Please try double-checking>" (forum post, secondary) where Gmail sent four.
 * - The delivery-status part: the Windows SMTP service / Exchange routing engine DSN writer
 *   (dsntext.h of aqueue.dll / phatq.dll: Reporting-MTA: dns;, Received-From-MTA: dns;,
 *   Arrival-Date:, Final-Recipient:, Action:, Status:, Diagnostic-Code: smtp;, X-Display-Name:; the
 *   generic statuses 5.0.0 / 4.0.0 when a reply has no enhanced code), as a Microsoft SMTPSVC DSN
 *   shows them (no Remote-MTA field). The raw notice is the information store's MIME rendering of
 *   that DSN: multipart/report with the text above, the delivery-status part and the original.
 * - Headers X-MS-Embedded-Report and X-MimeOLE "Produced By Microsoft Exchange V6.5": sisimai
 *   lib/sisimai/lhost/exchange2003.rb (secondary), as src/rules/mta/exchange.ts cites it.
 *
 * Exchange 5.5's Internet Mail Service wrote the same user text with "did not reach the following
 * recipient(s):" and an "MSEXCH:IMS:... (000C05A6) Unknown Recipient" line in place of the SMTP
 * reply (exchange2003.rb; KB 251152); it carries no reply code, so it is not rendered here.
 *
 * The bracket names the generating (reporting) server, not the remote one: neither form names the
 * remote host.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, field, message, multipart, noticeDate, originalSubject,
  parseReply, type ParsedReply, type Rendered, type RenderOptions, reportingHost, sender, statusOrGeneric,
  type TemplateRecipient,
} from './common.ts';

const boundary = '----_=_NextPart_001_01C8AB12.3C4D5E6F';
const generatingServer = 'EX01.example.org';

/** The part of a reply Exchange 2003 keeps: its first line. */
function firstLine(reply: string): string {
  return reply.split('\n')[0]!;
}

/** The explanation the information store writes for a status (KB 284204, 287602, 817425; SBS blog). */
const explanations: Readonly<Record<string, string>> = {
  '5.1.1': 'The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.',
  '5.2.2': 'The message could not be delivered because the recipient\'s mailbox is full.',
  '5.7.1': 'You do not have permission to send to this recipient.  For assistance, contact your system administrator.',
  '4.4.7': 'Could not deliver the message in the time limit specified.  Please retry or contact your administrator.',
};
const genericExplanation = 'The e-mail system was unable to deliver the message, but did not report a specific reason.  Check the address and try again.  If it still fails, contact your system administrator.';

function statusOf(reply: string): string {
  return statusOrGeneric(parseReply(firstLine(reply)));
}

function userText(recipients: readonly TemplateRecipient[]): string {
  const blocks = recipients.map((recipient) => {
    const status = statusOf(recipient.reply);
    return `      ${recipient.address} on 3/2/2026 10:00 AM
            ${explanations[status] ?? genericExplanation}
            <${generatingServer} #${status} smtp;${firstLine(recipient.reply)}>`;
  });
  return `Your message did not reach some or all of the intended recipients.

      Subject:\t${originalSubject}
      Sent:\t3/2/2026 9:58 AM

The following recipient(s) could not be reached:

${blocks.join('\n\n')}

`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const text = userText(recipients);
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${generatingServer}`, `Received-From-MTA: dns;${reportingHost}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822;${recipient.address}`,
      'Action: failed',
      `Status: ${statusOf(recipient.reply)}`,
      field('Diagnostic-Code', `smtp;${firstLine(recipient.reply)}`),
      `X-Display-Name: ${recipient.address}`,
    ]),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain;', '\tcharset="us-ascii"', 'Content-Transfer-Encoding: 7bit'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ], 'This is a multi-part message in MIME format.');
  const raw = message([
    'From: System Administrator <postmaster@example.org>',
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    `Subject: Undeliverable: ${originalSubject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    `\tboundary="${boundary}"`,
    'X-MS-Embedded-Report: ',
    'X-MimeOLE: Produced By Microsoft Exchange V6.5',
    'Content-class: urn:content-classes:dsn',
    `Message-ID: <A1B2C3D4E5F60718293A4B5C6D7E8F90123456@${generatingServer}>`,
  ], body);
  return {raw, webmail: text};
}

export const exchange2003: FamilyTemplate = {
  id: 'exchange-2003',
  kind: 'bounce',
  render,
  statusField: (reply: ParsedReply) => statusOrGeneric(reply),
  webmailStatusField: (reply: ParsedReply) => statusOrGeneric(reply),
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  shownReply: firstLine,
  multipleRecipients: true,
};
