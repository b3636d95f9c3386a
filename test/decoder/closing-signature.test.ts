/**
 * A pasted text that a person's own closing ends (a signature under "-- ", RFC 3676 §4.3; a
 * letter's "Thanks," over a name and an address) is read without it: the writer's address is no
 * failed recipient. What a notice writes there stays.
 */
import {describe, expect, test} from 'vitest';
import {withoutClosingSignature} from '../../src/decoder/read-input.ts';

const notice = '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n';

describe('a person\'s closing taken off', () => {
  test.each([
    ['a signature under "-- "', `${notice}\n-- \nJohn Smith\njohn@example.net\n`],
    ['under "--", its space lost', `${notice}\n--\nJohn Smith | john@example.net | +1 555 0100\n\nSent from my iPhone`],
    ['a closing, a name and an address', `${notice}\nThanks,\nJohn Smith\njohn@example.net`],
    ['a closing in French', `${notice}\nCordialement,\nJean Dupont\njean@example.fr\n\n`],
    ['a closing with a CJK comma', `${notice}\n谢谢，\n张三 zhang@example.cn`],
  ])('%s', (_name, text) => {
    expect(withoutClosingSignature(text).trimEnd()).toBe(notice.trimEnd());
  });
});

describe('endings that stay', () => {
  test.each([
    ['a signature above the notice it forwards', `Please see below.\n--\nJohn Smith\njohn@example.net\n\n---------- Forwarded message ---------\n${notice}`],
    ['a line under "--" that names no address (the notice\'s own)', `${notice}\n--\nbob wasn't found at example.org.`],
    ['a tail that quotes a code', `Thanks,\nbob@example.org: 550 5.1.1 User unknown`],
    ['a closing line that is an address list\'s', `To: alice@example.net,\nbob@example.org`],
    ['more lines than a signature holds', `${notice}\n--\n${Array.from({length: 14}, (_, index) => `user${index}@example.org`).join('\n')}`],
    ['a template\'s own words below "--"', `${notice}\n--\nThis is a permanent error; I've given up. postmaster@example.org`],
  ])('%s', (_name, text) => {
    expect(withoutClosingSignature(text)).toBe(text);
  });
});
