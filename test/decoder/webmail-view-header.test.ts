// A person selects a whole message as their webmail shows it and pastes it: the view's own lines
// come first, unlabelled (the sender alone on a line, when it came, whom it went to) and, in some
// webmails, the subject above them. Those lines are the view's, not the notice's: every family's
// generated notice decodes under each view as it decodes alone, and the sender (a mail system's
// "postmaster@...") is never a failed recipient. An address that only looks like a sender at the top
// (a recipient above its reply, a log line under it) is read as before.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {generatedCases, project, type GeneratedCase} from './generate.ts';
import {type ClientHeaderField, clientHeaderLabels} from '../../src/rules/client-header-labels.ts';

/** The sender forms of RFC 5322 §3.4 as views print them: name-addr, the address as its own name, addr-spec alone. */
const senders = [
  'Mail Delivery System <MAILER-DAEMON@mx1.example.net>',
  'postmaster@mx1.example.net <postmaster@mx1.example.net>',
  'postmaster@mx1.example.net',
];

/** The shapes of a message view's header block above the text, each given the sender and the subject. */
const views: readonly (readonly [string, (sender: string, subject: string) => string])[] = [
  // The sender, a time with how long ago, the recipients in lower case, on lines of their own (tab-only lines between).
  ['time and lower-case recipients under the sender', (sender) => `${sender}\n\t\n2:14 PM (5 minutes ago)\n\t\nto me\n\n`],
  // The sender, the labelled recipients, a date with its time, then the subject.
  ['labelled recipients and a date under the sender, the subject below', (sender, subject) => `${sender}\nTo: Alice Smith\nMon 12/7/2026 9:00 AM\n${subject}\n\n`],
  // The subject first, then the sender, the labelled recipients and a date.
  ['the subject above the sender', (sender, subject) => `${subject}\n\n${sender}\nTo: you\nTue, Dec 1 at 3:04 PM\n\n`],
  // Another language's labels and date.
  ['another language\'s label and date', (sender) => `${sender}\nAn: Alice Schmidt\n7. Dez. 2026, 09:00\n\n`],
];

/** Every family's first webmail notices: one to one recipient, one to several where it has such. */
const sample = [...new Set(generatedCases.map((item) => item.family))].flatMap((family) => {
  const webmail = generatedCases.filter((item) => item.family === family && item.form === 'webmail');
  return [webmail[0], webmail.find((item) => item.recipients.length > 1)].filter((item) => item !== undefined);
});

/** The subject a generated notice's raw form has: the view shows it. */
function subjectOf(item: GeneratedCase): string {
  const raw = generatedCases.find((other) => other.name === item.name.replace('| webmail |', '| raw-lf |'))?.input ?? '';
  return /^Subject: (.*)$/m.exec(raw.slice(0, raw.indexOf('\n\n')))?.[1] ?? '';
}

describe('a generated notice pasted under a webmail\'s view of its header', () => {
  test('every family gives cases', () => {
    expect(sample.length).toBeGreaterThan(100);
  });

  test.each(sample.flatMap((item, index) => views.map(([how, view]) => ({
    name: `${item.name} | ${how}`,
    item,
    text: `${view(senders[index % senders.length]!, subjectOf(item))}${item.input}`,
  }))))('$name', ({item, text}) => {
    expect(project(decodeText(text), item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

const postfixNotice = `This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<carol@example.com>: host mx.example.com[192.0.2.7] said: 550 5.1.1
    <carol@example.com>: Recipient address rejected: User unknown (in reply to
    RCPT TO command)
`;

describe('a webmail\'s view above a notice', () => {
  describe('positive: its sender is the notice\'s', () => {
    test.each(senders.flatMap((sender) => views.map(([how, view]) => ({name: `${sender} | ${how}`, text: `${view(sender, 'Undelivered Mail Returned to Sender')}${postfixNotice}`}))))('$name', ({text}) => {
      const result = decodeText(text);
      expect(result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code, recipient.status?.code])).toEqual([['carol@example.com', '550', '5.1.1']]);
    });

    test('the subject above the sender is the text\'s: a delay warning\'s says it is one', () => {
      const text = 'Delayed Mail (still being retried)\n\nMail Delivery System <MAILER-DAEMON@mx1.example.net>\nTo: you\nTue, Dec 1 at 3:04 PM\n\n<dave@example.com>: connect to mx.example.com[192.0.2.7]:25: Connection timed out\n';
      expect(decodeText(text).kind).toBe('delay');
    });
  });

  describe('negative: an address at the top that no view shows', () => {
    test.each([
      ['a recipient above its reply', 'bob@example.com\n550 5.1.1 User unknown\n', 'bob@example.com'],
      ['a recipient above a log line that names it', 'bob@example.com\n2026-12-07 10:00:01 1vXYZa-000ABC-12 ** bob@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown\n', 'bob@example.com'],
      ['a recipient above a time with no recipients line', 'bob@example.com\nFailed at 10:02\n550 5.1.1 User unknown\n', 'bob@example.com'],
      ['a recipient above a lower-case line with no date', 'bob@example.com\nno such user here\n', 'bob@example.com'],
    ])('%s', (_name, text, recipient) => {
      expect(decodeText(text).recipients.map((found) => found.recipient)).toContain(recipient);
    });
  });
});

/**
 * A client's forward header laid out as a table, each label on its line and its value on the next
 * (Thunderbird's "-------- Forwarded Message --------" as a webmail or a word processor renders it),
 * in every language a client writes its labels in (`clientHeaderLabels`): the address under the
 * label for the forward's To is its reader, no failed recipient.
 */
describe('a forward\'s header with its labels and values on lines of their own, in every client language', () => {
  // Postfix's notice of an attempt that met no reply (smtp_connect.c, "connect to %s[%s]:%d: %m"): no code to anchor its recipient by.
  const ownErrorNotice = postfixNotice.replace(/<carol@example\.com>: host[^]*$/, '<carol@example.com>: connect to mx.example.com[192.0.2.7]:25: No\nroute to host\n');
  const labelsFor = (field: ClientHeaderField) => [...new Set(clientHeaderLabels.flatMap((entry) => Object.entries(entry.labels).filter(([, stands]) => stands === field).map(([label]) => label)))];
  const cases = labelsFor('to').flatMap((to) => labelsFor('from').slice(0, 3).map((from) => ({to, from})));
  test.each(cases)('"$to:" over the reader, "$from:" over the notice\'s sender', ({to, from}) => {
    const label = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}:`;
    const text = `-------- Forwarded Message --------\n${label(from)}\nMail Delivery System <MAILER-DAEMON@mx1.example.net>\n${label(to)}\nreader@example.net\n\n${ownErrorNotice}`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['carol@example.com']);
  });

  test('a label that is no client\'s, alone above an address, leaves it a recipient', () => {
    const text = `-------- Forwarded Message --------\nFailed:\ndave@example.com\n\n${ownErrorNotice}`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toContain('dave@example.com');
  });
});
