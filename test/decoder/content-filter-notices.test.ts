// amavisd-new's sender notifications, rendered from the templates in its source (amavisd, the
// __DATA__ sections "for spam SENDER NOTIFICATIONS" and "for VIRUS/BANNED SENDER NOTIFICATIONS")
// around 1, 2 and 5 recipients: the content filter blocked the message for each recipient listed
// after "-> ", as spam or as a virus. Read raw and pasted, with LF and CRLF. Written for this test.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const recipientSets = [
  ['bob@example.org'],
  ['bob@example.org', 'carol@example.com'],
  ['bob@example.org', 'carol@example.com', 'dan@example.net', 'erin@example.org', 'frank@example.com'],
] as const;

const spamNotice = (recipients: readonly string[]) => `A message from <sender@example.net> to:
${recipients.map((recipient) => `-> ${recipient}`).join('\n')}

was considered unsolicited bulk e-mail (UBE).

Our internal reference code for your message is 12345-01/AbCdEfGhIjKl

The message carried your return address, so it was either a genuine mail
from you, or a sender address was faked and your e-mail address abused
by third party, in which case we apologize for undesired notification.

We do try to minimize backscatter for more prominent cases of UBE and
for infected mail, but for less obvious cases some balance between
losing genuine mail and sending undesired backscatter is sought,
and there can be some collateral damage on either side.

  First upstream SMTP client IP address: [192.0.2.7] mail.example.net

  Return-Path: <sender@example.net>
  Subject: Quarterly report

Delivery of the email was stopped!
`;

const virusNotice = (recipients: readonly string[]) => `VIRUS ALERT

Our content checker found
    virus: Eicar-Test-Signature

in email presumably from you <sender@example.net>
to the following ${recipients.length === 1 ? 'recipient' : 'recipients'}:
${recipients.map((recipient) => `-> ${recipient}`).join('\n')}

Our internal reference code for your message is 12345-02/MnOpQrStUvWx

  Return-Path: <sender@example.net>
  Subject: Quarterly report

Delivery of the email was stopped!

Please check your system for viruses,
or ask your system administrator to do so.
`;

const raw = (subject: string, body: string) => `From: "Content-filter at mail.example.org" <postmaster@mail.example.org>
To: <sender@example.net>
Subject: ${subject}
Message-ID: <SS12345@mail.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

${body}`;

const kinds = [
  ['spam', 'Considered UNSOLICITED BULK EMAIL, apparently from you', spamNotice, 'spamdetected'],
  ['a virus', 'VIRUS in message apparently from you (Eicar-Test-Signature)', virusNotice, 'virusdetected'],
] as const;

describe('amavisd-new\'s sender notifications name each blocked recipient and why', () => {
  const cases = kinds.flatMap(([name, subject, body, reason]) => recipientSets.map((recipients) => ({name, subject, body, reason, recipients})));

  test.each(cases)('$name, $recipients.length recipient(s), pasted', ({body, reason, recipients}) => {
    for (const end of ['\n', '\r\n']) {
      const result = decodeText(body(recipients).replaceAll('\n', end));
      expect(result.kind).toBe('bounce');
      expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.permanent])).toEqual(recipients.map((recipient) => [recipient, reason, true]));
    }
  });

  test.each(cases)('$name, $recipients.length recipient(s), a raw message', async ({subject, body, reason, recipients}) => {
    const result = await decode(raw(subject, body(recipients)));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])).toEqual(recipients.map((recipient) => [recipient, reason]));
  });

  test.each([
    ['an arrow in prose', 'Forwarding rule: inbox -> archive\nbob@example.org asked for it.'],
    ['an Exim log line of an extra address delivered', '2026-03-02 10:00:01 1abcde-000001-AB -> carol@example.com R=dnslookup T=remote_smtp'],
  ])('not a blocked recipient: %s', (_name, text) => {
    // Exim's "->" says the address was delivered (its log's flag): a delivery, never a failure.
    expect(decodeText(text).recipients.filter((recipient) => recipient.reason.id !== 'delivered').map((recipient) => recipient.recipient)).not.toContain('carol@example.com');
    expect(decodeText(text).kind).not.toBe('bounce');
  });
});
