/**
 * DragonFly Mail Agent (dma) failure notice: plain text, no MIME and no delivery-status part, one
 * notice per failed recipient.
 *
 * Source: corecode/dma (snapshot da0271b7):
 * - mail.c `bounce()`: the headers "Received: from MAILER-DAEMON" / "id <queue id>" / "by <me>
 *   (DragonFly Mail Agent <version>);" / "<date>", "X-Original-To: <<rcpt>>", "From: MAILER-DAEMON
 *   <>", "Subject: Mail delivery failed", "Message-Id: <<queue id>@<me>>"; the text "This is the
 *   DragonFly Mail Agent <version> at <me>.", "There was an error delivering your mail to <<rcpt>>.",
 *   the reason, then "Message headers follow." (the default; "Original message follows." with
 *   FULLBOUNCE) and the returned headers up to their blank line;
 * - mail.c `readmail()`: the "Received: from <user> (uid <uid>)" / "(envelope-from <sender>)" header
 *   dma put on the queued message, which the returned headers start with;
 * - net.c `deliver_to_host()` (READ_REMOTE_CHECK): a 5xx reply fails the recipient with the reason
 *   "<host> [<ip>] did not like our RCPT TO:" followed by the reply; `read_remote()` keeps every line
 *   of a multi-line reply, each on its own line;
 * - dma.c `deliver()`, dma.h `MAX_TIMEOUT` (5 days): a 4xx reply is retried, never written; after
 *   the queue lifetime the reason is "Could not deliver for the last 432000 seconds. Giving up.".
 * dma.h `VERSION` is "DragonFly Mail Agent " DMA_VERSION; v0.13 is the version sisimai
 * go-sisimai lhost/via-dragonfly.go quotes.
 */
import {
  type FamilyTemplate, headersOf, message, noticeDate, parseReply, type Rendered, type RenderOptions, replyClass,
  reportingHost, sender, type TemplateRecipient,
} from './common.ts';

const version = 'DragonFly Mail Agent v0.13';
const bounceId = '1b2e4';
const queuedId = '1a9f3';

/** The reason bounce() is given: the refused reply, or the give-up text for a temporary one. */
function reason(recipient: TemplateRecipient, options: RenderOptions): string {
  if (replyClass(parseReply(recipient.reply)) === '4') return 'Could not deliver for the last 432000 seconds. Giving up.';
  return `${options.remoteHost} [${options.remoteIp}] did not like our RCPT TO:\n${recipient.reply}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  // dma bounces each queued recipient on its own: the generator gives this family one recipient.
  const [recipient] = recipients;
  if (!recipient || recipients.length > 1) throw new Error('dma writes one notice per recipient');
  const returned = `Received: from sender (uid 1000)
\t(envelope-from ${sender})
\tid ${queuedId}
\tby ${reportingHost} (${version});
\t${noticeDate}
${headersOf(options.original)}`;
  const text = `This is the ${version} at ${reportingHost}.

There was an error delivering your mail to <${recipient.address}>.

${reason(recipient, options)}

Message headers follow.

${returned}`;
  const raw = message([
    'Received: from MAILER-DAEMON',
    `\tid ${bounceId}`,
    `\tby ${reportingHost} (${version});`,
    `\t${noticeDate}`,
    `X-Original-To: <${recipient.address}>`,
    'From: MAILER-DAEMON <>',
    `To: ${sender}`,
    'Subject: Mail delivery failed',
    `Message-Id: <${bounceId}@${reportingHost}>`,
    `Date: ${noticeDate}`,
  ], text);
  return {raw, webmail: text};
}

export const dragonfly: FamilyTemplate = {
  id: 'dragonfly',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  saysExpired: true,
  writesReply: (reply) => replyClass(parseReply(reply)) === '5',
  multipleRecipients: false,
};
