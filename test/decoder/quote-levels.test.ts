/**
 * A notice quoted by replies, as it is then pasted: each level of quoting a client writes (">" and
 * a space, ">>" with none, "> > " with them) is taken off while most lines carry one, and only then.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {unquoteReply} from '../../src/decoder/read-input.ts';

const notice = [
  'This is the mail system at host mail.example.net.',
  '',
  'I\'m sorry to have to inform you that your message could not',
  'be delivered to one or more recipients. It\'s attached below.',
  '',
  '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1',
  '    <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT',
  '    TO command)',
].join('\n');

/** Every line of `text` behind `mark`, an empty line behind the mark without its trailing space. */
function quoted(text: string, mark: string): string {
  return text.split('\n').map((line) => (line === '' ? mark.trimEnd() : `${mark}${line}`)).join('\n');
}

describe('levels of quoting taken off', () => {
  test.each([
    ['one level, "> "', '> '],
    ['two levels as Thunderbird and Outlook nest them, ">> "', '>> '],
    ['two levels as Gmail and Apple Mail nest them, "> > "', '> > '],
    ['three levels, ">>> "', '>>> '],
    ['three levels, "> > > "', '> > > '],
    ['four levels, mixed, ">> > > "', '>> > > '],
  ])('%s', (_name, mark) => {
    expect(unquoteReply(quoted(notice, mark))).toBe(notice);
  });

  test('under a reply\'s own attribution lines', () => {
    const reply = `On Tue, 2 Jun 2026 at 09:00, Alice <alice@example.net> wrote:\n> On Mon, 1 Jun 2026 at 10:00, Mail Delivery System <MAILER-DAEMON@mail.example.net> wrote:\n${quoted(notice, '>> ')}`;
    const result = decodeText(reply);
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code])]).toEqual(['bounce', [['bob@example.org', '550', '5.1.1']]]);
  });
});

describe('quotes that stay', () => {
  const transcript = [
    '----- Transcript of session follows -----',
    '... while talking to mx.example.org.:',
    '>>> MAIL From:<alice@example.net> SIZE=1234',
    '<<< 250 2.1.0 Sender ok',
    '>>> RCPT To:<bob@example.org>',
    '<<< 550 5.1.1 <bob@example.org>... User unknown',
    '550 5.1.1 <bob@example.org>... User unknown',
  ].join('\n');
  test.each([
    ['Sendmail\'s transcript, whose ">>> " marks its commands on fewer lines than the rest', transcript],
    ['the same transcript quoted once: only the reply\'s level comes off', quoted(transcript, '> ')],
    ['a notice that quotes two lines of the message among its own', `${notice}\n\n> Hello Bob,\n> see you Monday.\n\nThe mail system`],
  ])('%s', (_name, text) => {
    const once = text.startsWith('> ') ? text.split('\n').map((line) => line.replace(/^> ?/, '')).join('\n') : text;
    expect(unquoteReply(text)).toBe(once);
  });
});
