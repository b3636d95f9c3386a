// Tables of delivery records pasted as CSV, read by their header line (test/decoder/table-templates.ts):
// generated around the reply pool (provider rows, enhanced codes, replies without codes, multi-line
// replies) with 1, 2 and 5 rows, LF and CRLF, alone and between lines of prose. Then readTable's own
// table of positive and negative cases, and tables that are no service's records.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {readTable} from '../../src/decoder/read-table.ts';
import {tableCasesOf, tableTemplates} from './table-templates.ts';
import {projected as project} from './webhook-templates.ts';


describe.each(tableTemplates.map((template) => [template.id, tableCasesOf(template)] as const))('generated %s', (_id, cases) => {
  test.each(cases)('$name', async (item) => {
    const result = await decode(item.input);
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients.map((recipient) => ({...recipient, reason: recipient.reason}))});
  });
});

describe('readTable: a CSV table by its header line', () => {
  test.each([
    ['a header and a row', 'type,rcpt,dsnDiag\nb,bob@example.org,smtp;550 5.1.1 unknown', [{type: 'b', rcpt: 'bob@example.org', dsnDiag: 'smtp;550 5.1.1 unknown'}]],
    ['quoted names and quoted fields with commas, doubled quotes and a line break', '"type","rcpt","dsnDiag"\n"b","bob@example.org","550 5.1.1 ""bob"", unknown\nhere"',
      [{type: 'b', rcpt: 'bob@example.org', dsnDiag: '550 5.1.1 "bob", unknown\nhere'}]],
    ['CRLF line ends', 'type,rcpt,dsnDiag\r\nb,bob@example.org,x\r\nd,carol@example.org,y\r\n', [{type: 'b', rcpt: 'bob@example.org', dsnDiag: 'x'}, {type: 'd', rcpt: 'carol@example.org', dsnDiag: 'y'}]],
    ['a byte order mark before the header', '\uFEFFtype,rcpt,dsnDiag\nb,bob@example.org,x', [{type: 'b', rcpt: 'bob@example.org', dsnDiag: 'x'}]],
    ['prose before the table and after a blank line', 'The export:\n\ntype,rcpt,dsnDiag\nb,bob@example.org,x\n\nthanks, bye, all', [{type: 'b', rcpt: 'bob@example.org', dsnDiag: 'x'}]],
    ['a row of another width ends the table', 'type,rcpt,dsnDiag\nb,bob@example.org,x\n-- 2 rows, 3 columns --\nb,carol@example.org,y', [{type: 'b', rcpt: 'bob@example.org', dsnDiag: 'x'}]],
    ['a name given twice keeps its first column', 'type,rcpt,rcvSourceIp,rcvSourceIp\nb,bob@example.org,192.0.2.1,192.0.2.2', [{type: 'b', rcpt: 'bob@example.org', rcvSourceIp: '192.0.2.1'}]],
  ])('%s', (_name, text, rows) => {
    expect(readTable(text)?.map((row) => ({...row}))).toStrictEqual(rows);
  });

  test('a column named after a prototype member is a plain field', () => {
    const [row] = readTable('__proto__,constructor,rcpt\nx,y,bob@example.org') ?? [];
    expect([Object.getPrototypeOf(row), Object.keys(row ?? {}), row?.constructor]).toStrictEqual([null, ['__proto__', 'constructor', 'rcpt'], 'y']);
  });

  test.each([
    ['prose with commas', 'We tried, we failed, we retried later.\nThen, again, nothing.'],
    ['a header of two columns', 'email,reason\nbob@example.org,550 unknown'],
    ['a header with no row', 'type,rcpt,dsnDiag\n'],
    ['a header whose names hold spaces', 'Email Address,Bounce Reason,Date\nbob@example.org,unknown,today'],
    ['only rows of another width', 'type,rcpt,dsnDiag\nb,bob@example.org'],
  ])('%s is no table', (_name, text) => {
    expect(readTable(text)).toBeUndefined();
  });

  test('at most 5,000 rows are read', () => {
    const text = ['type,rcpt,dsnDiag', ...Array.from({length: 6000}, (_, index) => `b,r${index}@example.org,x`)].join('\n');
    expect(readTable(text)?.length).toBe(5000);
  });
});

describe('tables that are not a service\'s records', () => {
  test.each([
    ['an accounting file\'s delivery records only', 'type,timeLogged,rcpt,dsnAction,dsnStatus,dsnDiag\nd,1772445603,bob@example.org,relayed,2.0.0 (success),smtp;250 2.0.0 OK', 'delivered'],
    ['a table of names with no record type', 'name,email,city\nBob,bob@example.org,Lyon\nCarol,carol@example.org,Oslo', 'none'],
    ['a table with a type column but none of an accounting record\'s fields', 'type,rcpt,note\nb,bob@example.org,see ticket 42', 'none'],
  ])('%s', async (_name, text, kind) => {
    expect((await decode(text)).kind).toBe(kind);
  });
});
