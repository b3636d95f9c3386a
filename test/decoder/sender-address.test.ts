/**
 * A reply may name the sender's address where a recipient's would stand: Postfix's smtpd opens its
 * refusal of a sender with the address ("<sender@example.net>: Sender address rejected: Domain not
 * found", smtpd_check.c), Sendmail's check_mail ends with it ("Domain of sender address
 * sender@example.net does not exist", cf/m4/proto.m4), Cox's after it ("<sender@example.net> sender
 * rejected AUP#CXSNDR", its list of error codes). Wherever a template puts that reply (wrapped
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
    ['Netscape Messaging Server\'s closing contact line', 'This Message was undeliverable due to the following reason:\n\nThe following recipients did not receive this message:\n\n     <bob@example.org>\n\nPlease reply to Postmaster@example.net\nif you feel this message to be in error.\n'],
    ['Netscape Messaging Server\'s contact line with no recipient line before it', 'This Message was undeliverable due to the following reason:\n\nbob@example.org... User unknown\n\nPlease reply to <Postmaster@example.net>\nif you feel this message to be in error.\n'],
    ['Postfix\'s queue manager naming the sender beside a delivery line', 'Apr 14 14:13:57 mx postfix/smtp[32918]: 11C9513477F0: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=22698, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\nApr 14 14:47:33 mx postfix/qmgr[356]: 11C9513477F0: from=<sender@example.net>, size=3720952, nrcpt=77 (queue active)\n'],
    ['Cox\'s reply under an Exim notice\'s recipient', 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    SMTP error from remote mail server after end of data:\n    550 eKqgqwhcolWFfe - <sender@example.net> sender rejected AUP#CDRBL\n'],
    ['Cox\'s reply in a Postfix notice', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 <sender@example.net> sender rejected AUP#CXSNDR (in reply to end of DATA command)\n'],
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

describe('a log\'s sender and message identifiers are no recipients, even when no recipient is named', () => {
  test.each([
    ['Postfix\'s queue manager line under a deferral whose recipient is masked', 'Apr 14 14:13:57 mx postfix/smtp[32918]: 11C9513477F0: to=<receiver>, relay=mx.example.org[192.0.2.1]:25, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\nApr 14 14:47:33 mx postfix/qmgr[356]: 11C9513477F0: from=<sender@example.net>, size=3720952, nrcpt=77 (queue active)\nApr 14 14:47:34 mx postfix/smtp[33108]: 11C9513477F0: host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n'],
    ['Postfix\'s refusal of the sender pasted alone', '550 5.7.1 <sender@example.net>: Sender address rejected: Access denied\n'],
    ['Cox\'s refusal of the sender pasted alone', '550 <sender@example.net> sender rejected AUP#CXSNDR\n'],
    ['Cox\'s reply under an Exim notice cut before its recipient', 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n    SMTP error from remote mail server after end of data:\n    550 eKqgqwhcolWFfe - <sender@example.net> sender rejected AUP#CDRBL\n'],
    ['Postfix\'s cleanup line of the message id above a reply', 'Apr 14 14:47:33 mx postfix/cleanup[355]: 11C9513477F0: message-id=<20260414.1@example.net>\nApr 14 14:47:34 mx postfix/smtp[33108]: 11C9513477F0: host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)\n'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([undefined]);
  });
});
