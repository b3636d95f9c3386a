// A Status of the class alone (X.0.0, "other undefined status", RFC 3463 §3.1), as servers write it
// when the remote reply carried no enhanced code (maddy, Gmail), neither contradicts nor confirms a
// provider's documented reply: its reply code must then agree with the provider's row.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

function report(diagnostic: string, status = '5.0.0'): string {
  return `Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: ${status}\nRemote-MTA: dns; mx1.outlook.com\nDiagnostic-Code: smtp; ${diagnostic}\n`;
}

/** Whether the reason came from the provider's documented row, and which. */
function fromProviderRow(text: string): [string, boolean] {
  const [recipient] = decodeText(text).recipients;
  return [recipient!.reason.id, recipient!.evidence.some((evidence) => evidence.about === 'reason' && evidence.note.startsWith('The provider documents this reply'))];
}

describe('a class-only Status and a provider\'s documented reply', () => {
  test.each([
    ['the reply code agrees with the row', report('550 5.0.0 mx1.outlook.com. said: does not meet the required authentication level'), ['authfailure', true]],
    ['the reply\'s own enhanced code stands', report('550 5.7.515 does not meet the required authentication level', '5.7.515'), ['authfailure', true]],
  ])('%s: the row decides', (_name, text, want) => {
    expect(fromProviderRow(text)).toEqual(want);
  });

  test.each([
    ['no reply code to confirm the row', report('mx1.outlook.com. said: does not meet the required authentication level')],
    ['a reply code of another class', report('421 5.0.0 mx1.outlook.com. said: does not meet the required authentication level')],
    ['a precise Status of another code', report('550 5.1.1 does not meet the required authentication level', '5.1.1')],
  ])('%s: the row does not decide', (_name, text) => {
    expect(fromProviderRow(text)[1]).toBe(false);
  });
});
