/**
 * MDaemon (Alt-N / MDaemon Technologies) failure notice ("Permanent Delivery Failure") and delay
 * warning: plain text with the SMTP session transcript, the original attached, no delivery-status part.
 *
 * No MDaemon source is public and the vendor documents only the settings, so the wording is that of
 * notices quoted in public code (the sources src/rules/mta/mdaemon.ts cites):
 * - MDaemon help "DSN Settings" (Queues » Mail Queues/DSN » DSN Settings), English mirror of the v17.5
 *   help mdaemon.dutaint.co.id/mdaemon/17.5/queues_dsn-options.htm: the permanent and transient DSN
 *   subjects are site settings, session transcripts are included unless turned off; "Retry Queue"
 *   (help.mdaemon.com/MDaemon/en/pdc--delivery--retry_queue_settings.html): the sender is informed
 *   when delivery is delayed; the older "Retry Configuration dialog" help text (copy at
 *   portal.thobson.com/knowledgebase/781/Retry-Configuration-dialog.html): "Include original
 *   message when informing sender" attaches the original to the notice;
 * - the MDaemon PRO v10.0.4 failure notice quoted in the comments of a Java bounce parser
 *   (eris.parser.providers.MDaemonProParser, method ParserMDaemonDSN): the header fields (From
 *   "MDaemon at <domain>" <MDaemon@<domain>>, Subject "Permanent Delivery Failure",
 *   X-MDaemon-Deliver-To, Message-ID <MDAEMON...>, X-Actual-From, X-MDDSN-Message: Yes,
 *   X-Return-Path: <>), the dashed "MDaemon Delivery Status Notification - http://www.altn.com/dsn/"
 *   banner, "The attached message had PERMANENT fatal delivery errors.", "After one or more
 *   unsuccessful delivery attempts the attached message has been removed from the MDaemon mail queue
 *   on this server. ...", "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS", "--- Session
 *   Transcript ---" with lines " <Day> <yyyy-mm-dd> <hh:mm:ss>: ...", "--- End Transcript ---";
 *   the same parser's MDaemon PRO v13.0.5 notice for the multipart/mixed layout (boundary
 *   "<mmdd>-<hhmm>-<ss>-PART-BREAK", the preamble about BASE64 sections, the message/rfc822 part);
 * - the MDaemon delay notice (2022) quoted in a support-ticket export (Jira SNB-235): "The attached
 *   message had TEMPORARY non-fatal delivery errors.", "THIS IS A WARNING MESSAGE ONLY - YOU DO NOT
 *   NEED TO RESEND YOUR MESSAGE", "MDaemon is configured to automatically retry delivery at configured
 *   intervals.  Subsequent attempts to deliver this message are pending.", "Failed address: <rcpt>",
 *   the transcript ("Session", "Parsing message", "*  From:/To:/Subject:/Size (bytes):/Message-ID:",
 *   "Attempting SMTP connection to [...]", "Resolving MX records for [...]", "*  Connection
 *   established (...)", "<-- <reply line>" for each reply line, "--> <command>" for each command),
 *   "This message is 0 days old; it has 2 days left to get delivered".
 * MDaemon queues one message file per recipient ("*  To:" names one address, "Failed address:" one),
 * so one notice names one recipient. The delay notice's subject is not on record: the template uses
 * "Transient Delivery Failure" after the help page's name of the setting.
 */
import {
  type FamilyTemplate, message, noticeDate, originalSubject, type RenderOptions, reportingHost, sender,
  type TemplateRecipient,
} from './common.ts';

const domain = 'example.org';
const boundary = '0302-1000-00-PART-BREAK';
const rule = '-'.repeat(74);
const stamp = 'Mon 2026-03-02 10:00:01:';

function transcript(recipient: TemplateRecipient, options: RenderOptions, delay: boolean): string {
  const recipientDomain = recipient.address.split('@')[1]!;
  const lines = [
    'Session 004711; child 0001',
    `Parsing message <C:\\MDaemon\\Queues\\Remote\\pd50000004711.msg>`,
    `*  From: ${sender}`,
    `*  To: ${recipient.address}`,
    `*  Subject: ${originalSubject}`,
    '*  Size (bytes): 812',
    '*  Message-ID: <20260302095800.4AB12C0FFEE@example.org>',
    `Attempting SMTP connection to [${recipientDomain}]`,
    `Resolving MX records for [${recipientDomain}] (DNS Server: 192.0.2.53)...`,
    `*  P=010 S=000 D=${recipientDomain} TTL=(60) MX=[${options.remoteHost}]`,
    `Attempting SMTP connection to [${options.remoteHost}:25]`,
    `Resolving A record for [${options.remoteHost}] (DNS Server: 192.0.2.53)...`,
    `*  D=${options.remoteHost} TTL=(60) A=[${options.remoteIp}]`,
    `Attempting SMTP connection to [${options.remoteIp}:25]`,
    'Waiting for socket connection...',
    `*  Connection established (192.0.2.1:60296 -> ${options.remoteIp}:25)`,
    'Waiting for protocol to start...',
    `<-- 220 ${options.remoteHost} ESMTP`,
    `--> EHLO ${reportingHost}`,
    `<-- 250-${options.remoteHost}`,
    '<-- 250-PIPELINING',
    '<-- 250-SIZE 20485760',
    '<-- 250-ENHANCEDSTATUSCODES',
    '<-- 250 8BITMIME',
    `--> MAIL From:<${sender}> SIZE=812`,
    '<-- 250 2.1.0 Ok',
    `--> RCPT To:<${recipient.address}>`,
    ...recipient.reply.split('\n').map((line) => `<-- ${line}`),
    '--> QUIT',
    '<-- 221 2.0.0 Bye',
    ...(delay ? ['This message is 0 days old; it has 2 days left to get delivered'] : []),
  ];
  return ['--- Session Transcript ---', ...lines.map((line) => ` ${stamp} ${line}`), '--- End Transcript ---'].join('\n');
}

function noticeText(recipient: TemplateRecipient, options: RenderOptions, delay: boolean): string {
  const opening = delay
    ? `The attached message had TEMPORARY non-fatal delivery errors.

${rule}
THIS IS A WARNING MESSAGE ONLY - YOU DO NOT NEED TO RESEND YOUR MESSAGE
${rule}

MDaemon is configured to automatically retry delivery at configured
intervals.  Subsequent attempts to deliver this message are pending.`
    : `The attached message had PERMANENT fatal delivery errors.

After one or more unsuccessful delivery attempts the attached message has
been removed from the MDaemon mail queue on this server.  The number and
frequency of delivery attempts are determined by local configuration.

${rule}
YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS
${rule}`;
  return `${rule}
MDaemon Delivery Status Notification - http://www.altn.com/dsn/
${rule}

${opening}

Failed address: ${recipient.address}

${transcript(recipient, options, delay)}
`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, delay: boolean): {raw: string; webmail: string} {
  // One notice per recipient (see above): the generator gives a single-recipient family one at a time.
  const recipient = recipients[0]!;
  const text = noticeText(recipient, options, delay);
  const body = `   The following data may contain sections which represent BASE64 encoded
   file attachments.  These sections will be unreadable without MIME aware
   tools.  Seek your system administrator if you need help extracting any
   files which may be embedded within this message.

--${boundary}
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: 7bit

${text}
--${boundary}
Content-Type: message/rfc822; name=pd50000004711.eml

${options.original}
--${boundary}--
`;
  const raw = message([
    'Return-Path: <>',
    `Received: from ${domain} by ${domain} (via RAW) (MDaemon PRO v13.0.5)`,
    `\tfor <${sender}>; ${noticeDate}`,
    `Date: ${noticeDate}`,
    `From: "MDaemon at ${domain}" <MDaemon@${domain}>`,
    `Reply-To: MDaemon@${domain}`,
    `Subject: ${delay ? 'Transient Delivery Failure' : 'Permanent Delivery Failure'}`,
    `To: ${sender}`,
    `X-MDaemon-Deliver-To: ${sender}`,
    `Message-ID: <MDAEMON10001202603021000.AA0001234@${domain}>`,
    'Mime-Version: 1.0',
    `X-Actual-From: MDaemon@${domain}`,
    'X-MDDSN-Message: Yes',
    'X-Return-Path: <>',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ], body);
  return {raw, webmail: text};
}

export const mdaemon: FamilyTemplate = {
  id: 'mdaemon',
  kind: 'bounce',
  render: (recipients, options) => render(recipients, options, false),
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: false,
};

export const mdaemonDelay: FamilyTemplate = {
  id: 'mdaemon-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, true),
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  multipleRecipients: false,
};
