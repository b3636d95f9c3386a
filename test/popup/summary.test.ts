import {describe, expect, test, vi} from 'vitest';
import type {RecipientDiagnosis} from '../../src/decoder/types.ts';
import {clipped, diagnosisJson, plainTextSummary, statusParts, summaryDiagnosticLength} from '../../src/popup/summary.ts';
import {diagnosisOf, hardBounce, temporary, unknownClass} from './diagnoses.ts';
import {toJsonRecord} from '../../src/shared/json-record.ts';
import {jsonRecipient} from '../../src/shared/json-record.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

describe('plainTextSummary()', () => {
  test('writes one labelled line per fact, then the steps', () => {
    const diagnosis = diagnosisOf({
      provider: {id: 'google', name: 'Google', meaning: 'No such user at Gmail.', docsUrl: 'https://support.google.com/mail/?p=NoSuchUser'},
      remoteHost: 'aspmx.l.google.com',
      command: 'RCPT TO',
    });
    expect(plainTextSummary(diagnosis)).toBe([
      'Recipient: jane.doe@example.com',
      'Verdict: Permanent failure: the address does not exist',
      'Reason: The address does not exist (userunknown)',
      'Reply code: 550 – Not done, for good.',
      'Status code: 5.1.1 – Permanent Failure / Addressing Status / Bad destination mailbox address',
      'Hard bounce: Yes: remove this address from your lists',
      'Provider: Google – No such user at Gmail. – https://support.google.com/mail/?p=NoSuchUser',
      'Remote server: aspmx.l.google.com',
      'SMTP command: RCPT TO',
      'What to do: Remove this address from your lists.',
      '  1. Check for typos.',
      '  2. Stop sending to it.',
      'Diagnostic: 550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown',
      '',
    ].join('\n'));
  });

  test('gives a temporary failure its retry schedule and when to give up', () => {
    expect(plainTextSummary(temporary)).toContain([
      'What to do: Wait for the recipient to make room.',
      '  1. Retry later.',
      '  Retrying: Every hour.',
      '  Giving up: After 5 days.',
    ].join('\n'));
  });

  test.each<[string, RecipientDiagnosis, string[]]>([
    ['no reply code, status, provider, server or command', unknownClass, ['Reply code:', 'Status code:', 'Provider:', 'Remote server:', 'SMTP command:', 'Retrying:']],
    ['no retry for a permanent failure', hardBounce, ['Retrying:', 'Giving up:']],
  ])('leaves out what it does not know: %s', (_name, diagnosis, absent) => {
    const summary = plainTextSummary(diagnosis);
    for (const label of absent) {
      expect(summary).not.toContain(label);
    }
  });

  test('says so when the bounce names no recipient', () => {
    expect(plainTextSummary(diagnosisOf({recipient: undefined}))).toMatch(/^Recipient: Recipient not named in the text\n/);
  });

  test('names the provider\'s own code', () => {
    const diagnosis = diagnosisOf({provider: {id: 'yahoo', name: 'Yahoo', code: 'TSS04', docsUrl: 'https://senders.yahooinc.com/smtp-error-codes/'}});
    expect(plainTextSummary(diagnosis)).toContain('Provider: Yahoo – Its code TSS04 – https://senders.yahooinc.com/smtp-error-codes/\n');
  });

  test.each<[string, RecipientDiagnosis, string | undefined]>([
    [
      'names the blocklist a provider\'s server quoted',
      diagnosisOf({provider: {id: 'microsoft365', name: 'Microsoft 365', docsUrl: 'https://learn.microsoft.com/'}, blocklist: {id: 'spamhaus', name: 'Spamhaus', meaning: 'Listed.', docsUrl: 'https://check.spamhaus.org/'}}),
      'Blocklist: Spamhaus – Listed. – https://check.spamhaus.org/\n',
    ],
    ['says no more where the blocklist is the provider', diagnosisOf({provider: {id: 'spamhaus', name: 'Spamhaus', docsUrl: 'https://check.spamhaus.org/'}, blocklist: {id: 'spamhaus', name: 'Spamhaus', docsUrl: 'https://check.spamhaus.org/'}}), undefined],
  ])('%s', (_name, diagnosis, line) => {
    const summary = plainTextSummary(diagnosis);
    if (line === undefined) expect(summary).not.toContain('Blocklist:');
    else expect(summary).toContain(line);
  });

  test('cuts a megabyte diagnostic, saying how much is left out', () => {
    const diagnostic = `550 ${'x'.repeat(1_000_000)}`;
    const summary = plainTextSummary(diagnosisOf({diagnostic}));
    expect(summary.length).toBeLessThan(summaryDiagnosticLength + 1000);
    expect(summary).toContain(`… and ${(diagnostic.length - summaryDiagnosticLength).toLocaleString('en')} more characters; copy the JSON for all of them.`);
  });
});

describe('diagnosisJson()', () => {
  test('is the command line\'s --json record of the recipient, megabyte diagnostic included', () => {
    const diagnosis = diagnosisOf({diagnostic: `550 ${'x'.repeat(1_000_000)}`});
    expect(JSON.parse(diagnosisJson(diagnosis))).toEqual(jsonRecipient(diagnosis));
    const record = toJsonRecord({kind: 'bounce', format: 'text', recipients: [diagnosis]}, {file: 'x.eml'});
    expect('recipients' in record && JSON.parse(diagnosisJson(diagnosis))).toEqual('recipients' in record && record.recipients[0]);
  });

  test('is indented, one field per line', () => {
    expect(diagnosisJson(hardBounce)).toMatch(/^\{\n {2}"recipient": "jane.doe@example.com",\n/);
  });
});

describe('statusParts()', () => {
  test('splits an enhanced code into class, subject and detail', () => {
    expect(statusParts(hardBounce.status!)).toEqual([
      {part: 'class', code: '5', title: 'Permanent Failure'},
      {part: 'subject', code: '1', title: 'Addressing Status'},
      {part: 'detail', code: '1', title: 'Bad destination mailbox address'},
    ]);
  });

  test('says when the detail is not a registered one', () => {
    const status = {code: '5.7.606', class: '5', classTitle: 'Permanent Failure', subjectTitle: 'Security or Policy Status'} as const;
    expect(statusParts(status)[2]).toEqual({part: 'detail', code: '606', title: 'not in the IANA registry (the provider\'s own code)'});
  });
});

describe('clipped()', () => {
  test.each([
    ['short text as it is', 'abc', 5, 'abc'],
    ['text of exactly the length as it is', 'abcde', 5, 'abcde'],
    ['longer text with a note', 'abcdefg', 5, 'abcde… and 2 more characters; copy the JSON for all of them.'],
  ])('keeps %s', (_name, text, length, expected) => {
    expect(clipped(text, length)).toBe(expected);
  });
});
