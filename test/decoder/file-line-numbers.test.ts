// A stack trace gives each frame's file and line ("SmtpTransport.java:539)"): that number is no
// reply, whatever it is. Generated over every failure reply code of src/rules/reply-codes.ts as
// the line number of frames in the forms Java, JavaScript (V8), Ruby, Go and PHP print, above or
// below the exception's own reply; a code glued to a colon after a word with no file extension is
// still a reply.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyCodes} from '../../src/rules/reply-codes.ts';

const lineNumbers = replyCodes.map((row) => row.code).filter((code) => code[0] === '4' || code[0] === '5');

/** Frames as each runtime prints them, the line number `n`. */
const frames: ReadonlyArray<readonly [string, (n: string) => string]> = [
  ['Java', (n) => `\tat com.example.mail.SmtpTransport.sendMessageTo(SmtpTransport.java:${n})`],
  ['JavaScript (V8)', (n) => `    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:${n}:19)`],
  ['Ruby', (n) => `/usr/lib/ruby/3.1.0/net/smtp.rb:${n}:in \`check_response'`],
  ['Go', (n) => `\t/go/src/app/mailer/send.go:${n} +0x1d4`],
  ['PHP', (n) => `#0 /var/www/vendor/phpmailer/src/SMTP.php:${n}`],
];

const reply = 'Negative SMTP reply: 550 5.7.1 Sender address rejected: Invalid Sender';

describe('a frame\'s line number is no reply', () => {
  test.each(lineNumbers.flatMap((n) => frames.flatMap(([runtime, frame]) => [
    {name: `${runtime} line ${n}, the reply below`, text: `MessagingException: Unable to send message\n${frame(n)}\nCaused by: ${reply}`},
    {name: `${runtime} line ${n}, the reply above`, text: `${reply}\n${frame(n)}\n${frame(n)}`},
  ])))('$name', ({text}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.replyCode?.code).toBe('550');
    expect(first?.status?.code).toBe('5.7.1');
  });

  test.each(frames)('%s: a trace whose frames hold the only numbers is no reply', (_runtime, frame) => {
    expect(decodeText(`Unable to send message\n${frame('550')}\n${frame('421')}`).recipients[0]?.replyCode).toBeUndefined();
  });
});

describe('a code after a colon that follows no file name is a reply', () => {
  test.each([
    ['a label glued to its code', 'SMTP Error:550 No such user here', '550'],
    ['a verb glued to its code', 'the mail server said:"421 Try again later"', '421'],
  ] as const)('%s', (_name, text, code) => {
    expect(decodeText(text).recipients[0]?.replyCode?.code).toBe(code);
  });
});
