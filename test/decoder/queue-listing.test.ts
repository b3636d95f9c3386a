// Queue listings (`mailq`), generated from the servers' own layouts: Postfix's (showq_compat.c: the
// heading, each message's line, each reason in parentheses, wrapped onto lines of its own when long,
// above the recipients it applies to, indented to column 41, then "-- N Kbytes in M Requests.") and
// Sendmail's (queue.c printqueue: the queue's name and its heading, each message's line, its reason
// after the body type, its recipients in angle brackets, then "Total requests: N"). Replies come from
// the reply pool's temporary replies (a queued message has been deferred, not refused), with 1, 2
// and 5 recipients a reason.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {providerReason, remoteHostOf, replyPool, type ReplySpec, sampleOf} from './generate.ts';
import {joinedReply, parseReply, wrap} from './templates/common.ts';

const heading = '-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------';
const indent = ' '.repeat(41);
const addresses = ['alice@example.com', 'bob.smith@example.net', 'carol+news@example.org', 'dave_ops@mail.example.com', 'erin@sub.example.net'];

/** One message of the listing: its line, its reason (wrapped as showq wraps it) and its recipients. */
function entry(queueId: string, reason: string | undefined, recipients: readonly string[]): string {
  return [
    `${queueId.padEnd(11)} ${'2471'.padStart(8)} Mon Mar  2 10:00:00  news@example.net`,
    ...(reason === undefined ? [] : [wrap(`(${reason})`, 78, ' ')]),
    ...recipients.map((address) => `${indent}${address}`),
  ].join('\n');
}

function listing(entries: readonly string[]): string {
  return `${heading}\n${entries.join('\n\n')}\n\n-- ${entries.length * 3} Kbytes in ${entries.length} Requests.\n`;
}

/** The reason as Postfix's smtp client words a deferral, naming the host that answered. */
function postfixReason(spec: ReplySpec): string {
  return `host ${remoteHostOf(spec.provider)}[192.0.2.10] said: ${joinedReply(spec.reply)} (in reply to RCPT TO command)`;
}

/** Sendmail's listing of one deferred message (and one being delivered after it), its reason as queue.c prints it. */
function sendmailListing(queueId: string, spec: ReplySpec, recipients: readonly string[]): string {
  return [
    '\t\t/var/spool/mqueue (2 requests)',
    '-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------',
    `${queueId}     2471 Mon Mar  2 10:00 <news@example.net>`,
    `      8BITMIME   (Deferred: ${joinedReply(spec.reply)} with ${remoteHostOf(spec.provider)}.)`,
    ...recipients.map((address) => `${indent}<${address}>`),
    'u8T9dlP7006496*      62 Mon Mar  2 10:05 <news@example.net>',
    `${indent}<frank@example.org>`,
    '\t\tTotal requests: 2',
  ].join('\n');
}

function expectationOf(address: string, spec: ReplySpec) {
  const parsed = parseReply(spec.reply);
  const reason = (spec.provider ? providerReason(spec, true) : undefined) ?? spec.statusReason;
  return {recipient: address, replyCode: parsed.code, status: parsed.status, permanent: false, ...(reason ? {reason} : {})};
}

const pool = replyPool();
const temporary = (specs: readonly ReplySpec[]) => specs.filter((spec) => parseReply(spec.reply).code.startsWith('4'));
const replies = [
  ...sampleOf('mailq provider', temporary(pool.provider), 12),
  ...sampleOf('mailq status', temporary(pool['status-code']), 16),
  ...temporary(pool['no-code']),
  ...temporary(pool['multi-line']),
];

const cases = [1, 2, 5].flatMap((count) => replies.flatMap((spec, index) => {
  const recipients = addresses.slice(0, count);
  const queueId = `4F2A81C${index.toString(16).padStart(4, '0').toUpperCase()}`;
  const want = recipients.map((address) => expectationOf(address, spec));
  const name = `${count} rcpt | ${spec.reply.split('\n')[0]!.slice(0, 60)}`;
  return [
    // A message that is being delivered (no reason) stands between: its recipient is not failing.
    {name: `postfix | ${name}`, input: listing([entry(queueId, postfixReason(spec), recipients), entry('5B3C92D0456*', undefined, ['frank@example.org'])]), want},
    {name: `sendmail | ${name}`, input: sendmailListing(queueId, spec, recipients), want},
  ];
}));

describe('queue listings, generated around temporary replies', () => {
  test.each(cases)('$name', async ({input, want}) => {
    const result = await decode(input);
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got, index) => ({
      recipient: got.recipient, replyCode: got.replyCode?.code, status: got.status?.code, permanent: got.permanent,
      ...('reason' in (want[index] ?? {}) ? {reason: got.reason.id} : {}),
    }))).toEqual(want);
  });
});

describe('Postfix\'s queue listing: reasons without a reply, and what is not a listing', () => {
  // A queued message is retried whatever its last reply's class (Postfix retries a 554 greeting):
  // its recipients are temporary, the reply keeps its codes, and the listing is a delay.
  test('each reason applies to the recipients below it, a reason without a reply code included', async () => {
    const input = listing([
      entry('4F2A81C0123', 'connect to mx.example.net[192.0.2.10]:25: Connection timed out', ['alice@example.com']),
      entry('5B3C92D0456!', 'host mx.example.org[192.0.2.20] refused to talk to me: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org', ['bob@example.org', 'carol@example.org']),
    ]);
    const result = await decode(input);
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.permanent])).toEqual([
      ['alice@example.com', undefined, false], ['bob@example.org', '554', false], ['carol@example.org', '554', false],
    ]);
  });

  // A person pastes the log lines they watched, then what mailq showed: a listing cut after its
  // first message's line shows no failing recipient, and the log lines above it say who was deferred.
  test.each([
    ['deferred, no reply', '4.4.1', 'connect to mx.example.org[192.0.2.20]:25: Connection timed out', 'delay', false],
    ['deferred by a refusal', '4.7.1', 'host mx.example.org[192.0.2.20] said: 450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted (in reply to RCPT TO command)', 'delay', false],
  ] as const)('log lines of a recipient %s above a listing that shows none', async (_name, dsn, why, kind, permanent) => {
    const status = 'deferred';
    const log = [
      'Mar 16 00:34:30 server postfix/qmgr[10843]: 30B2533C076: from=<alice@example.net>, size=807, nrcpt=1 (queue active)',
      `Mar 16 00:37:39 server postfix/smtp[10858]: 30B2533C076: to=<bob@example.org>, relay=none, delay=189, delays=0.05/0.03/189/0, dsn=${dsn}, status=${status} (${why})`,
    ].join('\n');
    const result = await decode(`${log}\nshell# mailq\n${heading}\n30B2533C076* 807 Fri Mar 16 00:34:30 alice@example.net\n`);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.status?.code, got.permanent])]).toEqual([kind, [['bob@example.org', dsn, permanent]]]);
  });

  test.each([
    ['an empty queue', 'Mail queue is empty\n'],
    ['messages queued without a reason (being delivered)', listing([entry('8C2F41A0D91*', undefined, ['bob@example.org'])])],
    ['the heading alone', `${heading}\n`],
  ])('%s: no failed recipient', async (_name, input) => {
    expect((await decode(input)).recipients).toEqual([]);
  });
});

/**
 * A selection of a listing without its heading, as a page or a message quotes it: read from the first
 * queued message's own line (showq's queue id, size, arrival time and sender), its recipients
 * indented or not (a web page loses the indentation), the sender pushed onto the next line by a
 * rewrapping copy. Generated over the same replies; the text around it is prose.
 */
describe('queue listings without their heading, generated around temporary replies', () => {
  const flush = (text: string) => text.split('\n').map((line) => line.trimStart()).join('\n');
  const headless = (text: string) => text.split('\n').filter((line) => line !== heading).join('\n');
  const senderPushed = (text: string) => text.replace(/( {2})(news@example\.net)\n\(/g, '\n$2 (');
  const variants: ReadonlyArray<readonly [string, (text: string) => string]> = [
    ['indented', headless],
    ['flush left', (text) => flush(headless(text))],
    ['flush left, sender on the reason\'s line', (text) => senderPushed(flush(headless(text)))],
  ];
  const headlessCases = [1, 2].flatMap((count) => replies.slice(0, 12).flatMap((spec, index) => {
    const recipients = addresses.slice(0, count);
    const queueId = `4F2A81C${index.toString(16).padStart(4, '0').toUpperCase()}`;
    const want = recipients.map((address) => expectationOf(address, spec));
    return variants.map(([variant, render]) => ({
      name: `${variant} | ${count} rcpt | ${spec.reply.split('\n')[0]!.slice(0, 50)}`,
      input: `I checked the mail queue on the server and saw this:\n${render(listing([entry(queueId, postfixReason(spec), recipients)]))}`,
      want,
    }));
  }));

  test.each(headlessCases)('$name', async ({input, want}) => {
    const result = await decode(input);
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got) => got.recipient)).toEqual(want.map((item) => item.recipient));
    for (const got of result.recipients) expect(got.permanent).toBe(false);
  });

  test.each([
    ['a syslog line', 'Jun 19 12:25:40 mail postfix/smtp[1234]: 242C7AFEC0D2: to=<bob@example.org>, relay=none, status=deferred (connect to mx.example.org: Connection timed out)\n', 'delay'],
    ['a directory listing', '-rw-r--r-- 1 root root 9406 Thu Jun 19 12:25:40 notes.txt\nbob@example.org\n', 'none'],
    ['a dated line in prose', 'Release 20250619 9406 Thu Jun 19 12:25:40 was the last build.\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n', 'bounce'],
  ] as const)('%s is no listing of its own', async (_name, input, kind) => {
    expect((await decode(input)).kind).toBe(kind);
  });
});
