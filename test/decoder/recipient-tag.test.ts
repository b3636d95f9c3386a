// Sendmail's fmtmsg() (err.c) writes "<address>... " before the text of every error it gives about
// one recipient: "550 5.1.1 <bob@example.org>... User unknown". A reply so tagged with the failed
// recipient is about that address, whatever command the report leaves unsaid, so "no such user"
// there is a missing mailbox, not a filter that spoke after the data. Reports generated here around
// the tag (written for this test, not copied from any corpus).

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {reportNotice} from './templates/common.ts';

/** An RFC 3464 report that gives the reply and a class-only status, and names no SMTP command. */
function report(diagnostic: string, lineEnd = '\n'): string {
  const fields = ['Final-Recipient: rfc822; bob@example.org', 'Action: failed', 'Status: 5.0.0', 'Remote-MTA: dns; mx.example.org', `Diagnostic-Code: smtp; ${diagnostic}`];
  return reportNotice('I was unable to deliver your message to the following addresses:\n\nbob@example.org\n', fields, 'Delivery Status Notification (Failure)').replace(/\n/g, lineEnd);
}

const unknownUserTexts = ['No such user', 'User unknown', 'Unknown user', 'user not found'];

describe('a reply tagged with the recipient is about the recipient', () => {
  const cases = unknownUserTexts.flatMap((words) => [
    [`550 bob@example.org... ${words}`],
    [`550 <bob@example.org>... ${words}`],
    [`550 5.0.0 <bob@example.org>... ${words}`],
  ]);
  test.each(cases)('%s', async (diagnostic) => {
    for (const lineEnd of ['\n', '\r\n']) {
      const [first] = (await decode(report(diagnostic, lineEnd))).recipients;
      expect(first?.reason.id).toBe('userunknown');
      expect(first?.hardBounce).toBe(true);
    }
  });

  test.each(unknownUserTexts.map((words) => [`550 bob@example.org... ${words}`]))('pasted alone: %s', (reply) => {
    expect(decodeText(reply).recipients[0]?.reason.id).toBe('userunknown');
  });
});

describe('a reply not tagged with the recipient keeps its doubt', () => {
  test.each([
    ['no tag at all', '550 No such user'],
    ['another address tagged', '550 carol@example.net... No such user'],
    ['the address without the tag', '550 No such user bob@example.org'],
    ['the tag said after the data', '550 bob@example.org... No such user (in reply to end of DATA command)'],
  ])('%s', async (_name, diagnostic) => {
    const [first] = (await decode(report(diagnostic))).recipients;
    expect(first?.reason.id).toBe('filtered');
    expect(first?.hardBounce).toBe(false);
  });
});
