/**
 * A Diagnostic-Code field holding a multi-line reply whose lines a paste or a writer left unfolded,
 * each at a line's start ("Diagnostic-Code: smtp; 550-Invalid recipient <bob@...>" over "550
 * (#5.1.1)"): every line but the last begins with the code and a hyphen, the last with the code and
 * a space (RFC 5321 §4.2.1), so the lines with the same code go on with the field's reply, and a
 * precise enhanced code in them outweighs the report's generic Status (X.0.0, RFC 3463 §3.1).
 * Generated from every registry code a recipient's failure may carry.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';

const codes = statusCodes.filter((rule) => rule.classes.includes('5') && !rule.code.endsWith('.0.0')).map((rule) => rule.code.replace('X', '5'));

/** A report whose Status is generic and whose reply gives the precise code on its last line, unfolded. */
const report = (status: string, lineEnd: string) => [
  'Final-Recipient: rfc822; bob@example.org',
  'Action: failed',
  'Status: 5.0.0',
  'Remote-MTA: dns; mx.example.org',
  'Diagnostic-Code: smtp; 550-Requested action not taken for <bob@example.org>',
  '550-Please quote reference 8F3A2C1D when asking',
  `550 (#${status})`,
  '',
].join(lineEnd);

describe.each([['LF', '\n'], ['CRLF', '\r\n']])('an unfolded multi-line reply in the field (%s)', (_name, lineEnd) => {
  test.each(codes)('its last line\'s %s is the status', (status) => {
    const [recipient] = decodeText(report(status, lineEnd)).recipients;
    expect([recipient?.recipient, recipient?.replyCode?.code, recipient?.status?.code]).toEqual(['bob@example.org', '550', status]);
  });
});

describe('lines after the field that are no part of its reply', () => {
  test.each([
    ['another code\'s reply line', 'Diagnostic-Code: smtp; 550-Requested action not taken\n421 (#4.4.2) later\n', '5.0.0'],
    ['a reply that closed on its line', 'Diagnostic-Code: smtp; 550 Requested action not taken\n550 (#5.7.1) another reply\n', '5.0.0'],
  ])('%s', (_name, field, status) => {
    const [recipient] = decodeText(`Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.0.0\n${field}`).recipients;
    expect(recipient?.status?.code).toBe(status);
  });
});
