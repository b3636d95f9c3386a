// A page that lists the replies servers send, each with what it means (a help page, a wiki, a
// vendor's list), quotes several different refusals and names no recipient of any: it is about
// bounces, not one. A notice reports what one message met: one refusal per recipient it names, or
// one reply. Generated from the reply pool: lists of three to six replies of different codes, each
// under or beside its explanation, against the same replies each naming its recipient.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

const pool = replyPool();
/** Single-line replies, one per reply code and one per enhanced code, from the provider and registry pools. */
const replies = [...pool.provider, ...pool['status-code']].map((spec) => spec.reply).filter((reply) => !reply.includes('\n'))
  .filter((reply, index, all) => all.findIndex((other) => parseReply(other).code === parseReply(reply).code) === index
    || all.findIndex((other) => parseReply(other).status === parseReply(reply).status) === index);

const explanations = ['This means the address does not exist or was mistyped.', 'Your server is listed on a blocklist this provider uses.', 'The mailbox is full.', 'The message was too large.', 'Try again later.', 'The sending domain failed its checks.'];

const lists = [3, 4, 6].flatMap((count) => [0, 1, 2].map((seed) => {
  const chosen = sampleOf(`reply list ${count} ${seed}`, replies, count * 3)
    .filter((reply, index, all) => all.findIndex((other) => parseReply(other).code === parseReply(reply).code && parseReply(other).status === parseReply(reply).status) === index)
    .slice(0, count);
  return {name: `${count} replies, sample ${seed}`, chosen};
})).filter(({chosen}) => new Set(chosen.map((reply) => parseReply(reply).status ?? parseReply(reply).code)).size >= 3
  && (new Set(chosen.map((reply) => parseReply(reply).code)).size >= 3 || new Set(chosen.map((reply) => parseReply(reply).status)).size >= 3));

describe('generated: a list of replies, each with its explanation, is no notice', () => {
  test('the lists hold three replies or more', () => {
    expect(lists.length).toBeGreaterThanOrEqual(6);
  });

  test.each(lists.flatMap(({name, chosen}) => [
    [`${name}, explanation below`, chosen.map((reply, index) => `${reply}\n${explanations[index % explanations.length]}\n`).join('\n')],
    [`${name}, "Remote host said:" and a dash`, chosen.map((reply, index) => `Remote host said: ${reply} - ${explanations[index % explanations.length]}`).join('\n')],
  ]))('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });

  // The same replies under qmail's notice (qmail-send.c: its opening and "This is a permanent
  // error; I've given up."), each recipient's line lost (a page that hides addresses): the
  // notice's own words make them the failures it reports.
  test.each(lists.map(({name, chosen}) => [name, chosen] as const))('%s, under a notice whose recipients\' lines were lost: a failure', (_name, chosen) => {
    const text = ['Hi. This is the qmail-send program at mail.example.net.', 'I\'m afraid I wasn\'t able to deliver your message to the following addresses.', 'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.', '',
      ...chosen.flatMap((reply) => ['192.0.2.25 does not like recipient.', `Remote host said: ${reply}`, 'Giving up on 192.0.2.25.', ''])].join('\n');
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.length).toBeGreaterThan(0);
  });

  test.each(lists.map(({name, chosen}) => [name, chosen] as const))('%s, each naming its recipient: a notice of as many failures', (_name, chosen) => {
    const addresses = chosen.map((_reply, index) => `user${index}@example.org`);
    const text = chosen.map((reply, index) => `<${addresses[index]}>: host mx.example.org[192.0.2.25] said: ${reply}`).join('\n');
    const result = decodeText(text);
    expect(result.kind).not.toBe('none');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(addresses);
  });
});

// The same lists as a help page numbers them, an example address written into some of the samples
// ("550 5.1.1 <user@domain.com>: Recipient address rejected: User unknown"): more failures, a line
// each, than addresses, and no notice's words around them. A notice of several recipients writes
// its own words around them, and a paste of several recipients' replies names one address a reply.
describe('generated: a list of replies with an example address in some is no notice', () => {
  const example = 'user@domain.com';
  test.each(lists.map(({name, chosen}) => [name, chosen] as const))('%s, numbered, the example address in every other one', (_name, chosen) => {
    const text = chosen.map((reply, index) => `${index + 1}) ${index % 2 === 0 ? reply.replace(/^(\d{3}(?: \d\.\d{1,3}\.\d{1,3})?) /, `$1 <${example}>: `) : reply}\n${explanations[index % explanations.length]}`).join('\n');
    expect(decodeText(text).kind).toBe('none');
  });

  test.each(lists.map(({name, chosen}) => [name, chosen] as const))('%s, pasted one under the other, the example address in the first: replies one message met', (_name, chosen) => {
    const text = chosen.map((reply, index) => (index === 0 ? reply.replace(/^(\d{3}(?: \d\.\d{1,3}\.\d{1,3})?) /, `$1 <${example}>: `) : reply)).join('\n');
    expect(decodeText(text).kind).not.toBe('none');
  });

  test.each(lists.map(({name, chosen}) => [name, chosen] as const))('%s, under a notice\'s own words: a notice', (_name, chosen) => {
    const text = `This is the mail system at host mail.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n${chosen.map((reply) => `<${example}>: host mx.example.org[192.0.2.25] said: ${reply}`).join('\n')}\n`;
    expect(decodeText(text).kind).not.toBe('none');
  });
});

describe('texts that quote several codes and are still one failure', () => {
  test.each([
    ['a transcript: the remote refusal, then the local summary', '... while talking to mx.example.org.:\n>>> DATA\n<<< 554 5.7.1 Message rejected\n554 5.0.0 Service unavailable\n', 1],
    ['a stack trace\'s line numbers are no replies', 'Error: Message failed: 554 5.7.1 Rejected as spam\n    at SMTPConnection._formatError (index.js:605:19)\n    at SMTPConnection._actionSMTPStream (index.js:1478:34)\n    at TLSSocket.emit (events.js:559:20)\n    at readableAddChunk (_stream_readable.js:522:18)\n', 1],
  ] as const)('%s', (_name, text, count) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients.length]).toEqual(['bounce', count]);
  });
});

/**
 * Postfix's file of its notices' templates (bounce(5): "failure_template = <<EOF", then the header
 * and text of the notice with $myhostname and the like, "EOF"; `postconf -b` prints the built-in
 * ones so), pasted whole or from its first template on, in the languages people translate it to:
 * configuration, nothing sent or refused. The same notice text without the file's lines is a notice.
 */
describe('a mail server\'s file of its notice templates is no notice', () => {
  const template = (kind: string, body: string) => [
    `${kind}_template = <<EOF`,
    'Charset: us-ascii',
    'From: MAILER-DAEMON (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'Postmaster-Subject: Postmaster Copy: Undelivered Mail',
    '',
    body,
    'EOF',
  ].join('\n');
  const bodies = [
    'This is the mail system at host $myhostname.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n                   The mail system',
    'Este es el sistema de correo del servidor $myhostname.\n\nLamento informarle que su mensaje no pudo ser entregado a uno o más destinatarios.\nPara asistencia escriba a soporte@example.com.',
    'Lamento ter de informar que sua mensagem não pôde ser entregue a um ou mais destinatários.',
  ];
  const comments = '#\n# Do not edit this file. This file shows the default delivery status\n# notification (DSN) messages that are built into Postfix.\n#\n\n';
  test.each(['failure', 'delay', 'success', 'verify'].flatMap((kind) => bodies.map((body) => [kind, body.slice(0, 40)] as const)))('%s_template: %s', (kind, start) => {
    const body = bodies.find((each) => each.startsWith(start))!;
    for (const text of [template(kind, body), `${comments}${template(kind, body)}\n`, template(kind, body).replace(' = <<EOF', '=<<EOF')]) {
      expect(decodeText(text).kind).toBe('none');
    }
  });
  test('the notice itself, as the template writes it, is one', () => {
    const notice = ['From: MAILER-DAEMON (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender', '', bodies[0]!.replace('$myhostname', 'mail.example.net'), '', '<bob@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'].join('\n');
    expect(decodeText(notice).recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });
  test('the template\'s name in prose is no file', () => {
    expect(decodeText('Set failure_template = <<EOF in bounce.cf, then:\n<bob@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n').kind).toBe('bounce');
  });
});

// A list writes its items a line each; one sentence's dotted numbers are versions a person names
// ("bumping the mailer from 5.4.13 to 5.4.15 (and 5.4.16 ...)"), three different ones that read as
// enhanced codes, and list no replies: the reply below them is the failure the person met.
describe('generated: versions named in one sentence above a reply are no list of replies', () => {
  const sentences = [
    (a: string, b: string, c: string) => `When bumping the mailer from ${a} to ${b} (and ${c} doesn't solve the issue), I get the error`,
    (a: string, b: string, c: string) => `Tried ${a}, ${b} and ${c}, same result:`,
  ];
  const versions = [['5.4.13', '5.4.15', '5.4.16'], ['4.1.2', '4.2.0', '4.3.1'], ['2.6.0', '5.1.0', '5.2.3']] as const;
  const single = sampleOf('versions above a reply', replies.filter((reply) => /^[45]\d\d [45]\.\d{1,3}\.\d{1,3} /.test(reply)), 12);

  test.each(single.flatMap((reply) => sentences.flatMap((sentence, index) => versions.map(([a, b, c]) => ({
    name: `sentence ${index + 1}, ${a}/${b}/${c}: ${reply.slice(0, 50)}`, text: `${sentence(a, b, c)}\n${reply}`, code: reply.slice(0, 3),
  })))))('$name', ({text, code}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients[0]?.replyCode?.code).toBe(code);
  });
});
