/**
 * A reply whose two codes disagree on the class ("550 4.2.2 Delivery failed: Over quota", as an
 * LMTP server answered): RFC 3463 wants the enhanced code's class to be the reply code's, so one of
 * them is wrong. The report's Action, the sending server's own verdict (RFC 3464 §2.3.3: "failed"
 * is not tried again, "delayed" still is), says which class holds; with no Action, the enhanced
 * code's, as before. The codes themselves are reported as written, and the conflict is said.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

function report(reply: string, status: string, action: string | undefined): string {
  return [
    'Reporting-MTA: dns; mail.example.net',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    ...(action === undefined ? [] : [`Action: ${action}`]),
    `Status: ${status}`,
    `Diagnostic-Code: smtp; ${reply}`,
    '',
  ].join('\n');
}

function outcome(text: string): [string | undefined, string | undefined, boolean | undefined, boolean] {
  const [recipient] = decodeText(text).recipients;
  return [recipient?.replyCode?.code, recipient?.status?.code, recipient?.permanent, recipient?.conflicts.some((conflict) => conflict.includes('disagree on the class')) ?? false];
}

describe('a reply whose codes disagree on the class', () => {
  test.each([
    ['Action: failed sides with a 5xx reply', report('550 4.2.2 Delivery failed: Over quota', '4.2.2', 'failed'), ['550', '4.2.2', true, true]],
    ['Action: delayed sides with a 4xx reply', report('451 5.7.1 Try again later', '5.7.1', 'delayed'), ['451', '5.7.1', false, true]],
    ['Action: failed does not side with a 4xx reply: the enhanced code holds', report('451 5.7.1 Try again later', '5.7.1', 'failed'), ['451', '5.7.1', true, true]],
    ['no Action: the enhanced code holds', report('550 4.2.2 Delivery failed: Over quota', '4.2.2', undefined), ['550', '4.2.2', false, true]],
  ])('%s', (_name, text, want) => {
    expect(outcome(text)).toEqual(want);
  });

  test('codes of one class: no conflict, and the Action changes nothing', () => {
    expect(outcome(report('452 4.2.2 Over quota', '4.2.2', 'failed'))).toEqual(['452', '4.2.2', false, false]);
  });
});
