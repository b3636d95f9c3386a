// Log lines that carry a report escaped (qmail-send's "delivery <n>: failure: <report>", written by
// logsafe() in qsutil.c: a line break becomes "/", a space or any character below 33 or above 126,
// and "%", becomes "_"), generated around the reply pool: qmail-remote's report for each reply,
// escaped as qmail-send logs it, alone and among the log's other lines. Then tables of lines that
// must be left as they are, and of a receiving server's log lines of a recipient it refused. Courier's
// delivery log lines (ctlfile_append_reply in courier/libs/comctlfile.c) are generated the same way.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';
import {unescapeLogLines} from '../../src/decoder/templates.ts';
import {providerReason, replyPool, type ReplySpec, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

const remoteIp = '198.51.100.9';

/** qmail-remote's report of a refused recipient (qmail-remote.c), as qmail-send hands it to the log. */
function report(reply: string): string {
  const permanent = reply.startsWith('5');
  return [
    `${remoteIp} does not like recipient.`,
    ...reply.split('\n').map((line, index) => (index === 0 ? `Remote host said: ${line}` : line)),
    permanent ? `Giving up on ${remoteIp}.` : '',
  ].join('\n');
}

/** qsutil.c's logsafe(): the rule this test escapes by, written from the source. */
function logsafe(text: string): string {
  return [...text].map((character) => {
    if (character === '\n') return '/';
    const code = character.charCodeAt(0);
    return character === '%' || code < 33 || code > 126 ? '_' : character;
  }).join('');
}

function logLine(reply: string, delivery: number): string {
  const result = reply.startsWith('5') ? 'failure' : 'deferral';
  return `@400000006752a1b20c1d2e3f delivery ${delivery}: ${result}: ${logsafe(report(reply))}`;
}

/** The log around the line: qmail-send's lines before and after a delivery's result. */
function inLog(line: string, delivery: number): string {
  return [
    '@400000006752a1b10a0b0c0d new msg 2883715',
    '@400000006752a1b10a0b0c0e info msg 2883715: bytes 2471 from <news@example.net> qp 31337 uid 1001',
    `@400000006752a1b10a0b0c0f starting delivery ${delivery}: msg 2883715 to remote bob@example.org`,
    line,
    '@400000006752a1b20c1d2e40 status: local 0/10 remote 0/20',
  ].join('\n');
}

function expectationOf(spec: ReplySpec) {
  const parsed = parseReply(spec.reply);
  const reason = (spec.provider ? providerReason(spec, false) : undefined) ?? spec.statusReason;
  return {
    replyCode: parsed.code,
    status: parsed.status,
    permanent: (parsed.status ?? parsed.code).startsWith('5'),
    ...(reason ? {reason} : {}),
  };
}

const pool = replyPool();
// logsafe() writes a space and an underscore alike, so a reply's own underscore ("OFR_506") comes
// back from the log as a space: such a reply cannot round-trip, and is left out of the sample.
const loggable = (spec: ReplySpec) => !spec.reply.includes('_');
const replies = [
  ...sampleOf('qmail log provider', pool.provider.filter(loggable), 20),
  ...sampleOf('qmail log status', pool['status-code'], 30),
  ...pool['no-code'],
  ...sampleOf('qmail log multi-line', pool['multi-line'], 4),
];

const cases = replies.flatMap((spec, index) => {
  const line = logLine(spec.reply, 40 + index);
  // Alone, the line names no recipient; in the log, the line that started the same delivery does
  // (qmail-send.c del_start: "starting delivery <n>: msg <m> to remote <recipient>").
  return [
    {name: `alone | ${spec.reply.split('\n')[0]!.slice(0, 60)}`, input: line, spec, recipient: undefined},
    {name: `in the log | ${spec.reply.split('\n')[0]!.slice(0, 60)}`, input: inLog(line, 40 + index), spec, recipient: 'bob@example.org'},
    {name: `in the log, another delivery started last | ${spec.reply.split('\n')[0]!.slice(0, 60)}`, input: inLog(line, 40 + index).replace('\n' + line, `\n@400000006752a1b10a0b0c10 starting delivery ${41 + index + 1000}: msg 2883716 to remote carol@example.org\n${line}`), spec, recipient: 'bob@example.org'},
  ];
});

describe('qmail-send log lines, generated around the reply pool', () => {
  test.each(cases)('$name', async ({input, spec, recipient}) => {
    const result = await decode(input);
    const want = expectationOf(spec);
    expect(result.kind).toBe(want.permanent ? 'bounce' : 'delay');
    expect(result.recipients.map((got) => got.recipient)).toEqual([recipient]);
    const [got] = result.recipients;
    expect({
      replyCode: got?.replyCode?.code,
      status: got?.status?.code,
      permanent: got?.permanent,
      ...('reason' in want ? {reason: got?.reason.id} : {}),
    }).toEqual(want);
  });
});

/**
 * Courier's log of one delivery (courier/libs/comctlfile.c, ctlfile_append_reply): the reply with the
 * sender and the recipient, then the delivery's status.
 */
function courierLog(reply: string, recipient = 'bob@example.org'): string {
  const head = `Mar  2 10:00:03 mx courieresmtp: id=00123ABC.5F2D1A22.00004C7B,from=<news@example.net>,addr=<${recipient}>`;
  return `${head}: ${reply}\n${head},status: ${reply.startsWith('5') ? 'failure' : 'deferred'}`;
}

/** A sample of the reply pool's one-line replies (provider, status-code and codeless ones), as a log line holds them. */
function oneLineReplies(name: string): ReplySpec[] {
  return [
    ...sampleOf(`${name} log provider`, pool.provider, 20),
    ...sampleOf(`${name} log status`, pool['status-code'], 30),
    ...pool['no-code'],
  ].filter((spec) => !spec.reply.includes('\n'));
}

/** A log line of one delivery to bob@example.org: its recipient, codes, permanence and reason as the reply's data says. */
function expectOneLineOf(result: DecodeResult, spec: ReplySpec): void {
  const want = expectationOf(spec);
  expect(result.kind).toBe(want.permanent ? 'bounce' : 'delay');
  expect(result.recipients.map((got) => ({
    recipient: got.recipient,
    replyCode: got.replyCode?.code,
    status: got.status?.code,
    permanent: got.permanent,
    ...('reason' in want ? {reason: got.reason.id} : {}),
  }))).toEqual([{recipient: 'bob@example.org', ...want}]);
}

const courierReplies = oneLineReplies('courier');

describe('Courier delivery log lines, generated around the reply pool', () => {
  test.each(courierReplies.map((spec) => ({name: spec.reply.slice(0, 60), spec})))('$name', async ({spec}) => {
    expectOneLineOf(await decode(courierLog(spec.reply)), spec);
  });

  test('the sender (from=<...>) is never the recipient', async () => {
    const result = await decode(courierLog('550 5.1.1 user unknown', 'carol@example.org'));
    expect(result.recipients.map((got) => got.recipient)).toEqual(['carol@example.org']);
  });

  test('a delivery that succeeded names no failed recipient', async () => {
    const head = 'Mar  2 10:00:03 mx courieresmtp: id=00123ABC.5F2D1A22.00004C7B,from=<news@example.net>,addr=<bob@example.org>';
    const result = await decode(`${head},success: 250 2.0.0 Ok: queued as 4F2A81C0123\n${head},status: success`);
    expect(result.recipients.filter((got) => got.reason.id !== 'delivered')).toEqual([]);
  });
});

/**
 * Exim's main log line of one delivery attempt that a remote server refused (spec.xfpt, chapter
 * "Log files"; deliver.c): "**" and the address for a failure, "==" and the address, the router and
 * transport, then " defer (<errno>)" for a deferral; the host; then check_response()'s message.
 */
function eximLogLine(reply: string, recipient = 'bob@example.org'): string {
  const failed = reply.startsWith('5');
  const host = 'H=mx.example.org [198.51.100.9]';
  const message = `SMTP error from remote mail server after RCPT TO:<${recipient}>: ${reply}`;
  return failed
    ? `2026-03-02 10:00:03 1tABCD-0001Xy-7Q ** ${recipient} R=dnslookup T=remote_smtp ${host}: ${message}`
    : `2026-03-02 10:00:03 1tABCD-0001Xy-7Q == ${recipient} R=dnslookup T=remote_smtp defer (-44) ${host}: ${message}`;
}

const eximReplies = oneLineReplies('exim');

describe('Exim main log lines of a failed or deferred delivery, generated around the reply pool', () => {
  test.each(eximReplies.map((spec) => ({name: spec.reply.slice(0, 60), spec})))('$name', async ({spec}) => {
    expectOneLineOf(await decode(eximLogLine(spec.reply)), spec);
  });

  // Deferrals with no remote reply: the error number and its text, or the router's words.
  test.each([
    ['a connection that timed out', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q == bob@example.org R=dnslookup T=remote_smtp defer (110): Connection timed out H=mx.example.org [198.51.100.9]', undefined],
    ['no route to the host', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q == bob@example.org R=dnslookup T=remote_smtp defer (113): No route to host H=mx.example.org [198.51.100.9]: mx.example.org [198.51.100.9]', 'networkerror'],
    ['a lookup the router could not finish', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q == bob@example.org R=dnslookup defer (-1): host lookup did not complete', undefined],
    ['the same in a debug trace, the process number before it', '  277 LOG: MAIN\n  277   == bob@example.org R=dnslookup defer (-1): host lookup did not complete', undefined],
  ])('a deferral: %s', async (_name, line, reason) => {
    const result = await decode(line);
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got) => [got.recipient, got.permanent])).toEqual([['bob@example.org', false]]);
    if (reason) expect(result.recipients[0]?.reason.id).toBe(reason);
  });

  // The flag after the message id says the outcome where no reply does (spec.xfpt, "Log files": "**"
  // delivery failed, the address bounced; "==" delivery deferred; "=>" normal delivery): a router's
  // own refusal, a local delivery, an address the log names on every line.
  test.each([
    ['a router that refused the address', '2026-03-02 10:15:48 1tABCD-0001Xy-7Q ** bob@example.org R=nonlocal: Mailing to remote domains not supported', 'bounce', true],
    ['a router that refused it, the local part first', '2026-03-02 10:15:48 1tABCD-0001Xy-7Q ** bob <bob@example.org> R=local_user: unknown user', 'bounce', true],
    ['a local transport that deferred it', '2026-03-02 10:15:48 1tABCD-0001Xy-7Q == bob@example.org R=localuser T=local_delivery defer (-29): User 0 set for local_delivery transport is on the never_users list', 'delay', false],
  ])('the flag says: %s', async (_name, line, kind, permanent) => {
    const result = await decode(`2026-03-02 10:15:47 1tABCD-0001Xy-7Q <= news@example.net U=news P=local S=620\n${line}\n2026-03-02 10:15:48 1tABCD-0001Xy-7Q Completed\n`);
    expect([result.kind, ...result.recipients.map((got) => [got.recipient, got.permanent])]).toEqual([kind, ['bob@example.org', permanent]]);
  });

  test('a local delivery (no C="250 ...") of the notice to its sender is no failure beside the one that bounced', async () => {
    const log = [
      '2026-03-02 10:15:48 1tABCD-0001Xy-7Q ** bob@example.org F=<news@example.net> R=dnslookup T=remote_smtp: SMTP error from remote mail server after end of data: host mx.example.org [198.51.100.9]: 554 delivery error: dd This user doesn\'t have an account',
      '2026-03-02 10:15:49 1tABCE-0001Xz-8R <= <> R=1tABCD-0001Xy-7Q U=mail P=local S=979',
      '2026-03-02 10:15:49 1tABCE-0001Xz-8R => news <news@example.net> F=<> R=virtual_user T=virtual_localdelivery S=1079',
    ].join('\n');
    expect((await decode(log)).recipients.map((got) => got.recipient)).toEqual(['bob@example.org']);
  });

  test.each([
    ['a delivery', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.9] C="250 2.0.0 OK"'],
    ['a local delivery', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q => bob <bob@example.org> R=local_user T=mail_spool'],
    ['stars in Markdown, no message id', '**bob@example.org** is our new address: write to **bob@example.org**.'],
    ['an arrival', '2026-03-02 10:00:02 1tABCD-0001Xy-7Q <= news@example.net H=mail.example.net [198.51.100.7] P=esmtps S=2471'],
    ['a completed message', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q Completed'],
    ['a sentence that merely says "defer (" and "=="', 'We defer (for now) the a == b comparison to bob@example.org.'],
  ])('no failed recipient: %s', async (_name, line) => {
    expect((await decode(line)).recipients.filter((got) => got.reason.id !== 'delivered' && got.permanent !== undefined)).toEqual([]);
  });
});

/**
 * OpenSMTPD's log line of one delivery attempt (usr.sbin/smtpd/mta.c, mta_log): the result and the
 * remote reply as its status; before 6.4 the result came first ("relay: PermFail for <id>: ...").
 */
function openSmtpdLogLine(reply: string, layout: 'quoted' | 'old' | 'old, its brackets lost'): string {
  const result = reply.startsWith('5') ? 'PermFail' : 'TempFail';
  const old = `Mar  2 10:00:03 mx smtpd[2211]: relay: ${result} for 6430369adcce4408: session=7818378a988ca63b, from=<news@example.net>, to=<bob@example.org>, rcpt=<->, source=192.0.2.7, relay=198.51.100.9 (mx.example.org), delay=2s, stat=${reply}`;
  if (layout === 'old') return old;
  // As a paste (or a mail archive hiding addresses) leaves it: "from=news@example.net, to=bob@example.org,".
  if (layout === 'old, its brackets lost') return old.replace(/=<([^<>]*)>/g, '=$1');
  return `Mar  2 10:00:03 mx smtpd[2211]: 1e722991167e2b80 mta delivery evpid=f9293a5cb336a379 from=<news@example.net> to=<bob@example.org> rcpt=<-> source="192.0.2.7" relay="198.51.100.9 (mx.example.org)" delay=2s result="${result}" stat="${reply}"`;
}

// A quote in the reply would end OpenSMTPD's quoted status.
const openSmtpdReplies = oneLineReplies('opensmtpd').filter((spec) => !spec.reply.includes('"'));

describe('OpenSMTPD delivery log lines, generated around the reply pool', () => {
  test.each(openSmtpdReplies.flatMap((spec) => (['quoted', 'old', 'old, its brackets lost'] as const).map((layout) => ({name: `${layout} | ${spec.reply.slice(0, 60)}`, spec, layout}))))('$name', async ({spec, layout}) => {
    expectOneLineOf(await decode(openSmtpdLogLine(spec.reply, layout)), spec);
  });

  // smtpd's own words as the status: no code, the result says final or retried.
  test.each([
    ['a network error, retried', 'Mar  2 10:00:03 mx smtpd[2211]: relay: TempFail for 6430369adcce4408: session=7818378a988ca63b, from=<news@example.net>, to=<bob@example.org>, rcpt=<->, source=192.0.2.7, relay=198.51.100.9 (mx.example.org), delay=0s, stat=Network error on destination MXs', false],
    ['a local delivery that failed for good', 'Mar  2 10:00:03 mx smtpd[2211]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379 from=<news@example.net> to=<bob@example.org> rcpt=<-> user=bob delay=1s result=PermFail stat=Error (mailbox quota exceeded)', true],
    ['a local delivery retried', 'Mar  2 10:00:03 mx smtpd[2211]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379 from=<news@example.net> to=<bob@example.org> rcpt=<-> user=bob delay=1s result=TempFail stat=Error (temporary failure)', false],
  ])('%s', async (_name, line, permanent) => {
    const result = await decode(line);
    expect(result.recipients.map((got) => [got.recipient, got.permanent])).toEqual([['bob@example.org', permanent]]);
  });

  test('Zimbra\'s LMTP injector names its recipient in a field of its own ("rcpt=<address>", no brackets)', async () => {
    const output = 'Injecting 1 message(s) to 1 recipient(s).  Server localhost, port 7025, using 1 thread(s).\n[error] Delivery failed msg=local_sent.eml rcpt=bob@example.org response=552 5.2.2 Over quota\nLmtpInject Finished\nsubmitted=0 failed=1';
    expect((await decode(output)).recipients.map((got) => [got.recipient, got.replyCode?.code, got.status?.code])).toEqual([['bob@example.org', '552', '5.2.2']]);
  });

  test('a delivery that went through names no failed recipient', async () => {
    const line = 'Mar  2 10:00:03 mx smtpd[2211]: 1e722991167e2b80 mta delivery evpid=f9293a5cb336a379 from=<news@example.net> to=<bob@example.org> rcpt=<-> source="192.0.2.7" relay="198.51.100.9 (mx.example.org)" delay=2s result="Ok" stat="250 2.0.0 Ok: queued as 4F2A81C0123"';
    expect((await decode(line)).recipients.filter((got) => got.reason.id !== 'delivered')).toEqual([]);
  });
});

/**
 * ZoneMTA's log line of a delivery it gave up or retries (zone-eu/zone-mta lib/sender.js: "id=%s
 * %s.%s REJECTED[%s] from=%s to=%s src=%s mx=%s id=%s (%s)", "DEFERRED[%s]" in the same words; before,
 * "%s.%s REJECTED[%s] from=%s[%s] to=%s mx=%s (%s)"): the bounce category in brackets, the remote
 * reply last, in parentheses.
 */
function zoneMtaLogLine(reply: string, layout: 'current' | 'older'): string {
  const verdict = reply.startsWith('5') ? 'REJECTED' : 'DEFERRED';
  if (layout === 'older') return `info Sender/default/384216 1913bb9a8f0000b1d1.001 ${verdict}[recipient] from=news@example.net[news@example.net] to=bob@example.org mx=mx.example.org (${reply})`;
  return `info Sender/default/384216[3] id=hnrux6ckzzwih2jo 1913bb9a8f0000b1d1.001 ${verdict}[recipient] from=news@example.net to=bob@example.org src=192.0.2.7 mx=mx.example.org id=<20260302100000.1@example.net> (${reply})`;
}

describe('ZoneMTA delivery log lines, generated around the reply pool', () => {
  test.each(oneLineReplies('zonemta').flatMap((spec) => (['current', 'older'] as const).map((layout) => ({name: `${layout} | ${spec.reply.slice(0, 60)}`, spec, layout}))))('$name', async ({spec, layout}) => {
    expectOneLineOf(await decode(zoneMtaLogLine(spec.reply, layout)), spec);
  });

  // Its own words as the reply (a DNS failure it met itself): the verdict says final or retried.
  test.each([
    ['given up', 'info Sender/default/384216[3] id=hnrux6ckzzwih2jo 1913bb9a8f0000b1d1.001 REJECTED[dns] from=news@example.net to=bob@example.org src= mx=example.org id=<a1@example.net> (DNS Error: Unable to deliver email to the IP address resolved for the Mail Exchange (MX) server)', true],
    ['retried', 'info Sender/default/384216[3] id=hnrux6ckzzwih2jo 1913bb9a8f0000b1d1.001 DEFERRED[dns] from=news@example.net to=bob@example.org src= mx=example.org id=<a1@example.net> (DNS Error: Failed to resolve the MX server)', false],
  ])('%s', async (_name, line, permanent) => {
    expect((await decode(line)).recipients.map((got) => [got.recipient, got.permanent])).toEqual([['bob@example.org', permanent]]);
  });

  // Its verdict against the reply's class: ZoneMTA defers a permanent reply it will try again (a
  // greeting's block), and gives up a temporary one whose retries ran out. Its word is the delivery's.
  const againstClass = oneLineReplies('zonemta').map((spec) => ({spec, code: spec.reply.slice(0, 3)}));
  test.each(againstClass.map(({spec, code}) => ({name: `${code.startsWith('5') ? 'DEFERRED' : 'REJECTED'} | ${spec.reply.slice(0, 60)}`, spec, code})))('$name', async ({spec, code}) => {
    const verdict = code.startsWith('5') ? 'DEFERRED' : 'REJECTED';
    const line = zoneMtaLogLine(spec.reply, 'current').replace(/(?:REJECTED|DEFERRED)\[/, `${verdict}[`);
    const result = await decode(line);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.permanent])])
      .toEqual([verdict === 'DEFERRED' ? 'delay' : 'bounce', [['bob@example.org', code, verdict === 'DEFERRED' ? false : code.startsWith('5')]]]);
  });
});

/**
 * Stalwart's log of its queue (stalwartlabs/mail-server crates/trc/src/event/description.rs: each
 * event's description, its id in parentheses, then its span's fields as "key = value", the
 * recipients as to = ["<rcpt>", ...]): a message rescheduled is retried, a DSN of permanent failure
 * gives it up.
 */
function stalwartLine(event: string, to: string): string {
  return `2026-03-02T10:00:03Z INFO ${event} queueId = 219873494559306243, queueName = "remote", from = "news@example.net", to = [${to}], size = 3183, total = 1, nextRetry = 2026-03-02T10:02:03Z, nextDsn = 2026-03-07T10:00:00Z, expires = 2026-03-07T10:00:00Z`;
}

describe('Stalwart\'s log of a message it retries or gives up', () => {
  const addresses = ['bob@example.org', 'carol.ng@example.net', 'dave+x@mail.example.com'];
  const lists = [
    ['in angle brackets', (count: number) => addresses.slice(0, count).map((address) => `"<${address}>"`).join(', ')],
    ['bare', (count: number) => addresses.slice(0, count).map((address) => `"${address}"`).join(', ')],
  ] as const;
  const events = [
    ['Message rescheduled for delivery (queue.rescheduled)', 'delay', false],
    ['DSN temporary failure notification (delivery.dsn-temp-fail)', 'delay', false],
    ['DSN permanent failure notification (delivery.dsn-perm-fail)', 'bounce', true],
  ] as const;
  test.each(events.flatMap(([event, kind, permanent]) => lists.flatMap(([layout, list]) => [1, 3].map((count) => ({name: `${event} | ${layout} | ${count}`, line: stalwartLine(event, list(count)), kind, permanent, count})))))('$name', async ({line, kind, permanent, count}) => {
    const result = await decode(line);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((got) => [got.recipient, got.permanent])).toEqual(addresses.slice(0, count).map((address) => [address, permanent]));
  });

  test.each([
    ['a delivery attempt that started', 'Delivery attempt started (delivery.attempt-start)'],
    ['a message queued', 'Queued message for delivery (queue.queue-message)'],
  ])('no failure: %s', async (_name, event) => {
    expect((await decode(stalwartLine(event, '"<bob@example.org>"'))).recipients.filter((got) => got.permanent !== undefined)).toEqual([]);
  });
});

/**
 * Postal's SMTP sender log (postalserver/postal lib/postal/smtp_sender.rb: "Sending message
 * <server id>::<message id> to <rcpt>", then the exception's class and message when the server
 * refused: Net::SMTPFatalError for a 5xx, Net::SMTPServerBusy for a 4xx), one attempt per recipient.
 */
function postalLog(attempts: readonly {recipient: string; reply: string}[]): string {
  const prefix = (time: string) => `[worker.1:958] [2019-04-21T22:55:${time}] INFO -- : [PPIRRUWH]`;
  return attempts.flatMap(({recipient, reply}, index) => [
    `${prefix(`3${index}.871`)} Connected to 192.0.2.25:25 (mx.example.org)`,
    `${prefix(`3${index}.872`)} Sending message 1::${24017 + index} to ${recipient}`,
    `${prefix(`3${index}.910`)} ${reply.startsWith('5') ? 'Net::SMTPFatalError' : 'Net::SMTPServerBusy'}: ${reply}`,
  ]).join('\n');
}

describe('Postal\'s SMTP sender log, generated around the reply pool', () => {
  const addresses = ['bob@example.org', 'carol.ng@example.net', 'dave+x@mail.example.com', 'erin@example.com', 'frank@example.org'];
  const replies = oneLineReplies('postal');
  const cases = [1, 2, 5].flatMap((count) => sampleOf(`postal ${count}`, replies, 8).map((spec, index) => {
    const specs = [spec, ...sampleOf(`postal ${count} ${index}`, replies, count - 1)];
    return {name: `${count} | ${spec.reply.slice(0, 60)}`, specs, count};
  }));
  test.each(cases)('$name', async ({specs, count}) => {
    const attempts = specs.map((spec, index) => ({recipient: addresses[index]!, reply: spec.reply}));
    const result = await decode(postalLog(attempts));
    expect(result.recipients.map((got) => ({recipient: got.recipient, replyCode: got.replyCode?.code, status: got.status?.code, permanent: got.permanent})))
      .toEqual(specs.map((spec, index) => {
        const {replyCode, status, permanent} = expectationOf(spec);
        return {recipient: addresses[index], replyCode, status, permanent};
      }));
    expect(result.recipients).toHaveLength(count);
  });

  test('a line that sends no message names no recipient', async () => {
    const log = '[worker.1:958] [2019-04-21T22:55:30.871] INFO -- : [PPIRRUWH] Sending reminder to bob@example.org\n[worker.1:958] [2019-04-21T22:55:30.910] INFO -- : [PPIRRUWH] Net::SMTPFatalError: 550 5.1.1 No such user';
    expect((await decode(log)).recipients.map((got) => got.recipient)).toEqual([undefined]);
  });
});

/**
 * qmail-send's log line of a delivery whose report is qmail-rspawn's own, not a remote server's
 * (notqmail qmail-rspawn.c report(): "D"/"Z" "Unable to run qmail-remote.", "Z" "qmail-remote
 * crashed.", "Z" "qmail-remote produced no output."): no recipient, no code, and still the log's
 * verdict, a failure (D) or a deferral (Z), with and without its timestamp.
 */
describe('qmail-send\'s log of a delivery that names no recipient', () => {
  const reports = [
    {report: 'Unable to run qmail-remote.', verdict: 'failure'},
    {report: 'Unable to run qmail-remote.', verdict: 'deferral'},
    {report: 'qmail-remote crashed.', verdict: 'deferral'},
    {report: 'qmail-remote produced no output.', verdict: 'deferral'},
  ];
  const lines = reports.flatMap(({report, verdict}) => [
    {name: `${verdict} | ${report}`, line: `delivery 245: ${verdict}: ${logsafe(report)}/`, verdict},
    {name: `${verdict} | ${report} | timestamped`, line: `@400000006752a1b20c1d2e3f delivery 245: ${verdict}: ${logsafe(report)}/`, verdict},
  ]);
  test.each(lines)('$name', async ({line, verdict}) => {
    const result = await decode(line);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.permanent])]).toEqual([verdict === 'failure' ? 'bounce' : 'delay', [[undefined, verdict === 'failure']]]);
  });

  test.each([
    ['a success', 'delivery 245: success: did_0+0+1/'],
    ['a sentence that merely says "failure:"', 'The delivery of the parcel: failure: it was lost.'],
  ])('%s is no failure', async (_name, line) => {
    expect((await decode(line)).kind).not.toMatch(/bounce|delay/);
  });
});

/**
 * maddy's log of one delivery (foxcpp/maddy internal/target/queue/queue.go): each line a message,
 * then its fields as a JSON object; the failed attempt's line carries the SMTP error's fields
 * (internal/exterrors/smtp.go: smtp_code, smtp_enchcode, smtp_msg), then the queue's verdict.
 */
function maddyLog(reply: string): string {
  const {code, status} = parseReply(reply);
  const words = reply.replace(/^[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/, '');
  const error = JSON.stringify({msg_id: '2f6f32e9', rcpt: 'bob@example.org', reason: words, smtp_code: Number(code), ...(status ? {smtp_enchcode: status} : {}), smtp_msg: words});
  return [
    'submission: incoming message\t{"msg_id":"2f6f32e9","sender":"news@example.net","src_host":"[192.0.2.7]","username":"news@example.net"}',
    'submission: RCPT ok\t{"msg_id":"2f6f32e9","rcpt":"bob@example.org"}',
    'submission: accepted\t{"msg_id":"2f6f32e9"}',
    `queue: delivery attempt failed\t${error}`,
    reply.startsWith('5') ? 'queue: not delivered, permanent error\t{"msg_id":"2f6f32e9","rcpt":"bob@example.org"}'
      : 'queue: will retry\t{"attempts_count":{"bob@example.org":1},"msg_id":"2f6f32e9","next_try_delay":"15m0s","rcpts":["bob@example.org"]}',
  ].join('\n');
}

const maddyReplies = oneLineReplies('maddy');

describe('maddy\'s structured log of a delivery, generated around the reply pool', () => {
  test.each(maddyReplies.map((spec) => ({name: spec.reply.slice(0, 60), spec})))('$name', async ({spec}) => {
    expectOneLineOf(await decode(maddyLog(spec.reply)), spec);
  });

  test.each([
    ['a delivery that went through', 'queue: delivered\t{"attempt":1,"msg_id":"161c8b61","rcpt":"bob@example.org"}'],
    ['a check that failed on a message (no recipient)', 'msgpipeline: no check action\t{"check":"verify_dkim","msg_id":"b77c542c","reason":"No DKIM signatures","smtp_code":550,"smtp_enchcode":"5.7.20","smtp_msg":"No DKIM signatures"}'],
    ['a server\'s start', 'server started\t{"version":"0.9.5"}'],
  ])('%s names no failed recipient', async (_name, line) => {
    const failed = (await decode(line)).recipients.filter((got) => got.reason.id !== 'delivered');
    expect(failed.map((got) => got.recipient).filter((recipient) => recipient !== undefined)).toEqual([]);
  });

  test('a recipient maddy refused at RCPT is a failure', async () => {
    const line = 'submission: RCPT error\t{"effective_rcpt":"bob@example.org","msg_id":"ee12c63d","rcpt":"bob@example.org","reason":"reject directive used","smtp_code":550,"smtp_enchcode":"5.1.1","smtp_msg":"recipient is on the suppression list"}';
    expect((await decode(line)).recipients.map((got) => [got.recipient, got.replyCode?.code, got.status?.code, got.permanent])).toEqual([['bob@example.org', '550', '5.1.1', true]]);
  });
});

describe('unescapeLogLines', () => {
  test.each([
    ['a failure', 'delivery 42: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_unknown/',
      'delivery 42: failure: 192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 unknown\n'],
    ['a deferral after the log\'s timestamp', '@4000000 delivery 7: deferral: Connected_to_192.0.2.1_but_greeting_failed./',
      '@4000000 delivery 7: deferral: Connected to 192.0.2.1 but greeting failed.\n'],
    ['only the escaped line of several', 'starting delivery 7: msg 1 to remote a_b@example.org\ndelivery 7: success: 192.0.2.1_accepted_message./',
      'starting delivery 7: msg 1 to remote a_b@example.org\ndelivery 7: success: 192.0.2.1 accepted message.\n'],
    // A failure's report under the recipient that the line starting the same delivery names.
    ['a failure under its delivery\'s recipient', 'starting delivery 8: msg 1 to remote bob@example.org\nstarting delivery 9: msg 1 to local carol@example.org\ndelivery 8: failure: 192.0.2.1_does_not_like_recipient./',
      'starting delivery 8: msg 1 to remote bob@example.org\nstarting delivery 9: msg 1 to local carol@example.org\ndelivery 8: failure: \n<bob@example.org>:\n192.0.2.1 does not like recipient.\n'],
    ['a deferral of a delivery whose start the text lacks', 'starting delivery 8: msg 1 to remote bob@example.org\ndelivery 10: deferral: Connected_to_192.0.2.1_but_greeting_failed./',
      'starting delivery 8: msg 1 to remote bob@example.org\ndelivery 10: deferral: Connected to 192.0.2.1 but greeting failed.\n'],
  ])('reads back %s', (_name, line, expected) => {
    expect(unescapeLogLines(line)).toBe(expected);
  });

  test.each([
    ['a heading with the same words but no delivery number', 'Permanent failure: host_name_lookup_failed/retry'],
    ['a delivery without a number', 'delivery x: failure: some_words/here'],
    ['another word before the number', 'attempt 42: failure: some_words/here'],
    ['underscores and slashes in ordinary text', 'see https://example.com/a_b/c_d for user_name'],
    ['an empty text', ''],
  ])('leaves %s as it is', (_name, line) => {
    expect(unescapeLogLines(line)).toBe(line);
  });
});

describe('a receiving server\'s log of a recipient it refused', () => {
  test.each([
    ['Exim\'s reject log, the ACL\'s words', '2026-03-02 10:00:03 H=(mail.example.net) [198.51.100.7] F=<news@example.net> rejected RCPT <bob@example.org>: unknown user', ['bob@example.org', undefined, 'userunknown']],
    ['Exim\'s reject log, a reply', '2026-03-02 10:00:03 H=(mail.example.net) [198.51.100.7] F=<news@example.net> rejected RCPT <bob@example.org>: 550 5.7.1 relay not permitted', ['bob@example.org', '550', 'norelaying']],
    ['Postfix\'s NOQUEUE reject', 'Mar  2 10:00:03 mx postfix/smtpd[2211]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table; from=<news@example.net> to=<bob@example.org> proto=ESMTP helo=<mail.example.net>', ['bob@example.org', '550', 'userunknown']],
  ] as const)('%s', async (_name, line, [recipient, reply, reason]) => {
    const [found, ...others] = (await decode(line)).recipients;
    expect(others).toEqual([]);
    expect([found?.recipient, found?.replyCode?.code, found?.reason.id]).toEqual([recipient, reply, reason]);
  });

  test.each([
    ['a connection Exim refused names no recipient', '2026-03-02 10:00:03 H=(mail.example.net) [198.51.100.7] rejected connection in "connect" ACL'],
    ['an ordinary Exim delivery', '2026-03-02 10:00:03 1tABCD-0001Xy-7Q => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.9] C="250 2.0.0 OK"'],
  ])('%s: no failed recipient', async (_name, line) => {
    expect((await decode(line)).recipients.filter((found) => found.reason.id !== 'delivered')).toEqual([]);
  });
});

/**
 * A delivery log line whose own verdict is a success: Postfix's "status=sent" (log_adhoc.c) and
 * Sendmail's "stat=Sent" (deliver.c, logdelivery), as the failures' "status=bounced" and
 * "stat=Deferred" are verdicts of failure. The next hop's reply after it may carry no enhanced
 * code ("250 ok"). Generated around success replies, with and without the dsn= field.
 */
describe('a delivery log line whose verdict is a success', () => {
  const successes = ['250 ok', '250 2.0.0 Ok: queued as 4F2A1C0D3', '250 Message accepted for delivery', '250 OK id=1qXyZa-000123-AB'];
  const postfix = (reply: string, dsn: boolean) => `Jun  2 10:00:00 mx postfix/smtp[4242]: 4F2A1C0D3: to=<bob@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=0.4, delays=0.1/0/0.1/0.2, ${dsn ? 'dsn=2.0.0, ' : ''}status=sent (${reply})`;
  const sendmail = (reply: string, dsn: boolean) => `Jun  2 10:00:00 mx sendmail[4242]: x52A0000: to=<bob@example.org>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.org. [192.0.2.1], ${dsn ? 'dsn=2.0.0, ' : ''}stat=Sent (${reply})`;
  test.each(successes.flatMap((reply) => [true, false].flatMap((dsn) => [['Postfix', postfix(reply, dsn)], ['Sendmail', sendmail(reply, dsn)]] as const)))('%s: %s', async (_name, line) => {
    const result = await decode(line);
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])]).toEqual(['delivered', [['bob@example.org', 'delivered']]]);
  });

  test('a log of one delivery sent and one bounced keeps the bounce', async () => {
    const log = `${postfix('250 ok', true)}\nJun  2 10:00:01 mx postfix/smtp[4243]: 4F2A1C0D3: to=<carol@example.net>, relay=mx.example.net[192.0.2.2]:25, delay=0.5, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.2] said: 550 5.1.1 <carol@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))`;
    const result = await decode(log);
    expect(result.recipients.find((recipient) => recipient.recipient === 'carol@example.net')?.reason.id).toBe('userunknown');
  });
});

/**
 * Exim's main log line of a delivery: the message id, the flag "=>" (or "->" for another address
 * of the same delivery), the address, and the receiving host's confirmation C="250 ..." (spec.xfpt,
 * "Log files"). The flag counts only after a message id, in the ids of Exim before and after 4.97.
 */
describe('Exim main log lines of a delivery', () => {
  const ids = ['1rf3Xa-0004Yz-2B', '1rf3Xa-0004YzAbCdE-2BcD'];
  const confirmations = ['250 OK id=1rf3Xb-0001aa-0C', '250 2.0.0 Ok: queued as 4F2A1C0D3', '250 ok 1446233056 qp 26062'];
  test.each(ids.flatMap((id) => confirmations.map((confirmation) => [id, confirmation] as const)))('%s, C="%s"', async (id, confirmation) => {
    const log = [
      `2024-03-01 10:00:00 ${id} <= news@example.net H=app.example.net [192.0.2.9] P=esmtps S=2297 id=<123@example.net>`,
      `2024-03-01 10:00:01 ${id} => bob@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="${confirmation}"`,
      `2024-03-01 10:00:01 ${id} -> carol@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1] C="${confirmation}"`,
      `2024-03-01 10:00:01 ${id} Completed`,
    ].join('\n');
    const result = await decode(log);
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])]).toEqual(['delivered', [['bob@example.org', 'delivered'], ['carol@example.org', 'delivered']]]);
  });

  test.each([
    ['an arrow in prose', 'a -> b@example.org is the mapping\n550 5.1.1 <c@example.org> User unknown'],
    ['a fat arrow in prose', 'x => b@example.org is the mapping\n550 5.1.1 <c@example.org> User unknown'],
    ['an arrow after no message id', 'route 12345-67890 => b@example.org\n550 5.1.1 <c@example.org> User unknown'],
  ])('no recipient by the flag: %s', async (_name, text) => {
    expect((await decode(text)).recipients.map((recipient) => recipient.recipient)).toEqual(['c@example.org']);
  });
});

// A mail server's log writes one event per line (syslog, RFC 3164 §4.1.2 and RFC 5424's dates; grep
// puts the file's name first): a recipient's failure is the line of its failure, not the lines of
// its other events around it (a content filter's "status=sent" before, the next message after).
describe('a log\'s recipient is read from the line of its failure', () => {
  const prefixes = ['May 11 22:58:21 mail ', '/var/log/mail.info:May 11 22:58:21 mail ', '2026-05-11T22:58:21.123456+02:00 mail '];
  const lines = (prefix: string, outcome: string) => [
    `${prefix}amavis[26927]: (26927-09) Passed CLEAN, <alice@example.net> -> <bob@example.org>, Message-ID: <1@example.net>, mail_id: 9AfJalEzwnju, Hits: -0.001, queued_as: 550861A0E46, 2836 ms`,
    `${prefix}postfix/smtp[31509]: 903301A0E6A: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=3, delays=0.16/0/0/2.9, dsn=2.6.0, status=sent (250 2.6.0 Ok, id=26927-09, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as 550861A0E46)`,
    `${prefix}${outcome}`,
    `${prefix}postfix/smtp[31657]: 34E851A0EC0: to=<bob@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=9.5, delays=3.7/0.12/0.26/5.4, dsn=2.6.0, status=sent (250 2.6.0 Ok, id=31515-01, from MTA([127.0.0.1]:10025): 250 2.0.0 Ok: queued as 26DC91A0E46)`,
  ].join('\n');
  test.each(prefixes.flatMap((prefix) => [
    [prefix, 'postfix/local[31513]: 550861A0E46: to=<bob@example.org>, relay=local, delay=0.37, delays=0.16/0.02/0/0.2, dsn=5.1.1, status=bounced (unknown user: "bob")', undefined, '5.1.1', true],
    [prefix, 'postfix/smtp[31513]: 550861A0E46: to=<bob@example.org>, relay=mx.example.org[192.0.2.2]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.7.1, status=deferred (host mx.example.org[192.0.2.2] said: 450 4.7.1 Greylisted (in reply to RCPT TO command))', '450', '4.7.1', false],
  ] as const))('%s: %s', async (prefix, outcome, replyCode, status, permanent) => {
    const result = await decode(`${lines(prefix, outcome)}\n`);
    expect(result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.status?.code, got.permanent])).toEqual([['bob@example.org', replyCode, status, permanent]]);
  });

  // A relay that accepted it ("stat=Sent" to the local MTA), then the remote that refused it.
  test('Sendmail\'s hand-off to its own MTA, then the remote refusal', async () => {
    const log = [
      'Oct  3 15:40:38 mail sendmail[9468]: 093DecpD009468: to=bob@example.org, ctladdr=alice@example.net (33/33), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri=30352, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (093DecOR009469 Message accepted for delivery)',
      'Oct  3 15:40:44 mail sm-mta[9471]: 093DecOR009469: to=<bob@example.org>, delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592, relay=mx.example.org. [192.0.2.2], dsn=5.0.0, stat=Service unavailable',
      'Oct  3 15:40:44 mail sm-mta[9471]: 093DecOR009469: 093DeiOR009471: DSN: Service unavailable',
    ].join('\n');
    const result = await decode(`${log}\n`);
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.status?.code, got.permanent])]).toEqual(['bounce', [['bob@example.org', '5.0.0', true]]]);
  });

  // Sendmail logs one delivery's recipients in one field (deliver.c, logdelivery: "to=<a>,<b>"):
  // each is a failed recipient, the line alone or under a person's note, with LF or CRLF.
  test.each([1, 2, 3].flatMap((count) => ['', 'Here is the log:\n\n'].flatMap((note) => ['\n', '\r\n'].map((end) => ({count, note, end})))))('Sendmail: $count recipient(s) in one to= field', async ({count, note, end}) => {
    const addresses = Array.from({length: count}, (_unused, index) => `user${index + 1}@example.org`);
    const line = `Feb  2 22:10:07 mx sendmail[12486]: t12MA5R8012484: to=${addresses.map((address) => `<${address}>`).join(',')}, delay=00:00:02, xdelay=00:00:02, mailer=relay, pri=182478, relay=smtp.example.net [192.0.2.5], dsn=5.0.0, stat=Service unavailable`;
    const result = await decode(`${note}${line}`.replaceAll('\n', end));
    expect([result.kind, result.recipients.map((got) => [got.recipient, got.status?.code, got.permanent])]).toEqual(['bounce', addresses.map((address) => [address, '5.0.0', true])]);
  });

  // A number a word names a version is none: "daemon started -- version 2.3.3".
  test.each(['version 2.3.3', 'version: 5.1.1', 'ver. 4.4.1', 'v 2.1.5', 'release 5.2.2'])('"%s" is a version', async (version) => {
    const result = await decode(`Mar 16 00:33:44 server postfix/master[10832]: daemon started -- ${version}, configuration /etc/postfix\n`);
    expect(result.recipients.flatMap((got) => (got.status === undefined ? [] : [got.status.code]))).toEqual([]);
  });
});

/**
 * Syslog names each line's program with its process id in brackets (RFC 3164 §4.1.3, "TAG[pid]":
 * "postfix/smtp[544]:"). An id that looks like a reply code is no reply: not the failed line's code,
 * and no failure on a line that says the message was delivered.
 */
describe('a syslog line\'s process id is no reply', () => {
  const bounced = (pid: string) => `Jul 22 11:29:28 mx postfix/smtp[${pid}]: C5B2926C91C: to=<info@example.co.uk>, relay=mail.example.com[192.0.2.1]:25, delay=603, delays=602/0.07/0.13/0.03, dsn=5.1.1, status=bounced (host mail.example.com[192.0.2.1] said: 550 5.1.1 <info@example.co.uk>: Recipient address rejected: User unknown (in reply to RCPT TO command))`;
  const sent = (pid: string) => `Jul 22 11:29:28 mx postfix/smtp[${pid}]: 4607426CA90: to=<ann@example.co.uk>, relay=mail.example.com[192.0.2.1]:25, delay=0.19, delays=0.01/0/0.08/0.09, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5E2E8D807E)`;
  test.each(['421', '450', '457', '544', '554', '28229'])('pid %s', async (pid) => {
    const result = await decode([bounced(pid), sent(pid)].join('\n'));
    expect(result.recipients.map((got) => [got.recipient, got.replyCode?.code, got.status?.code])).toEqual([['info@example.co.uk', '550', '5.1.1']]);
  });

  test('a code in brackets after a space is still a reply', async () => {
    expect((await decode('Delivery failed for bob@example.org: [550 5.1.1 User unknown]')).recipients.map((got) => got.replyCode?.code)).toEqual(['550']);
  });
});

/**
 * A system log writes each event on one line, the reply and the addresses in its words included:
 * such a line pasted alone is that event, not a notice a page flattened, and an address in its reply
 * ("not owned by user mail@example.co.uk") opens no recipient of its own.
 */
describe('a syslog line pasted alone is one event', () => {
  const line = (pid: string, rcpt: string, reply: string) => `Jul 22 11:29:28 mx postfix/smtp[${pid}]: C5B2926C91C: to=<${rcpt}>, relay=mail.example.com[192.0.2.1]:25, delay=603, delays=602/0.07/0.13/0.03, dsn=5.7.1, status=bounced (host mail.example.com[192.0.2.1] said: ${reply} (in reply to RCPT TO command))`;
  test.each([
    ['a sender refused, named twice', '553 5.7.1 <john@example.co.uk>: Sender address rejected: not owned by user mail@example.co.uk', '553'],
    ['a relay refused, naming the recipient', '554 5.7.1 <info@example.co.uk>: Relay access denied', '554'],
    ['an address in the reply\'s words', '550 5.7.1 Refused: abuse@example.net keeps a list of refused senders', '550'],
  ])('%s', async (_name, reply, code) => {
    const result = await decode(line('28229', 'info@example.co.uk', reply));
    expect(result.recipients.map((got) => [got.recipient, got.replyCode?.code])).toEqual([['info@example.co.uk', code]]);
  });

  test('two log lines run onto one line are two events', async () => {
    const joined = `${line('28229', 'info@example.co.uk', '550 5.1.1 User unknown')} ${line('28230', 'ann@example.co.uk', '550 5.1.1 User unknown')}`;
    expect((await decode(joined)).recipients.map((got) => got.recipient)).toEqual(['info@example.co.uk', 'ann@example.co.uk']);
  });
});
