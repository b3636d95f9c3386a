// A server's reply that a log quotes in one string, its line breaks written as escapes: logfmt
// (logrus quotes a value with Go's strconv.Quote, "\n" and "\r\n" for the breaks), an error's %q,
// a socket read's repr. The escaped break before the line's first reply opens the reply, as the
// server sent it, and the one closing the string closes it. Generated over the provider and
// status-code replies of the pool in each form; a reply already in a reply's place keeps its
// escaped continuation lines, and text without such a break is left as it is.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {withEscapedReplyBreaksRead} from '../../src/decoder/read-input.ts';
import {casesAroundReplies, codedReplyLines} from './generate.ts';

/**
 * Replies with an enhanced code: in free text a reply code alone is no failure without more
 * (`decodeNotice`'s rule for free text, tested on its own), and these logs give nothing more.
 */
const replies = codedReplyLines('escaped-breaks', {plain: true});

/** The reply in a log's quoted string, after the command that named the recipient. */
const forms: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['logfmt, \\n before and \\r\\n after (logrus)', (reply) => [
    'time="2026-03-02T10:00:00Z" level=debug msg="Client sent: RCPT TO:<bob@example.org>"',
    `time="2026-03-02T10:00:00Z" level=debug msg="Writing response to client: \\n${reply}\\r\\n"`,
  ].join('\n')],
  ['Go\'s %q of the bytes read, \\r\\n before and after', (reply) => [
    '2026/03/02 10:00:00 smtp: sent "RCPT TO:<bob@example.org>\\r\\n"',
    `2026/03/02 10:00:00 smtp: read "\\r\\n${reply}\\r\\n"`,
  ].join('\n')],
  ['a socket read\'s repr, CRLF line ends', (reply) => `send: 'RCPT TO:<bob@example.org>\\r\\n'\r\nreply: '\\n${reply}\\r\\n'\r\n`],
];

describe('a reply after an escaped line break in a log\'s string', () => {
  test('the pool gives replies of both sources', () => {
    expect(replies.length).toBeGreaterThan(40);
  });

  test.each(casesAroundReplies(replies, forms))('$name', ({text, code, status}) => {
    const [first] = decodeText(text).recipients;
    expect(first?.recipient).toBe('bob@example.org');
    expect(first?.replyCode?.code).toBe(code);
    expect(first?.status?.code).toBe(status);
    // The string's closing escape is no part of the server's words.
    expect(first?.diagnostic ?? '').not.toMatch(/\\r\\n|\\n/);
  });
});

describe('escaped breaks that stay', () => {
  test.each([
    ['a reply in its place keeps its escaped continuation lines', 'smtpstatus=554 smtpmsg=\'554-Transaction failed\\n554-Reject due to policy restrictions.\\n554 For explanation visit https://postmaster.example.net/\''],
    ['a quoted reply\'s continuation lines', '\'554-Service unavailable; Client host [192.0.2.1] blocked using\\r\\n554-Example Reputation;\\r\\n554 https://rbl.example.net/\\r\\n\''],
    ['an escaped break before words, not a code', 'msg="Writing response to client: \\nService ready\\r\\n"'],
    ['an escaped break before a longer number', 'msg="Read: \\n5500 bytes\\r\\n"'],
  ])('%s', (_name, text) => {
    expect(withEscapedReplyBreaksRead(text)).toBe(text);
  });
});
