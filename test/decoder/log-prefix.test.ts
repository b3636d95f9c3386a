/**
 * A message a program logged line by line, every line under the same prefix (a time of day in it,
 * or a container's bar), is read without that prefix; lines of separate records, and a shared
 * opening that is words, keep theirs.
 */
import {describe, expect, test} from 'vitest';
import {withoutLogPrefix} from '../../src/decoder/read-input.ts';

const notice = ['<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1', '    <bob@example.org>: Recipient address rejected: User unknown', '    (in reply to RCPT TO command)'];

describe('one prefix on every line taken off', () => {
  test.each([
    ['syslog\'s, from journald', 'Mar  2 10:00:01 host mailer[4242]: '],
    ['an application\'s timestamp and level', '[2026-03-02 10:00:01] production.ERROR: '],
    ['docker compose\'s container and bar', 'mailserver  | '],
    ['both', 'app-1  | 2026-03-02T10:00:01.512Z ERROR '.replace(/ $/, ' - ')],
  ])('%s', (_name, prefix) => {
    const logged = notice.map((line) => `${prefix}${line}`).join('\n');
    expect(withoutLogPrefix(logged)).toBe(notice.join('\n'));
  });
});

describe('prefixes that stay', () => {
  test.each([
    ['separate records, their times apart', ['Mar  2 10:00:01 mx postfix/smtp[1]: A: to=<a@example.org>, status=bounced', 'Mar  2 10:00:02 mx postfix/smtp[1]: B: to=<b@example.org>, status=bounced', 'Mar  2 10:00:03 mx postfix/smtp[1]: C: to=<c@example.org>, status=bounced'].join('\n')],
    ['a shared opening that is words, no time and no bar', notice.map((line) => `'Invalid Addresses' (3x caused by later): ${line}`).join('\n')],
    ['two lines only', notice.slice(0, 2).map((line) => `Mar  2 10:00:01 host mailer[4242]: ${line}`).join('\n')],
    ['a quote\'s mark', notice.map((line) => `> ${line}`).join('\n')],
  ])('%s', (_name, text) => {
    expect(withoutLogPrefix(text)).toBe(text);
  });
});
