/**
 * A notice that greets its reader by address ("Hello bob@example.org,", "Hola, bob@example.org:",
 * "bob@example.org 様") greets the sender of the message it returns: that address is no failed
 * recipient, and the greeting is no diagnostic. Generated from every salutation word and honorific
 * of `src/rules/salutations.ts`, around three kinds of notice.
 */
import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {findAddresses, greetsReader} from '../../src/decoder/find-addresses.ts';
import {readerHonorifics, salutationOpenings} from '../../src/rules/salutations.ts';

const reader = 'alice@example.net';

/** Each salutation row as a line that greets `address`, in the punctuation its language uses. */
function greetings(address: string): {name: string; line: string}[] {
  const capitalized = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  return [
    ...salutationOpenings.flatMap(({text}) => [
      {name: `"${text} <address>,"`, line: `${capitalized(text)} ${address},`},
      {name: `"${text}, <address>:"`, line: `${capitalized(text)}, ${address}:`},
      {name: `"${text} <address>!"`, line: `${capitalized(text)} ${address}!`},
    ]),
    {name: '"Dear user <address>:"', line: `Dear user ${address}:`},
    {name: '"Hello Alice Smith <address>,"', line: `Hello Alice Smith <${address}>,`},
    ...readerHonorifics.flatMap(({text}) => [
      {name: `"<address> ${text}"`, line: `${address} ${text}`},
      {name: `"<address>${text}，"`, line: `${address}${text}，`},
    ]),
  ];
}

const groupsNotice = (greeting: string) => [
  greeting,
  '',
  'We\'re writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group.',
  '',
  'If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.',
  '',
  'Thanks,',
  '',
  'Google Groups',
].join('\n');

const rawGroupsNotice = (greeting: string) => [
  'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
  `To: ${reader}`,
  'Subject: Delivery Status Notification (Failure)',
  'X-Failed-Recipients: team@googlegroups.com',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  groupsNotice(greeting),
].join('\r\n');

const postfixBelow = (greeting: string) => `${greeting}\n\nThis is the mail system at host mail.example.net.\n\n<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;

const recipientsOf = async (input: string) => (await decode(input)).recipients.map((recipient) => recipient.recipient);

describe.each(greetings(reader))('a greeting $name', ({line}) => {
  test('is a salutation of its reader', () => {
    const [address] = findAddresses(line, 1);
    expect(greetsReader(line, address!)).toBe(true);
  });

  test('over a notice whose header lists the failed recipient: that one, not the reader', async () => {
    expect(await recipientsOf(rawGroupsNotice(line))).toEqual(['team@googlegroups.com']);
  });

  test('over a pasted notice that names no recipient: none named, and the greeting is no diagnostic', async () => {
    const result = await decode(groupsNotice(line));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.recipient, recipient.diagnostic.includes(reader)])).toEqual([[undefined, false]]);
  });

  test('over a pasted notice that names its recipient: that one alone', async () => {
    expect(await recipientsOf(postfixBelow(line))).toEqual(['bob@example.org']);
  });
});

describe('lines that name an address otherwise', () => {
  test.each([
    ['a greeting word opening a sentence about the recipient', 'Hello, your message to bob@example.org could not be delivered.'],
    ['a reply after the address', 'Hi bob@example.org: 550 5.1.1 User unknown'],
    ['an honorific followed by more words', 'bob@example.org さんへのメールは配信できませんでした'],
    ['a word that only starts like a greeting', 'Hiring bob@example.org,'],
    ['a label before the address', 'Recipient: bob@example.org'],
    ['a list of many words before it', 'Dear customer, we could not reach bob@example.org:'],
  ])('%s: %j', (_name, line) => {
    const [address] = findAddresses(line, 1);
    expect(greetsReader(line, address!)).toBe(false);
  });

  test.each([
    ['a bare reply that names the recipient after a greeting word', 'Hi bob@example.org: 550 5.1.1 User unknown\n'],
    ['a sentence that opens with a greeting word', 'Hello, your message to bob@example.org could not be delivered: 550 5.1.1 User unknown\n'],
  ])('%s still names the recipient', async (_name, text) => {
    expect(await recipientsOf(text)).toEqual(['bob@example.org']);
  });
});

describe('Google Groups\' notice, in whatever language', () => {
  // The Help Center link is the one line every Groups notice shares (sisimai's googlegroups modules).
  test.each([
    ['German', 'Sie erhalten diese E-Mail, weil die Gruppe, die Sie kontaktieren möchten (team), möglicherweise nicht vorhanden ist.'],
    ['Spanish', 'Queremos informarte de que el grupo con el que has intentado ponerte en contacto (team) quizás no exista.'],
    ['Ukrainian', 'Цим повідомленням ми сповіщаємо Вас, що група, з якою Ви намагалися зв\'язатися (team), ймовірно, не існує.'],
  ])('pasted in %s: a refusal that Google wrote', async (_language, sentence) => {
    const text = `Hallo ${reader},\n\n${sentence}\n\nhttps://groups.google.com/support/\n\nGoogle Groups\n`;
    const result = await decode(text);
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.provider?.id])]).toEqual(['bounce', [[undefined, 'google']]]);
  });

  test('a text that only mentions the Groups\' help pages elsewhere is no notice', async () => {
    expect((await decode('See https://groups.google.com/forum/ for the archive.\n')).kind).toBe('none');
  });
});
