/**
 * Exim's notices of a message refused as it was received (src/src/moan.c, moan_send_message): a
 * fixed subject and text per error, the error's own words indented below, and no per-recipient
 * report. Each is a permanent failure; the words decide the reason, and an error that names one
 * address names the recipient it is about.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

function moanNotice(subject: string, text: string): string {
  return [
    'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
    'To: alice@example.com',
    `Subject: Mail failure - ${subject}`,
    'Auto-Submitted: auto-replied',
    '',
    text,
    '',
    '------ This is a copy of your message, including all the headers. ------',
    '',
    'From: Alice <alice@example.com>',
    'To: bob@example.org',
    'Subject: Hello',
    '',
    'Hello Bob',
    '',
  ].join('\n');
}

const localScan = (error: string) => moanNotice('rejected by local scanning code', `A message that you sent was rejected by the local scanning code that\nchecks incoming messages on this system. The following error was given:\n\n  ${error}`);

describe('Exim\'s notices of a message refused on receipt', () => {
  test.each([
    ['a malformed recipient address', moanNotice('malformed recipient address', 'A message that you sent contained one or more recipient addresses that were\nincorrectly constructed:\n\n  bob@example.org <carol@example.org>: malformed address: <carol@example.org> may not follow bob@example.org\n\nThis address has been ignored. The other addresses in the message were\nsyntactically valid and have been passed on for an attempt at delivery.'), 'syntaxerror'],
    ['a message too big', moanNotice('message too big', 'A message that you sent was longer than the maximum size allowed on this\nsystem. It was not delivered to any recipients.'), 'mesgtoobig'],
    ['a local scan', localScan('Message rejected: spam detected'), 'spamdetected'],
  ])('%s: a bounce, permanent, %s', async (_what, raw, reason) => {
    const result = await decode(raw);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.permanent, recipient.reason.id])).toEqual([[true, reason]]);
  });
});

describe('the one address the words of a failure in prose name', () => {
  test.each([
    ['Local mailbox bob@example.org is unavailable: user not found', 'bob@example.org'],
    ['Message was not accepted -- invalid mailbox.\n Local mailbox bob@example.org is unavailable: user not found', 'bob@example.org'],
    ['The mailbox of bob@example.org is full', 'bob@example.org'],
    ['Rejected because BOB@Example.org has no account here', 'bob@example.org'],
  ])('%j → %s', async (error, recipient) => {
    expect((await decode(localScan(error))).recipients.map((found) => found.recipient)).toEqual([recipient]);
    // Pasted as text, without the message's header, the same words name the same recipient.
    expect(decodeText(localScan(error).split('\n').slice(4).join('\n')).recipients.map((found) => found.recipient)).toEqual([recipient]);
  });

  test.each([
    // Two addresses name no single recipient.
    'Mail from alice@example.com to bob@example.org was refused by policy',
    // The notice's own sender is no recipient, nor is any notice sender's address.
    'Please write to Mailer-Daemon@mx.example.net with any question',
    'Please write to postmaster@example.net with any question',
    // No address at all.
    'Message was not accepted -- invalid mailbox.',
  ])('%j → no recipient', async (error) => {
    expect((await decode(localScan(error))).recipients.map((found) => found.recipient)).toEqual([undefined]);
  });
});
