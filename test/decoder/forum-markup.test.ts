// A bounce pasted into a forum post keeps the post's BBCode (phpBB's "BBCode guide", vBulletin's
// "BB Code List"): tags around addresses, quotes and indentation. They are markup, not the
// notice's text; a bounce's own bracketed codes are not BBCode.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const reply = '550 5.1.1 The email account that you tried to reach does not exist.';

describe('BBCode around a pasted bounce', () => {
  test.each([
    ['an address in an email tag', `Delivery to the following recipient failed permanently:\n\n     [email]bob@example.org[/email]\n\n${reply}`, 'bob@example.org'],
    ['an email tag whose text is a name', `Delivery to the following recipient failed permanently:\n\n     [email=bob@example.org]Bob Smith[/email]\n\n${reply}`, 'bob@example.org'],
    ['a quote and indentation around the notice', `[quote="ann"][INDENT]Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\n${reply}[/INDENT][/quote]`, 'bob@example.org'],
    ['upper-case tags', `[EMAIL]bob@example.org[/EMAIL]: host mx.example.org[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`, 'bob@example.org'],
  ])('%s', (_name, text, recipient) => {
    const [found] = decodeText(text).recipients;
    expect(found?.recipient).toBe(recipient);
    expect(found?.status?.code).toBe('5.1.1');
  });

  test.each([
    ['Yahoo\'s bracketed code', '553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus\'s list', '[BL21]'],
    ['iCloud\'s bracketed code', '550 5.7.1 [CS01] Message rejected due to local policy', '[CS01]'],
    ['a tag that never closes', '550 5.1.1 [b] <bob@example.org>: User unknown', '[b]'],
  ])('%s is no markup', (_name, text, kept) => {
    expect(decodeText(text).recipients[0]?.diagnostic).toContain(kept);
  });
});
