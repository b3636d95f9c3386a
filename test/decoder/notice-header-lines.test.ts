// A notice's own header, pasted as text (a webmail's "Show original" page, a full-header view, a
// selection that starts at the top of the source), names the notice's reader, the original's
// sender: in "To:", "Delivered-To:" (RFC 9228), Exim's "Envelope-to:", Postfix's "X-Original-To:",
// a Received field's "for <...>" clause (RFC 5321 §4.4), and an id in "Message-Id:". None of them is
// a failed recipient, whatever else the text says; an address the notice's words name is.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const reader = 'alice@example.net';

/** Header lines of a notice to `reader`, one field per entry, as a page shows them (folding lost). */
const headerLines: readonly {readonly name: string; readonly lines: readonly string[]}[] = [
  {name: 'To', lines: [`To: ${reader}`]},
  {name: 'Delivered-To', lines: [`Delivered-To: ${reader}`]},
  {name: 'Envelope-to', lines: [`Envelope-to: ${reader}`]},
  {name: 'X-Original-To', lines: [`X-Original-To: ${reader}`]},
  {name: 'a Received field\'s "for" clause', lines: ['Received: from mail.example.org (mail.example.org [192.0.2.4])', 'by mx.example.net with ESMTPS id 143si4152185', `for <${reader}>`, '(version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128);']},
  {name: 'Message-Id', lines: ['Message-Id: <20160803163716.095DF3380164@mx.example.org>']},
];

/** The first lines of a notice, as different pages show them above its header. */
const openings: readonly {readonly name: string; readonly lines: readonly string[]}[] = [
  {name: 'a webmail\'s "Show original" page', lines: ['Original Message', 'Created at: Sun, Mar 26, 2017 at 8:43 AM (Delivered after 0 seconds)', 'From: Mail Delivery System <Mailer-Daemon@mail.example.org>', 'Subject: Mail delivery failed: returning message to sender', 'Download Original Copy to clipboard']},
  {name: 'a full-header view', lines: ['Viewing Full Header - View message', 'Return-Path: <>']},
  {name: 'the source from its top', lines: ['Return-Path: <>']},
];

/** The notice's words below its header, cut before it names a recipient, or naming one. */
const cutBeforeRecipients = ['From: Mail Delivery System <Mailer-Daemon@mail.example.org>', 'Subject: Mail delivery failed: returning message to sender', 'Auto-Submitted: auto-replied', 'This message was created automatically by mail delivery software.'];
const namingRecipient = [...cutBeforeRecipients, '', 'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '', '  bob@example.org', '    Unrouteable address'];

describe('a notice\'s own header lines name no failed recipient', () => {
  const cases = openings.flatMap((opening) => headerLines.map((header) => ({name: `${opening.name}, ${header.name}`, opening, header})));
  test.each(cases)('$name, cut before the recipients', ({opening, header}) => {
    const result = decodeText([...opening.lines, ...header.lines, ...cutBeforeRecipients, ''].join('\n'));
    expect(result.recipients.map((found) => found.recipient)).not.toContain(reader);
    expect(result.recipients.map((found) => found.recipient)).not.toContain('20160803163716.095df3380164@mx.example.org');
  });
  test.each(cases)('$name, above the recipient it names', ({opening, header}) => {
    const result = decodeText([...opening.lines, ...header.lines, ...namingRecipient, ''].join('\n'));
    expect(result.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });
  // The notice's words name the address they are about: it is no header line.
  test('a sentence that names the address it is about', () => {
    const result = decodeText([...openings[0]!.lines, `To: ${reader}`, 'This message was created automatically by mail delivery software.', 'Local mailbox bob@example.org is unavailable: user not found', ''].join('\n'));
    expect(result.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });
});

// Exim's notices list their failed recipients in a header field of their own (X-Failed-Recipients,
// src/rules/mta/exim.ts): pasted on a line of its own, folded or not, it names them as the raw
// message's header does.
describe('a pasted notice header\'s list of failed recipients', () => {
  test.each(openings.map((opening) => [opening.name, opening]))('%s', (_name, opening) => {
    for (const [field, recipients] of [
      ['X-Failed-Recipients: bob@example.org', ['bob@example.org']],
      ['X-Failed-Recipients: bob@example.org,\n  carol@example.org,\n\tdave@example.org', ['bob@example.org', 'carol@example.org', 'dave@example.org']],
    ] as const) {
      const result = decodeText([...opening.lines, `Delivered-To: ${reader}`, field, ...cutBeforeRecipients, ''].join('\n'));
      expect(result.recipients.map((found) => found.recipient)).toEqual(recipients);
    }
  });
});

// A notice's header alone, its text cut off by the page it was pasted from: the header says it is a
// notice (a delivery report's type, RFC 6522; Exim's X-Failed-Recipients) and, for Exim, whom it failed.
describe('a notice\'s header without its text', () => {
  const header = (fields: readonly string[]) => ['Return-Path: <>', 'Delivery-Date: Fri, 26 Oct 2018 08:13:13 -0500', ...fields, `Envelope-To: ${reader}`,
    `Received: from mailnull by mail.example.net with local (Exim 4.89_1) id 1gG1vN-0001Tn-1c for ${reader}; Fri, 26 Oct 2018 08:13:13 -0500`, 'Message-Id: <E1gG1vN-0001Tn-1c@mail.example.net>', ''].join('\n');
  test.each([
    ['its failed recipients listed, its report type given', ['Content-Type: multipart/report; report-type=delivery-status; boundary=1540559593-eximdsn-2034587503', 'X-Failed-Recipients: bob@example.org, carol@example.org'], 'bounce', ['bob@example.org', 'carol@example.org']],
    ['its failed recipients listed', ['X-Failed-Recipients: bob@example.org'], 'bounce', ['bob@example.org']],
    // A report's type alone names no outcome (a delay, a failure or a delivery) and no recipient.
    ['its report type given, nothing else', ['Content-Type: multipart/report; report-type=delivery-status; boundary="B"'], 'none', []],
    ['neither: an ordinary message', ['Content-Type: text/plain; charset=us-ascii'], 'none', []],
  ] as const)('%s', async (_name, fields, kind, recipients) => {
    const result = await decode(header(fields));
    expect([result.kind, result.recipients.map((found) => found.recipient)]).toEqual([kind, recipients]);
  });
});

// Lines of a pasted message that hold an "@" but no recipient: a MIME boundary of its own (PowerMTA's
// and Mandrill's hold an "@", RFC 2046 §5.1.1) and a DKIM signature's identity tag (RFC 6376 §3.5).
describe('an "@" that is no recipient', () => {
  const notice = (extra: readonly string[]) => [
    'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="report59760aff@mta217a-ord.mtasv.net"',
    ...extra,
    '--report59760aff@mta217a-ord.mtasv.net',
    'Content-Type: text/plain',
    '<bob@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 User unknown (in reply to RCPT TO command)',
    '--report59760aff@mta217a-ord.mtasv.net--',
    '',
  ].join('\n');
  test.each([
    ['its boundary lines', []],
    ['a DKIM signature\'s folded identity tag', ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;', 'd=mail.example.net; s=k1; t=1527779658;', 'i=MAILER-DAEMON@mail.example.net;']],
  ] as const)('%s', async (_name, extra) => {
    const result = decodeText(notice(extra));
    expect(result.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });
});

// A notice pasted from its header on with the lines a page drops gone (the blank line under the
// fields, their folding, the blank lines of its parts): its own Subject, further down the fields,
// still says what it is, and a Received field's "for" clause, bracketed or not, names its reader.
describe('a notice pasted from its header, its blank lines lost', () => {
  const pasted = (subject: string, forClause: string) => [
    'Return-Path: <>',
    `Delivered-To: ${reader}`,
    'Received: from mx.example.net ([192.0.2.7])',
    'by mail.example.net with ESMTP; 19 Dec 2017 10:07:05 -0500',
    'Received: from Debian-exim by mx.example.net with local (Exim 4.89)',
    'id 1eRJTz-0003T1-5U',
    `${forClause}; Tue, 19 Dec 2017 09:07:04 -0600`,
    'Auto-Submitted: auto-replied',
    'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
    `To: ${reader}`,
    'Content-Type: multipart/report; report-type=delivery-status; boundary=1513696023-eximdsn-484617877',
    'MIME-Version: 1.0',
    `Subject: ${subject}`,
    'Message-Id: <E1eRJTz-0003T1-5U@mx.example.net>',
    '--1513696023-eximdsn-484617877',
    'Content-type: text/plain; charset=us-ascii',
    'This message was created automatically by mail delivery software.',
    '',
  ].join('\n');
  test.each([
    ['Warning: message 1eQ8LY-0007Go-UF delayed 72 hours', 'delay'],
    ['Mail delivery failed: returning message to sender', 'bounce'],
  ])('Subject: %s', async (subject, kind) => {
    for (const forClause of [`for ${reader}`, `for <${reader}>`]) {
      const result = await decode(pasted(subject, forClause));
      expect([result.kind, result.recipients.map((found) => found.recipient)]).toEqual([kind, [undefined]]);
    }
  });
});
