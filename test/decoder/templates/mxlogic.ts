/**
 * McAfee SaaS (formerly MX Logic) failure notices: an Exim-derived plain-text notice, no MIME and
 * no delivery-status part, the failed recipients as "<rcpt>: <reply>" lines, then the returned
 * original's header block.
 *
 * No MX Logic template is public. The wording comes from the secondary record, decoders of such
 * notices:
 * - sisimai/p5-sisimai lib/Sisimai/Lhost/MXLogic.pm and sisimai/rb-sisimai
 *   lib/sisimai/lhost/mxlogic.rb (both "Based on Sisimai::Lhost::Exim"): the headers
 *   "X-MX-Bounce: mta/src/queue/bounce", "X-MXL-NoteHash:", "X-MXL-Hash:", the sender
 *   "Mail Delivery System", the subject "Mail delivery failed: returning message to sender", the
 *   opening "This message was created automatically by mail delivery software.", the paragraph "A
 *   message that you have sent could not be delivered to one or more / recipients.  This is a
 *   permanent error.  The following address failed:", the recipient line "  <rcpt>: 550 5.1.1 ..."
 *   (two spaces, the address in angle brackets, the reply after ": "; further non-empty lines
 *   continue the diagnostic), and "Included is a copy of the message header:" before the returned
 *   header block;
 * - wRAR/flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman, pattern "mxlogic.net"):
 *   "The following address failed:" up to "Included is a copy of the message header", the
 *   addresses in angle brackets.
 * Neither source shows a multi-line reply: the further lines of one are written here on their own
 * lines, indented, as Exim (which the notice derives from) prints them. The sources show no remote
 * host in the recipient line, and no other wording for several recipients than this one.
 */
import {
  type FamilyTemplate, headersOf, message, noticeDate, type Rendered, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

function recipientLine(recipient: TemplateRecipient): string {
  const [first, ...rest] = recipient.reply.split('\n');
  return [`  <${recipient.address}>: ${first}`, ...rest.map((line) => `    ${line}`)].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: {readonly original: string}): Rendered {
  const text = `This message was created automatically by mail delivery software.

A message that you have sent could not be delivered to one or more
recipients.  This is a permanent error.  The following address failed:

${recipients.map(recipientLine).join('\n')}

Included is a copy of the message header:

${headersOf(options.original)}`;
  const raw = message([
    'Return-Path: <>',
    `Received: from localhost by ${reportingHost} with local; ${noticeDate}`,
    'X-MX-Bounce: mta/src/queue/bounce',
    'X-MXL-NoteHash: ffffffffffffffff-0000000000000000000000000000000000000000',
    'X-MXL-Hash: 4c9d4d411993da17-bbd4212b6c887f6c23bab7db4bd87ef5edc00758',
    `From: Mail Delivery System <MAILER-DAEMON@${reportingHost}>`,
    `To: ${sender}`,
    'Subject: Mail delivery failed: returning message to sender',
    `Message-Id: <E1vAbCe-000ABD-Zz@${reportingHost}>`,
    `Date: ${noticeDate}`,
  ], text);
  return {raw, webmail: text};
}

export const mxlogic: FamilyTemplate = {
  id: 'mxlogic',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
