// fml, the mailing list manager, sends a refused post back with one line of why, the list's address
// in angle brackets at its end, then "Original mail as follows:" and the post. The lines are those
// Sisimai's record of fml (lib/sisimai/lhost/fml.rb, ErrorTable and ErrorTitle) lists; the notices
// are generated here around them, never copied from a corpus.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const post = `   From: poster@example.com
   To: list@example.org
   Subject: hello
   Message-ID: <20260302100000.1@example.com>

   A post to the list.`;

function fmlNotice(subject: string, line: string, lineEnd: string): string {
  return [
    'From: list-admin@example.org',
    'To: poster@example.com',
    `Subject: ${subject}`,
    'Message-ID: <202603021000.FMLAAA0001.list@example.org>',
    'X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]',
    '',
    line,
    '',
    'Original mail as follows:',
    '',
    post,
    '',
  ].join(lineEnd);
}

describe('fml\'s notice of a refused post', () => {
  test.each([
    // [what fml refused, subject, its line, reason]
    ['a post from a non-member', 'You poster@example.com are not member (list ML)', 'You are not a member of this mailing list <list@example.org>.', 'rejected'],
    ['a post it has seen before', 'Loop Alert: Duplicated Message-ID (list ML)', 'Duplicated Message-ID in <list@example.org>.', 'systemerror'],
  ])('%s: the list, and why', async (_name, subject, line, reason) => {
    for (const lineEnd of ['\n', '\r\n']) {
      const result = await decode(fmlNotice(subject, line, lineEnd));
      expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id])]).toEqual(['bounce', [['list@example.org', reason]]]);
    }
  });

  test('the returned post\'s own addresses are never a failed recipient', async () => {
    const result = await decode(fmlNotice('Loop Alert: Duplicated Message-ID (list ML)', 'Duplicated Message-ID in <list@example.org>.', '\n'));
    expect(result.recipients.map((recipient) => recipient.recipient)).not.toContain('poster@example.com');
  });

  test.each([
    ['a post the list delivered, with its X-MLServer header', 'hello', 'Welcome to the list. Write to list@example.org to post.'],
    ['a member\'s reply that quotes the phrase', 'Re: membership', 'He said "you are not a member of this mailing list" but I am.'],
  ])('%s is no notice', async (_name, subject, line) => {
    const message = fmlNotice(subject, line, '\n').replace(/\nOriginal mail as follows:[\s\S]*$/, '\n');
    expect((await decode(message)).kind).toBe('none');
  });
});
