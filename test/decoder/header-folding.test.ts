// A raw notice pasted where a line's leading white space is dropped (a page that renders Markdown,
// a form that trims each line): its header fields' folded lines (RFC 5322 §2.2.3) lose their
// indentation and read as lines of their own. Their folding is restored where a line goes on with
// the field above: a Received field's next clause (RFC 5321 §4.4), or a list after a comma or a
// semicolon. Generated from every family's raw notice: with its folding lost, it reads as it does whole.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {normalizeForMatch} from '../../src/decoder/match-text.ts';
import {readInput} from '../../src/decoder/read-input.ts';
import {hasBodyMarker} from '../../src/decoder/templates.ts';
import {generatedCases, project} from './generate.ts';

/** The notice with every line of its header block unindented, as such a paste leaves it. */
function foldingLost(input: string): string {
  const end = input.indexOf('\n\n');
  return `${input.slice(0, end).split('\n').map((line) => line.trimStart()).join('\n')}${input.slice(end)}`;
}

/** Each family's raw notices whose header folds a line, a few of each. */
const folded = generatedCases
  .filter((item) => item.form === 'raw-lf' && /\n[ \t]+\S/.test(item.input.slice(0, item.input.indexOf('\n\n'))))
  .filter((item, index, all) => all.slice(0, index).filter((other) => other.family === item.family).length < 3);

describe('generated: a raw notice whose header lost its folding reads as it does whole', () => {
  test('families with folded header fields give such cases', () => {
    expect(new Set(folded.map((item) => item.family)).size).toBeGreaterThan(10);
  });

  test.each(folded)('$name', async (item) => {
    expect(project(await decode(foldingLost(item.input)), item)).toEqual(project(await decode(item.input), item));
  });
});

describe('pasted header blocks', () => {
  test('a failed-recipients field folded over four lines names all four', async () => {
    const text = 'Return-path: <>\nX-Failed-Recipients: ann@example.org,\nbob@example.org,\ncarol@example.org,\ndave@example.org\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n';
    expect((await decode(text)).recipients.map((recipient) => recipient.recipient)).toEqual(['ann@example.org', 'bob@example.org', 'carol@example.org', 'dave@example.org']);
  });

  test('the addressee in the notice\'s own Received and To fields is no failed recipient', async () => {
    const text = 'Envelope-to: ann@example.org\nReceived: from mailnull by mx.example.net with local (Exim 4.96)\nid 1tABCD-0001Xy-7Q\nfor ann@example.org; Mon, 02 Mar 2026 10:00:03 +0000\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.net>\nTo: ann@example.org\nSubject: Warning: message 1tABCD-0001Xy-7Q delayed 24 hours\n';
    expect((await decode(text)).recipients.map((recipient) => recipient.recipient)).not.toContain('ann@example.org');
  });

  // Received-SPF's comment broken mid-sentence, a Received field's bracketed address and its date
  // on lines of their own: each is followed by more fields, so it goes on with the field above.
  const lostFolds = 'Return-Path: <>\nReceived-SPF: pass (mx.example.net: domain of bounce.example.com designates\n192.0.2.7 as permitted sender) client-ip=192.0.2.7;\nenvelope-from=postmaster@bounce.example.com;\nReceived: from bounce.example.com (bounce.example.com\n[192.0.2.7])\nby mx.example.net with ESMTP id 0MKorw; Thu, 07 May 2009 11:03:07\n-0400\nFrom: Mail Delivery System <mailer-daemon@bounce.example.com>\nSubject: Mail delivery failed: returning message to sender\n\nThis message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    550 5.1.1 User unknown\n';

  // An unencoded 8-bit Subject, as some servers write one: the mended file keeps its bytes.
  const withRawSubject = lostFolds.replace('Subject: Mail delivery failed', 'Subject: Échec de remise: Mail delivery failed');

  test.each([
    ['pasted as text', lostFolds],
    ['a file longer than the sniffed start', new TextEncoder().encode(`${lostFolds}\n${'A line of the returned message.\n'.repeat(400)}`)],
    ['a file with CRLF line ends', new TextEncoder().encode(lostFolds.replaceAll('\n', '\r\n'))],
    ['a file whose header holds raw UTF-8 text', new TextEncoder().encode(withRawSubject)],
    ['a long file whose header holds raw UTF-8 text, CRLF', new TextEncoder().encode(`${withRawSubject}\n${'Réponse du message renvoyé.\n'.repeat(400)}`.replaceAll('\n', '\r\n'))],
  ] as const)('a raw notice whose header lines between fields lost their folding (%s) names only its failed recipient', async (_name, input) => {
    const result = await decode(input);
    expect(result.format).toBe('raw-message');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });

  test('a mended file keeps its raw 8-bit Subject as written', async () => {
    const texts = await readInput(new TextEncoder().encode(withRawSubject));
    expect(texts.format).toBe('raw-message');
    expect(texts.subject).toContain('Échec de remise');
  });

  test.each([
    ['a forward\'s fields over a letter with no blank line', 'From: Ann <ann@example.org>\nTo: bob@example.org\nSubject: lunch\nHi Bob, 550 people are coming to lunch.\n'],
    ['a list of settings', 'Host: smtp.example.org\nPort: 587\nUser: bob@example.org\nthen restart the service'],
  ])('%s stays text', async (_name, text) => {
    expect((await decode(text)).format).toBe('text');
  });
});

/**
 * A mail program's copy of a notice that keeps no blank line: the fields it shows (From, Subject,
 * Date, To), then the notice's text, and the report's fields further down ("Reporting-MTA:",
 * "Action:", "Status:") as the text part lists them. The lines between are the notice's own, not a
 * field's lost folding: it reads as the same copy with a blank line under the fields. Generated
 * from every family's text that holds one of its fixed lines.
 */
const copiedWithFields = generatedCases
  .filter((item) => item.form === 'webmail')
  .filter((item, index, all) => all.slice(0, index).filter((other) => other.family === item.family).length < 2);
const reportFields = 'Reporting-MTA: dns; mx.example.net\nAction: failed\nFinal-Recipient: rfc822; bob@example.org\nStatus: 5.0.0\n';
const fieldsShown = 'From: Mail Delivery System <Mailer-Daemon@mx.example.net>\nSubject: Mail delivery failed\nDate: March 3, 2026 at 9:25:03 AM PST\nTo: pat@example.net\n';

describe('generated: a notice copied under its fields with no blank line reads as it does with one', () => {
  test.each(copiedWithFields.filter((item) => hasBodyMarker(normalizeForMatch(item.input))))('$name', async (item) => {
    const text = item.input.replace(/\n\s*\n/g, '\n');
    const withBlank = await decode(`${fieldsShown}\n${text}\n${reportFields}`);
    expect((await decode(`${fieldsShown}${text}\n${reportFields}`)).recipients.map((recipient) => recipient.recipient))
      .toEqual(withBlank.recipients.map((recipient) => recipient.recipient));
  });
});
