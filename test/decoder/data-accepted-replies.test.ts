// A server's answer to the end of a message's data, that it took the message into its queue
// (Postfix smtpd's "250 2.0.0 Ok: queued as <id>", without the enhanced code where those are off):
// the message was delivered to that server, however the reply is pasted. Generated over queue ids
// and the forms people paste it in; the same words in a refusal, and a session that never sent its
// data, are no delivery.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const queueIds = ['4AB12C3D4E', 'nhIMmON9SFOPcT0ii4nt2A', '1430081058-6ltgNFKSir'];
const replies = (id: string) => [`250 2.0.0 Ok: queued as ${id}`, `250 Ok: queued as ${id}`, `250 OK: queued as ${id}`];

const forms: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['alone', (reply) => reply],
  ['under a person\'s words', (reply) => `I went through the steps and at the end I got the message\n${reply}\n\nThe email never arrived.`],
  ['after a program\'s label', (reply) => `Message sent: ${reply}`],
  ['at the end of a typed session', (reply) => `EHLO client.example.net\n250-mx.example.org\n250 8BITMIME\nMAIL FROM:<alice@example.net>\n250 2.1.0 Ok\nRCPT TO:<bob@example.org>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\nSubject: test\n\nhello\n.\n${reply}\nQUIT\n221 2.0.0 Bye`],
  ['with CRLF line ends', (reply) => `I got the message\r\n${reply}\r\n`],
];

describe('the reply that takes the message into the queue is a delivery', () => {
  test.each(queueIds.flatMap((id) => replies(id).flatMap((reply) => forms.map(([how, put]) => ({name: `${reply}, ${how}`, text: put(reply)})))))('$name', ({text}) => {
    const decoded = decodeText(text);
    expect(decoded.kind).toBe('delivered');
    expect(decoded.recipients[0]?.replyCode?.code).toBe('250');
  });
});

describe('no delivery', () => {
  test.each([
    ['a session whose successes come before the data', 'MAIL FROM:<alice@example.net>\n250 2.1.0 Ok\nRCPT TO:<bob@example.org>\n250 2.1.5 Ok\nQUIT\n221 2.0.0 Bye', 'none'],
    ['a refusal after the data', 'DATA\n354 End data with <CR><LF>.<CR><LF>\n.\n554 5.7.1 Message rejected: spam', 'bounce'],
    ['a plain 250 with no words of the queue', 'The server said 250 OK and nothing else happened.', 'none'],
  ] as const)('%s', (_name, text, kind) => {
    expect(decodeText(text).kind).toBe(kind);
  });
});
