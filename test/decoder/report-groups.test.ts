// RFC 3464 §2.1: a report's per-recipient groups are separated by blank lines, and no order of the
// fields within a group is prescribed. Whatever field opens a group (Final-Recipient as most servers
// write it, or last, as maddy's go-message writes a header's fields newest first), each recipient
// keeps its own Action, Status and Diagnostic-Code.

import {describe, expect, test} from 'vitest';
import {readDeliveryStatus} from '../../src/decoder/delivery-status.ts';

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
