/**
 * A multi-line reply's line opens with its code and a hyphen (RFC 5321 4.2.1); when the reply's
 * words start with the address, the two run together ("550-bob@example.org is not an active
 * address ..."). The hyphen says another line follows: the address is bob@example.org, in a
 * Postfix paragraph, a Courier or Sendmail transcript, a report field and pasted text alike. A local
 * part that only begins with digits and a hyphen is kept where no reply line starts.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {findAddresses} from '../../src/decoder/find-addresses.ts';

describe('findAddresses() on a reply line that opens with the address', () => {
  test.each([
    ['at the start of a line', '550-bob@example.org is not an active address', 'bob@example.org'],
    ['at the start of an indented line', '    550-bob@example.org is not an active address', 'bob@example.org'],
    ['after "said:"', 'host mx.example.org[192.0.2.1] said: 550-bob@example.org is not', 'bob@example.org'],
    ['after a report field\'s type', 'Diagnostic-Code: smtp; 550-bob@example.org is not', 'bob@example.org'],
    ['after a transcript\'s "<<<"', '   <<< 452-bob@example.org has too many messages waiting', 'bob@example.org'],
    ['after Sendmail\'s "Deferred:"', '<bob@example.org>... Deferred: 452-bob@example.org has too many', 'bob@example.org'],
    ['a 2xx line', '250-bob@example.org accepted', 'bob@example.org'],
  ])('%s', (_name, text, address) => {
    expect(findAddresses(text).map((found) => found.address).at(-1)).toBe(address);
  });

  test.each([
    ['in the middle of a sentence', 'write to 550-shop@example.org for help', '550-shop@example.org'],
    ['in angle brackets', '<550-shop@example.org>', '550-shop@example.org'],
    ['digits that are no reply code', '650-shop@example.org', '650-shop@example.org'],
    ['a code without its hyphen', '550shop@example.org', '550shop@example.org'],
    ['"<<<" without a space: no transcript line', '<<<550-shop@example.org', '550-shop@example.org'],
    ['only the code and hyphen before the at sign: nothing would be left', '550-@example.org', '550-@example.org'],
  ])('%s: kept as written', (_name, text, address) => {
    expect(findAddresses(text).map((found) => found.address).at(-1)).toBe(address);
  });
});

/** Postfix's notice with the remote reply on the lines after "said:", as Postfix wraps a long one. */
function postfixNotice(reply: string, command: string): string {
  return [
    'This is the mail system at host mail.example.net.',
    '',
    'I\'m sorry to have to inform you that your message could not',
    'be delivered to one or more recipients.',
    '',
    '                   The mail system',
    '',
    '<bob@example.org>: host mx.example.org[192.0.2.1] said:',
    ...reply.split('\n').map((line) => `    ${line}`),
    `    (in reply to ${command} command)`,
    '',
  ].join('\n');
}

describe('a notice whose reply opens with the address', () => {
  test.each([
    ['550-bob@example.org is not an active address at this host (invalid\n550 username)', 'RCPT TO', '550', 'userunknown', true],
    ['452-bob@example.org has too many messages waiting\n452 try again later', 'RCPT TO', '452', undefined, false],
    ['550-bob@example.org mailbox is full\n550 try again later', 'RCPT TO', '550', 'mailboxfull', true],
  ])('%s', (reply, command, replyCode, reason, permanent) => {
    const result = decodeText(postfixNotice(reply, command));
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['bob@example.org', replyCode, permanent]]);
    if (reason !== undefined) expect(result.recipients[0]!.reason.id).toBe(reason);
  });

  test('the stage in the paragraph decides the reason of the report\'s record', () => {
    const report = [
      postfixNotice('550-bob@example.org is not an active address at this host (invalid\n550 username)', 'RCPT TO'),
      'Final-Recipient: rfc822; bob@example.org',
      'Action: failed',
      'Status: 5.0.0',
      'Remote-MTA: dns; mx.example.org',
      'Diagnostic-Code: smtp; 550-bob@example.org is not an active address at this',
      '    host (invalid 550 username)',
      '',
    ].join('\n');
    const result = decodeText(report);
    expect(result.recipients.map((found) => [found.recipient, found.reason.id])).toEqual([['bob@example.org', 'userunknown']]);
  });
});
