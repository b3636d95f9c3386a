/**
 * A program's version a hyphen joins to its name, as packages name their releases ("milter-greylist-
 * 4.3.7", "dovecot-2.3.4": RPM's NAME-VERSION-RELEASE), is no enhanced status code, whatever
 * registry code it looks like; a hyphen after a reply code is the reply's own ("550-5.7.1").
 * Generated from every code of the registry, in a header a notice carries and in a log line.
 */
import {describe, expect, test} from 'vitest';
import {findStatusCodes} from '../../src/decoder/find-codes.ts';
import {decodeText} from '../../src/decoder/index.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';

const codes = statusCodes.flatMap((rule) => rule.classes.map((klass) => rule.code.replace('X', klass)));
const programs = ['milter-greylist', 'dovecot', 'spamassassin-plugin'];

describe.each(programs)('"%s-<version>"', (program) => {
  test.each(codes)('%s is a version, no status', (code) => {
    expect(findStatusCodes(`X-Greylist: Sender IP whitelisted, not delayed by ${program}-${code} (mx.example.org)`)).toEqual([]);
  });
});

describe('the same numbers where a reply puts them', () => {
  test.each(codes.filter((code) => code[0] !== '2'))('"550-%s" and "550 %s"', (code) => {
    expect(findStatusCodes(`550-${code} first line\n550 ${code} last line`).map((found) => found.code)).toEqual([code, code]);
  });
});

describe('a list manager\'s notice under a header that names a program\'s version', () => {
  test('mlmmj\'s note that mail to a subscriber bounced is no bounce of its own', () => {
    const text = 'Subject: Messages from users@lists.example.org to you have been bouncing\nX-Greylist: Sender IP whitelisted, not delayed by milter-greylist-4.3.7 (mx.example.org [0.0.0.0])\n\nHi, this is the mlmmj program managing the mailinglist\nusers@lists.example.org\nSome messages to you could not be delivered.\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.status?.code)).not.toContain('4.3.7');
  });
});
