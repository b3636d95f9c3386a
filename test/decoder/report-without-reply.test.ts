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

// A record with no Diagnostic-Code may say why in a comment after its Status code, as RFC 3464's
// own example of a report to several recipients does ("Status: 4.0.0 (cat.example.net: host name
// lookup failure)"): that comment is the record's explanation, in a report of several recipients
// too, where no text is lent from one to another. A comment in RFC 3463's words for the code's
// class or subject ("permanent failure") says no more than the code.
describe('a Status field\'s comment explains a record that quotes no reply', () => {
  const decodeWith = async (status: string) => {
    const action = status.startsWith('5') ? 'failed' : 'delayed';
    const text = report('The following addresses had delivery problems.', [
      ['Final-Recipient: rfc822; bob@example.org', `Action: ${action}`, `Status: ${status}`].join('\n'),
      record('carol@example.net', '550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown'),
    ]);
    return (await decode(text)).recipients.find((recipient) => recipient.recipient === 'bob@example.org')?.reason.id;
  };
  test.each([
    ['4.0.0 (cat.example.net: host name lookup failure)', 'networkerror'],
    ['5.0.0 (mailbox full)', 'mailboxfull'],
    ['5.0.0 (message too large)', 'mesgtoobig'],
  ])('%s', async (status, reason) => {
    expect(await decodeWith(status)).toBe(reason);
  });

  // Negative: RFC 3463's own words for the class or subject change nothing.
  test.each([
    '4.4.0 (other or undefined network or routing status)',
    '5.0.0 (permanent failure)',
    '4.0.0 (persistent transient failure)',
    '5.1.0 (addressing status)',
  ])('%s', async (status) => {
    expect(await decodeWith(status)).toBe(await decodeWith(status.split(' ')[0]!));
  });
});

// A notice whose own words are all it says of a recipient (its prose, the line of its list that
// names the address) names no cause: the cause is unknown (undefined), as where nothing is said.
// A server's words that name no known cause are something said: on hold.
describe('a notice that says nothing of the cause says it is unknown', () => {
  const postfixUnavailable = `From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

This is a MIME-encapsulated message.

--B
Content-Description: Notification
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

\t--- Delivery report unavailable ---

--B
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.org
X-Postfix-Queue-ID: B1C79423C925

--B--
`;
  test.each([
    // Postfix's line in place of a delivery report it could not give (Sisimai's lhost/postfix.rb reads it as "Delivery report unavailable": no per-recipient data).
    ['Postfix\'s notice whose delivery report is unavailable', postfixUnavailable, 'undefined'],
    ['a list of one recipient that no words follow', 'Delivery to the following recipients failed permanently:\n\n   * bob@example.org\n', 'undefined'],
    ['qmail\'s notice with no reply under the recipient', 'Hi. This is the qmail-send program at mx.example.net.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n', 'undefined'],
    // Negative: the server's words under the recipient, whatever they say, were said.
    ['qmail\'s notice with a server\'s words of no known cause', 'Hi. This is the qmail-send program at mx.example.net.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<bob@example.org>:\nSorry, the mail could not be taken.\n', 'onhold'],
  ])('%s', async (_name, text, reason) => {
    expect((await decode(text)).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});
