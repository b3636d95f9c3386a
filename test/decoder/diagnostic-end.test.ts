// Where a recipient's diagnostic ends: once its reply has begun, a line that opens with a template's
// own clause (src/rules/mta: Exim's "No action is required on your part. Delivery attempts will
// continue for", qmail-send's "I'm not going to try again; this message has been in the queue too
// long.") is the notice's text again, also where a copy lost the blank line before it. The reply's
// own continuation lines stay the reply's.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const eximDelay = (gap: readonly string[]) => [
  'This message was created automatically by mail delivery software.',
  'A message that you sent has not yet been delivered to one or more of its',
  'recipients after more than 24 hours on the queue on mail.example.org.',
  'The address to which the message has not yet been delivered is:',
  '  ivan@example.net',
  '    host mx.example.net [192.0.2.10]',
  '    Delay reason: SMTP error from remote mail server after RCPT TO:<ivan@example.net>:',
  '    450 4.4.2 Requested action not taken',
  ...gap,
  'No action is required on your part. Delivery attempts will continue for',
  'some time, and this warning may be repeated at intervals if the message',
  'remains undelivered. Eventually the mail delivery software will give up,',
  'and when that happens, the message will be returned to you.',
].join('\n');

const qmailGaveUp = (gap: readonly string[]) => [
  'Hi. This is the qmail-send program at mail.example.org.',
  'I\'m afraid I wasn\'t able to deliver your message to the following addresses.',
  'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.',
  '',
  '<ivan@example.net>:',
  '192.0.2.10 does not like recipient.',
  'Remote host said: 452 4.2.2 Mailbox full',
  ...gap,
  'I\'m not going to try again; this message has been in the queue too long.',
].join('\n');

describe('a diagnostic ends where the template\'s own text starts again', () => {
  test.each([
    ['Exim\'s delay warning', eximDelay, 'No action is required', 'networkerror'],
    ['qmail-send giving up', qmailGaveUp, 'I\'m not going to try again', 'mailboxfull'],
  ])('%s, with and without the blank line before it', (_name, notice, clause, reason) => {
    for (const gap of [[''], []]) {
      const [first] = decodeText(notice(gap)).recipients;
      expect(first?.recipient).toBe('ivan@example.net');
      expect(first?.diagnostic).not.toContain(clause);
      expect(first?.reason.id).toBe(reason);
    }
  });
});

describe('a reply\'s own continuation lines stay the reply\'s', () => {
  test('a multi-line reply folded under its introduction', () => {
    const text = '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550-5.7.1 Our system has detected\n    550-5.7.1 an unusual rate of unsolicited mail originating from your IP\n    550 5.7.1 address. (in reply to end of DATA command)\n';
    const [first] = decodeText(text).recipients;
    expect(first?.diagnostic).toContain('unsolicited mail');
    expect(first?.diagnostic).toContain('end of DATA command');
  });
});
