// What a copy does to a notice's text on its way to the paste box: a reply quotes every line ("> "),
// a web page puts a no-break space where a space stood, a terminal or an editor keeps trailing
// blanks, a paste site's view numbers every line or renders each as a list's item. None of it
// changes what the notice says: every family's generated notice, as webmail shows it and as a raw
// message, decodes with these marks as it decodes without them, and so do the lines a paste opens
// with (a notice's subject line, its header fields), which say what the text is.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {generatedCases, outcome} from './generate.ts';

const marks: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['quoted by a reply', (text) => text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')],
  ['no-break spaces for spaces', (text) => text.replaceAll(' ', '\u00a0')],
  ['narrow no-break spaces for spaces', (text) => text.replaceAll(' ', '\u202f')],
  ['trailing blanks', (text) => text.split('\n').map((line) => `${line}  `).join('\n')],
  ['every line numbered by a paste site', (text) => text.split('\n').map((line, index) => `${index + 1}. ${line}`).join('\n')],
  ['every line a list\'s item', (text) => text.split('\n').map((line) => (line.trim() === '' ? line : `- ${line}`)).join('\n')],
];

/** A few webmail notices of every family. */
const sample = [...new Set(generatedCases.map((item) => item.family))]
  .flatMap((family) => generatedCases.filter((item) => item.family === family && item.form === 'webmail').filter((_item, index) => index % 5 === 0).slice(0, 3));

describe('a generated notice as a copy marks it', () => {
  test('every family gives cases', () => {
    expect(sample.length).toBeGreaterThan(150);
  });

  test.each(sample.flatMap((item) => marks.map(([mark, apply]) => ({name: `${item.name} | ${mark}`, input: item.input, apply}))))('$name', ({input, apply}) => {
    expect(outcome(decodeText(apply(input)))).toEqual(outcome(decodeText(input)));
  });
});

/** Pastes whose opening lines say what they are: a subject line, or the notice's header fields, then words that name no recipient. */
const openings = [
  ['a failure\'s subject line', 'Undelivered Mail Returned to Sender\nThis message could not be delivered.\n', 'bounce'],
  ['a delay warning\'s subject line', 'Warning: message 1Zb92h-0002aX-BS delayed 24 hours\nThis message has not yet been delivered.\n', 'delay'],
  ['a delay warning\'s header fields', 'Return-Path: <>\nDelivered-To: sales@example.com\nSubject: Warning: message 1Zb92h-0002aX-BS delayed 24 hours\nFrom: Mail Delivery System <Mailer-Daemon@mail.example.net>\nThis message has not yet been delivered.\n', 'delay'],
] as const;

describe('the opening lines of a paste, as a copy marks them', () => {
  test.each(openings.flatMap(([name, text, kind]) => marks.map(([mark, apply]) => ({name: `${name} | ${mark}`, text: apply(text), kind}))))('$name', ({text, kind}) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});

/** A few raw messages of every family. */
const rawSample = [...new Set(generatedCases.map((item) => item.family))]
  .flatMap((family) => generatedCases.filter((item) => item.family === family && item.form === 'raw-lf').filter((_item, index) => index % 7 === 0).slice(0, 2));

describe('a raw message as a paste site\'s view marks every line', () => {
  test.each(rawSample.flatMap((item) => marks.slice(-2).map(([mark, apply]) => ({name: `${item.name} | ${mark}`, input: item.input, apply}))))('$name', async ({input, apply}) => {
    expect(outcome(await decode(apply(input)))).toEqual(outcome(await decode(input)));
  });
});

describe('marks on some lines only are the text\'s own', () => {
  test('a numbered list inside a notice keeps its numbers, and its recipients', () => {
    const text = 'Delivery has failed to these recipients or groups:\n\n1. bob@example.org\n2. carol@example.org\n\nThe recipient\'s mailbox is full and can\'t accept messages now.\n';
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org', 'carol@example.org']);
  });

  test('numbers that do not count up by one are no view\'s', () => {
    const text = '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n421 4.7.0 Try again later\n550 5.7.1 Message rejected\n';
    const unchanged = decodeText(text);
    expect(unchanged.recipients[0]?.replyCode?.code).toBe('550');
  });
});

/**
 * A terminal 80 columns wide breaks a longer line there, mid-word if so, and a copy keeps the
 * break: such lines are joined again. A recipient's own line that happens to be exactly 80 long
 * ("dave_ops@mail.example.com: 454 ... exceeded") is not broken: the next recipient's line, which
 * opens with its address and colon, is its own.
 */
describe('a recipient\'s line that happens to fill a terminal\'s width', () => {
  const eighty = 'dave_ops@mail.example.com: 454 throttling failure: maximum sending rate exceeded';
  test.each(['erin@example.com', '<erin@example.com>'])('the next line opening with %s stays a line', (next) => {
    expect(eighty).toHaveLength(80);
    const text = `An error has occurred while attempting to deliver a message for\nthe following list of recipients:\n\nivan@example.net: 550 5.1.1 has suppressed sending to this\n${eighty}\n${next}: 454 throttling failure: daily message quota exceeded\n`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['ivan@example.net', 'dave_ops@mail.example.com', 'erin@example.com']);
  });
});

/**
 * A line that happens to fill the width and ends a sentence with its full stop, where the next line
 * opens a sentence with a capital, is no name a terminal broke: "alice@mail.example.com." and
 * "Delivery will be retried." stay apart. A domain broken after one of its dots goes on in lower case.
 */
describe('a sentence that ends at a terminal\'s width', () => {
  const ending = 'There was a temporary problem delivering your message to alice@mail.example.com.';
  test('the address ends with its sentence', () => {
    expect(ending).toHaveLength(80);
    const text = `Delivery incomplete\n${ending}\nDelivery will be retried. You'll be notified if the delivery fails permanently.\nTechnical details of the failure:\n421 4.7.0 Try again later\n`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['alice@mail.example.com']);
  });

  test('a domain broken after its dot is joined again', () => {
    const line = 'There was a temporary problem delivering your message to alice@mail.longexample.';
    expect(line).toHaveLength(80);
    const text = `Delivery incomplete\n${line}\ncom. Delivery will be retried.\nTechnical details of the failure:\n421 4.7.0 Try again later\n`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['alice@mail.longexample.com']);
  });
});
