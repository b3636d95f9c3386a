// An SMTP session as the client saw it, pasted whole: a person's typed session with a server
// (telnet, openssl s_client) or a client's printout (swaks: " -> " before what it sent, "<- " before
// what it received, "<** " before a reply that failed). Each reply answers the command above it
// (RFC 5321 §4.2); the reply after the message's closing "." answers for every recipient accepted
// (§4.1.1.4), so a refusal there, code alone or not, is the server's refusal of those recipients.
// Generated around every kind of reply of the pool, refused at RCPT TO and at the end of DATA.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers as providerRules, replyCodes, type ProviderRules} from '../../src/rules/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

const sender = 'alice@example.net';
const recipient = 'bob@example.org';

/** A reply's lines as a server sends them: every line but the last with a hyphen after its code. */
function replyLines(reply: string): string[] {
  const {code, lines} = parseReply(reply);
  return lines.map((line, index) => (index === lines.length - 1 || /^\d{3}-/.test(line) ? line : `${code}-${line.replace(/^\d{3}[ -]/, '')}`));
}

/** A session typed by hand, the refusal at RCPT TO or after the message's ".". */
function typedSession(reply: string, at: 'rcpt' | 'data', host = 'mx.example.org'): string {
  const refused = replyLines(reply);
  return [
    `220 ${host} ESMTP`,
    'ehlo client.example.net',
    `250-${host}`,
    '250 8BITMIME',
    `mail from:<${sender}>`,
    '250 2.1.0 Ok',
    `rcpt to:<${recipient}>`,
    ...(at === 'rcpt' ? refused : [
      '250 2.1.5 Ok',
      'data',
      '354 End data with <CR><LF>.<CR><LF>',
      'Subject: test',
      '',
      'hello',
      '.',
      ...refused,
    ]),
    'quit',
    '221 2.0.0 Bye',
  ].join('\n');
}

/** The same through swaks (its transcript marks), the refusal at RCPT TO. */
function swaksSession(reply: string, host = 'mx.example.org'): string {
  return [
    `=== Trying ${host}:25...`,
    `=== Connected to ${host}.`,
    `<-  220 ${host} ESMTP`,
    ' -> EHLO client.example.net',
    `<-  250 ${host}`,
    ` -> MAIL FROM:<${sender}>`,
    '<-  250 2.1.0 Ok',
    ` -> RCPT TO:<${recipient}>`,
    ...replyLines(reply).map((line) => `<** ${line}`),
    ' -> QUIT',
    '<-  221 2.0.0 Bye',
    '=== Connection closed with remote host.',
  ].join('\n');
}

const pool = replyPool();
const specs = [...sampleOf('session-status', pool['status-code'], 24), ...sampleOf('session-provider', pool.provider, 24), ...pool['no-code'], ...sampleOf('session-multi', pool['multi-line'], 6)];

const cases = specs.flatMap(({reply, statusReason}) => [
  {name: `typed, refused at RCPT TO: ${reply.slice(0, 50)}`, text: typedSession(reply, 'rcpt'), reply, statusReason},
  {name: `typed, refused after the message: ${reply.slice(0, 50)}`, text: typedSession(reply, 'data'), reply, statusReason},
  {name: `swaks, refused at RCPT TO: ${reply.slice(0, 50)}`, text: swaksSession(reply), reply, statusReason},
]);

describe('generated: a session that a server refused names its recipient with the reply', () => {
  test.each(cases)('$name', ({text, reply, statusReason}) => {
    const {code} = parseReply(reply);
    const result = decodeText(text);
    // The session shows the refusal, not whether the client tries again: a failure, of either class.
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([[recipient, code, code.startsWith('5')]]);
    // The session's other lines (the client's commands, swaks's own) name no cause of their own.
    if (statusReason !== undefined) expect(result.recipients[0]!.reason.id).toBe(statusReason);
  });

  // swaks's own lines ("=== Connection closed with remote host.") are no words of the server's.
  test.each(cases.filter((item) => item.name.startsWith('swaks') && !parseReply(item.reply).status))('$name: the reason of the same session typed', ({text, reply}) => {
    expect(decodeText(text).recipients[0]!.reason.id).toBe(decodeText(typedSession(reply, 'rcpt')).recipients[0]!.reason.id);
  });
});

/** The server's side alone, as a person copies the replies of a session: its greeting and successes above the refusal. */
function repliesOnly(reply: string, host = 'mx.example.org'): string {
  return [`220 ${host} ESMTP ready`, '', `250 ${host}`, '', '250 2.1.0 Ok', '', ...replyLines(reply)].join('\n');
}

describe('generated: the replies of a session alone, its successes above the refusal', () => {
  // A login refused (RFC 4954's 530, 535, ...) is no delivery's outcome: its own tests are in login-replies.
  const refusals = specs.filter(({reply}) => replyCodes.find((rule) => rule.code === reply.slice(0, 3))?.answers !== 'AUTH');
  test.each(refusals.map(({reply, statusReason}) => ({name: reply.slice(0, 60), text: repliesOnly(reply), reply, statusReason})))('$name', ({text, reply, statusReason}) => {
    const {code} = parseReply(reply);
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    // The refusal counts, not the greeting or a "250 OK" before it.
    expect(result.recipients.map((found) => [found.replyCode?.code, found.permanent])).toEqual([[code, code.startsWith('5')]]);
    if (statusReason !== undefined) expect(result.recipients[0]!.reason.id).toBe(statusReason);
  });

  test('successes alone are no refusal', () => {
    expect(decodeText(repliesOnly('250 2.0.0 Ok: queued as 4F2A1C')).kind).not.toBe('bounce');
  });
});

describe('what is no refused session', () => {
  test.each([
    ['a session every reply of which succeeded', typedSession('250 2.0.0 Ok: queued as 4F2A1C', 'data')],
    ['a tutorial\'s commands with no replies, and a code explained in prose',
      `To test, type:\nmail from:<${sender}>\nrcpt to:<${recipient}>\ndata\nIf you see 550 message rejected, ask your host.`],
    ['a code in prose with no session', 'The server answered 550 message rejected when I tried again.'],
    ['a greeting and successes alone', '220 mx.example.org ESMTP ready\n250 mx.example.org\n250 2.1.0 Ok'],
    ['a street number that opens prose, a count below it', '220 Main Street is closed today.\n550 visitors went home.'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).kind).not.toBe('bounce');
  });
});

// The greeting names the server that answers in the session (RFC 5321 §4.2: "220 <domain> ..."),
// and so the provider whose server refused: every provider with a mail host of its own, in a
// session typed by hand and in swaks's printout.
describe('generated: a session\'s greeting names the server that refused, and its provider', () => {
  const providers: readonly ProviderRules[] = providerRules;
  const covers = (suffix: string, host: string) => (suffix.startsWith('.') ? host.endsWith(suffix) : host === suffix || host.endsWith(`.${suffix}`));
  const hosts = providers.flatMap((rules) => {
    if (rules.info.quotedByOtherServers === true) return [];
    const host = rules.info.hostSuffixes.map((suffix) => (suffix.startsWith('.') ? `mx1${suffix}` : `mx.${suffix}`))
      .find((candidate) => providers.every((other) => other === rules || !other.info.hostSuffixes.some((suffix) => covers(suffix, candidate))));
    return host === undefined ? [] : [{provider: rules.info.id, host}];
  });
  const refusal = '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table';

  test.each(hosts.flatMap(({provider, host}) => [
    {name: `typed, ${host}`, text: typedSession(refusal, 'rcpt', host), provider, host},
    {name: `swaks, ${host}`, text: swaksSession(refusal, host), provider, host},
  ]))('$name', ({text, provider, host}) => {
    const [found] = decodeText(text).recipients;
    expect(found?.remoteHost).toBe(host);
    expect(found?.provider?.id).toBe(provider);
  });

  // The answer to EHLO opens with the server's domain too (RFC 5321 §4.1.1.1): a session copied
  // from its EHLO on, and Python smtplib's debug lines, name the server without a greeting.
  const fromEhlo = (host: string) => ['ehlo client.example.net', `250-${host} Hello client.example.net [192.0.2.1]`, '250-PIPELINING', '250 8BITMIME',
    `mail from:<${sender}>`, '250 2.1.0 Ok', `rcpt to:<${recipient}>`, refusal].join('\n');
  const smtplibDebug = (host: string) => ["send: 'ehlo client.example.net\\r\\n'", `reply: b'250-${host}\\r\\n'`, "reply: b'250-PIPELINING\\r\\n'", "reply: b'250 8BITMIME\\r\\n'",
    `send: 'mail from:<${sender}>\\r\\n'`, "reply: b'250 2.1.0 Ok\\r\\n'", `send: 'rcpt to:<${recipient}>\\r\\n'`, `reply: b'${refusal}\\r\\n'`].join('\n');
  test.each(hosts.flatMap(({provider, host}) => [
    {name: `from EHLO on, ${host}`, text: fromEhlo(host), provider, host},
    {name: `smtplib's debug lines, ${host}`, text: smtplibDebug(host), provider, host},
  ]))('$name', ({text, provider, host}) => {
    const [found] = decodeText(text).recipients;
    expect(found?.remoteHost).toBe(host);
    expect(found?.provider?.id).toBe(provider);
  });

  test.each([
    ['a server of no provider', typedSession(refusal, 'rcpt', 'mx.example.org'), 'mx.example.org'],
    ['from EHLO on, a server of no provider', fromEhlo('mx.example.org'), 'mx.example.org'],
    // The answer's other lines and a success's words name no server.
    ['a reply\'s keywords and codes', ['ehlo client.example.net', '250-PIPELINING', '250-SIZE 36480000', '250 8BITMIME', `rcpt to:<${recipient}>`, refusal].join('\n'), undefined],
    ['a host in a success\'s words after its codes', [`rcpt to:<${recipient}>`, '250 2.1.5 Ok, accepted by mx.example.org', 'data', refusal].join('\n'), undefined],
    // After STARTTLS, "220 2.0.0 Ready to start TLS" names no server.
    ['a STARTTLS answer', ['ehlo client.example.net', '250 STARTTLS', 'starttls', '220 2.0.0 Ready to start TLS', `rcpt to:<${recipient}>`, refusal].join('\n'), undefined],
  ])('%s', (_name, text, host) => {
    const [found] = decodeText(text).recipients;
    expect(found?.remoteHost).toBe(host);
    expect(found?.provider).toBeUndefined();
  });
});

/**
 * Only the reply to the end of the message's data accepts a message (RFC 5321 §3.3): a session
 * whose successes all come before DATA (a person testing a recipient by hand: "RCPT TO:<bob>",
 * "250 OK", then QUIT) delivered nothing, and one that sent the data and got 250 delivered it.
 * Generated over typed sessions and swaks's printout, for one to three recipients.
 */
describe('generated: a session that stops before the message\'s data delivered nothing', () => {
  const recipients = ['bob@example.org', 'carol@example.net', 'dave@example.com'];
  const sessions = [1, 2, 3].flatMap((count) => {
    const rcpts = recipients.slice(0, count);
    const typed = (data: boolean) => ['220 mx.example.org ESMTP', 'helo client.example.net', '250 mx.example.org', `mail from:<${sender}>`, '250 2.1.0 Ok',
      ...rcpts.flatMap((address) => [`rcpt to:<${address}>`, '250 2.1.5 Ok']),
      ...(data ? ['data', '354 End data with <CR><LF>.<CR><LF>', 'Subject: test', '', 'hello', '.', '250 2.0.0 Ok: queued as 4F2A1C'] : []), 'quit', '221 2.0.0 Bye'].join('\n');
    const swaks = (data: boolean) => ['=== Trying mx.example.org:25...', '<-  220 mx.example.org ESMTP', ' -> EHLO client.example.net', '<-  250 mx.example.org',
      ` -> MAIL FROM:<${sender}>`, '<-  250 2.1.0 Ok', ...rcpts.flatMap((address) => [` -> RCPT TO:<${address}>`, '<-  250 2.1.5 Ok']),
      ...(data ? [' -> DATA', '<-  354 End data with <CR><LF>.<CR><LF>', ' -> .', '<-  250 2.0.0 Ok: queued as 4F2A1C'] : []), ' -> QUIT', '<-  221 2.0.0 Bye'].join('\n');
    const renders: ReadonlyArray<readonly [string, (data: boolean) => string]> = [['typed', typed], ['swaks', swaks]];
    return renders.flatMap(([how, render]) => [
      {name: `${how}, ${count} recipient(s), stopped before DATA`, text: render(false), kind: 'none'},
      {name: `${how}, ${count} recipient(s), the data sent`, text: render(true), kind: 'delivered'},
    ]);
  });
  test.each(sessions)('$name', ({text, kind}) => {
    expect(decodeText(text).kind).toBe(kind);
  });

  test('a refusal before DATA is still the refusal', () => {
    const result = decodeText(['220 mx.example.org ESMTP', `mail from:<${sender}>`, '250 2.1.0 Ok', 'rcpt to:<bob@example.org>', '550 5.1.1 User unknown', 'quit', '221 Bye'].join('\n'));
    expect([result.kind, result.recipients.map((found) => [found.recipient, found.replyCode?.code])]).toEqual(['bounce', [['bob@example.org', '550']]]);
  });
});
