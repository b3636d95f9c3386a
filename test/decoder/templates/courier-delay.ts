/**
 * Courier MTA delay notice ("WARNING: delayed mail."): sent while the message is still queued.
 *
 * Source: svarshavchik/courier, as recorded in shared/reference/mta-sources.md §5:
 * - courier/courier/module.dsn/dsn.C (`dodsn` with `dodelayed` set): the top headers ("From",
 *   "To", "Subject" from dsnsubjectwarn.txt, "Mime-Version", multipart/report with the boundary on
 *   a 4-space continuation line, "Content-Transfer-Encoding"), RFC2045MIMEMSG as preamble, the
 *   first part's "Content-Transfer-Encoding: 7bit" then dsnheader.txt, dsndelayed.txt, one block
 *   per recipient ("\n<rcpt>:\n", then `format_del_info`: "     <host>:", " >>> <command>",
 *   " <<< <reply line>"), dsnfooter.txt; the delivery-status part (Reporting-MTA, Arrival-Date,
 *   Received-From-MTA; per recipient Final-Recipient, "Action: delayed", "Status: 4.0.0" always,
 *   Will-Retry-Until; a delayed DSN writes no Remote-MTA and no Diagnostic-Code); the returned
 *   headers as text/rfc822-headers (a delayed DSN never returns the full message);
 * - courier/courier/module.dsn/dsnheader.txt.in (starts with its own "Content-Type: text/plain;
 *   charset="utf-8"" line and two blank lines), dsndelayed.txt ("DELAYS IN DELIVERING YOUR
 *   MESSAGE", "This is an advisory notice only; ..."), dsnfooter.txt, dsnsubjectwarn.txt;
 * - courier/courier/module.esmtp/esmtpclient.c (`talking2`): the peer line "<host> [<ip>]";
 * - courier/courier/libs/comdsn.C: From "Courier mail server at <me>" <@>.
 */
import {
  arrivalDate, deliveryStatus, type FamilyTemplate, genericStatus, headersOf, message, multipart, type RenderOptions,
  reportingHost, type TemplateRecipient,
} from './common.ts';
import {courierFooter, courierHeaders, courierHeaderText, courierRecipientBlock, courierRule} from './courier.ts';

const boundary = '=_courier_0';
/** RFC2045MIMEMSG (courier-libs rfc2045/rfc2045.h), the preamble dsn.C writes. */
const mimePreamble = 'This is a MIME-formatted message.  If you see this text it means that your\nE-mail software does not support MIME-formatted messages.';
const willRetryUntil = 'Mon, 9 Mar 2026 09:58:00 +0000';

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  // dsnheader.txt, dsndelayed.txt, the recipients, dsnfooter.txt: the words of the text part.
  const text = `${courierHeaderText}

${courierRule}

                     DELAYS IN DELIVERING YOUR MESSAGE

The delivery of the following E-mail message has been delayed.  This is an
advisory notice only; it is sent only to notify you about a temporary delay
in delivering your message.  You DO NOT need to do anything at this time.
Additional attempts to deliver your message will be made.  Some possible
reasons for this delay:

   * Network congestion or failure.

   * The destination mail server is temporarily off-line.

Diagnostic information is provided below for each recipient.  If copies of
this message were sent to additional recipients, deliveries to those
addresses are not included in this notice.  This is an advisory notice for
the following addresses only:

${recipients.map((recipient) => courierRecipientBlock(recipient, options)).join('\n\n')}

${courierRule}

${courierFooter}`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`, `Arrival-Date: ${arrivalDate}`, 'Received-From-MTA: dns; client.example.org (client.example.org [192.0.2.25])'],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      'Action: delayed',
      'Status: 4.0.0',
      `Will-Retry-Until: ${willRetryUntil}`,
    ]),
  );
  const body = multipart(boundary, [
    // dsnheader.txt opens with its own Content-Type line and two blank lines: one ends the part's
    // headers, the other starts its text.
    {headers: ['Content-Transfer-Encoding: 7bit', 'Content-Type: text/plain; charset="utf-8"'], body: `\n${text}`},
    {headers: ['Content-Type: message/delivery-status', 'Content-Transfer-Encoding: 7bit'], body: report},
    {headers: ['Content-Type: text/rfc822-headers; charset="utf-8"', 'Content-Transfer-Encoding: 7bit'], body: headersOf(options.original)},
  ], mimePreamble);
  const raw = message(courierHeaders('WARNING: delayed mail.', boundary), body);
  return {raw, webmail: text};
}

export const courierDelay: FamilyTemplate = {
  id: 'courier-delay',
  kind: 'delay',
  render,
  statusField: genericStatus,
  // The text names the peer; the delayed DSN's report has no Remote-MTA.
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
