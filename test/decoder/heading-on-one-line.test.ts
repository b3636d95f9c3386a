/**
 * A notice whose lines run into one, as an inbox's preview of it shows: its recipient heading (a
 * family's `recipientHeadings`, its colon included), the first address it lists, then the failure's
 * words on the same line. The address is the failed recipient, and so is each one in the next
 * notices' previews below. Generated from every family's failure heading that ends in a colon.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

/** Every family's headings of a failure list written with a colon, as the notice prints them (first letter capital). */
const headings = mtaFamilies.flatMap((family) => (family.recipientHeadings ?? [])
  .filter((row) => row.text.endsWith(':') && !(family.delivered ?? []).some((delivered) => delivered.text === row.text))
  .map((row) => ({family: family.id, heading: `${row.text.charAt(0).toUpperCase()}${row.text.slice(1)}`})));

const addresses = ['alice@example.com', 'bob.smith@example.net', 'carol+news@example.org'];

/** One preview line a notice: the heading, the address, the refusal's words, the returned copy's marker cut short. */
const preview = (heading: string, address: string) => `Mail Delivery System <MAILER-DAEMON@mx.example.net> Undelivered Mail ${heading} ${address} Mailbox unavailable, blocked by policy ------ This is a copy of the message, inclu\u2026`;

describe('a notice\'s heading and its first address on one line', () => {
  test('the table holds the families\' headings', () => {
    expect(headings.length).toBeGreaterThan(20);
  });

  test.each(headings)('$family: "$heading", three previews one under another', ({heading}) => {
    const text = `3 conversations\n${addresses.map((address) => preview(heading, address)).join('\n')}\n`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(addresses);
  });

  test.each(headings)('$family: "$heading", one preview', ({heading}) => {
    expect(decodeText(`${preview(heading, addresses[1]!)}\n`).recipients.map((recipient) => recipient.recipient)).toEqual([addresses[1]]);
  });
});

describe('a colon that no heading\'s words end at', () => {
  test.each([
    ['a sender named after its label', 'This is a permanent error. Sender: alice@example.com Mailbox unavailable\n'],
    ['a note before an address in prose', 'Please note: alice@example.com asked us to resend it.\n'],
  ])('%s: no recipient', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).not.toContain('alice@example.com');
  });
});
