/**
 * A delivery report whose record quotes no reply (no Diagnostic-Code, and no block of the text
 * names its recipient) is explained by the report's human-readable part (RFC 3464 §2: the first
 * part is for people, and says why). Generated around several explanations; a report of two
 * recipients does not lend one text to both, and a record's own reply wins over the text.
 */
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

function report(explanation: string, records: readonly string[]): string {
  return `From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
To: sender@example.com
Subject: Delivery failure
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain; charset=utf-8

${explanation}

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org

${records.join('\n\n')}

--B--
`;
}

const record = (address: string, diagnostic?: string) => [`Final-Recipient: rfc822; ${address}`, 'Action: failed', 'Status: 5.0.0', ...(diagnostic ? [`Diagnostic-Code: smtp; ${diagnostic}`] : [])].join('\n');

describe('a report of one recipient that quotes no reply takes its reason from its text', () => {
  test.each([
    ['Delivery to the mailbox failed:\n account is full (quota exceeded)', 'mailboxfull'],
    ['The mailbox of this recipient is over quota.', 'mailboxfull'],
    ['The local delivery agent reports: no such user here', 'userunknown'],
    ['Delivery failed: the recipient\'s domain has no mail server (host not found).', 'hostunknown'],
  ])('%j → %s', async (explanation, reason) => {
    const result = await decode(report(explanation, [record('bob@example.org')]));
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])).toEqual([['bob@example.org', reason]]);
  });

  test('a report of two recipients lends its text to neither', async () => {
    const result = await decode(report('One of them: account is full (quota exceeded)', [record('ann@example.org'), record('bob@example.org')]));
    expect(result.recipients.map((recipient) => recipient.reason.id)).not.toContain('mailboxfull');
  });

  test('a record\'s own reply wins over the text', async () => {
    const result = await decode(report('account is full (quota exceeded)', [record('bob@example.org', '550 5.1.1 user unknown')]));
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(['userunknown']);
  });
});
