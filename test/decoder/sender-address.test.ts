/**
 * A reply may name the sender's address where a recipient's would stand: Postfix's smtpd opens its
 * refusal of a sender with the address ("<sender@example.net>: Sender address rejected: Domain not
 * found", smtpd_check.c), Sendmail's check_mail ends with it ("Domain of sender address
 * sender@example.net does not exist", cf/m4/proto.m4). Wherever a template puts that reply (wrapped
 * onto a line of its own, under the recipient, pasted), the sender is no failed recipient; an
 * address those words do not label is read as before.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const refusal = '553 5.1.8 <sender@example.net>: Sender address rejected: Domain not found';

/** An X.400 gateway's report (PP's write_report.c) with the reply wrapped so that the sender's address opens a line. */
const x400Report = [
  'This report relates to your message with subject: Quarterly report',
  '',
  'Your message was not delivered to   bob@example.org',
  '        for the following reason:',
  '        Unknown Address',
  '        MTA \'mx.example.org\' gives error message  5.1.8',
  '        <sender@example.net>: Sender address rejected: Domain not',
  '        found',
  '',
].join('\n');

describe('an address the reply labels as the sender\'s', () => {
  test.each([
    ['a reply wrapped so that the sender opens a line', x400Report],
    ['a Postfix notice', `<bob@example.org>: host mx.example.org[192.0.2.1] said: ${refusal} (in reply to RCPT TO command)\n`],
    ['a Postfix notice, the reply on its own lines', `<bob@example.org>: host mx.example.org[192.0.2.1] said:\n    ${refusal}\n    (in reply to RCPT TO command)\n`],
    ['pasted from the recipient on', `<bob@example.org> (host 'mx.example.org' rejected command 'RCPT TO:<bob@example.org>' with code 553 (5.1.8) '<sender@example.net>: Sender address rejected: Domain not found')\n`],
    ['a list of the failed, then the reply', `Delivery to the following recipients failed.\n\n       bob@example.org\n\n<sender@example.net>: Sender address rejected: Domain not found\n`],
    ['a reply rewrapped so that the sender opens the line after its words', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 553\n5.1.8 <sender@example.net>... Domain of sender address\nsender@example.net does not exist (in reply to MAIL\nFROM command)\n'],
    ['Sendmail\'s summary line, the sender after its words', '----- The following addresses had permanent fatal errors -----\n<bob@example.org>\n    (reason: 553 5.1.8 Domain of sender address sender@example.net does not exist)\n'],
  ])('%s: only the recipient', (_name, text) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });

  test.each([
    ['a recipient refused in the same words\' place', '<bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n', ['bob@example.org']],
    ['the words far after the address', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Sender address rejected: Access denied (in reply to RCPT TO command)\n', ['bob@example.org']],
    ['"sender" in another sense after the address', 'Your message could not be delivered to:\n\nbob@example.org: sender blocked the reply\n', ['bob@example.org']],
  ])('%s: still the recipient', (_name, text, recipients) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(recipients);
  });
});
