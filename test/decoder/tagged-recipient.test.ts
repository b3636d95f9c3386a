/**
 * A reply that names its recipient by Sendmail's tag ("550 5.1.1 bob@example.org... User unknown":
 * sendmail err.c, fmtmsg() writes "%s... " before the text of every error about an address), with
 * no angle brackets, names the failed recipient where the notice names it no other way: pasted
 * alone, or in Exchange 2003's bracketed reply under a recipient its NDR shows by display name
 * (Microsoft KB 284204). Generated from every registry code a recipient's refusal may carry.
 */
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';

const recipient = 'bob@example.org';

/** The registry's codes of a failure about a recipient or its message: not the sender's address (X.1.7, X.1.8), nor a success. */
const failureCodes = statusCodes
  .filter((rule) => rule.classes.includes('5') && rule.code !== 'X.1.7' && rule.code !== 'X.1.8')
  .map((rule) => rule.code.replace('X', '5'));

const exchange2003 = (reply: string) => [
  'Your message did not reach some or all of the intended recipients.',
  '',
  '      Subject:\thello',
  '      Sent:\t9/1/2026 10:00 AM',
  '',
  'The following recipient(s) cannot be reached:',
  '',
  '      Bob Example on 9/1/2026 10:00 AM',
  '            The e-mail system was unable to deliver the message.',
  `            <mail.example.net #${reply.slice(4, 9)} smtp;${reply}>`,
  '',
].join('\n');

const layouts: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['pasted alone', (reply) => `${reply}\n`],
  ['in Exchange 2003\'s bracket, under a display name', exchange2003],
  ['the same with CRLF line ends', (reply) => exchange2003(reply).replaceAll('\n', '\r\n')],
];

describe.each(layouts)('a reply tagged with its recipient, %s', (_layout, render) => {
  test.each(failureCodes)('550 %s', async (status) => {
    const result = await decode(render(`550 ${status} ${recipient}... Requested action not taken`));
    expect(result.recipients.map((each) => [each.recipient, each.status?.code])).toEqual([[recipient, status]]);
  });
});

describe('addresses the tag names otherwise', () => {
  test.each([
    ['the sender\'s address (X.1.8)', '553 5.1.8 alice@example.net... Domain of sender address example.net does not exist'],
    ['the sender refused at MAIL FROM', '>>> MAIL From:<alice@example.net>\n<<< 550 5.7.1 alice@example.net... Sender blocked'],
    ['an address the words label the sender\'s', '550 5.7.1 alice@example.net... Sender address rejected: Access denied'],
    ['an address with no tag after it', '550 5.1.1 User unknown, see postmaster@example.org for help'],
  ])('%s names no recipient', async (_name, text) => {
    const result = await decode(`${text}\n`);
    expect(result.recipients.map((each) => each.recipient)).toEqual([undefined]);
  });
});
