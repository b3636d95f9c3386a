// A reply a person or a program quotes after a word that names it one (`replyLabels`: "SMTP error
// 554 - ...", "Server response: 550 ...", "it says \"554 ...\""), in a sentence or a log line: the
// number is the server's reply code even where no phrase table knows its words and no enhanced code
// follows. Generated from every label around every registered 4yz and 5yz code and replies no
// phrase table knows; the same words before a number that is no reply, or that HTTP shares, are none.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {findReplyCodes, isLabelledReply} from '../../src/decoder/find-codes.ts';
import {replyCodes} from '../../src/rules/reply-codes.ts';
import {codesSharedWithHttp, replyLabels, type ReplyLabel} from '../../src/rules/session-transcripts.ts';

/** Replies with no enhanced code whose words no reason's phrases know. */
const bareWords = ['Message rejected', 'Command rejected', 'Message not allowed - [299]'];

/**
 * The registered negative codes a label may name (RFC 5321 §4.2.3, RFC 7504), HTTP's left out, and
 * the answers to AUTH (RFC 4954): a login refused alone is no delivery's outcome (login-replies.test.ts).
 */
const codes = replyCodes.filter((rule) => /^[45]/.test(rule.code) && !codesSharedWithHttp.has(rule.code) && rule.answers !== 'AUTH').map((rule) => rule.code);

/**
 * How the label and the code are put together, and whether that names a reply: a verb needs a quote
 * mark between, or "with", which makes the number its object; after a noun "with" names nothing.
 */
const joins: ReadonlyArray<readonly [string, (label: string, reply: string) => string, (label: ReplyLabel) => boolean]> = [
  ['an opening quote', (label, reply) => `the server ${label} "${reply}"`, () => true],
  ['a colon and a quote', (label, reply) => `Server ${label}: '${reply}'`, () => true],
  ['a colon', (label, reply) => `SMTP ${label}: ${reply}`, (label) => label.quotes !== true],
  ['a blank only', (label, reply) => `SMTP ${label} ${reply}`, (label) => label.quotes !== true],
  ['"with"', (label, reply) => `the mail server ${label} with ${reply}`, (label) => label.quotes === true],
];

describe('a reply named by the words before it', () => {
  const cases = replyLabels.flatMap((label) => joins.flatMap(([join, write, names]) => codes.flatMap((code, index) => {
    const reply = `${code} ${bareWords[index % bareWords.length]}`;
    return [{name: `${label.text}, ${join}, ${code}`, text: write(label.text, reply), code, named: names(label)}];
  })));

  test('verbs and nouns are both tried after "with"', () => {
    const withCases = cases.filter((c) => c.name.includes(', "with", '));
    expect(withCases.filter((c) => c.named).length).toBeGreaterThan(50);
    expect(withCases.filter((c) => !c.named).length).toBeGreaterThan(50);
  });

  test.each(cases)('$name', ({text, code, named}) => {
    const decoded = decodeText(text);
    if (!named) {
      // A verb without a quote or "with" before the number ("said 550") names no reply, nor a noun before "with".
      expect(decoded.kind).toBe('none');
      return;
    }
    // A reply alone is a failure, whatever its class: only words that the sending server retries make a delay.
    expect(decoded.kind).toBe('bounce');
    expect(decoded.recipients).toHaveLength(1);
    expect(decoded.recipients[0]!.replyCode?.code).toBe(code);
    expect(decoded.recipients[0]!.permanent).toBe(code[0] === '5');
  });

  test.each([
    ['a heading\'s code under which the server\'s reply stands', 'SMTP error code 421\n\nsmtp;421 4.7.0 [TSS04] Messages temporarily deferred', '421', 1],
    ['a log line of a table cell', 'ERROR CLASS Net::SMTPFatalError error 550 Message rejected', '550', 1],
    ['a bracketed label after the reply\'s words', '<bob@example.org>: Requested action not taken: mailbox unavailable. [SMTP Error Code 550]', '550', 1],
  ] as const)('%s', (_name, text, code, count) => {
    const decoded = decodeText(text);
    expect(decoded.recipients).toHaveLength(count);
    expect(decoded.recipients[0]!.replyCode?.code).toBe(code);
  });
});

describe('a verb\'s reply after "with"', () => {
  test.each([
    ['a verb, "with" and a count', 'The list server replied with 550 answers in total.', true],
    ['"with" after a word that names no reply', 'The shipment arrived with 550 parcels.', false],
    ['a verb on the line above "with"', 'the server responded\nwith 550 Message rejected', false],
  ] as const)('isLabelledReply: %s', (_name, text, want) => {
    expect(isLabelledReply(text, text.indexOf('550'))).toBe(want);
  });
});

describe('the same words before a number that is no reply', () => {
  test.each([
    ['a verb and a number of things', 'The mail server at mx.example.com said 550 nothing, I am just quoting.'],
    ['a verb, a colon and a number of things', 'And then he said: 550 people came'],
    ['an item and a price', 'Item 421: 550 EUR'],
    ['HTTP\'s own status after "error"', 'Error 503 Service unavailable'],
    ['HTTP named before the code', 'HTTP error 550 returned by the proxy'],
    ['a web server\'s response', 'The response code 502 Bad Gateway came from nginx'],
    ['a label far before the number', 'error in the spreadsheet, row 12, column D, value 550 units'],
    // The tail of a setting's name is no label (Postfix's postconf: "<name> = <value>").
    ['settings whose names end in a label\'s word', 'postconf | grep 554\naccess_map_reject_code = 554\nmaps_rbl_reject_code = 554\nreject_code = 554'],
    // A setting's value is a reply the server is set to give, not one it gave (Dovecot's quota-status, Postfix's main.cf).
    ['a setting\'s quoted reply, enhanced code and all', 'plugin {\n  quota_status_success = DUNNO\n  quota_status_overquota = "552 5.2.2 Mailbox is full"\n}'],
    ['a setting\'s reply unquoted', 'smtpd_reject_footer = 550 5.7.1 Contact postmaster@example.com'],
    ['a setting\'s enhanced code alone', 'quota_exceeded_message = "5.2.2 Mailbox is full"'],
  ] as const)('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });

  test.each([
    ['a label on the line above', 'error\n550 units shipped', 4],
    ['a label at the distance limit', `error${' '.repeat(20)}550 Message rejected`, 25],
    ['a success reply', 'Server response: 250 OK', 17],
  ] as const)('no reply code from %s', (_name, text, index) => {
    expect(isLabelledReply(text, index) && text[index] !== '2').toBe(false);
  });

  test('a code in its reply\'s own place outweighs a labelled one', () => {
    const found = findReplyCodes('SMTP error code 421 (see below)\n550 5.1.1 User unknown');
    expect(found.map((code) => code.code)).toEqual(['550']);
  });
});

describe('a log\'s fields are no settings', () => {
  test.each([
    ['Postfix\'s dsn= and status=', 'postfix/smtp[123]: 4AB12: to=<bob@example.com>, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))', '550', '5.1.1'],
    ['a reply quoted after a name with no underscore', 'message = "550 5.7.1 Relay denied"', '550', '5.7.1'],
  ] as const)('%s', (_name, text, replyCode, status) => {
    const [recipient] = decodeText(text).recipients;
    expect([recipient?.replyCode?.code, recipient?.status?.code]).toEqual([replyCode, status]);
  });
});
