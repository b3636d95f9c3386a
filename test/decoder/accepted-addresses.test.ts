// A server's reply that accepted an address (RFC 3463 X.1.x: "250 2.1.5 Recipient ok", "250 2.1.0
// Sender ok"; RFC 5321's 354 for the data) is no failure. In a transcript that accepted one
// recipient and refused the next, only the refused one failed: generated over failure replies of
// the generator's pool, in the transcript forms clients print. Under a notice that says its message
// failed, a recipient whose only reply accepted it failed after that reply, which names no cause:
// MDaemon's and Exim's permanent notices over such a transcript.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {codedReplyLines} from './generate.ts';

const refusals = codedReplyLines('accepted addresses', {failuresOnly: true}).slice(0, 40);

/** How clients print a session's lines: the command sent, then the reply received. */
const transcripts: ReadonlyArray<readonly [string, (sent: string, received: string) => string]> = [
  ['Haraka\'s protocol log', (sent, received) => `[PROTOCOL] [E0CD1571.1] [queue/smtp_forward] C: ${sent}\n[PROTOCOL] [E0CD1571.1] [queue/smtp_forward] S: ${received}`],
  ['swaks', (sent, received) => ` -> ${sent}\n<-  ${received}`],
  ['Sendmail\'s transcript', (sent, received) => `>>> ${sent}\n<<< ${received}`],
];

describe('a transcript that accepted one address and refused the next names only the refused one', () => {
  test('the pool has refusals', () => {
    expect(refusals.length).toBeGreaterThan(20);
  });

  // The refusal as the server words it, and as Postfix's smtpd words a recipient its verification
  // found undeliverable, quoting the next server's reply (smtpd_check.c, reject_unverified_recipient:
  // "Recipient address rejected: undeliverable address: %s").
  const refused = (reply: string) => [
    ['its own words', reply],
    ['Postfix\'s verification', `${reply.slice(0, 9)} <bob@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`],
  ] as const;

  test.each(refusals.flatMap((reply) => transcripts.flatMap(([form, line]) => refused(reply).map(([how, words]) => ({
    name: `${form}, ${how}: ${reply.slice(0, 50)}`,
    text: [line('MAIL FROM:<sender@example.net>', '250 2.1.0 Sender ok'), line('RCPT TO:<alice@example.org>', '250 2.1.5 Recipient ok'), line('RCPT TO:<bob@example.org>', words)].join('\n'),
    code: reply.slice(0, 3),
  })))))('$name', ({text, code}) => {
    const result = decodeText(`${text}\n`);
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([['bob@example.org', code]]);
  });
});

/** Notices that say their message failed for good, each over a transcript that accepted the recipient. */
const notices: ReadonlyArray<readonly [string, string]> = [
  ['MDaemon', 'The attached message had PERMANENT fatal delivery errors!\n\nAfter one or more unsuccessful delivery attempts the attached message has\nbeen removed from the mail queue on this server.\n\nYOUR MESSAGE WAS NOT DELIVERED!\n\n--- Partial Session Transcript ---\n'],
  ['Exim', 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'],
];

describe('under a failure notice, a recipient whose only reply accepted it has no reply of the failure', () => {
  test.each(notices)('%s', (_name, notice) => {
    const transcript = '   MAIL From:<sender@example.net>\n   250 2.1.0 <sender@example.net>... Sender ok\n   RCPT To:<bob@example.org>\n   250 2.1.5 <bob@example.org>... Recipient ok\n   DATA\n   354 Enter mail, end with "." on a line by itself\n   Sending message to [192.0.2.1]\n';
    const result = decodeText(`${notice}${transcript}`);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code, found.permanent])).toEqual([['bob@example.org', undefined, undefined, true]]);
  });
});

describe('what accepting an address leaves as it was', () => {
  test.each([
    ['a transcript that accepted every address and sent no data', 'MAIL FROM:<sender@example.net>\n250 2.1.0 Ok\nRCPT TO:<bob@example.org>\n250 2.1.5 Ok\n', 'none'],
    ['the server\'s acceptance of the data', '250 2.0.0 Ok: queued as 4F2A1C0E12\n', 'delivered'],
  ])('%s', (_name, text, kind) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});
