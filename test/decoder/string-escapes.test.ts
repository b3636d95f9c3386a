/**
 * A notice copied as a program's string holds it (a log record, a JSON value without its braces, a
 * debugger's print), its line ends written as escapes: read with the escapes as the characters they
 * stand for, only where they are the text's lines.
 */
import {describe, expect, test} from 'vitest';
import {withStringEscapesRead} from '../../src/decoder/read-input.ts';

describe('escapes read as the characters they stand for', () => {
  test.each([
    ['line ends escaped as \\n', 'This is the mail system.\\n\\n<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\\n', 'This is the mail system.\n\n<bob@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n'],
    ['as \\r\\n, each one line end', 'Delivery has failed.\\r\\nbob@example.org\\r\\nRemote Server returned \\"550 5.1.10 RecipientNotFound\\"', 'Delivery has failed.\nbob@example.org\nRemote Server returned "550 5.1.10 RecipientNotFound"'],
    ['JSON\'s \\u003c and \\u003e, a note\'s line above', 'failed:\n"err": "Delivery to the following recipient failed permanently:\\n\\n     \\u003cbob@example.org\\u003e\\n\\nTechnical details:\\n550 5.1.1"', 'failed:\n"err": "Delivery to the following recipient failed permanently:\n\n     <bob@example.org>\n\nTechnical details:\n550 5.1.1"'],
  ])('%s', (_name, text, read) => {
    expect(withStringEscapesRead(text)).toBe(read);
  });
});

describe('escapes that stay', () => {
  test.each([
    ['a Windows path', 'Could not attach C:\\new\\report.txt to the message'],
    ['two escaped line ends, too few to be the text\'s lines', 'reply: b\'250 OK\\r\\n\'\nreply: b\'550 5.1.1 User unknown\\r\\n\''],
    ['an Exim log whose lines each escape a reply\'s line ends', [
      '2026-03-02 10:00:00 1abcDE-0001xY-AB ** bob@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.org>: 550-5.1.1 The email account that you tried to reach does not exist.\\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser',
      '2026-03-02 10:00:01 1abcDE-0001xY-AC ** carol@example.org R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<carol@example.org>: 550-5.1.1 The email account that you tried to reach does not exist.\\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser',
      '2026-03-02 10:00:02 1abcDE-0001xY-AD Completed',
    ].join('\n')],
    ['JSON, left to its parser', '{"message":"line one\\nline two\\nline three\\nline four"}'],
    ['JSON in a log\'s line, left to its parser', '10:00:03 INFO webhook received: [{"type":"bounce","reason":"452-4.2.2 Requested action not taken\\n452-4.2.2 Please quote reference 8F3A\\n452 4.2.2 the administrator"}]\n10:00:03 INFO 200 OK'],
  ])('%s', (_name, text) => {
    expect(withStringEscapesRead(text)).toBe(text);
  });
});
