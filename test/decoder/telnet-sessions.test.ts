// A session a person held with a server by telnet, pasted where a page joined its lines: telnet's
// own status lines ("Escape character is '^]'.", "Connection closed by foreign host.", BSD
// telnet's telnet.c) are lines of their own, so the server's greeting or refusal after the first
// opens its line again and is read as the reply it is. Generated over the provider and
// status-code replies of the pool, refusals that a server gives at its greeting as at any command.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {relined} from '../../src/decoder/read-input.ts';
import {casesAroundReplies, codedReplyLines} from './generate.ts';

/** Failure replies with an enhanced code. */
const replies = codedReplyLines('telnet', {failuresOnly: true});

/** The session's lines, as telnet prints them around the server's one reply. */
function session(reply: string, prompt: string): string[] {
  return [`${prompt}telnet mx.example.net 25`, 'Trying 192.0.2.10...', 'Connected to mx.example.net.', "Escape character is '^]'.", reply, 'Connection closed by foreign host.'];
}

const forms: ReadonlyArray<readonly [string, (reply: string) => string]> = [
  ['joined by spaces', (reply) => session(reply, '$ ').join(' ')],
  ['joined, a sentence above', (reply) => `From the server, today: ${session(reply, '[root@host ~]# ').join(' ')}`],
  ['joined, under a title line', (reply) => `telnet test\n\n${session(reply, '').join(' ')}`],
];

describe('a reply after telnet\'s status line, the session\'s lines joined', () => {
  test('the pool gives replies of both sources', () => {
    expect(replies.length).toBeGreaterThan(40);
  });

  test.each(casesAroundReplies(replies, forms))('$name', ({text, code, status}) => {
    const decoded = decodeText(text);
    const [first] = decoded.recipients;
    expect(first?.replyCode?.code).toBe(code);
    expect(first?.status?.code).toBe(status);
    // telnet's closing line is its own, not the server's words.
    expect(first?.diagnostic ?? '').not.toContain('foreign host');
  });
});

describe('telnet\'s lines break no line where they are not its own', () => {
  test.each([
    ['the session with its lines', session('554 5.7.1 Access denied', '$ ').join('\n')],
    ['the words glued to the next', "Trying to connect: the Escape character is '^]'.554 5.7.1 Access denied by the server"],
    ['the words glued to the one before', "Trying to connect:Escape character is '^]'. 554 5.7.1 Access denied by the server"],
  ])('%s', (_name, text) => {
    expect(relined(text)).toBe(text);
  });
});
