/**
 * Citadel's failure and delay notices (the Citadel groupware server, citadel.org): a
 * multipart/mixed message whose text lists each recipient with the code and the first line of the
 * remote reply, and the original message attached.
 *
 * Sources (citadel.org's citadel, as the SegHaxx/citadel-gay mirror holds it):
 * - citadel/server/modules/smtp/smtp_util.c smtp_do_bounce(instr, is_final): a message of author
 *   "Citadel", subject "Delivery Status Notification (Failure)" (for every kind, the delay warning
 *   too), whose text opens with its own header lines "Content-type: multipart/mixed;
 *   boundary="=_Citadel_Multipart_<fqdn>_<pid><seq>"", "MIME-Version: 1.0", "X-Mailer: <CITADEL>",
 *   then "This is a multipart message in MIME format.", a part "Content-type: text/plain" with the
 *   text, then "Content-type: message/rfc822", "Content-Transfer-Encoding: 7bit",
 *   "Content-Disposition: inline" and the original, then the closing delimiter. The text:
 *   SDB_BOUNCE_FATALS (a refusal) "A message you sent could not be delivered to some or all of its
 *   recipients." / "The following addresses were undeliverable:"; SDB_BOUNCE_ALL (five days gone,
 *   every recipient not delivered) "A message you sent could not be delivered to some or all of its
 *   recipients" / "due to prolonged unavailability of its destination(s)." / "Giving up on the
 *   following addresses:"; SDB_WARN (four hours gone, the temporary refusals) "A message you sent
 *   has not been delivered to some or all of its recipients." / "Citadel will continue attempting
 *   delivery for five days." / "The following addresses were undeliverable:"; an empty line, then
 *   per recipient "<rcpt>: <dsn>" and CRLF, the part's delimiter right after the last one. The dsn
 *   is the fourth "|" field of the queue line (extract_token: it ends at a "|").
 * - citadel/server/modules/smtp/serv_smtpclient.c smtp_process_one_msg: the queue line
 *   "remote|<rcpt>|<class>|<code> (<response>)"; a notice of the refusals (SDB_BOUNCE_FATALS) after
 *   every attempt that had one, of every failure (SDB_BOUNCE_ALL) when the message is older than
 *   five days, a warning (SDB_WARN) once past four hours. smtp_attempt_delivery keeps libcurl's
 *   CURLINFO_HEADER_IN lines (the server's replies) and trim_response cuts them down: every
 *   character not printable but the line feed made a space (the CR of CRLF too), the text from the
 *   first occurrence of the reply code to the end of that line: the first line of the reply, with a
 *   trailing space where its CR was ("550 (550 5.1.1 User unknown )").
 * - citadel/server/msgbase.c OutputRFC822MsgHeaders and CtdlOutputPreLoadedMsg: the header fields
 *   of the stored message ("Subject", "Date", "Message-ID", "From: "Citadel" <citadel@<fqdn>>"),
 *   the message's own header lines continuing them (FMT_RFC822).
 */
import {type FamilyTemplate, message, noticeDate, type Rendered, type RenderOptions, reportingHost, sender, type TemplateRecipient} from './common.ts';

const boundary = `=_Citadel_Multipart_${reportingHost}_1f2a0001`;

/** The first line of the reply, as trim_response keeps it (without the line end's CR). */
function firstLine(reply: string): string {
  return reply.split('\n')[0]!;
}

/** The dsn of the queue line: "<code> (<first line> )", cut at a "|". */
function dsnOf(reply: string): string {
  const line = firstLine(reply);
  return `${line.slice(0, 3)} (${line} )`.split('|')[0]!;
}

type Notice = 'fatals' | 'all' | 'warn';

const openings: Readonly<Record<Notice, string>> = {
  fatals: 'A message you sent could not be delivered to some or all of its recipients.\nThe following addresses were undeliverable:\n\n',
  all: 'A message you sent could not be delivered to some or all of its recipients\ndue to prolonged unavailability of its destination(s).\nGiving up on the following addresses:\n\n',
  warn: 'A message you sent has not been delivered to some or all of its recipients.\nCitadel will continue attempting delivery for five days.\nThe following addresses were undeliverable:\n\n',
};

function renderNotice(delay: boolean) {
  return (recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered => {
    // A temporary refusal is reported in a failure notice only when the message is given up on,
    // in the notice that lists every recipient not delivered.
    const notice: Notice = delay ? 'warn' : recipients.some((recipient) => recipient.reply.startsWith('4')) ? 'all' : 'fatals';
    const text = openings[notice] + recipients.map((recipient) => `${recipient.address}: ${dsnOf(recipient.reply)}\n`).join('');
    const body = [
      'This is a multipart message in MIME format.',
      '',
      `--${boundary}`,
      'Content-type: text/plain',
      '',
      `${text}--${boundary}`,
      'Content-type: message/rfc822',
      'Content-Transfer-Encoding: 7bit',
      'Content-Disposition: inline',
      '',
      `${options.original.replace(/\n?$/, '\n')}--${boundary}--`,
      '',
    ].join('\n');
    const raw = message([
      `To: ${sender}`,
      'Subject: Delivery Status Notification (Failure)',
      `Date: ${noticeDate}`,
      `Message-ID: <1772445600.4242@${reportingHost}>`,
      `From: "Citadel" <citadel@${reportingHost}>`,
      `Content-type: multipart/mixed; boundary="${boundary}"`,
      'MIME-Version: 1.0',
      'X-Mailer: Citadel Server',
    ], body);
    return {raw, webmail: text};
  };
}

const common = {
  shownReply: firstLine,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
} as const;

export const citadel: FamilyTemplate = {
  id: 'citadel',
  kind: 'bounce',
  render: renderNotice(false),
  // The notice that reports a temporary refusal says the destination was unavailable too long.
  saysExpired: true,
  ...common,
};

export const citadelDelay: FamilyTemplate = {
  id: 'citadel-delay',
  kind: 'delay',
  render: renderNotice(true),
  ...common,
};
