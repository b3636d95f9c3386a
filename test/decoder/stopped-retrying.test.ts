// A notice of final failure may quote a temporary last attempt: the sending server retried until
// its queue lifetime ran out, then gave up (RFC 5321 §4.5.4.1). Its report says so with
// "Action: failed" (RFC 3464 §2.3.3), its expiry quotes the last attempt ("554 4.4.7 Message
// expired ... <421 4.4.2 ...>"), or its template says it ("I'm not going to try again", qmail-send).
// The code's class still says what kind of cause it was (`permanent: false`), but nothing is being
// retried any more: the advice is the reason's own, not "let the queue retry". Reports are
// generated here around the replies (written for this test, not copied from any corpus).

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {reasons} from '../../src/rules/index.ts';
import type {ReasonId} from '../../src/rules/index.ts';
import {reportNotice} from './templates/common.ts';

function report(action: string, status: string, diagnostic: string): string {
  return reportNotice('This is the mail system at host relay.example.net.\n', ['Final-Recipient: rfc822; bob@example.org', `Action: ${action}`, `Status: ${status}`, `Diagnostic-Code: smtp; ${diagnostic}`]);
}

/** Temporary replies with a reason that has advice of its own for while the queue still retries. */
const temporaryReplies: readonly [string, string, ReasonId][] = [
  ['4.2.2', '452 4.2.2 Mailbox full', 'mailboxfull'],
  ['4.7.1', '450 4.7.1 Client host rejected: your IP address is listed on a blocklist', 'blocked'],
  ['4.3.2', '451 4.3.2 Domain does not accept mail', 'notaccept'],
  ['4.4.7', '450 4.4.7 Message expired', 'expired'],
];

describe('a temporary last attempt of a delivery the server gave up on', () => {
  test.each(temporaryReplies)('Action: failed, %s', async (status, diagnostic, reason) => {
    const [first] = (await decode(report('failed', status, diagnostic))).recipients;
    expect(first?.reason.id).toBe(reason);
    expect(first?.permanent).toBe(false);
    expect(first?.reason.title).toBe(reasons[reason].title);
    expect(first?.action.summary).toBe(reasons[reason].action.summary);
    expect(first?.action.retry).toBeUndefined();
  });

  test.each(temporaryReplies)('Action: delayed, %s: the queue still retries', async (status, diagnostic, reason) => {
    const [first] = (await decode(report('delayed', status, diagnostic))).recipients;
    expect(first?.permanent).toBe(false);
    expect(first?.action.summary).toBe((reasons[reason].temporaryAction ?? reasons[reason].action).summary);
  });

  test.each([
    ['an expiry quoting its last attempt (Postfix-style)', '<bob@example.org>: 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>'],
    ['qmail-send giving up', 'Hi. This is the qmail-send program at relay.example.net.\nI\'m afraid I wasn\'t able to deliver your message to the following addresses.\nThis is a permanent error; I\'ve given up. Sorry it didn\'t work out.\n\n<bob@example.org>:\nConnected to 192.0.2.1 but connection died. (#4.4.2)\nI\'m not going to try again; this message has been in the queue too long.\n'],
  ])('%s: no retry schedule', (_name, text) => {
    const [first] = decodeText(text).recipients;
    expect(first?.recipient).toBe('bob@example.org');
    expect(first?.action.retry).toBeUndefined();
    expect(first?.evidence.some((item) => item.about === 'kind' && /stopped retrying|gave up/.test(item.note))).toBe(true);
  });

  test('a delay notice of the same reply keeps its retry advice', () => {
    const [first] = decodeText('<bob@example.org>: host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n\nstatus=deferred').recipients;
    expect(first?.permanent).toBe(false);
    expect(first?.action.retry).toBeDefined();
  });
});

describe('an expiry code is final unless its own reply code is temporary', () => {
  test.each([
    // [what, pasted text, kind]
    ['Exchange\'s delay verdict, alone', 'bob@example.org\nServer at mx.example.org (192.0.2.1) returned \'400 4.4.7 Message delayed\'', 'delay'],
    ['Exchange\'s delay verdict over its last attempt', 'bob@example.org\nServer at mx.example.org (192.0.2.1) returned \'400 4.4.7 Message delayed\'\n3/2/2026 10:00:00 AM - Server at mx.example.org (192.0.2.1) returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection timed out"\'', 'delay'],
    ['Exchange\'s expiry', 'bob@example.org\nServer at mx.example.org (192.0.2.1) returned \'550 4.4.7 Message expired\'', 'bounce'],
    ['Exchange\'s expiry over its last attempt', 'bob@example.org\nServer at mx.example.org (192.0.2.1) returned \'550 4.4.7 Message expired\'\n3/2/2026 10:00:00 AM - Server at mx.example.org (192.0.2.1) returned \'451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection timed out"\'', 'bounce'],
    ['an expiry with no reply code', '<bob@example.org>: 4.4.7 Message expired', 'bounce'],
  ])('%s', (_name, text, kind) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});

describe('a permanent reply the sending server still retries', () => {
  // Postfix's delay warning (bounce_templates.c, def_bounce_delay_body) over a 554 greeting, which
  // Postfix retries ("refused to talk to me"), with its report's Action.
  const warning = (action: string) => reportNotice(
    'This is the mail system at host relay.example.net.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for more than 3 hour(s).\nIt will be retried until it is 2 day(s) old.\n\n<bob@example.org>: host mx.example.org[192.0.2.1] refused to talk to me: 554 5.7.1 You are not allowed to connect.\n',
    ['Final-Recipient: rfc822; bob@example.org', `Action: ${action}`, 'Status: 4.7.1', 'Diagnostic-Code: smtp; 554 5.7.1 You are not allowed to connect.'],
  );

  test('its template and its report both say it retries: a delay, temporary while retried, the reply\'s code kept', async () => {
    const result = await decode(warning('delayed'));
    expect(result.kind).toBe('delay');
    const [first] = result.recipients;
    expect([first?.replyCode?.code, first?.permanent]).toEqual(['554', false]);
    expect(first?.evidence.some((item) => item.about === 'kind' && item.text === 'Action: delayed')).toBe(true);
  });

  test('a report that says it failed is no delay, whatever the template', async () => {
    expect((await decode(warning('failed'))).kind).toBe('bounce');
  });
});

/**
 * An expiry states that the queue gave up; the last attempt's failure says why. A network failure
 * named beside the expiry's words is the cause (the "554 4.4.7 Message expired ... <421
 * 4.4.2 Connection timed out>" is a network problem); words that name no failure leave it an
 * expiry. Generated from the expiry sentences of several templates around network failures.
 */
describe('the cause an expiry names beside its own words', () => {
  const expiries = [
    ['qmail-send', (cause: string) => `<bob@example.org>:\n${cause}\nI'm not going to try again; this message has been in the queue too long.\n`],
    ['an expiry that quotes its last error', (cause: string) => `bob@example.org\nRemote Server returned '550 Message expired, ${cause}'\n`],
    ['a pasted summary', (cause: string) => `Delivery to bob@example.org failed: message expired after 5 days. Last error: ${cause}\n`],
  ] as const;
  const networkCauses = ['No route to host', 'Connection refused', 'Network is unreachable'];
  test.each(expiries.flatMap(([name, notice]) => networkCauses.map((cause) => [`${name}: ${cause}`, notice(cause)] as const)))('%s → networkerror', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual(['networkerror']);
  });

  test.each(expiries.map(([name, notice]) => [name, notice('the message could not be delivered')] as const))('%s, with no cause named → expired', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.reason.id)).toEqual(['expired']);
  });
});

describe('an expiry\'s verdict is the sending queue\'s own words: a mark of its service names who gave up', () => {
  test.each([
    // SparkPost's example ("Understanding Delays and Bounces"): its last attempt names no server.
    ['SparkPost\'s timeout over its last attempt', '554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)', '454', 'sparkpost'],
    ['SparkPost\'s hold on a sending IP', '451 4.3.0 [internal] Sending IP temporarily suspended', '451', 'sparkpost'],
    // Negative: an expiry in words no service owns names nobody.
    ['an expiry in common words', '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>', '421', undefined],
  ] as const)('%s', (_name, text, reply, provider) => {
    const [first] = decodeText(text).recipients;
    expect([first?.replyCode?.code, first?.provider?.id]).toEqual([reply, provider]);
  });
});

// IMail's notice of a message its queue gave up on without quoting a reply ("Delivery failed <n>
// attempts: <rcpt>", the line sisimai's imailserver.rb reads as expired): the attempts ran out.
describe('IMail\'s count of failed attempts, no reply quoted', () => {
  const imailNotice = (line: string) => `From: postmaster@mail.example.net\nTo: alice@example.com\nSubject: Undeliverable Mail\nX-Mailer: <SMTP32 v8.22>\n\n${line}\n\n\nOriginal message follows.\n\nFrom: alice@example.com\nTo: bob@example.org\nSubject: Hello\n\nHello\n`;

  test.each([1, 5, 20, 144].flatMap((count) => ['bob@example.org', 'carol.smith@mail.example.co.uk'].map((address) => [count, address] as const)))('Delivery failed %i attempts: %s → expired', async (count, address) => {
    const result = await decode(imailNotice(`Delivery failed ${count} attempts: ${address}`));
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.permanent])).toEqual([[address, 'expired', true]]);
  });

  test('a cause named after the count is the reason', async () => {
    const result = await decode(imailNotice('Delivery failed 3 attempts: bob@example.org\n\nAdditional RCPT TO generated following response:\n452 4.2.2 Mailbox full'));
    expect(result.recipients[0]?.reason.id).toBe('mailboxfull');
  });
});
