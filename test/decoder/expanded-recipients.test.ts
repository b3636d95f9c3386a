// Postfix names a recipient an alias or a forward expanded to with the address it came from:
// "<%s> (expanded from <%s>): %s" (bounce_notify_util.c, bounce_recipient_log), through
// bounce_print_wrap(), which breaks a long line at a space and indents what follows by four
// spaces. The failed recipient is the first address, wherever the wrap puts the second.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {wrap} from './templates/common.ts';

/** Postfix's line_wrap as the bounce applies it: words to `width` columns, continuation lines indented by four. */
const postfixWrap = (line: string, width: number): string => wrap(line, width, '    ');

const replies = [
  'host mx.example.net[192.0.2.7] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
  'host smtpin.example.de[192.0.2.97] said: 550 5.1.2 No such mailbox (in reply to RCPT TO command)',
  'host mx.example.com[192.0.2.8] said: 552 5.2.2 Mailbox full (in reply to end of DATA command)',
];
const pairs = [
  ['bob@example.net', 'info@example.org'],
  ['robert.long-name@mail.subsidiary.example.net', 'sales-department@headquarters.example.org'],
] as const;

describe('a recipient expanded from another address, as Postfix wraps the line', () => {
  const cases = pairs.flatMap(([recipient, original]) => replies.flatMap((reply) => [40, 50, 60, 76].map((width) => ({
    name: `${recipient} from ${original}, ${reply.slice(0, 30)}..., width ${width}`,
    text: postfixWrap(`<${recipient}> (expanded from <${original}>): ${reply}`, width),
    recipient,
  }))));

  test.each(cases)('$name', ({text, recipient}) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([recipient]);
  });

  test('two recipients, each expanded from an address, are both named and their origins are not', () => {
    const text = pairs.map(([recipient, original]) => postfixWrap(`<${recipient}> (expanded from <${original}>): ${replies[0]}`, 60)).join('\n\n');
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(pairs.map(([recipient]) => recipient));
  });

  test.each([
    ['a recipient without an origin', '<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown (in\n    reply to RCPT TO command)', ['bob@example.net']],
    ['the reply\'s address at a wrapped line\'s start, which no lead-in introduces', '<bob@example.net>: host mx.example.net[192.0.2.7] said: 553 5.7.1\n    <carol@example.org>: Sender address rejected: not owned by user (in reply to\n    RCPT TO command)', ['bob@example.net']],
  ])('%s', (_name, text, recipients) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(recipients);
  });
});
