// async-smtp, Delta Chat's SMTP client, prints a refusal as "permanent: " (5yz) or "transient: "
// (4yz) and the reply's lines without their code, joined by "; " (src/error.rs). The word keeps the
// class the code had: a permanent failure is a bounce, a transient one a delay the client retries.
// Generated over the provider and status-code replies of the pool that carry an enhanced code, in
// the forms an application prints the error.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';

/** Failure replies whose first line opens with a reply code and an enhanced code of its class. */
const replies = [...sampleOf('async-smtp-provider', replyPool().provider, 60), ...sampleOf('async-smtp-status', replyPool()['status-code'], 40), ...replyPool()['multi-line']]
  .map((spec) => spec.reply)
  .filter((reply) => /^([45])\d\d[ -]\1\.\d{1,3}\.\d{1,3} [^"\\]+$/.test(reply.split('\n')[0]!) && !reply.includes('"'));

/** The error's text as async-smtp's Display writes it: the class's word, then each line's text after its code. */
function asyncSmtpError(reply: string): string {
  const word = reply.startsWith('5') ? 'permanent' : 'transient';
  return `${word}: ${reply.split('\n').map((line) => line.slice(4)).join('; ')}`;
}

const forms: ReadonlyArray<readonly [string, (error: string) => string]> = [
  ['the error alone', (error) => error],
  ['under a context, as anyhow chains it', (error) => `failed to send message: ${error}`],
  ['a job\'s pending error in a debug print', (error) => `saving job for Smtp-thread: Job { job_id: 162033, action: SendMsgToSmtp, tries: 7, pending_error: Some("${error}") }`],
];

describe('async-smtp\'s error: the class in words, the reply without its code', () => {
  test('the pool gives replies of both classes', () => {
    expect(replies.filter((reply) => reply.startsWith('4')).length).toBeGreaterThan(5);
    expect(replies.filter((reply) => reply.startsWith('5')).length).toBeGreaterThan(20);
  });

  test.each(replies.flatMap((reply) => forms.map(([how, write]) => ({
    name: `${how}: ${reply.slice(0, 60)}`,
    text: write(asyncSmtpError(reply)),
    status: /^\d{3}[ -](\d\.\d{1,3}\.\d{1,3})/.exec(reply)![1],
    permanent: reply.startsWith('5'),
  }))))('$name', ({text, status, permanent}) => {
    const result = decodeText(text);
    expect(result.kind).toBe(permanent ? 'bounce' : 'delay');
    expect(result.recipients[0]?.status?.code).toBe(status);
    expect(result.recipients[0]?.permanent).toBe(permanent);
  });
});

describe('the words where they are no client\'s error', () => {
  test.each([
    ['a setting named so', 'The permanent: flag is set on the folder'],
    ['a field of a record', 'transient: false\nretries: 0'],
  ])('%s: no failure', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
