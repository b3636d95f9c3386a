// RFC 3464 §2.1: a report's per-recipient groups are separated by blank lines, and no order of the
// fields within a group is prescribed. Whatever field opens a group (Final-Recipient as most servers
// write it, or last, as maddy's go-message writes a header's fields newest first), each recipient
// keeps its own Action, Status and Diagnostic-Code.

import {describe, expect, test} from 'vitest';
import {readDeliveryStatus} from '../../src/decoder/delivery-status.ts';
import {decode} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

const groups = {
  ann: {recipient: 'ann@example.org', action: 'failed', status: '5.1.1', diagnostic: 'smtp; 554 5.1.1 no such user'},
  bob: {recipient: 'bob@example.org', action: 'delayed', status: '4.0.0', diagnostic: 'smtp; 451 try again later'},
} as const;

type Group = (typeof groups)[keyof typeof groups];
const fieldsOf = (group: Group): Record<string, string> => ({
  'Final-Recipient': `rfc822; ${group.recipient}`,
  Action: group.action,
  Status: group.status,
  'Diagnostic-Code': group.diagnostic,
});

function report(order: readonly string[]): string {
  const perMessage = 'Reporting-MTA: dns; mail.example.org\nArrival-Date: Mon, 2 Mar 2026 09:58:00 +0000\n';
  const blocks = [groups.ann, groups.bob].map((group) => order.map((name) => `${name}: ${fieldsOf(group)[name]}`).join('\n'));
  return `${perMessage}\n${blocks.join('\n\n')}\n`;
}

describe('each recipient keeps its own fields, whatever their order in its group', () => {
  test.each([
    ['Final-Recipient first (RFC 3464 §2.3\'s order)', ['Final-Recipient', 'Action', 'Status', 'Diagnostic-Code']],
    ['Final-Recipient last (newest first, as go-message writes)', ['Diagnostic-Code', 'Status', 'Action', 'Final-Recipient']],
    ['Final-Recipient in the middle', ['Action', 'Final-Recipient', 'Diagnostic-Code', 'Status']],
  ])('%s', (_name, order) => {
    const {records} = readDeliveryStatus(report(order));
    expect(records.map((record) => [record.recipient, record.action, record.status, record.diagnostic])).toEqual(
      Object.values(groups).map((group) => [group.recipient, group.action, group.status, group.diagnostic]),
    );
  });

  test('a group with no blank line before the next recipient still ends at that recipient', () => {
    const text = 'Final-Recipient: rfc822; ann@example.org\nStatus: 5.1.1\nFinal-Recipient: rfc822; bob@example.org\nStatus: 4.0.0\n';
    expect(readDeliveryStatus(text).records.map((record) => [record.recipient, record.status])).toEqual([['ann@example.org', '5.1.1'], ['bob@example.org', '4.0.0']]);
  });
});

/**
 * Exchange's report without a Diagnostic-Code: its X-Supplementary-Info field ("<remote host
 * #<status> smtp;<reply>>", folded as Exchange folds it) carries the remote reply. Generated around
 * the reply pool; a Diagnostic-Code, where there is one, still speaks first.
 */
describe('Exchange\'s X-Supplementary-Info gives the reply a report\'s Diagnostic-Code leaves out', () => {
  const pool = replyPool();
  const replies = [...sampleOf('supplementary provider', pool.provider, 12), ...sampleOf('supplementary status', pool['status-code'], 12), ...pool['no-code']]
    .map((spec) => spec.reply.split('\n').join(' '));
  const group = (recipient: string, reply: string) => {
    const folded = `<mx.example.net #${parseReply(reply).status ?? `${reply[0]}.0.0`} smtp;${reply}>`.match(/.{1,60}(?:\s|$)/g)!.map((part) => part.trimEnd());
    return [`Final-recipient: RFC822; ${recipient}`, 'Action: failed', `Status: ${reply[0]}.0.0`, 'Remote-MTA: dns; mx.example.net',
      `X-Supplementary-Info: ${folded[0]}`, ...folded.slice(1).map((part) => ` ${part}`)].join('\n');
  };
  // Two recipients, each with its own reply: each group's field answers for its recipient only.
  const exchangeReport = (first: string, second: string) => ['Reporting-MTA: dns; EX01.example.com', '', group('bob@example.org', first), '', group('carol@example.net', second), ''].join('\n');
  const expected = (recipient: string, reply: string) => [recipient, parseReply(reply).code, parseReply(reply).status ?? `${reply[0]}.0.0`];
  test.each(replies.map((reply, index) => ({name: reply.slice(0, 60), reply, other: replies[(index + 7) % replies.length]!})))('$name', async ({reply, other}) => {
    const result = await decode(exchangeReport(reply, other));
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code])).toEqual([expected('bob@example.org', reply), expected('carol@example.net', other)]);
  });

  test('a Diagnostic-Code speaks before it', () => {
    const text = 'Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\nX-Supplementary-Info: <mx.example.net #5.0.0 smtp;550 5.1.1 unknown>\n';
    expect(readDeliveryStatus(text).records.map((record) => record.diagnostic)).toEqual(['smtp; 552 5.2.2 Mailbox full']);
  });

  test('another extension field is not read as the reply', () => {
    const text = 'Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nX-Display-Name: Bob <550 5.7.1 not a reply>\n';
    expect(readDeliveryStatus(text).records.map((record) => record.diagnostic)).toEqual([undefined]);
  });
});

// RFC 5322 §2.2.3 folding, which RFC 3464's fields follow: a line that opens with white space goes
// on with the field above. Each per-recipient field folded after its colon or after its address
// type (Exchange 2007 writes "Final-recipient: RFC822;" and the address on the next line), with
// every fold a writer uses.
describe('generated: a field folded onto its next line keeps its value', () => {
  const folds = [['a space', '\n '], ['a tab', '\n\t'], ['spaces', '\n    ']] as const;
  const fields = [
    ['Final-Recipient after its type', (fold: string) => `Final-Recipient: RFC822;${fold}ann@example.org`],
    ['Final-Recipient after its colon', (fold: string) => `Final-Recipient:${fold}rfc822; ann@example.org`],
    ['Action after its colon', (fold: string) => `Action:${fold}failed`],
    ['Status after its colon', (fold: string) => `Status:${fold}5.1.1`],
  ] as const;
  const plain = {'Final-Recipient': 'Final-Recipient: rfc822; ann@example.org', Action: 'Action: failed', Status: 'Status: 5.1.1'};
  const cases = fields.flatMap(([name, render]) => folds.map(([foldName, fold]) => ({name: `${name}, folded with ${foldName}`, field: name.split(' ')[0]!, folded: render(fold)})));

  test.each(cases)('$name', ({field, folded}) => {
    const lines = Object.entries(plain).map(([key, line]) => (key === field ? folded : line));
    const [record] = readDeliveryStatus(`Reporting-MTA: dns; mail.example.org\n\n${lines.join('\n')}\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n`).records;
    expect([record?.recipient, record?.action, record?.status]).toEqual(['ann@example.org', 'failed', '5.1.1']);
  });

  test('a folded Diagnostic-Code keeps its lines as before', () => {
    const [record] = readDeliveryStatus('Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such\n    user here\n').records;
    expect(record?.diagnostic).toBe('smtp; 550 5.1.1 no such user here');
  });

  test('an indented line after no field is no field\'s', () => {
    const [record] = readDeliveryStatus('Final-Recipient: rfc822; ann@example.org\n\n    indented prose\nAction: failed\n').records;
    expect(record?.recipient).toBe('ann@example.org');
  });
});

describe('a Status field\'s code without what a paste left after it', () => {
  test.each([
    ['Markdown\'s emphasis closing the paste', '5.0.0_', '5.0.0'],
    ['a sentence\'s full stop', '5.1.1.', '5.1.1'],
    ['its words in parentheses', '5.1.1 (bad destination mailbox address)', '5.1.1'],
    ['a semicolon', '4.4.7;', '4.4.7'],
    ['a three-digit detail', '5.7.509', '5.7.509'],
  ])('%s', (_name, value, status) => {
    const [record] = readDeliveryStatus(`Final-Recipient: rfc822; ann@example.org\nAction: failed\nStatus: ${value}\n`).records;
    expect(record?.status).toBe(status);
  });
});

/**
 * Sendmail's X-Actual-Recipient (sendmail/savemail.c errbody(): "the real problem address"): where an
 * alias or a forward sent the message on, the report's group names the address the sender gave
 * (Final-Recipient) and the one that failed, which the notice's text lists. The two are one recipient,
 * pasted as text or read from a message, in either order of the fields.
 */
describe('X-Actual-Recipient names the address the text lists: one recipient', () => {
  const notice = (fields: string) => `   ----- The following addresses had permanent fatal errors -----\ncarol@example.net\n    (reason: 550 5.1.1 <carol@example.net>... User unknown)\n    (expanded from: <bob@example.org>)\n\n   ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<carol@example.net>\n<<< 550 5.1.1 <carol@example.net>... User unknown\n\nReporting-MTA: dns; mail.example.org\n\n${fields}\n`;
  test.each([
    ['Final-Recipient first', 'Final-Recipient: RFC822; bob@example.org\nX-Actual-Recipient: RFC822; carol@example.net\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: SMTP; 550 5.1.1 <carol@example.net>... User unknown'],
    ['X-Actual-Recipient after Action', 'Final-Recipient: RFC822; bob@example.org\nAction: failed\nX-Actual-Recipient: RFC822; carol@example.net\nStatus: 5.1.1'],
  ])('%s', async (_name, fields) => {
    const result = await decode(notice(fields));
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([['bob@example.org', '550']]);
  });

  test('a text address that no group names stays a recipient of its own', async () => {
    const result = await decode(notice('Final-Recipient: RFC822; bob@example.org\nX-Actual-Recipient: RFC822; dave@example.net\nAction: failed\nStatus: 5.1.1'));
    expect(result.recipients.map((recipient) => recipient.recipient).sort()).toEqual(['bob@example.org', 'carol@example.net']);
  });
});

/**
 * A message's own header block read with its report, as a mailbox file keeps it: mbox readers write
 * "Status: O" (read, old) into the message's header, which is no delivery status (RFC 3464 §2.3.4
 * gives a class digit first). It opens no group and takes no group's Status.
 */
describe('a Status field that is no delivery status', () => {
  test.each([
    ['an mbox\'s "Status: O" above the report', 'From: Mail Delivery Subsystem <MAILER-DAEMON@example.net>\nStatus: O\nContent-Length: 2538\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: RFC822; bob@example.org\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: SMTP; 552 bob MAILBOX FULL\n', '5.2.2'],
    ['"Status: RO"', 'Status: RO\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 4.4.7\n', '4.4.7'],
    ['a status with its words', 'Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1 (bad destination mailbox address)\n', '5.1.1'],
  ])('%s', (_name, text, status) => {
    expect(readDeliveryStatus(text).records.map((record) => [record.recipient, record.status])).toEqual([['bob@example.org', status]]);
  });
});

// A recipient field's value is an address in one of the forms RFC 3464 §2.3.2 and its writers give
// it; words with no "@" are none (a web page's email protection leaves "[email protected]" where
// it hid an address), and a group that names no recipient is no recipient's: the notice's text
// still says what it says.
describe('a recipient field\'s value', () => {
  test.each([
    ['rfc822; bob@example.org', 'bob@example.org'],
    ['rfc822;<bob@example.org>', 'bob@example.org'],
    ['rfc822; Bob Smith <bob@example.org>', 'bob@example.org'],
    ['rfc822; bob@example.org (Bob Smith)', 'bob@example.org'],
    ['rfc822; bob', 'bob'],
    ['rfc822;[email protected]', undefined],
    ['rfc822; [email protected]', undefined],
    ['rfc822; undisclosed recipients', undefined],
  ] as const)('Final-Recipient: %s', (value, recipient) => {
    const {records} = readDeliveryStatus(`Reporting-MTA: dns; mail.example.org\n\nFinal-Recipient: ${value}\nAction: failed\nStatus: 5.1.1\n`);
    expect(records.map((record) => [record.recipient, record.status])).toEqual(recipient === undefined ? [] : [[recipient, '5.1.1']]);
  });
});
