// A list's or a mailer's bounce address that encodes its recipient (VERP: Mailman's VERP_FORMAT
// '%(bounces)s+%(mailbox)s=%(host)s', Postfix's default "+=" delimiters) names that recipient where
// a failed recipient stands. Generated from the format around recipients and list addresses, and a
// pasted refusal that quotes the list's bounce address below the reply; sub-addresses and SRS
// addresses encode nobody.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {recipientNamedBy} from '../../src/decoder/find-addresses.ts';
import {postfixRefusal, wrap} from './templates/common.ts';

const recipients = ['bob@example.org', 'carol.smith@mail.example.net', 'dave_ops+news@example.co.uk', 'erin-2@sub.example.com'];
const lists = ['mylist-bounces@lists.example.net', 'wl.bs14-bounces@relay.example.ch', 'news@bounce.example.com'];

/** The bounce address of `list` for `recipient`, as VERP_FORMAT writes it. */
function verp(list: string, recipient: string): string {
  const [bounces, origin] = list.split('@') as [string, string];
  const [mailbox, host] = recipient.split('@') as [string, string];
  return `${bounces}+${mailbox}=${host}@${origin}`;
}

const cases = lists.flatMap((list) => recipients.map((recipient) => [verp(list, recipient), recipient] as const));

describe('a VERP bounce address is the recipient it encodes', () => {
  test.each(cases)('%s → %s', (address, recipient) => {
    expect(recipientNamedBy(address)).toBe(recipient);
  });

  test.each(cases)('a refusal quoted above %s names %s', (address, recipient) => {
    const text = `550 5.1.1 <${recipient}>: Recipient address rejected: User unknown\n\n${address}\n\nthe list got this back, what does it mean?\n`;
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([recipient]);
  });
});

describe('an address that encodes no recipient stays itself', () => {
  test.each([
    'bob+tag@example.org', // a sub-address
    'bob+a=b@example.org', // what follows the equals sign is no domain
    'bob+=example.org@example.net', // no local part encoded
    'SRS0=HHH=TT=example.org=bob@forwarder.example.net', // Sender Rewriting Scheme: no separator
    'list-bounces+bob=@lists.example.net',
  ])('%s', (address) => {
    expect(recipientNamedBy(address)).toBe(address);
  });
});

describe('a report\'s own field names the address it gives, a VERP one included', () => {
  test('a bounce of a list\'s bounce address (a Final-Recipient that encodes another) is about that address', async () => {
    const address = 'mylist-bounces+bob=example.org@lists.example.net';
    const text = [
      'From: MAILER-DAEMON@relay.example.net', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '', '--B', 'Content-Type: text/plain', '', 'Delivery failed.', '',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; relay.example.net', '',
      `Final-Recipient: rfc822; ${address}`, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable', '', '--B--', '',
    ].join('\n');
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([address]);
  });
});

/**
 * An address in a VERP form that a notice's template names as the refused recipient, its own words
 * going on after it (Postfix's "<rcpt>: host ... said: ..."), is the address the server refused: an
 * alias service's address (addy.io's "alias+mailbox=domain@...") has that form too. Generated from
 * the VERP cases in Postfix's recipient line, on one line and wrapped as Postfix wraps it.
 */
describe('a VERP-shaped address in a notice\'s recipient slot is the recipient as written', () => {
  const notices = cases.flatMap(([address]) => {
    const line = postfixRefusal('554 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]', {recipient: address, host: 'mail.alias.example.net'});
    return [
      {name: `one line: ${address}`, text: `This is the mail system at host mx.example.com.\n\n${line}\n`, address},
      {name: `wrapped: ${address}`, text: `This is the mail system at host mx.example.com.\n\n${wrap(line, 76, '    ')}\n`, address},
    ];
  });
  test.each(notices)('$name', ({text, address}) => {
    const result = decodeText(text);
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([[address.toLowerCase(), '554']]);
  });
});
