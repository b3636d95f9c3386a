// A failure notice whose failed lines carry no code and none of its template's words of permanence
// (a server's own words about a local failure: Sendmail's "(reason: ...)", Exim's indented reason,
// Postfix's "<address>: text") is still final: a server sends its non-delivery notice when it gives
// up (RFC 5321 §4.5.4.1, §6.1). The cases are generated from the rules' own rows of notice senders
// and subjects, around such codeless lines; the negative cases keep everything but the notice.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {delaySubjects} from '../../src/rules/auto-replies.ts';
import {decodeText} from '../../src/decoder/index.ts';
import {minStatementLength} from '../../src/decoder/templates.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {noticeSenderRows, noticeSubjectRows, undeliveredStatementRows} from '../../src/rules/notice-signals.ts';

/** Failed lines as servers write them for a local failure, with no code (each server's layout). */
const codelessLines = [
  {layout: 'Sendmail errbody', text: '<bob@example.com>\n    (reason: mailbox is full)\n'},
  {layout: 'Exim, indented reason', text: '  bob@example.com\n    Mailbox quota exceeded\n'},
  {layout: 'Postfix, address then text', text: '<bob@example.com>: mailbox is full\n'},
];

const delayWords = delaySubjects.map((row) => row.text);
/** Subject rows that are no delay's words (a subject may carry both, "Delayed Mail"). */
const failureSubjects = noticeSubjectRows.filter((row) => !delayWords.some((word) => row.text.includes(word)));

function message(from: string, subject: string, body: string): string {
  return `From: ${from}\nTo: alice@example.net\nSubject: ${subject}\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\n${body}`;
}

async function permanenceOf(input: string): Promise<{kind: string; recipients: {recipient?: string; permanent?: boolean}[]}> {
  const result = await decode(input);
  return {kind: result.kind, recipients: result.recipients.map((recipient) => ({recipient: recipient.recipient, permanent: recipient.permanent}))};
}

describe('a failure notice that no code qualifies is final', () => {
  const bySubject = failureSubjects.flatMap((row) => codelessLines.map((line) => ({name: `subject "${row.text}", ${line.layout}`, subject: row.text, line: line.text})));
  test.each(bySubject)('$name', async ({subject, line}) => {
    const input = message('Alice <alice@example.org>', `${subject}: Hello`, line);
    expect(await permanenceOf(input)).toEqual({kind: 'bounce', recipients: [{recipient: 'bob@example.com', permanent: true}]});
  });

  const bySender = noticeSenderRows.flatMap((row) => codelessLines.map((line) => ({name: `sender "${row.text}", ${line.layout}`, sender: row.text, line: line.text})));
  test.each(bySender)('$name', async ({sender, line}) => {
    const input = message(`"${sender}" <${sender.replace(/ /g, '-')}@example.org>`, 'Hello', line);
    expect(await permanenceOf(input)).toEqual({kind: 'bounce', recipients: [{recipient: 'bob@example.com', permanent: true}]});
  });

  test('the evidence says it is the notice itself that says so', async () => {
    const result = await decode(message('MAILER-DAEMON@example.org', 'Returned mail: Hello', codelessLines[0]!.text));
    expect(result.recipients[0]!.evidence.filter((item) => item.about === 'kind').map((item) => item.text)).toEqual(['failure notice']);
  });
});

describe('without a notice, or with words of retrying, permanence stays unknown', () => {
  test.each(codelessLines)('an ordinary message: $layout', async ({text}) => {
    expect(await permanenceOf(message('Alice <alice@example.org>', 'Hello', text))).toEqual({kind: 'bounce', recipients: [{recipient: 'bob@example.com', permanent: undefined}]});
  });

  test.each(codelessLines)('the lines pasted alone: $layout', async ({text}) => {
    expect(await permanenceOf(text)).toEqual({kind: 'bounce', recipients: [{recipient: 'bob@example.com', permanent: undefined}]});
  });

  test.each(codelessLines)('a notice subject that also speaks of delay: $layout', async ({text}) => {
    const input = message('MAILER-DAEMON@example.org', 'Returned mail: Re: the project delay', text);
    expect((await permanenceOf(input)).recipients).toEqual([{recipient: 'bob@example.com', permanent: undefined}]);
  });

  test('a notice where another recipient is still retried', async () => {
    const input = message('MAILER-DAEMON@example.org', 'Returned mail: Hello', '<bob@example.com>: mailbox is full\n<carol@example.com>: host mx.example.com said: 451 4.3.0 Try again later\n');
    expect((await permanenceOf(input)).recipients).toEqual([
      {recipient: 'bob@example.com', permanent: undefined},
      {recipient: 'carol@example.com', permanent: false},
    ]);
  });

  test('a notice with a code keeps the code\'s class', async () => {
    const input = message('MAILER-DAEMON@example.org', 'Returned mail: Hello', '<bob@example.com>: host mx.example.com said: 452 4.2.2 Mailbox full\n');
    expect((await permanenceOf(input)).recipients).toEqual([{recipient: 'bob@example.com', permanent: false}]);
  });
});

describe('a pasted text that states the failure in a template\'s words is final', () => {
  // A selection of a notice's body: its statement that the message was not delivered
  // (`undeliveredStatementRows`), then a failed line with no code.
  const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  const pasted = undeliveredStatementRows.flatMap((row) => codelessLines.map((line) => ({name: `"${row.text}", ${line.layout}`, statement: sentence(row.text), line: line.text})));
  test.each(pasted)('$name', ({statement, line}) => {
    expect(decodeText(`${statement}\n\n${line}`).recipients.map((recipient) => [recipient.recipient, recipient.permanent])).toEqual([['bob@example.com', true]]);
  });

  test.each(pasted)('$name, with words of retrying, stays undecided', ({statement, line}) => {
    const text = `${statement}\n\n${line}\nPlease note that this is only a temporary failure report.\n`;
    expect(decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.permanent])).not.toEqual([['bob@example.com', true]]);
  });
});

/**
 * A clause of a notice quoted alone (Exim's warning's first line in a bug report), or a log's field
 * ("mailq says stat=Deferred: ..."): every family's own clause or field for a final failure or a
 * retry, from its rules, makes the text a notice of that kind, with no recipient named. Shorter words ("will retry for", "defer (") are said in prose too, and
 * a subject line's words are a subject's: neither says so alone.
 */
describe('a family\'s clause or log field of permanence quoted alone makes a notice of its kind', () => {
  const subjects = new Set(mtaFamilies.flatMap((family) => (family.subjects ?? []).map((row) => row.text)));
  const logField = (text: string) => /^[a-z_]+="?[a-z]/.test(text);
  const prose = (text: string) => (logField(text) || (/^[a-z]/.test(text) && !/[{}"\\]|^x-|:$/.test(text) && text.length >= minStatementLength)) && !subjects.has(text);
  // Words that count only before others ("Delivery failed <n> attempts:") are quoted with them.
  const said = (row: {text: string; followedBy?: string}) => (row.followedBy === undefined ? row.text.trimEnd() : `${row.text}3${row.followedBy}`);
  const words = mtaFamilies.flatMap((family) => [
    ...(family.permanent ?? []).filter((row) => prose(row.text)).map((row) => ({family: family.id, text: said(row), kind: 'bounce', permanent: true})),
    ...(family.temporary ?? []).filter((row) => prose(row.text)).map((row) => ({family: family.id, text: said(row), kind: 'delay', permanent: false})),
  ]);
  test.each(words.map((row) => ({...row, name: `${row.family}: "${row.text}"`})))('$name', ({text, kind, permanent}) => {
    const result = decodeText(`The server sent this back: ${text} and nothing else.`);
    expect([result.kind, result.recipients.map((recipient) => recipient.permanent)]).toEqual([kind, [permanent]]);
  });

  test.each([
    ['a sentence with no template\'s words', 'The server sent this back: "please call me tomorrow" and nothing else.'],
    ['a family\'s short words of retrying, said in prose', 'Hi Bob, the upload failed and the tool will retry for 2 more hours. Thanks, Alice'],
  ])('%s is no notice', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});
