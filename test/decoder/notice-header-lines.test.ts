// A notice's own header, pasted as text (a webmail's "Show original" page, a full-header view, a
// selection that starts at the top of the source), names the notice's reader, the original's
// sender: in "To:", "Delivered-To:" (RFC 9228), Exim's "Envelope-to:", Postfix's "X-Original-To:",
// a Received field's "for <...>" clause (RFC 5321 §4.4), and an id in "Message-Id:". None of them is
// a failed recipient, whatever else the text says; an address the notice's words name is.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

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
