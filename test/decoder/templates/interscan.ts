/**
 * Trend Micro InterScan Messaging Security Suite failure notice ("Mail could not be delivered"):
 * the SMTP exchange with the remote server, then the original as a message/rfc822 part; no
 * delivery-status part.
 *
 * No Trend Micro template or documentation of the notice text is public, so the wording is the one
 * Sisimai's decoders record (the sources src/rules/mta/interscan.ts cites):
 * - sisimai/rb-sisimai lib/sisimai/lhost/interscanmss.rb (same in sisimai/p5-sisimai
 *   lib/Sisimai/Lhost/InterScanMSS.pm): From beginning with the display name "InterScan MSS",
 *   Subject "Mail could not be delivered", a Received field "(InterScanMSS) with", the lines
 *   "Sent <<< RCPT TO:<rcpt>" and "Received >>> <reply>" per recipient (several recipients in one
 *   notice), the original after a "Content-type: message/rfc822" part header;
 * - sisimai/rb-sisimai lib/sisimai/lhost/trendmicro.rb (its successor for Trend Vision One, same
 *   subject and exchange lines, boundary "Content-Type: message/rfc822") and a later
 *   interscanmss.rb: the line "Unable to deliver message to <rcpt>" read in the same loop as the
 *   exchange lines, whose reply, when there is one, is the diagnostic;
 * - wRAR/flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman's detectors): for
 *   InterScan NT, addresses in "<...>" from a line starting "Unable to deliver message to"; for
 *   InterScan E-Mail VirusWall NT, "rcpt to: <addr>" lines in the notice.
 * Not on record, and so this template's choices: any text around these lines (none is written
 * here), the order of the "Unable to deliver" line and the exchange (the line comes first here, the
 * exchange under it), the From address (postmaster) and the MIME boundary. The exchange does not
 * name the remote host. Each line of a multi-line reply is a "Received >>>" line of its own.
 */
import {
  type FamilyTemplate, message, multipart, noticeDate, type RenderOptions, reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const boundary = '----=_IMSS_NDR_4AB12C0FFEE';

function exchange(recipient: TemplateRecipient): string {
  return [
    `Unable to deliver message to <${recipient.address}>`,
    `Sent <<< RCPT TO:<${recipient.address}>`,
    ...recipient.reply.split('\n').map((line) => `Received >>> ${line}`),
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `${recipients.map(exchange).join('\n\n')}\n`;
  const body = multipart(boundary, [
    {headers: ['Content-type: text/plain; charset=us-ascii', 'Content-transfer-encoding: 7bit'], body: text},
    {headers: ['Content-type: message/rfc822'], body: options.original},
  ], 'This is a multi-part message in MIME format.');
  const raw = message([
    'Return-Path: <>',
    `Received: from ${reportingHost} (InterScanMSS) with SMTP id 4AB12C0FFEE; ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: "InterScan MSS" <postmaster@${reportingHost}>`,
    `To: ${sender}`,
    'Subject: Mail could not be delivered',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const interscan: FamilyTemplate = {
  id: 'interscan',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};
