// A notice pasted whole, its parts not split by a MIME parser, whose returned message is itself a
// notice (a bounce of a bounce: a server refused a warning the sender's server had sent): the
// report in the returned message is another notice's, and its recipients are none of this one's.
// A relay's notice that has no report of its own and wraps the bounce it got stays read through
// it (nested-report). Generated around the reply pool, the returned notice of 1, 2 and 5 recipients.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {deliveryStatus, diagnosticField, message, multipart, parseReply} from './templates/common.ts';

const refused = 'bob@example.org';

/** A Sendmail-style warning for `recipients`, as the returned message. */
function returnedWarning(recipients: readonly string[]): string {
  return message([
    'From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.net>', `To: <${refused}>`, 'Subject: Warning: could not send message for past 4 hours',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="inner"',
  ], multipart('inner', [
    {headers: ['Content-Type: text/plain'], body: '    **      THIS IS A WARNING MESSAGE ONLY      **\n\nWill keep trying until message is 5 days old\n'},
    {headers: ['Content-Type: message/delivery-status'], body: deliveryStatus(['Reporting-MTA: dns; relay.example.net'],
      recipients.map((recipient) => [`Final-Recipient: RFC822; ${recipient}`, 'Action: delayed', 'Status: 4.4.3', 'Will-Retry-Until: Tue, 1 Dec 2026 02:51:25 +0530']))},
  ]));
}

/** The outer notice as pasted: its report for `refused`, the warning returned below it. */
function pasted(reply: string, returnedRecipients: readonly string[]): string {
  const {status} = parseReply(reply);
  return multipart('outer', [
    {headers: ['Content-Type: text/plain'], body: 'This is a MIME-encapsulated message\n\n   ----- The following addresses had permanent fatal errors -----\n'},
    {headers: ['Content-Type: message/delivery-status'], body: deliveryStatus(['Reporting-MTA: dns; mx.example.org'],
      [[`Final-Recipient: RFC822; ${refused}`, 'Action: failed', `Status: ${status ?? '5.0.0'}`, diagnosticField(reply.split('\n')[0]!, 'Diagnostic-Code', 'SMTP; ')]])},
    {headers: ['Content-Type: message/rfc822'], body: returnedWarning(returnedRecipients)},
  ]);
}

const pool = replyPool();
const replies = [...sampleOf('returned-notice status', pool['status-code'], 12), ...sampleOf('returned-notice provider', pool.provider, 12)]
  .filter((spec) => spec.reply.startsWith('5'));
const cases = replies.flatMap(({reply}) => [1, 2, 5].map((count) => ({
  name: `${count} returned: ${reply.slice(0, 50)}`,
  text: pasted(reply, Array.from({length: count}, (_, index) => `waiting${index}@example.com`)),
  reply,
})));

describe('generated: a returned message\'s report names none of the notice\'s recipients', () => {
  test.each(cases)('$name', ({text, reply}) => {
    const result = decodeText(text);
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([[refused, parseReply(reply).code]]);
  });

  test('a notice whose only report is in the part it attaches is read through it', () => {
    const relay = multipart('outer', [
      {headers: ['Content-Type: text/plain'], body: 'The attached message could not be delivered by the next server.\n'},
      {headers: ['Content-Type: message/rfc822'], body: message(['From: MAILER-DAEMON@mx.example.org', 'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="inner"'], multipart('inner', [
        {headers: ['Content-Type: message/delivery-status'], body: deliveryStatus(['Reporting-MTA: dns; mx.example.org'],
          [['Final-Recipient: rfc822; carol@example.org', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown']])},
      ]))},
    ]);
    expect(decodeText(relay).recipients.map((recipient) => recipient.recipient)).toEqual(['carol@example.org']);
  });
});
