/**
 * What every bounce template shares: the shape of a template, the parsed remote reply, MIME and
 * delivery-status building blocks, and the returned original message. The templates themselves
 * (one file per mail-server family) hold only the family's own words, each citing its source.
 *
 * Addresses are example.com / example.net / example.org, IPs 192.0.2.x, except where a family's
 * fixed sender domain is part of its template (googlemail.com, yahoo.com, amazonses.com, gmx.net).
 */

/** One failed recipient and the remote server's reply to it (lines separated by `\n`). */
export interface TemplateRecipient {
  readonly address: string;
  readonly reply: string;
}

export interface RenderOptions {
  /** The remote MTA that refused the recipients. */
  readonly remoteHost: string;
  readonly remoteIp: string;
  /** The returned original message (RFC 5322, LF line ends). */
  readonly original: string;
}

export interface Rendered {
  /** The notice as an RFC 5322 message, LF line ends. */
  readonly raw: string;
  /** The human-readable text a webmail shows, as a person would copy it, LF line ends. */
  readonly webmail: string;
}

export type RenderFunction = (recipients: readonly TemplateRecipient[], options: RenderOptions) => Rendered;

/** A family's template and the facts about its output that expectations depend on. */
export interface FamilyTemplate {
  /** `postfix`, `postfix-delay`, `exchange-online`, ... */
  readonly id: string;
  /** A failure notice (the server gave up) or a delay notice (it is still retrying). */
  readonly kind: 'bounce' | 'delay';
  readonly render: RenderFunction;
  /**
   * The `Status:` field the family writes in its delivery-status part for this reply, or undefined
   * when it writes no delivery-status part.
   */
  readonly statusField?: (reply: ParsedReply) => string;
  /** The enhanced code the webmail text itself shows for this reply (Exchange Online "Status code:"), if any. */
  readonly webmailStatusField?: (reply: ParsedReply) => string;
  /** Whether the raw notice names the remote host (a text line or a `Remote-MTA:` field). */
  readonly hostInRaw: boolean;
  /** Whether the webmail text names the remote host. */
  readonly hostInWebmail: boolean;
  /** Whether the webmail text holds the remote reply at all (Amazon SES's text part does not). */
  readonly replyInWebmail: boolean;
  /** The part of a reply the family writes, when not all of it (OpenSMTPD keeps the last line). */
  readonly shownReply?: (reply: string) => string;
  /**
   * Whether a failure notice over a temporary reply says the queue lifetime ran out (qmail "this
   * message has been in the queue too long", sendmail "Message could not be delivered for 5 days").
   */
  readonly saysExpired?: boolean;
  /**
   * Whether the notice writes this reply at all: dma and PP report only a final refusal, and a
   * reply they retry ends in a time-out notice that names no reply (the failure is final, the
   * reason the expiry). Every reply is written when absent.
   */
  readonly writesReply?: (reply: string) => boolean;
  /** Whether the notice keeps the reply code (PP keeps the reply's text and enhanced code only). */
  readonly writesReplyCode?: boolean;
  /** Whether the family writes notices for several recipients in one message (false: one per recipient). */
  readonly multipleRecipients: boolean;
}

/** A remote reply taken apart. */
export interface ParsedReply {
  /** Lines as sent, without their line ends. */
  readonly lines: readonly string[];
  /** The reply code of the last line: `550`. */
  readonly code: string;
  /** The enhanced code after the reply code, when the server sent one: `5.1.1`. */
  readonly status?: string;
  /** The text of the last line after its codes. */
  readonly lastText: string;
}

const lineCodes = /^([245]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3})(?: |$))?(.*)$/;

export function parseReply(reply: string): ParsedReply {
  const lines = reply.split('\n');
  const last = lines.at(-1) ?? '';
  const match = lineCodes.exec(last);
  if (!match) throw new Error(`not an SMTP reply: ${reply}`);
  return {lines, code: match[1]!, status: match[2], lastText: match[3]!.trim()};
}

/** The reply on one line, multi-line replies joined by spaces (Postfix, Gmail, Exchange do this). */
export function joinedReply(reply: string): string {
  return reply.split('\n').join(' ');
}

/** The class digit of a reply: `5` or `4`. */
export function replyClass(reply: ParsedReply): '4' | '5' {
  return reply.code.startsWith('4') ? '4' : '5';
}

/** The status a server writes when the reply carries none: `5.0.0` / `4.0.0`. */
export function statusOrGeneric(reply: ParsedReply): string {
  return reply.status ?? `${replyClass(reply)}.0.0`;
}

/** Always the generic class status, whatever the reply (Exim, Courier). */
export function genericStatus(reply: ParsedReply): string {
  return `${replyClass(reply)}.0.0`;
}

/**
 * Wraps text at word boundaries so that no line passes `width` columns (unless one word does),
 * continuation lines starting with `indent`.
 */
export function wrap(text: string, width: number, indent: string): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    const prefix = lines.length === 0 ? '' : indent;
    if (line !== '' && prefix.length + candidate.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines.map((item, index) => (index === 0 ? item : `${indent}${item}`)).join('\n');
}

/**
 * Text as a mail client wraps plain text: every line longer than `width` broken at its last space
 * within it, the pieces unindented, indentation and runs of spaces kept.
 */
export function wrapLines(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const pieces: string[] = [];
    let rest = line;
    for (let cut = rest.lastIndexOf(' ', width); rest.length > width && cut > 0; cut = rest.lastIndexOf(' ', width)) {
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    return [...pieces, rest].join('\n');
  }).join('\n');
}

/** A header field folded at 78 columns, as RFC 5322 section 2.2.3 allows (continuation starts with a space). */
export function field(name: string, value: string): string {
  return wrap(`${name}: ${value}`, 78, ' ');
}

export interface MimePart {
  readonly headers: readonly string[];
  readonly body: string;
}

/** A multipart body: preamble, parts, closing delimiter. */
export function multipart(boundary: string, parts: readonly MimePart[], preamble?: string): string {
  const chunks: string[] = [];
  if (preamble !== undefined) chunks.push(`${preamble}\n`);
  for (const part of parts) {
    chunks.push(`--${boundary}\n${part.headers.join('\n')}\n\n${part.body.replace(/\n$/, '')}\n`);
  }
  chunks.push(`--${boundary}--\n`);
  return chunks.join('\n');
}

/** A message: header lines, blank line, body. */
export function message(headers: readonly string[], body: string): string {
  return `${headers.join('\n')}\n\n${body}`;
}

/** A delivery-status body: one per-message block, then one block per recipient. */
export function deliveryStatus(perMessage: readonly string[], perRecipient: readonly (readonly string[])[]): string {
  return [perMessage, ...perRecipient].map((block) => block.join('\n')).join('\n\n') + '\n';
}

/**
 * A whole RFC 3464 notice: a multipart/report with `text` as its human-readable part and one
 * delivery-status block of `recipientFields` after the reporting MTA's.
 */
export function reportNotice(text: string, recipientFields: readonly string[], subject = 'Undelivered Mail Returned to Sender'): string {
  const headers = [
    `From: Mail Delivery System <MAILER-DAEMON@${reportingHost}>`, `To: ${sender}`, `Subject: ${subject}`, 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  ];
  return message(headers, multipart('B', [
    {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
    {headers: ['Content-Type: message/delivery-status'], body: deliveryStatus([`Reporting-MTA: dns; ${reportingHost}`], [recipientFields])},
  ]));
}

/**
 * One recipient's refusal as Postfix's bounce reports it on one line: "<rcpt>: host <host>[<ip>]
 * said: <reply> (in reply to <command> command)". The reply's words, the answering host and the
 * stage are all a table row needs to vary.
 */
export function postfixRefusal(reply: string, {recipient = 'bob@example.org', host = 'mx.example.org', command = 'RCPT TO'}: {recipient?: string; host?: string; command?: string} = {}): string {
  return `<${recipient}>: host ${host}[192.0.2.1] said: ${reply} (in reply to ${command} command)`;
}

/** A `Diagnostic-Code: smtp; ...` field, multi-line replies folded one line per reply line. */
export function diagnosticField(reply: string, name = 'Diagnostic-Code', type = 'smtp; '): string {
  // Each further line of a multi-line reply is a continuation of the field: it opens with a space.
  return reply.split('\n').map((line, index) => (index === 0 ? field(name, `${type}${line}`) : ` ${wrap(line, 77, ' ')}`)).join('\n');
}

/** The header block of a message. */
export function headersOf(messageText: string): string {
  const end = messageText.indexOf('\n\n');
  return end < 0 ? messageText : messageText.slice(0, end + 1);
}

export const sender = 'sender@example.org';
export const reportingHost = 'mail.example.org';
export const noticeDate = 'Mon, 2 Mar 2026 10:00:00 +0000';
export const arrivalDate = 'Mon, 2 Mar 2026 09:58:00 +0000';
export const originalSubject = 'Quarterly report';

/** The addresses of a returned original that are never failed recipients. */
export const originalAddresses = {
  from: sender,
  to: 'team@example.net',
  cc: 'cc.colleague@example.org',
  listHelp: 'list-request@example.net',
  replyTo: 'owner@example.org',
} as const;

/** A plain original message: what every generated case returns. */
export const plainOriginal = `Return-Path: <${sender}>
Received: from client.example.org (client.example.org [192.0.2.25])
	by ${reportingHost} with ESMTPSA id 4AB12C0FFEE
	for <team@example.net>; ${arrivalDate}
Message-ID: <20260302095800.4AB12C0FFEE@example.org>
Date: ${arrivalDate}
From: Sam Sender <${sender}>
To: Team <${originalAddresses.to}>
Subject: ${originalSubject}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello team,

the quarterly report is attached as a link: https://www.example.org/reports/q1

Sam
`;

/** A mailing-list original: a Cc, List-Help with a mailto link, and a Mailman version header. */
export const mailingListOriginal = `Return-Path: <${sender}>
Received: from lists.example.net (lists.example.net [192.0.2.60])
	by ${reportingHost} with ESMTPS id 5BC23D1EEFF
	for <${sender}>; ${arrivalDate}
Message-ID: <20260302095800.5BC23D1EEFF@example.org>
Date: ${arrivalDate}
From: Sam Sender <${sender}>
To: Team <${originalAddresses.to}>
Cc: Colleague <${originalAddresses.cc}>
Reply-To: <${originalAddresses.replyTo}>
Subject: [Team] ${originalSubject}
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
X-Mailman-Version: 2.1.5
Precedence: list
List-Id: Team <team.example.net>
List-Help: <mailto:${originalAddresses.listHelp}?subject=help>
List-Unsubscribe: <mailto:${originalAddresses.listHelp}?subject=unsubscribe>

Hello team,

the quarterly report is attached as a link: https://www.example.org/reports/q1

Sam
`;

/** An original whose body quotes an earlier bounce: its words are not this notice's. */
export const quotedBounceOriginal = `Return-Path: <${sender}>
Message-ID: <20260302095800.6CD34E2FF00@example.org>
Date: ${arrivalDate}
From: Sam Sender <${sender}>
To: Team <${originalAddresses.to}>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Any idea why this one bounced last week?

> Final-Recipient: rfc822; old.bounce@example.net
> Action: failed
> Status: 5.2.2
> Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
>
> <old.bounce@example.net>: host mx.example.net[192.0.2.99] said: 552 5.2.2
>     Mailbox full (in reply to RCPT TO command)
`;

/**
 * The per-recipient fields of a report as Postfix writes them (bounce_notify_util.c), and the
 * services that send its templates (AOL's relay, Yandex): a space after "rfc822;" in
 * Final-Recipient, none in Original-Recipient.
 */
export function postfixRecipientFields(recipient: TemplateRecipient, remoteHost: string, action: 'failed' | 'delayed'): string[] {
  return [
    `Final-Recipient: rfc822; ${recipient.address}`,
    `Original-Recipient: rfc822;${recipient.address}`,
    `Action: ${action}`,
    `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
    `Remote-MTA: dns; ${remoteHost}`,
    diagnosticField(joinedReply(recipient.reply)),
  ];
}

/**
 * The per-recipient fields of a failure report in the compact form Domino, Exchange and Haraka
 * write: no space after "rfc822;", "dns;" and "smtp;".
 */
export function compactFailedFields(recipient: TemplateRecipient, remoteHost: string): string[] {
  return [
    `Final-Recipient: rfc822;${recipient.address}`,
    'Action: failed',
    `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
    `Remote-MTA: dns;${remoteHost}`,
    diagnosticField(joinedReply(recipient.reply), 'Diagnostic-Code', 'smtp;'),
  ];
}

/**
 * `text` as quoted-printable (RFC 2045 §6.7) of its UTF-8 bytes: what a mail server writes for a
 * notice in a language with letters beyond ASCII. Lines stay under 76 characters with soft breaks.
 */
export function quotedPrintable(text: string): string {
  return text.split('\n').map((line) => {
    let encoded = '';
    for (const byte of new TextEncoder().encode(line)) {
      const plain = byte >= 33 && byte <= 126 && byte !== 61;
      encoded += plain || byte === 32 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // A space at the line's end would be lost in transport: it is encoded (RFC 2045 §6.7, rule 3).
    encoded = encoded.replace(/ $/, '=20');
    const pieces: string[] = [];
    while (encoded.length > 75) {
      // Never break inside an =XX escape.
      let cut = 75;
      while (encoded.lastIndexOf('=', cut - 1) > cut - 3) cut--;
      pieces.push(`${encoded.slice(0, cut)}=`);
      encoded = encoded.slice(cut);
    }
    pieces.push(encoded);
    return pieces.join('\n');
  }).join('\n');
}

/** `text` as base64 of its UTF-8 bytes, in lines of 76 characters (RFC 2045 §6.8). */
export function base64Lines(text: string): string {
  return (Buffer.from(text, 'utf8').toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

/** `text` as one RFC 2047 encoded word (UTF-8, B encoding), for a header field beyond ASCII. */
export function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}
