// RFC 3464 §2.3.1: Original-Recipient is the address the sender gave; Final-Recipient (§2.3.2) is
// what aliasing, forwarding or a source route made of it. The failed recipient reported is the one
// in the sender's list whenever the report gives it as an Internet address. Reports generated here
// around the pairs each kind of rewriting produces (written for this test, not copied from any
// corpus), in the layouts Postfix and Sendmail write: text part, then the report.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {deliveryStatus, message, multipart, reportNotice} from './templates/common.ts';

function notice(fields: string, lineEnd = '\n'): string {
  const text = 'This is the mail system at host relay.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n';
  return reportNotice(text, [fields, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown']).replace(/\n/g, lineEnd);
}

const recipientOf = async (fields: string, lineEnd?: string) => (await decode(notice(fields, lineEnd))).recipients.map((r) => r.recipient);

describe('the address the sender gave is the failed recipient', () => {
  test.each([
    // [what rewrote it, Original-Recipient, Final-Recipient, reported]
    ['a virtual alias (Postfix virtual(5))', 'rfc822; info@example.org', 'rfc822; ann.smith@mailhost.example.org', 'info@example.org'],
    ['an internal cluster name', 'rfc822;user@example.org', 'rfc822; user@mailcluster.local', 'user@example.org'],
    ['a forward to another provider', 'rfc822; old@example.org', 'rfc822; someone@example.net', 'old@example.org'],
    ['a source route (RFC 5321 Appendix C)', 'rfc822;bob@example.org', 'rfc822;@mx.example.org:bob@ims-ms-daemon', 'bob@example.org'],
    ['a local address type', 'rfc822; carol@example.org', 'LOCAL; carol', 'carol@example.org'],
    ['a local address type, the original in a domain without a top-level label', 'rfc822;<f.b@a.b.c>', 'LOCAL;<f.b>', 'f.b@a.b.c'],
    ['angle brackets around the original', 'rfc822; <dan@example.org>', 'rfc822; dan@internal.example.org', 'dan@example.org'],
    ['the same address both times', 'rfc822; eve@example.org', 'rfc822; eve@example.org', 'eve@example.org'],
  ])('%s', async (_name, original, final, reported) => {
    for (const order of [`Original-Recipient: ${original}\nFinal-Recipient: ${final}`, `Final-Recipient: ${final}\nOriginal-Recipient: ${original}`]) {
      for (const lineEnd of ['\n', '\r\n']) expect(await recipientOf(order, lineEnd)).toEqual([reported]);
    }
  });

  test.each([
    // An Original-Recipient that is no Internet address leaves the Final-Recipient standing.
    ['an original of a local type', 'Original-Recipient: LOCAL; frank', 'Final-Recipient: rfc822; frank@example.org', 'frank@example.org'],
    ['an original without a domain', 'Original-Recipient: rfc822; grace', 'Final-Recipient: rfc822; grace@example.org', 'grace@example.org'],
    ['an original with an X.400 address', 'Original-Recipient: x400; /C=US/O=Example/S=Hopper/', 'Final-Recipient: rfc822; hopper@example.org', 'hopper@example.org'],
    ['no original at all', '', 'Final-Recipient: rfc822; ivan@example.org', 'ivan@example.org'],
  ])('%s', async (_name, original, final, reported) => {
    expect(await recipientOf(`${original}\n${final}`.trim())).toEqual([reported]);
  });
});

/**
 * A list or an alias the sender wrote once that expanded to several recipients: the report gives
 * each failure with the same Original-Recipient and its own Final-Recipient. The original still
 * takes mail (it is the list); the failures are the final recipients', one each.
 */
describe('an original that expanded to several final recipients names each of them', () => {
  const text = 'This is the mail system at host relay.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n';
  const expandedNotice = (original: string, finals: readonly string[]) => message(
    ['From: Mail Delivery System <MAILER-DAEMON@relay.example.net>', 'To: news@example.net', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"'],
    multipart('B', [
      {headers: ['Content-Type: text/plain; charset=us-ascii'], body: text},
      {headers: ['Content-Type: message/delivery-status'], body: deliveryStatus(['Reporting-MTA: dns; relay.example.net'], finals.map((final) => [`Original-Recipient: rfc822; ${original}`, `Final-Recipient: rfc822; ${final}`, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown']))},
    ]),
  );
  test.each([2, 3, 5].flatMap((count) => ['noc@example.org', 'team-list@lists.example.org'].map((original) => [original, count] as const)))('%s expanded to %i', async (original, count) => {
    const finals = Array.from({length: count}, (_, index) => `person${index + 1}@mail.example.org`);
    expect((await decode(expandedNotice(original, finals))).recipients.map((r) => r.recipient)).toEqual(finals);
  });

  test('one original with one final keeps the original (the address in the sender\'s list)', async () => {
    expect((await decode(expandedNotice('info@example.org', ['ann.smith@mailhost.example.org']))).recipients.map((r) => r.recipient)).toEqual(['info@example.org']);
  });
});
