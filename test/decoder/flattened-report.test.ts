// RFC 3464 report fields pasted flattened onto one line (a webmail or a form that joined the lines:
// "Final-Recipient: rfc822; bob@example.org Action: failed Status: 5.1.1 Diagnostic-Code: smtp;
// 550 ..."): each field is read again as the line it was, so the flattened report decodes as the
// report does. Generated around the reply pool, one recipient and two; a diagnostic's own words that
// look like a field's name ("mailbox status: disabled") stay its words.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {relinedParagraphs} from '../../src/decoder/read-input.ts';
import {replyPool, sampleOf} from './generate.ts';
import {joinedReply, parseReply, statusOrGeneric} from './templates/common.ts';

function group(recipient: string, reply: string): string[] {
  return [
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    `Status: ${statusOrGeneric(parseReply(reply))}`,
    'Remote-MTA: dns; mx.example.net',
    `Diagnostic-Code: smtp; ${joinedReply(reply)}`,
    'Last-Attempt-Date: Mon, 2 Mar 2026 10:00:00 +0000',
  ];
}

/** What the popup shows of each recipient. */
function decoded(text: string) {
  return decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code, found.reason.id, found.permanent]);
}

const opening = 'This is the mail system at host mail.example.net.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients.';

const pool = replyPool();
const replies = [...sampleOf('flat-status', pool['status-code'], 20), ...sampleOf('flat-provider', pool.provider, 20), ...sampleOf('flat-multi', pool['multi-line'], 4)].map((spec) => spec.reply);

// A whole text on one line is read as a flattened notice, whose every reply starts a line again
// (`relined`): a multi-line reply joined into one Diagnostic-Code is then the text's to read, so the
// two-recipient reports hold one-line replies.
const oneLine = replies.filter((reply) => !reply.includes('\n'));
const cases = replies.flatMap((reply, index) => {
  const one = group('bob@example.org', reply);
  const two = [...one, '', ...group('carol@example.org', oneLine[index % oneLine.length]!)];
  return [
    {name: `one recipient: ${reply.slice(0, 50)}`, lines: one.join('\n'), flat: one.join(' ')},
    // Under a notice's own lines: the text is no single flattened line, only its report is.
    {name: `one recipient, under the notice's text: ${reply.slice(0, 50)}`, lines: `${opening}\n\n${one.join('\n')}`, flat: `${opening}\n\n${one.join(' ')}`},
    ...(reply.includes('\n') ? [] : [{name: `two recipients on one line: ${reply.slice(0, 50)}`, lines: two.join('\n'), flat: two.filter((line) => line !== '').join(' ')}]),
  ];
});

describe('generated: a report flattened onto one line decodes as the report', () => {
  test.each(cases)('$name', ({lines, flat}) => {
    expect(decoded(flat)).toEqual(decoded(lines));
  });
});

describe('words that only look like a field stay where they are', () => {
  test.each([
    ['a diagnostic that says "status:"', 'Final-Recipient: rfc822; bob@example.org Diagnostic-Code: smtp; 550 5.1.1 mailbox status: disabled', 'mailbox status: disabled'],
    ['a diagnostic that says "action:"', 'Final-Recipient: rfc822; bob@example.org Status: 5.7.1 Diagnostic-Code: smtp; 550 5.7.1 Rejected, action: contact postmaster', 'action: contact postmaster'],
  ])('%s', (_name, text, words) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.diagnostic.includes(words)])).toEqual([['bob@example.org', true]]);
  });

  test('prose that quotes a field name is not split into fields', () => {
    const result = decodeText('The bounce said Final-Recipient: rfc822; bob@example.org and nothing else.');
    expect(result.recipients.map((found) => found.recipient)).not.toContain('bob@example.org and nothing else.');
  });
});

// A title a person wrote above the flattened text is kept as its line, and the text below is
// relined as a whole flattened text is; lines that are no title (a log's, an address's, a code's)
// leave the text as written.
describe('a flattened text under a title', () => {
  const flat = group('bob@example.org', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown').join(' ');

  test.each([
    ['a word or two', 'bounce back'],
    ['a subject', 'Undelivered Mail Returned to Sender'],
    ['two short lines', 'Help please\nWhat does this mean?'],
  ])('%s', (_name, title) => {
    expect(decoded(`${title}\n${flat}`)).toEqual(decoded(group('bob@example.org', '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown').join('\n')));
  });

  test.each([
    ['a line with an address', 'From: ann@example.com'],
    ['a line with a code', '550 5.1.1 failed'],
    ['three lines above', 'one\ntwo\nthree'],
  ])('%s above it is no title: the text stays as written', (_name, above) => {
    const text = `${above}\n${flat}`;
    expect(relinedParagraphs(text)).toBe(text);
  });
});
