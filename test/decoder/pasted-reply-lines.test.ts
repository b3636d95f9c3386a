// The one useful line of a notice, selected and pasted alone: the remote server's reply, after the
// server that sent it (its address in brackets, as Postfix, Exim and SurfControl name it), after
// the address it refused, or in a template's transcript frame ("<<< ", ": <-- ", "(reason: "), is a
// reply and is decoded; a number after everyday words stays prose.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {generatedCases} from './generate.ts';

/**
 * Every family's webmail notice to one recipient, selected as a person selects its one useful line:
 * the line that holds the reply code, alone, and from that line to the notice's end.
 */
const selections = generatedCases
  .filter((item) => item.form === 'webmail' && item.recipients.length === 1 && item.recipients[0]!.replyCode !== undefined)
  .flatMap((item) => {
    const {replyCode} = item.recipients[0]!;
    const lines = item.input.split('\n');
    const at = lines.findIndex((line) => new RegExp(`(?:^|\\D)${replyCode}(?:[ -]|$)`).test(line) && !/^\s*(?:status|diagnostic-code|remote-mta|final-recipient)\b/i.test(line));
    if (at < 0) return [];
    return [
      {name: `${item.name} | the reply line`, text: lines[at]!.trim(), replyCode: replyCode!},
      {name: `${item.name} | from the reply line on`, text: lines.slice(at).join('\n').trim(), replyCode: replyCode!},
    ];
  })
  .filter((item, index, all) => all.findIndex((other) => other.text === item.text) === index);

describe('a generated notice\'s reply, selected from its line and pasted', () => {
  test('every family gives such selections', () => {
    expect(selections.length).toBeGreaterThan(1000);
  });
  test.each(selections)('$name', async ({text, replyCode}) => {
    const result = await decode(text);
    expect(result.recipients.map((recipient) => recipient.replyCode?.code)).toContain(replyCode);
  });
});

describe('a reply code after the server that sent it, or after prose', () => {
  test.each([
    ['Postfix: the server and "said:"', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 local policy', '550'],
    ['Exim: the server and a colon', 'host mx.example.org [192.0.2.1]: 421 too many connections', '421'],
    ['SurfControl: the server and a comma', 'bob@example.org: [192.0.2.1], 451 try again later', '451'],
    ['an IPv6 address', 'host mx.example.org[IPv6:2001:db8::1] said: 554 refused', '554'],
    ['the code at the line\'s end (a folded reply)', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550\n   local policy', '550'],
    ['Sendmail\'s reason in its list of addresses', '(reason: 554 account is paused)', '554'],
    ['MDaemon\'s transcript line', 'Mon 2026-03-02 10:00:01: <-- 421 message temporarily deferred', '421'],
    ['a transcript\'s reply and the notice\'s closing words', '<<< 554 account is paused\n\nPlease reply to <postmaster@example.net>\nif you feel this message to be in error.', '554'],
  ])('%s is a reply', (_name, text, replyCode) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.replyCode?.code)).toEqual([replyCode]);
  });

  test.each([
    ['an order number', 'Your order [12] said: 550 items shipped'],
    ['a price after a reference', 'Invoice 421: 550 EUR'],
    ['a bracketed word', 'See note [a]: 550 people came'],
    ['a code after a number, not a server', 'Room 12, 550 seats'],
    ['a code after everyday words that a template also writes', 'And then he said: 550 people came'],
  ])('%s is prose', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

/**
 * A reply that names its recipient with Sendmail's tag (err.c, fmtmsg: "550 5.1.1 <bob@...>...
 * User unknown", `recipientTags`) is a server's refusal wherever it is quoted, in whatever words a
 * mail client writes around it and whatever language the reply's own words are in.
 */
describe('a reply naming its recipient with Sendmail\'s tag, quoted in a client\'s words', () => {
  const leadIns = ['Server Response:', 'Resposta do Servidor:', 'Antwort des Servers:', 'Réponse du serveur :', 'The server said'];
  const replies = [
    ['550', '550 <bob@example.org>... Zzyva qorrim'],
    ['553', '553 5.3.0 <bob@example.org>... Zzyva qorrim'],
    ['450', '450 4.7.1 <bob@example.org>... Zzyva qorrim'],
  ] as const;
  test.each(leadIns.flatMap((leadIn) => replies.map(([code, reply]) => [`${leadIn} '${reply}', Port: 25`, code] as const)))('%s', (text, code) => {
    const [recipient, ...others] = decodeText(text).recipients;
    expect(others).toEqual([]);
    expect([recipient?.recipient, recipient?.replyCode?.code]).toEqual(['bob@example.org', code]);
  });

  test.each([
    // In words that introduce no reply: Outlook Express's "Server Response: '" does (outlook-express.ts).
    ['a code and an address without the tag', 'Order status: \'550 bob@example.org Zzyva qorrim\''],
    ['the tag without a code', 'Server Response: \'<bob@example.org>... Zzyva qorrim\''],
    ['a number that ends a longer one', 'Order 12550 <bob@example.org>... Zzyva qorrim'],
  ])('%s: no refusal', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

/**
 * Postfix smtpd's refusal of a recipient (src/smtpd/smtpd_check.c: "<%s>: Recipient address
 * rejected: %s"), one line per recipient as a log or a client prints them: each names its own
 * recipient. The same form for the sender ("Sender address rejected") names none.
 */
describe('replies that each name the recipient they refused', () => {
  const refusals = ['User unknown in virtual mailbox table', 'Mailbox full', 'Relay access denied', 'Greylisted, try again later'];
  test.each([1, 2, 4].flatMap((count) => ['550 5.1.1', '450 4.2.0', '554 5.7.1'].map((codes) => [count, codes] as const)))('%i lines of "%s <rcpt>: Recipient address rejected"', (count, codes) => {
    const addresses = Array.from({length: count}, (_unused, index) => `user${index}@example.org`);
    const text = addresses.map((address, index) => `${codes} <${address}>: Recipient address rejected: ${refusals[index % refusals.length]}`).join('\n');
    expect(decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual(addresses.map((address) => [address, codes.slice(0, 3)]));
  });

  test.each([
    ['the sender refused', '554 5.7.1 <news@example.net>: Sender address rejected: Access denied\n'],
    ['the sender refused in Sendmail\'s words', '553 5.1.8 <news@example.net>... Domain of sender address news@example.net does not exist\n'],
  ])('%s: no recipient', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual([undefined]);
  });
});

// Under a recipient's own line ("<bob@example.org>:", qmail-send's and Postfix's heading of a
// recipient's reply), a reply that names another address in those words is that recipient's: the
// remote server wrote the address as it rewrote it. Each recipient keeps its own reply.
describe('a tagged reply under its recipient\'s own line', () => {
  test.each([
    ['qmail', (rcpt: string, rewritten: string) => `<${rcpt}>:\n192.0.2.1 does not like recipient.\nRemote host said: 554 5.7.1 <${rewritten}>: Relay access denied\nGiving up on 192.0.2.1.`],
    ['Postfix', (rcpt: string, rewritten: string) => `<${rcpt}>:\nhost mx.example.org[192.0.2.1] said: 550 5.1.1 <${rewritten}>: Recipient address rejected: User unknown (in reply to RCPT TO command)`],
  ])('%s', (_name, block) => {
    const text = `I'm afraid I wasn't able to deliver your message to the following addresses.\n\n${block('bob@example.org', 'bob@rewritten.example.org')}\n\n${block('carol@example.org', 'carol@example.org')}\n`;
    expect(decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])).toEqual([['bob@example.org', codeUnder(text, 'bob')], ['carol@example.org', codeUnder(text, 'carol')]]);
  });
});

/** The reply code of the block that names `local`'s recipient, as the text writes it. */
function codeUnder(text: string, local: string): string {
  return /(\d{3}) \d\.\d\.\d/.exec(text.slice(text.indexOf(`<${local}@`)))![1]!;
}
