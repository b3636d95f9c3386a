// A person pastes a notice with a few words of their own above it ("Why do I get this?", a blank
// line, then the notice): a raw message from its header on, a webmail's text, a notice's header
// fields, an automatic reply. The note changes nothing the notice says: every family's generated
// notice decodes below each note as it decodes alone. A note longer than a few lines is a text of
// its own, and a forward's header block (From, Date, Subject, To) no raw message.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {generatedCases, outcome} from './generate.ts';

/** Notes as people write them above what they paste: a question, a greeting, a line of context. */
const notes = [
  'Hi, I keep getting this when I send mail, any idea?',
  'Here is the bounce:',
  'Got this back from the server this morning.\nWhat does it mean?',
  'Bonjour,\nvoici le message reçu :',
];

/** A few cases of every family, in each form: the raw message (its header first) and the webmail's text. */
const sample = [...new Set(generatedCases.map((item) => item.family))].flatMap((family) => (['raw-lf', 'raw-crlf', 'webmail'] as const)
  .flatMap((form) => generatedCases.filter((item) => item.family === family && item.form === form).filter((_item, index) => index % 11 === 0).slice(0, 2)));

describe('a generated notice pasted below a person\'s note', () => {
  test('every family gives cases in each form', () => {
    expect(sample.length).toBeGreaterThan(300);
  });

  test.each(sample.flatMap((item) => notes.map((note, index) => ({name: `${item.name} | note ${index + 1}`, input: item.input, note}))))('$name', async ({input, note}) => {
    const end = input.includes('\r\n') ? '\r\n' : '\n';
    const alone = await decode(input);
    const belowNote = await decode(`${note.replaceAll('\n', end)}${end}${end}${input}`);
    expect(outcome(belowNote)).toEqual(outcome(alone));
  });
});

describe('what a note leaves as it is', () => {
  test('an automatic reply below a note is one', () => {
    const reply = 'Automatic reply: Quarterly report\nI am out of the office until Monday and will answer your message on my return.\n';
    expect(decodeText(reply).kind).toBe('autoreply');
    expect(decodeText(`Why do I get this?\n\n${reply}`).kind).toBe('autoreply');
  });

  test('a notice\'s header fields below a note give its subject', () => {
    const pasted = 'From: Mail Delivery System <MAILER-DAEMON@mail.example.net>\nSubject: Undelivered Mail Returned to Sender\nTo: <alice@example.org>\n\nThis message could not be delivered.\n';
    const result = decodeText(`Can anyone explain this?\n\n${pasted}`);
    expect(result.kind).toBe('bounce');
    expect(result.recipients[0]?.permanent).toBe(true);
  });

  test.each([
    ['a failure\'s', 'Undelivered Mail Returned to Sender\nThis message could not be delivered.\n', 'bounce', true],
    ['a delay warning\'s', 'Warning: message 1Zb92h-0002aX-BS delayed 24 hours\nThis message has not yet been delivered.\n', 'delay', false],
  ] as const)('%s subject line below a note says what the text is', (_name, pasted, kind, permanent) => {
    const result = decodeText(`What does this mean?\n\n${pasted}`);
    expect([result.kind, result.recipients[0]?.permanent]).toEqual([kind, permanent]);
  });

  test('a note of more than six lines is the text itself: its next paragraph opens no message', () => {
    const note = Array.from({length: 7}, (_line, index) => `line ${index + 1} of what I wrote`).join('\n');
    const result = decodeText(`${note}\n\nReturn-Path: <>\nReceived: from mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\nThe message could not be delivered.\n`);
    expect(result.format).toBe('text');
  });

  test('a forward\'s header block below a note is read as text, not as a raw message', () => {
    const forward = 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, 1 Jan 2024 10:00:00 +0000\nSubject: Delivery Status Notification (Failure)\nTo: alice@example.org\n\nAddress not found\n';
    expect(decodeText(`FYI:\n\n${forward}`).format).toBe('text');
  });
});

// A heading of a person's right above the message, no blank line between ("Here is the bounce:",
// a tracker's "Message RFC822:"): the message starts with its first header field below it.
describe('a generated raw notice right below a one-line heading', () => {
  const headings = ['Here is the bounce:', 'Message RFC822:', 'The message that came back:'];
  // Messages as their transport hands them over (a Return-Path, a Received, MIME fields: RFC 5321
  // §4.4, RFC 2045): a header block of only From, To, Subject and Date may be a forward's, not a message.
  const raw = sample.filter((item) => item.form !== 'webmail' && /^(?:return-path|received|mime-version|content-type)[ \t]*:/im.test(item.input.split(/\r?\n\r?\n/, 1)[0]!));

  test('the sample gives messages of many families', () => {
    expect(new Set(raw.map((item) => item.family)).size).toBeGreaterThan(40);
  });


  test.each(raw.flatMap((item) => headings.map((heading) => ({name: `${item.name} | ${heading}`, input: item.input, heading}))))('$name', async ({input, heading}) => {
    const end = input.includes('\r\n') ? '\r\n' : '\n';
    const alone = await decode(input);
    const belowHeading = await decode(`${heading}${end}${input}`);
    expect(belowHeading.format).toBe('raw-message');
    expect(outcome(belowHeading)).toEqual(outcome(alone));
  });

  const message = 'Return-Path: <>\nReceived: from mx.example.net\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.net>\nSubject: Undelivered Mail Returned to Sender\n\nThe message could not be delivered.\n';
  test.each([
    ['a line without a colon', 'Here it is'],
    ['a line longer than a heading', `${'I have been trying to send mail to my colleague for a week now and every time I get back '.repeat(2)}this:`],
  ])('%s above the header is no heading: the text is read as text', async (_name, line) => {
    expect((await decode(`${line}\n${message}`)).format).toBe('text');
  });
});
