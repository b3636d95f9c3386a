// Sendmail's transcript of session (usersmtp.c: "... while talking to <host>:", ">>> <command>",
// "<<< <reply>") writes each recipient's exchange first and its error line last (err.c usrerr:
// "<code> <rcpt>... <words>", "Remote protocol error" where the words are the server's): the lines
// above a recipient's error line are its transcript, and the entries below it are other
// recipients'. Generated around replies of several causes, each recipient with its own, in every order.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

interface Entry {
  readonly recipient: string;
  readonly host: string;
  readonly command: string;
  readonly reply: string;
  readonly reason: string;
}

const entries: readonly Entry[] = [
  {recipient: 'ann@example.org', host: 'mx.example.org', command: 'RCPT To:<ann@example.org>', reply: '452 4.2.2 Mailbox full', reason: 'mailboxfull'},
  {recipient: 'bob@example.net', host: 'mail.example.net', command: 'DATA', reply: '552 Message size exceeds fixed maximum message size', reason: 'mesgtoobig'},
  {recipient: 'carol@example.com', host: 'smtp.example.com', command: 'MAIL From:<alice@example.jp>', reply: '550 Relaying denied. Proper authentication required.', reason: 'norelaying'},
];

/** One entry as Sendmail 5 wrote it: the transcript, then the error line, whose words say only that the server refused. */
function entryText({recipient, host, command, reply}: Entry): string {
  return [`While talking to ${host}:`, `>>> ${command}`, `<<< ${reply}`, `554 <${recipient}>... Remote protocol error`].join('\n');
}

function notice(listed: readonly Entry[]): string {
  return [
    'From: Mail Delivery Subsystem <MAILER-DAEMON@example.jp>',
    'Subject: Returned mail: Remote protocol error',
    '',
    '   ----- Transcript of session follows -----',
    ...listed.map(entryText),
    '',
    '   ----- Unsent message follows -----',
    'From: alice@example.jp',
    'Subject: hello',
    '',
  ].join('\n');
}

const orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0]] as const;

describe('generated: each recipient\'s Sendmail error line closes its own transcript', () => {
  test.each(orders.map((order) => ({name: order.map((index) => entries[index]!.reason).join(', '), listed: order.map((index) => entries[index]!)})))('$name', ({listed}) => {
    const result = decodeText(notice(listed));
    expect(result.recipients.map((found) => [found.recipient, found.reason.id, found.remoteHost])).toEqual(listed.map((entry) => [entry.recipient, entry.reason, entry.host]));
  });

  test('an error line with no transcript above it keeps its own words', () => {
    const result = decodeText(notice([]).replace('   ----- Unsent', '550 <dan@example.org>... User unknown\n\n   ----- Unsent'));
    expect(result.recipients.map((found) => [found.recipient, found.reason.id])).toEqual([['dan@example.org', 'userunknown']]);
  });
});

/**
 * Sendmail's lines about the session's host (err.c fmtmsg: whatever a message is about stands before
 * "... ", the host and its mailer while it talks to one: "421 mx.example.org (smtp)... Deferred:
 * Connection reset by peer") may stand between the transcript and the recipient's error line: they
 * are the same session's, and the remote server's reply in the transcript is still the recipient's.
 */
function entryWithHostLine(entry: Entry): string {
  const [talking, command, reply, error] = entryText(entry).split('\n');
  return [talking, command, reply, `421 ${entry.host} (smtp)... Deferred: Connection reset by peer during result wait with ${entry.host}`, error].join('\n');
}

describe('generated: a host\'s own line between the transcript and the recipient\'s error line', () => {
  test.each(orders.map((order) => ({name: order.map((index) => entries[index]!.reason).join(', '), listed: order.map((index) => entries[index]!)})))('$name', ({listed}) => {
    const text = notice([]).replace('   ----- Unsent', `${listed.map(entryWithHostLine).join('\n')}\n\n   ----- Unsent`);
    const result = decodeText(text);
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.reason.id]))
      .toEqual(listed.map((entry) => [entry.recipient, entry.reply.slice(0, 3), entry.reason]));
  });

  test('a host\'s line with no transcript above it: the recipient\'s line keeps its own code', () => {
    const text = notice([]).replace('   ----- Unsent', '421 mx.example.org (smtp)... Deferred: Connection timed out during user open with mx.example.org\n554 <dan@example.org>... Remote protocol error\n\n   ----- Unsent');
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([['dan@example.org', '554']]);
  });
});
