/**
 * Ipswitch / Progress IMail Server (SMTP32) failure notice ("Undeliverable Mail"): plain text, no
 * MIME and no delivery-status part, the original after "Original message follows.".
 *
 * No Ipswitch / Progress template or documentation of the notice text is public, so the wording is
 * the one recorded by the bounce decoders that src/rules/mta/imail.ts cites:
 * - sisimai/rb-sisimai lib/sisimai/lhost/imailserver.rb (same in sisimai/p5-sisimai
 *   lib/Sisimai/Lhost/IMailServer.pm): Subject "Undeliverable Mail", "X-Mailer: <SMTP32 v8.22>",
 *   one line per failed recipient ("Unknown user: <rcpt>", "undeliverable to <rcpt>", "Delivery
 *   failed <n> attempts: <rcpt>"), the remote reply after the stage's words ("Additional RCPT TO
 *   generated following response:" for RCPT TO), several recipients in one notice, and
 *   "Original message follows." before the original;
 * - wRAR/flufl.bounce flufl/bounce/_detectors/smtp32.py (GNU Mailman's detector for
 *   "X-Mailer: <SMTP32 v...>"): the address prefixes "undeliverable to", "delivery failed ...:",
 *   "unknown user:", and "original message follows" ending the report.
 * A reply the server gave up on (5xx) is "undeliverable to"; one still temporary when the retries ran
 * out (4xx) is "Delivery failed <n> attempts", which Sisimai reads as the queue lifetime running out.
 * Not on record, and so this template's choices: the words before the first recipient's refusal
 * (Sisimai records only "Additional RCPT TO generated following response:" for the RCPT TO stage,
 * used here for every recipient), the blank lines, and the From field (postmaster). The notice does
 * not name the remote host; each line of a multi-line reply stands on its own line.
 */
import {
  type FamilyTemplate, message, noticeDate, parseReply, type RenderOptions, replyClass, reportingHost, sender,
  type TemplateRecipient,
} from './common.ts';

function recipientBlock(recipient: TemplateRecipient): string {
  const permanent = replyClass(parseReply(recipient.reply)) === '5';
  return [
    permanent ? `undeliverable to ${recipient.address}` : `Delivery failed 5 attempts: ${recipient.address}`,
    '',
    'Additional RCPT TO generated following response:',
    ...recipient.reply.split('\n'),
  ].join('\n');
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): {raw: string; webmail: string} {
  const text = `${recipients.map(recipientBlock).join('\n\n')}

Original message follows.

${options.original}`;
  const raw = message([
    'Return-Path: <>',
    `Date: ${noticeDate}`,
    `From: postmaster@${reportingHost}`,
    `To: ${sender}`,
    'Subject: Undeliverable Mail',
    'X-Mailer: <SMTP32 v8.22>',
    `Message-Id: <202603021000.SM00004711@${reportingHost}>`,
  ], text);
  return {raw, webmail: text};
}

export const imail: FamilyTemplate = {
  id: 'imail',
  kind: 'bounce',
  render,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  saysExpired: true,
  multipleRecipients: true,
};
