// A queueing server's own record of one delivery attempt that got a temporary reply, selected alone:
// Postfix's recipient line ("<rcpt>: host mx[ip] said: 450 ... (in reply to RCPT TO command)",
// smtp_proto.c) or its greeting failure ("host mx[ip] refused to talk to me: 421 ...",
// smtp_connect.c), Exim's recipient entry ("SMTP error from remote mail server after RCPT
// TO:<rcpt>:", transports/smtp.c). Both servers keep such a message and try again (Postfix's
// smtp_trouble.c defers a 4XX reply; Exim's retry rules), so the record alone is a delay. Generated
// over every temporary reply of the generator's pool; the same records with a permanent reply, or
// under the notice that returned the message, stay bounces.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';
import {recipientBlock} from './templates/exim.ts';
import {failureTextAt, recipientLine} from './templates/postfix.ts';

const pool = [...new Set(Object.values(replyPool()).flat().map((spec) => spec.reply))];
const temporary = pool.filter((reply) => /^4\d\d/.test(reply));
const permanent = pool.filter((reply) => /^5\d\d/.test(reply)).slice(0, 40);

const address = 'bob@example.org';
const options = {remoteHost: 'mx.example.org', remoteIp: '192.0.2.10', original: ''};

/** The records of one attempt, as each server writes them. */
const records: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['Postfix recipient line', (reply) => recipientLine({address, reply}, options)],
  ['Postfix greeting refused', (reply) => `host ${options.remoteHost}[${options.remoteIp}] refused to talk to me: ${reply.replace(/\n/g, ' ')}`],
  ['Exim recipient entry', (reply) => recipientBlock({address, reply}, options, false)],
];

describe('a queueing server\'s record of an attempt with a temporary reply is a delay', () => {
  test('the pool has temporary and permanent replies', () => {
    expect([temporary.length > 20, permanent.length > 20]).toEqual([true, true]);
  });

  test.each(records.flatMap(([name, render]) => temporary.map((reply) => ({name: `${name} | ${reply.split('\n')[0]!.slice(0, 50)}`, text: render(reply)}))))('$name', ({text}) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients.every((recipient) => recipient.permanent === false)]).toEqual(['delay', true]);
  });
});

describe('what stays a bounce', () => {
  test.each(records.flatMap(([name, render]) => permanent.slice(0, 10).map((reply) => ({name: `${name}, permanent | ${reply.split('\n')[0]!.slice(0, 50)}`, text: render(reply)}))))('$name', ({text}) => {
    expect(decodeText(text).kind).toBe('bounce');
  });

  test.each(temporary.slice(0, 10).map((reply) => ({name: reply.split('\n')[0]!.slice(0, 50), text: `${failureTextAt('mail.example.net')}\n${recipientLine({address, reply}, options)}\n`})))('under the notice that returned the message | $name', ({text}) => {
    expect(decodeText(text).kind).toBe('bounce');
  });
});
