// A notice that states its cause once, above a list of recipients that carries no words of its own
// (au by KDDI's "The following recipients did not receive this message:" and the addresses, as
// Sisimai's ezweb.rb records its template): each recipient takes the cause from the notice's words.
// A recipient whose line quotes its own reply keeps that reply's reason. Generated from the
// template's cause sentences around 1, 2 and 5 recipients, with LF and CRLF.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const causes: ReadonlyArray<readonly [string, string]> = [
  ['Your message was not delivered within 0 days and 1 hours.\nRemote host is not responding.', 'expired'],
  ['The user(s) account is temporarily over quota.', 'mailboxfull'],
  ['The user(s) account is disabled.', 'suspend'],
];

const addresses = (count: number) => Array.from({length: count}, (_, index) => `user${index + 1}@ezweb.example.jp`);

function notice(cause: string, recipients: readonly string[], eol: string): string {
  return [cause, '', 'The following recipients did not receive this message:', '', ...recipients.map((address) => `<${address}>`), ''].join('\n').replaceAll('\n', eol);
}

const generated = causes.flatMap(([cause, reason]) => [1, 2, 5].flatMap((count) => ['\n', '\r\n'].map((eol) => ({
  name: `${reason}, ${count} recipient(s), ${eol === '\n' ? 'LF' : 'CRLF'}`, text: notice(cause, addresses(count), eol), recipients: addresses(count), reason,
}))));

describe('generated: a list with no words of its own takes the notice\'s cause', () => {
  test.each(generated)('$name', ({text, recipients, reason}) => {
    const result = decodeText(text);
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(recipients.map(() => reason));
  });
});

describe('what the notice\'s words do not decide', () => {
  test('a recipient quoting its own reply keeps that reply\'s reason', () => {
    const text = 'Your message was not delivered within 0 days and 1 hours.\n\nThe following recipients did not receive this message:\n\n<user1@ezweb.example.jp>: 552 5.2.2 Mailbox full\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual(['mailboxfull']);
  });

  // Its own words are all it says of the recipient: nothing names a cause (report-without-reply).
  test('a notice whose words name no cause says the cause is unknown', () => {
    const text = 'Delivery to the following recipient failed permanently:\n\n     user1@example.org\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual(['undefined']);
  });
});
