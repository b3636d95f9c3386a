// A number no RFC defines as a reply, alone on its line, is no server's reply: a sending service's
// API error code printed around its message. Generated over every failure-class number
// ([45][0-5]x): those src/rules/reply-codes.ts does not hold, alone on a line around a refusal that
// quotes no reply, are none; with their words, and the defined ones even alone, are replies.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyCodes} from '../../src/rules/reply-codes.ts';

/** A refusal that quotes no server's reply: the recipient and the refusal's own words. */
const refusal = 'Delivery to the following recipient failed permanently:\n\n     bob@example.com\n\nThe recipient is unknown.';

const defined = new Set(replyCodes.map((row) => row.code));
const failureNumbers = ['4', '5'].flatMap((klass) => ['0', '1', '2', '3', '4', '5'].flatMap((subject) => [...'0123456789'].map((detail) => `${klass}${subject}${detail}`)));
const undefinedCodes = failureNumbers.filter((code) => !defined.has(code));
const definedCodes = failureNumbers.filter((code) => defined.has(code));

const bareLayouts: ReadonlyArray<readonly [string, (code: string) => string]> = [
  ['above the message', (code) => `${code}\n${refusal}`],
  ['below the message', (code) => `${refusal}\n${code}`],
  ['indented, with blanks after it', (code) => `${refusal}\n\n   ${code}  \n`],
  ['with CRLF line ends', (code) => `${code}\r\n${refusal.replaceAll('\n', '\r\n')}\r\n`],
];

describe('a number no RFC defines as a reply, alone on its line, is no reply', () => {
  test('both kinds of number are tried', () => {
    expect(undefinedCodes.length).toBeGreaterThan(60);
    expect(definedCodes.length).toBeGreaterThan(20);
  });

  test.each(undefinedCodes.flatMap((code) => bareLayouts.map(([how, put]) => ({name: `${code} ${how}`, text: put(code)}))))('$name', ({text}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.recipient).toBe('bob@example.com');
    expect(first?.replyCode).toBeUndefined();
  });
});

describe('a defined reply code alone on its line is a reply', () => {
  test.each(definedCodes.flatMap((code) => bareLayouts.map(([how, put]) => ({name: `${code} ${how}`, text: put(code), code}))))('$name', ({text, code}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.replyCode?.code).toBe(code);
  });
});

describe('any reply code with its words is a reply', () => {
  test.each(failureNumbers.flatMap((code) => [
    {name: `${code} and its words`, text: `${refusal}\n${code} Requested action not taken`, code},
    {name: `${code} after a label, its words on the same line`, text: `${refusal}\nRemote server said: ${code} Requested action not taken`, code},
    {name: `${code} in a transcript`, text: `${refusal}\n<<< ${code} Requested action not taken`, code},
  ]))('$name', ({text, code}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.replyCode?.code).toBe(code);
  });
});

describe('a sending service\'s API error: its error code below its message is no reply', () => {
  // Postmark's API answer as a client prints it, the message and then its error code
  // (https://postmarkapp.com/developer/api/overview#error-codes, 406 "Inactive recipient").
  const message = 'You tried to send to a recipient that has been marked as inactive.\nFound inactive addresses: test@example.com.\nInactive recipients are ones that have generated a hard bounce or a spam complaint.';
  test.each([
    ['LF', `${message}\n406`],
    ['CRLF, a blank line between', `${message.replaceAll('\n', '\r\n')}\r\n\r\n406\r\n`],
  ])('%s', (_name, text) => {
    const [first] = decodeText(text).recipients;
    expect(first).toMatchObject({recipient: 'test@example.com', permanent: true});
    expect(first?.replyCode).toBeUndefined();
    expect(first?.provider?.id).toBe('postmark');
  });
});
