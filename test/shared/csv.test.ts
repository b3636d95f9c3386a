import {describe, expect, test} from 'vitest';
import {csvCell, csvColumns, diagnosesCsv} from '../../src/shared/csv.ts';
import {diagnosisOf} from '../popup/diagnoses.ts';

describe('csvCell', () => {
  test.each([
    ['plain text stays', 'user unknown', 'user unknown'],
    ['a comma is quoted', 'a, b', '"a, b"'],
    ['a quote is doubled and quoted', 'say "no"', '"say ""no"""'],
    ['a line break is quoted', 'one\ntwo', '"one\ntwo"'],
    ['a formula is kept as text', '=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['a plus sign is kept as text', '+1 202', '\'+1 202'],
    ['a minus sign is kept as text', '-2+3', '\'-2+3'],
    ['an at sign is kept as text', '@SUM(A1)', '\'@SUM(A1)'],
    ['a formula after a tab is kept as text', '\t=1', '\'\t=1'],
    ['null is empty', null, ''],
    ['a boolean is its word', true, 'true'],
    ['a sign inside the text is harmless', 'a=b', 'a=b'],
  ] as const)('%s', (_name, value, want) => expect(csvCell(value)).toBe(want));
});

describe('diagnosesCsv', () => {
  test('a header row, then one row per recipient, CRLF line ends', () => {
    const csv = diagnosesCsv([
      diagnosisOf(),
      diagnosisOf({recipient: 'bob@example.org', hardBounce: false, permanent: false, replyCode: undefined, status: undefined, reason: {id: 'mailboxfull', title: 'Mailbox full'}, action: {id: 'retry', summary: 'Retry later.', steps: []}, diagnostic: '452 mailbox full, try later'}),
    ]);
    expect(csv.split('\r\n')).toStrictEqual([
      csvColumns.join(','),
      'jane.doe@example.com,550,5.1.1,userunknown,true,true,,suppress,<jane.doe@example.com>: Recipient address rejected: User unknown'.replace('<', '550 5.1.1 <'),
      'bob@example.org,,,mailboxfull,false,false,,retry,"452 mailbox full, try later"',
      '',
    ]);
  });

  test('no recipients: the header alone', () => {
    expect(diagnosesCsv([])).toBe(`${csvColumns.join(',')}\r\n`);
  });
});
