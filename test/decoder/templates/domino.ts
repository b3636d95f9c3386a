/**
 * Lotus / HCL Domino failure report ("DELIVERY FAILURE: ..."): "Your message ... was not delivered
 * to: ... because: ...", with a delivery-status part (present in 2 of 3 observed samples).
 *
 * Source: no public Domino source or template; the layout follows sisimai domino.rb, as recorded in
 * shared/reference/mta-sources.md §9: subject "DELIVERY FAILURE:", body "Your message" /
 * "  Subject: <subject>" / "was not delivered to:" / "  <rcpt>" / "because:" / "  <reason>", the
 * original after "Content-Type: message/rfc822". The reason text "Error transferring to <host>;
 * SMTP Protocol Returned a Permanent Error <reply>" is Domino's wording in observed samples
 * (Obs, secondary). One "was not delivered to / because" block per recipient; the reply on one line.
 */
import {
  compactFailedFields,
  arrivalDate, deliveryStatus, type FamilyTemplate, field, joinedReply, message, multipart, noticeDate,
  originalSubject, parseReply, type RenderOptions, replyClass, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '0__=8FBBF5A1DFD6C0A08f9e8a93df938690918c8FBBF5A1DFD6C0A0';
const notesHost = 'notes.example.org';

function reasonOf(recipient: TemplateRecipient, options: RenderOptions): string {
  const permanent = replyClass(parseReply(recipient.reply)) === '5';
  // Only the permanent wording is on record; for a temporary reply the words Domino puts before it
  // are not, so none are invented: the reply follows the host.
  return permanent
    ? `Error transferring to ${options.remoteHost}; SMTP Protocol Returned a Permanent Error ${joinedReply(recipient.reply)}`
    : `Error transferring to ${options.remoteHost}; ${joinedReply(recipient.reply)}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `Your message

  Subject: ${originalSubject}

${recipients.map((recipient) => `was not delivered to:\n\n  ${recipient.address}\n\nbecause:\n\n  ${reasonOf(recipient, options)}`).join('\n\n')}

What should you do?
You can resend the undeliverable document to the recipients listed above by choosing the Resend button or the Resend command on the Actions menu.
Once you have resent the document you may delete this Delivery Failure Report.
If resending the document is not successful you will receive a new failure report.
Unless you receive other Delivery Failure Reports, the document was successfully delivered to all other recipients.
`;
  const report = deliveryStatus(
    [`Reporting-MTA: dns;${notesHost}`, `Arrival-Date: ${arrivalDate}`],
    recipients.map((recipient) => compactFailedFields(recipient, options.remoteHost)),
  );
  const body = multipart(boundary, [
    {headers: ['Content-Type: text/plain; charset=US-ASCII'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: report},
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    `From: Postmaster@${notesHost}`,
    `To: ${sender}`,
    `Date: ${noticeDate}`,
    `Subject: DELIVERY FAILURE: Error transferring to ${options.remoteHost}`,
    'MIME-Version: 1.0',
    field('Content-Type', `multipart/report; report-type=delivery-status; Boundary="${boundary}"`),
    `Message-ID: <OF1A2B3C4D.5E6F7A8B-ON65258A1B.001A2B3C@${notesHost}>`,
    'X-MIMETrack: Serialize by Router on Notes01/Example(Release 12.0.2|November 03, 2022) at 03/02/2026 10:00:00',
  ], body);
  return {raw, webmail: text};
}

export const domino: FamilyTemplate = {
  id: 'domino',
  kind: 'bounce',
  render,
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: true,
};
