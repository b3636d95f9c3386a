// A delivery report's group selected without its Final-Recipient: its Status (RFC 3464 §2.3.4,
// required of every group) alone, or with the group's Action and Remote-MTA (§2.3.3, §2.3.5), is
// still the report of a failure, a delay or a delivery, with the status it gives. Generated over
// every code of the IANA registry in each class it allows; a field-like line of ordinary text is not.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';

/** Every registry code in each failure class the registry allows it. */
const failureCodes = statusCodes.flatMap((rule) => rule.classes.filter((digit) => digit !== '2').map((digit) => `${digit}${rule.code.slice(1)}`));

/** The group's fields as a selection holds them. */
const selections: ReadonlyArray<readonly [string, (status: string) => string, (status: string) => string | undefined]> = [
  // A class 4 status with no Action says neither that the server gave up nor that it retries.
  ['Status alone', (status) => `Status: ${status}`, (status) => (status.startsWith('5') ? 'bounce' : undefined)],
  ['Action failed, Status, Remote-MTA', (status) => `Action: failed\nStatus: ${status}\nRemote-MTA: dns; mx.example.net`, () => 'bounce'],
  ['Action delayed, Status, Will-Retry-Until', (status) => `Action: delayed\nStatus: ${status}\nWill-Retry-Until: Tue, 3 Mar 2026 10:00:00 +0000`, () => 'delay'],
];

describe('a report group without its recipient gives its status', () => {
  test('the registry has codes of both failure classes', () => {
    expect([failureCodes.some((code) => code.startsWith('4')), failureCodes.some((code) => code.startsWith('5'))]).toEqual([true, true]);
  });

  test.each(selections.flatMap(([name, render, kind]) => failureCodes
    .filter((status) => name !== 'Action delayed, Status, Will-Retry-Until' || status.startsWith('4'))
    .map((status) => ({name: `${name} | ${status}`, text: render(status), status, kind: kind(status)}))))('$name', ({text, status, kind}) => {
    const result = decodeText(text);
    expect(result.recipients.map((recipient) => recipient.status?.code)).toEqual([status]);
    if (kind !== undefined) expect(result.kind).toBe(kind);
  });

  test('a delivered group is a delivery', () => {
    expect(decodeText('Action: delivered\nStatus: 2.0.0\nRemote-MTA: dns; mx.example.net').kind).toBe('delivered');
  });
});

describe('field-like lines of ordinary text make no report', () => {
  test.each([
    'Status: ok',
    'Status: RO',
    'Status: 200 OK',
    'Order status: shipped 2.5.1 days ago',
  ])('%j', (text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
