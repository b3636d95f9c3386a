// Several recipients named on one line after one lead-in ("Found inactive addresses: a, b.", as
// Postmark's API error 406 lists them and its gem splits them by ", "): each address that only a
// comma, a semicolon or "and" parts from the one before is a failed recipient. Generated around
// lead-ins of the families' own templates, 1 to 5 addresses and each separator; the negatives keep
// addresses that words part from the list out of it.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

const addressesOf = (count: number) => Array.from({length: count}, (_, index) => `user${index + 1}@example${index + 1}.org`);

/** Each separator as a list writes it, between two addresses, bare or in angle brackets. */
const separators: ReadonlyArray<readonly [string, (addresses: readonly string[]) => string]> = [
  ['commas', (addresses) => addresses.join(', ')],
  ['semicolons', (addresses) => addresses.join('; ')],
  ['commas and a last "and"', (addresses) => (addresses.length < 2 ? addresses.join('') : `${addresses.slice(0, -1).join(', ')} and ${addresses.at(-1)}`)],
  ['angle brackets and commas', (addresses) => addresses.map((address) => `<${address}>`).join(', ')],
];

/** Notices whose lead-in may name several recipients on its line. */
const notices: ReadonlyArray<readonly [string, (list: string) => string]> = [
  // Postmark's API error 406, in its two wordings (developer/api/overview#error-codes; postmark-gem error.rb).
  ['Postmark 406, one line', (list) => `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${list}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.\n`],
  ['Postmark 406, a line each', (list) => `You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: ${list}.\nInactive recipients are ones that have generated a hard bounce or a spam complaint.\n`],
  ['Postmark 406 in a Ruby exception', (list) => `#<Postmark::InactiveRecipientError: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${list}. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.>\n`],
  // Exim's own heading, then the list as a mail client joined it onto one line, and the reply.
  ['Exim, list on one line', (list) => `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  ${list}\n    550 5.1.1 No such user here\n`],
];

const generated = notices.flatMap(([notice, render]) => separators.flatMap(([separator, join]) => [1, 2, 5].map((count) => ({
  name: `${notice} | ${separator} | ${count}`,
  text: render(join(addressesOf(count))),
  expected: addressesOf(count),
}))));

describe('generated: every address of a list on one line is a failed recipient', () => {
  test.each(generated)('$name', ({text, expected}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(expected);
    for (const recipient of result.recipients) expect(recipient.permanent).toBe(true);
  });
});

describe('Postmark\'s inactive addresses are suppressed by the service', () => {
  test.each(separators.map(([separator, join]) => [separator, join(addressesOf(2))] as const))('%s', (_separator, list) => {
    const result = decodeText(`You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: ${list}.\nInactive recipients are ones that have generated a hard bounce or a spam complaint.\n`);
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['suppressed', 'suppressed']);
  });
});

describe('addresses that words part from the list are not in it', () => {
  test.each([
    ['a reply between two addresses', 'The following address(es) failed:\n\n  bob@example.org: 550 5.1.1 unknown user, see ann@example.net\n', ['bob@example.org']],
    ['the sender named after the list', 'You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: bob@example.org. Sent from me@example.com.\n', ['bob@example.org']],
    ['a second address in prose', 'You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: bob@example.org. Ask ann@example.net to reactivate it.\n', ['bob@example.org']],
    ['the notice\'s own sender after a comma', 'You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: bob@example.org, mailer-daemon@example.com.\n', ['bob@example.org']],
  ])('%s', (_name, text, expected) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(expected);
  });
});

/**
 * Sendmail's banner heading (savemail.c errbody: "----- The following addresses had permanent fatal
 * errors -----") with its first address joined to it by a copy that lost the line end, in plain
 * dashes and in the en and em dashes a web page turns them into; the other addresses on lines of
 * their own, each with its "(reason: ...)". A heading's closing dashes end it as its colon does.
 */
describe('generated: the first address joined to a banner heading is a failed recipient', () => {
  const dashes = ['-----', '\u2014\u2013', '\u2013\u2013\u2013'];
  const cases = dashes.flatMap((dash) => [1, 2, 3].map((count) => ({name: `${JSON.stringify(dash)}, ${count} recipients`, dash, addresses: addressesOf(count)})));
  test.each(cases)('$name', ({dash, addresses}) => {
    const [first, ...rest] = addresses;
    const text = [
      'The original message was received at Wed, 15 Sep 2010 07:26:52 -0500 from client.example.net [192.0.2.1]',
      '',
      `${dash} The following addresses had permanent fatal errors ${dash} <${first}>`,
      '(reason: 550 5.1.1 User unknown)',
      ...rest.flatMap((address) => [`<${address}>`, '(reason: 550 5.1.1 User unknown)']),
      '',
    ].join('\n');
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(addresses);
  });

  test('dashes in prose before an address are no heading', () => {
    const text = 'Status update -- please write to help@example.org -- 550 5.1.1 User unknown for bob@example.net\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).not.toContain('help@example.org');
  });
});

/**
 * Two errors PHPMailer printed on one line, each its lead-in and its recipient ("SMTP Error: The
 * following recipients failed: a@x Error: SMTP Error: The following recipients failed: b@y": its
 * ErrorInfo joins the errors of a send): each address after a lead-in of its own is a failed
 * recipient. Generated over the lead-ins of PHPMailer's language files (the family's
 * `recipientLeadIns`), under the refusal its debug output printed above.
 */
describe('generated: a lead-in again on its line names another recipient', () => {
  const refusal = 'SMTP -> ERROR: RCPT not accepted from server: 550 5.7.1 Unable to relay\n';
  const leadIns = (mtaFamilies.find((family) => family.id === 'phpmailer')?.recipientLeadIns ?? []).map((row) => row.text);
  test('PHPMailer\'s languages give lead-ins', () => {
    expect(leadIns.length).toBeGreaterThanOrEqual(10);
  });
  test.each(leadIns)('%s', (leadIn) => {
    const [first, second] = addressesOf(2);
    const result = decodeText(`${refusal}SMTP Error: ${leadIn} ${first} Error: SMTP Error: ${leadIn} ${second}\n`);
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual([first, second]);
  });

  test.each([
    ['an address in the words after the recipient, no lead-in of its own', `${refusal}SMTP Error: The following recipients failed: bob@example.org Error: ask ann@example.net for help\n`],
    ['the notice\'s own sender after a second lead-in', `${refusal}SMTP Error: The following recipients failed: bob@example.org Error: SMTP Error: The following recipients failed: mailer-daemon@example.com\n`],
    ['a message identifier after a second lead-in', `${refusal}SMTP Error: The following recipients failed: bob@example.org Error: SMTP Error: The following recipients failed: id=<20260302.abc@example.org>\n`],
    ['the sender\'s log key after a second lead-in', `${refusal}SMTP Error: The following recipients failed: bob@example.org Error: SMTP Error: The following recipients failed: from=<sender@example.net>\n`],
  ])('negative: %s', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });
});
