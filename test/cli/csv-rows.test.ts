import {describe, expect, test} from 'vitest';
import {csvColumns, csvHeader, csvRows} from '../../src/cli/csv-rows.ts';
import type {DecodeResult, RecipientDiagnosis} from '../../src/decoder/index.ts';
import {diagnosisOf} from '../popup/diagnoses.ts';

function result(...recipients: RecipientDiagnosis[]): DecodeResult {
  return {kind: 'bounce', format: 'raw-message', recipients};
}

/** The cells of CSV rows (no cell here holds a line break, so lines are rows). */
function rows(csv: string): string[] {
  expect(csv === '' || csv.endsWith('\r\n')).toBe(true);
  return csv === '' ? [] : csv.slice(0, -2).split('\r\n');
}

const blocked = diagnosisOf({
  recipient: 'Pat@Example.ORG',
  reason: {id: 'blocked', title: 'Blocked'},
  hardBounce: false,
  provider: {id: 'spamhaus', name: 'Spamhaus', docsUrl: 'https://www.spamhaus.org/'},
  ips: ['192.0.2.1', '203.0.113.9'],
  diagnostic: 'host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org',
});

describe('csvRows()', () => {
  test('the header names the columns, CRLF ended', () => {
    expect(csvHeader).toBe('file,message,recipient,domain,replyCode,status,reason,permanent,hardBounce,provider,sendingIp,diagnostic\r\n');
    expect(csvColumns).toHaveLength(12);
  });

  test('one row per failed recipient, with the file, the message and the sending IP', () => {
    expect(rows(csvRows('box.mbox', 3, result(diagnosisOf(), blocked)))).toStrictEqual([
      'box.mbox,3,jane.doe@example.com,example.com,550,5.1.1,userunknown,true,true,,,550 5.1.1 <jane.doe@example.com>: Recipient address rejected: User unknown',
      // The receiving host's IP comes first in the text; the one the refusal names is the sender's.
      'box.mbox,3,Pat@Example.ORG,example.org,550,5.1.1,blocked,true,false,spamhaus,203.0.113.9,host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org',
    ]);
  });

  test.each<[string, RecipientDiagnosis, string]>([
    ['no message number for a file of one message, empty cells for what is unknown', diagnosisOf({recipient: undefined, replyCode: undefined, status: undefined, permanent: undefined, diagnostic: ''}),
      'a.eml,,,,,,userunknown,,true,,,'],
    ['a comma, a quote and a line break are quoted', diagnosisOf({diagnostic: '550 "no", really\nno'}),
      'a.eml,,jane.doe@example.com,example.com,550,5.1.1,userunknown,true,true,,,"550 ""no"", really\nno"'],
    ['a formula is kept as text', diagnosisOf({recipient: '=HYPERLINK("http://evil")@x.example', diagnostic: '+1 202 555'}),
      'a.eml,,"\'=HYPERLINK(""http://evil"")@x.example",x.example,550,5.1.1,userunknown,true,true,,,\'+1 202 555'],
    ['an IP in a reply not about the sending server is none', diagnosisOf({ips: ['192.0.2.1'], diagnostic: 'host mx[192.0.2.1] said: 550 5.1.1 user unknown'}),
      'a.eml,,jane.doe@example.com,example.com,550,5.1.1,userunknown,true,true,,,host mx[192.0.2.1] said: 550 5.1.1 user unknown'],
  ])('%s', (_name, recipient, row) => {
    expect(csvRows('a.eml', undefined, result(recipient))).toBe(`${row}\r\n`);
  });

  test('a formula in the file name is kept as text too', () => {
    expect(csvRows('-cmd|calc.eml', undefined, result(diagnosisOf())).startsWith('\'-cmd|calc.eml,')).toBe(true);
  });

  test.each<[string, DecodeResult]>([
    ['no recipients', {kind: 'none', format: 'text', recipients: []}],
    ['a delivery report', result(diagnosisOf({reason: {id: 'delivered', title: 'Delivered'}}))],
    ['an auto-reply', result(diagnosisOf({reason: {id: 'vacation', title: 'Away'}}))],
  ])('no row for %s', (_name, decoded) => {
    expect(csvRows('a.eml', undefined, decoded)).toBe('');
  });
});
