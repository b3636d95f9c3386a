// A subject's words of permanence ("Undeliverable:", "Delivery Status Notification (Failure)") say
// less than a notice's own text: a server may write one subject above every kind of notice (Citadel
// puts "Delivery Status Notification (Failure)" above its delay warning too), and the subject's
// words may stand inside another line of a template ("The following addresses were
// undeliverable:", above Citadel's failures and its delay warning alike). The text's words decide;
// the subject's decide only where the text says nothing, and words of both kinds still say neither.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

// No code: the template's words alone say whether the failure is final.
const recipientLine = '<bob@example.org>: mailbox unavailable';
const retrying = 'A message you sent has not been delivered to some or all of its recipients.\nCitadel will continue attempting delivery for five days.';
const gaveUp = 'A message you sent could not be delivered to some or all of its recipients\ndue to prolonged unavailability of its destination(s).';

function notice(subject: string, text: string): string {
  return `From: "Citadel" <citadel@mail.example.org>\nTo: sender@example.org\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain\n\n${text}\n`;
}

describe('the text\'s words of permanence outweigh the subject\'s', () => {
  test.each([
    ['a delay warning under a failure subject', notice('Delivery Status Notification (Failure)', `${retrying}\nThe following addresses were undeliverable:\n\n${recipientLine}`), 'delay', false],
    ['a delay warning under "Undeliverable:"', notice('Undeliverable: Quarterly report', `${retrying}\n\n${recipientLine}`), 'delay', false],
    ['a final notice under a delay subject', notice('Delivery Status Notification (Delay)', `${gaveUp}\nGiving up on the following addresses:\n\n${recipientLine}`), 'bounce', true],
    // The subject speaks where the text says nothing of permanence.
    ['a failure subject above a text that says nothing', notice('Undeliverable: Quarterly report', recipientLine), 'bounce', true],
  ] as const)('%s', async (_name, raw, kind, permanent) => {
    const result = await decode(raw);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.permanent])).toEqual([['bob@example.org', permanent]]);
  });
});

describe('a subject\'s words inside a longer line of a template are that line\'s', () => {
  test('"were undeliverable:" in a heading says nothing of permanence', () => {
    expect(decodeText(`${retrying}\nThe following addresses were undeliverable:\n\n${recipientLine}`).recipients[0]?.permanent).toBe(false);
  });

  test.each([
    // A subject's words standing alone, as a pasted subject line, still count: both kinds say neither.
    ['"Undeliverable:" on a line of its own, with a delay warning', `Undeliverable: Quarterly report\n${retrying}\n\n${recipientLine}`],
    ['"Undelivered Mail Returned to Sender" with a delay warning', `Undelivered Mail Returned to Sender\n${retrying}\n\n${recipientLine}`],
  ])('%s says neither', (_name, text) => {
    const [recipient] = decodeText(text).recipients;
    expect(recipient?.recipient).toBe('bob@example.org');
    expect(recipient?.permanent).toBeUndefined();
  });
});

// Exim's delay warning names the message's id in its subject ("Warning: message %s delayed %s",
// deliver.c send_warning_message): a notice pasted as its header block alone is a delay.
describe('Exim\'s delay warning known by its subject alone', () => {
  test.each([
    ['24 hours', 'Warning: message 1tABCD-0001Xy-7Q delayed 24 hours'],
    ['72 hours', 'Warning: message 1guHIl-000OZl-14 delayed 72 hours'],
  ])('%s', async (_name, subject) => {
    const raw = `From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nTo: sender@example.net\nSubject: ${subject}\nAuto-Submitted: auto-replied\n\n`;
    expect((await decode(raw)).kind).toBe('delay');
  });

  test('a failure notice under another subject is still a bounce', async () => {
    expect((await decode('From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    550 5.1.1 unknown user\n')).kind).toBe('bounce');
  });
});
