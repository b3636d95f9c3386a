// A pasted notice that lost the line before its returned original (Exim's "------ This is a copy of
// the message, including all the headers. ------"), the original's header block right under the
// failure, its folded lines unindented by the paste: the block starts the original (RFC 5321 §4.4: a
// Received field's next clause, "by ...", "id ...", "(Exim 4.96)", goes on with it), so its sender,
// its other addressees and its Received "for" clause name no failed recipient. Generated from every
// family's notice as a webmail shows it, the original's headers pasted under it.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {generatedCases, project} from './generate.ts';

const originalHeaders = [
  'Return-path: <ann.sender@example.net>',
  'Received: from client.example.net ([192.0.2.7])',
  'by mx.example.net with esmtpsa (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256)',
  '(Exim 4.96)',
  '(envelope-from <ann.sender@example.net>)',
  'id 1tABCD-0001Xy-7Q',
  'for carol.cc@example.com; Mon, 02 Mar 2026 10:00:03 +0000',
  'Date: Mon, 2 Mar 2026 10:00:00 +0000',
  // An encoded display name, the address folded onto a line of its own.
  'From: =?UTF-8?Q?Ann_S=C3=A9nder?=',
  '<ann.sender@example.net>',
  'To: carol.cc@example.com',
  'Subject: Quarterly report',
  'MIME-Version: 1.0',
  '',
  'The report is attached.',
].join('\n');

const sample = generatedCases
  .filter((item) => item.form === 'webmail')
  .filter((item, index, all) => all.slice(0, index).filter((other) => other.family === item.family).length < 2);

describe('generated: the returned original\'s header block under a pasted notice names no recipient', () => {
  test.each(sample)('$name', (item) => {
    const alone = project(decodeText(item.input), item);
    expect(project(decodeText(`${item.input.trimEnd()}\n${originalHeaders}\n`), item).recipients).toEqual(alone.recipients);
  });
});

describe('a notice that gives no code', () => {
  const exim = 'This message was created automatically by mail delivery software.\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\nbob@example.org\nretry timeout exceeded\n';
  test('Exim\'s final notice over a retry timeout, the original\'s headers under it', () => {
    expect(decodeText(`${exim}${originalHeaders}\n`).recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });

  test('a template that lists the original\'s fields first keeps its failures below them', () => {
    const text = 'This report relates to a message you sent with the following header fields:\nMessage-id: <20260302095800.4AB12C0FFEE@example.org>\nDate: Mon, 2 Mar 2026 10:00:00 +0000\nFrom: Ann Sender <ann.sender@example.net>\nTo: Team <team@example.com>\nSubject: Quarterly report\nYour message cannot be delivered to the following recipients:\nRecipient address: bob@example.org\nReason: Remote SMTP server has rejected address\nDiagnostic code: smtp;550 5.1.1 User unknown\n';
    expect(decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([['bob@example.org', '550']]);
  });
});
