/**
 * OpenSMTPD delay notice ("Delivery status notification: delayed"): sent while the message is
 * still queued. multipart/mixed, not multipart/report.
 *
 * Source: OpenSMTPD/OpenSMTPD, as recorded in shared/reference/mta-sources.md §6:
 * - usr.sbin/smtpd/bounce.c (bounce.c 1.82+; `bounce_next`, state BOUNCE_DATA_NOTICE): the headers
 *   (Subject with action_str() "delayed", From "Mailer Daemon <MAILER-DAEMON@<me>>", To, Date,
 *   MIME-Version, "Content-Type: multipart/mixed;boundary=..." without a space), the preamble "This
 *   is a MIME-encapsulated message.", the part "Content-Description: Notification" (text/plain;
 *   charset=us-ascii) with NOTICE_INTRO, `notice_warning` ("    A message is delayed for more than
 *   <delay> for the following" / "    list of recipients:"), one `report` line per recipient,
 *   a blank line, `notice_warning2` ("    Please note that this is only a temporary failure
 *   report." / "    The message is kept in the queue for up to <ttl>." / "    You DO NOT NEED to
 *   re-send the message to these recipients."), "    Below is a copy of the original message:";
 *   the part "Content-Description: Delivery Report" (message/delivery-status: Reporting-MTA, per
 *   recipient Final-Recipient, "Action: delayed", Status from `esc_code`); the part
 *   "Content-Description: Message headers" (text/rfc822-headers). `bounce_duration` writes the
 *   durations ("4 hours", "7 days").
 * - usr.sbin/smtpd/bounce.c (`bounce_add`): the recipient line "%s@%s: %s", the envelope's error
 *   line unindented.
 * - usr.sbin/smtpd/mta_session.c (1.152, `mta_io`): the error line of a remote reply is the reply
 *   in one line: its first line whole, then each further line's text after the reply code and
 *   after an enhanced code "d.d.d" followed by a space (the space kept), with no separator added.
 * - usr.sbin/smtpd/mta.c (`mta_delivery_flush_event`) sends a remote reply's failure with
 *   ESC_OTHER_STATUS, and esc.c `esc_code` writes "<class>.0.0": the report's Status is always
 *   4.0.0 for a remote temporary reply; the real code is only in the text line.
 */
import {deliveryStatus, type FamilyTemplate, genericStatus, message, reportingHost, type TemplateRecipient} from './common.ts';
import {opensmtpdHeaders, opensmtpdIntro, opensmtpdParts} from './opensmtpd.ts';

const boundary = '16243578109362418462/mail.example.org';

/** The error line mta_session.c keeps of a (multi-line) reply. */
export function opensmtpdErrorLine(reply: string): string {
  const [first, ...rest] = reply.split('\n');
  return rest.reduce((line, next) => {
    if (next.length <= 4) return line;
    const text = next.slice(4);
    return line + (/^\d\.\d\.\d\s/.test(text) ? text.slice(5) : text);
  }, first!);
}

function render(recipients: readonly TemplateRecipient[], options: {readonly original: string}): {raw: string; webmail: string} {
  const text = `${opensmtpdIntro}

    A message is delayed for more than 4 hours for the following
    list of recipients:

${recipients.map((recipient) => `${recipient.address}: ${opensmtpdErrorLine(recipient.reply)}`).join('\n')}

    Please note that this is only a temporary failure report.
    The message is kept in the queue for up to 7 days.
    You DO NOT NEED to re-send the message to these recipients.

    Below is a copy of the original message:
`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns; ${reportingHost}`],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      'Action: delayed',
      'Status: 4.0.0',
    ]),
  );
  const body = opensmtpdParts(boundary, text, report, options.original);
  const raw = message(opensmtpdHeaders('delayed', boundary), body);
  return {raw, webmail: text};
}

export const opensmtpdDelay: FamilyTemplate = {
  id: 'opensmtpd-delay',
  kind: 'delay',
  render,
  statusField: genericStatus,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  shownReply: opensmtpdErrorLine,
  multipleRecipients: true,
};
