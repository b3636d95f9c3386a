// An SMTP client library's error as an application logs it: the library's own words, ": ", then the
// server's reply (Nodemailer's SMTPConnection._formatError). Those words say the text is a refusal
// and which command it answered, whatever the reply says, so a reply with no enhanced code and no
// known phrase is still read. Generated from each of Nodemailer's messages around the reply pool.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

/** Nodemailer's words before the reply (lib/smtp-connection/index.js), with the command each refusal answered. */
const messages: ReadonlyArray<readonly [string, string]> = [
  ['Mail command failed', 'MAIL FROM'],
  ['Recipient command failed', 'RCPT TO'],
  ['Can\'t send mail - all recipients were rejected', 'RCPT TO'],
  ['Data command failed', 'DATA'],
  ['Message failed', 'DATA'],
];

const pool = replyPool();
const replies = [...sampleOf('client provider', pool.provider, 4), ...sampleOf('client status', pool['status-code'], 4), ...sampleOf('client no code', pool['no-code'], 6)]
  .map((spec) => spec.reply.split('\n').join(' '));

/** Replies no phrase table knows and with no enhanced code: only the library's words make them a refusal. */
const bareReplies = ['554 Error sending message for delivery.', '550 Transaction refused', '451 Try later', '552 Nope'];

const generated = messages.flatMap(([message]) => [...replies, ...bareReplies].flatMap((reply) => ['', 'Error: '].map((prefix) => ({
  name: `${prefix}${message}: ${reply.slice(0, 50)}`,
  text: `${prefix}${message}: ${reply}\n`,
  replyCode: parseReply(reply).code,
}))));

describe('generated: a client library\'s error is the refusal it quotes', () => {
  test.each(generated)('$name', ({text, replyCode}) => {
    const result = decodeText(text);
    expect(result.kind).toBe(replyCode.startsWith('4') ? 'delay' : 'bounce');
    expect(result.recipients.map((recipient) => [recipient.replyCode?.code, recipient.permanent])).toEqual([[replyCode, replyCode.startsWith('5')]]);
  });
});

describe('the library\'s words say which command was refused', () => {
  test.each(messages)('%s: %s', (message, command) => {
    // The stage decides what a vague reply means: a refused MAIL FROM is about the sender, the
    // library's own words ("command failed:", Sendmail's words for a local mailer) are no cause.
    const reason = decodeText(`Error: ${message}: 550 Go away\n`).recipients[0]?.reason.id;
    expect(reason).not.toBe('mailererror');
    if (command === 'MAIL FROM') expect(reason).toBe('rejected');
  });

  test('a refusal after the data for one recipient over LMTP names that recipient', () => {
    const [recipient] = decodeText('Error: Message failed for recipient bob@example.org: 552 Mailbox over quota\n').recipients;
    expect([recipient?.recipient, recipient?.replyCode?.code, recipient?.reason.id]).toEqual(['bob@example.org', '552', 'mailboxfull']);
  });
});

describe('the same words without a reply are no refusal', () => {
  test.each([
    ['the words before a sentence', 'Your message failed: please try again in 550 seconds or so\n'],
    ['an error of the library with no reply', 'Error: Message failed\n    at SMTPConnection._formatError\n'],
    ['the words in a changelog', 'Fixed: Message failed: error objects now carry responseCode\n'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).recipients.filter((recipient) => recipient.replyCode !== undefined)).toEqual([]);
  });
});
