// A reply broken after its code, the enhanced code of the same class opening the next line, is one
// reply: a program that prints an exception's fields one a line (Odoo's text of Python's
// SMTPSenderRefused: the class and code, the server's words, the sender), or a client that wraps a
// long line right after the code. Generated over the provider and status-code replies of the
// pool, split after their code in each form; the next line opening with a code of another class,
// or with words, is no part of the reply.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';

/** Replies that open with a reply code and an enhanced code of its class, one line each. */
const replies = [...sampleOf('split-replies-provider', replyPool().provider, 40), ...sampleOf('split-replies-status', replyPool()['status-code'], 40)]
  .map((spec) => spec.reply.split('\n')[0]!)
  .filter((reply) => /^([245])\d\d[ -]\1\.\d{1,3}\.\d{1,3} /.test(reply));

/** The reply split after its code: `code` and `rest` ("5.1.1 ..."). */
const forms: ReadonlyArray<readonly [string, (code: string, rest: string) => string]> = [
  ['an exception\'s fields one a line (Odoo)', (code, rest) => `Mail Delivery Failed\nMail delivery failed via SMTP server 'smtp.example.net'.\nSMTPRecipientsRefused: ${code}\n${rest}\nbob@example.org`],
  ['wrapped after the code, the recipient above', (code, rest) => `Delivery to bob@example.org failed:\nhost mx.example.net said: ${code}\n${rest}`],
  ['wrapped after the code, an indented next line', (code, rest) => `<bob@example.org>: host mx.example.net said: ${code}\n    ${rest}`],
  ['CRLF line ends', (code, rest) => `<bob@example.org>:\r\nRemote host said: ${code}\r\n${rest}\r\n`],
];

describe('a reply broken after its code is one reply', () => {
  test('the pool gives replies of both sources', () => {
    expect(replies.length).toBeGreaterThan(40);
  });

  test.each(replies.flatMap((reply) => forms.map(([how, write]) => {
    const code = reply.slice(0, 3);
    const rest = reply.slice(4);
    return {name: `${how}: ${reply.slice(0, 60)}`, text: write(code, rest), code, status: /^\d\.\d{1,3}\.\d{1,3}/.exec(rest)![0]};
  })))('$name', ({text, code, status}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.recipient).toBe('bob@example.org');
    expect(first?.replyCode?.code).toBe(code);
    expect(first?.status?.code).toBe(status);
  });
});

describe('a next line that is no part of the reply', () => {
  test.each([
    ['an enhanced code of another class', '<bob@example.org>: host mx.example.net said: 550\n4.2.2 Mailbox full, try later', '550', '4.2.2'],
    ['words, not an enhanced code', 'Error count: 550\nThe mailbox bob@example.org is unknown. Status 5.1.1', '550', '5.1.1'],
  ] as const)('%s: the code and the status stay apart', (_name, text, code, status) => {
    const decoded = decodeText(text);
    const [first] = decoded.recipients;
    // Apart, each is read where it stands: no reply "550 4.2.2" is made of them.
    expect(first?.diagnostic ?? '').not.toContain(`${code} ${status}`);
  });
});
