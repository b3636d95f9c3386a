import {describe, expect, test} from 'vitest';
import {
  addressesToSuppress, exportFileName, historyCsv, historyCsvColumns, historyJsonLines, historyJsonRecord, suppressionList,
} from '../../src/history/export.ts';
import {csvColumns} from '../../src/shared/csv.ts';
import {entry} from './entries.ts';

const moment = Date.UTC(2026, 11, 3, 9, 30);
const ann = entry({at: moment, recipient: 'ann@example.com', sendingIp: '192.0.2.10'});
const bare = entry({
  at: moment, recipient: '', domain: '', replyCode: undefined, status: undefined, provider: undefined, permanent: undefined, hardBounce: false,
  reason: 'undefined', action: 'none', diagnostic: '', source: 'file',
});

describe('historyJsonRecord()', () => {
  test('the command line\'s recipient fields, then when, where from, the domain and the sending IP', () => {
    expect(historyJsonRecord(ann)).toStrictEqual({
      recipient: 'ann@example.com',
      replyCode: '550',
      status: '5.1.1',
      reason: 'userunknown',
      hardBounce: true,
      permanent: true,
      provider: 'google',
      action: 'suppress',
      diagnostic: '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
      at: '2026-12-03T09:30:00.000Z',
      source: 'paste',
      domain: 'example.com',
      sendingIp: '192.0.2.10',
    });
  });

  test('null wherever nothing was found, as the command line prints', () => {
    expect(historyJsonRecord(bare)).toMatchObject({
      recipient: null, replyCode: null, status: null, provider: null, permanent: null, diagnostic: null, domain: null, sendingIp: null,
    });
  });

  test('holds every field of the command line\'s record, in its order first', () => {
    expect(Object.keys(historyJsonRecord(ann)).slice(0, csvColumns.length).sort()).toEqual([...csvColumns].sort());
  });
});

describe('historyCsv()', () => {
  test('a header, then one row per entry in the order given, CRLF line ends', () => {
    expect(historyCsv([ann, bare]).split('\r\n')).toEqual([
      historyCsvColumns.join(','),
      '2026-12-03T09:30:00.000Z,paste,ann@example.com,example.com,550,5.1.1,userunknown,true,true,google,192.0.2.10,550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
      '2026-12-03T09:30:00.000Z,file,,,,,undefined,,false,,,',
      '',
    ]);
  });

  test('the columns the issue names, in its order', () => {
    expect(historyCsv([]).trimEnd()).toBe('at,source,recipient,domain,replyCode,status,reason,permanent,hardBounce,provider,sendingIp,diagnostic');
  });

  test.each([
    ['a formula', '=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['a leading plus', '+1 555', '\'+1 555'],
    ['a leading minus', '-2+3', '\'-2+3'],
    ['a leading at sign', '@SUM(A1)', '\'@SUM(A1)'],
    ['a leading tab', '\t=1', '\'\t=1'],
    ['a comma', '550 a, b', '"550 a, b"'],
    ['a line break', '550 first\r\nsecond', '"550 first\r\nsecond"'],
    ['plain text', '550 5.1.1 no such user', '550 5.1.1 no such user'],
  ])('a diagnostic with %s is one safe cell', (_name, diagnostic, cell) => {
    const csv = historyCsv([entry({at: moment, diagnostic})]);
    expect(csv.endsWith(`,${cell}\r\n`)).toBe(true);
  });

  test('a hostile address is kept as text too', () => {
    const csv = historyCsv([entry({at: moment, recipient: '=cmd|"/c calc"!a@example.com'})]);
    expect(csv.split('\r\n')[1]).toContain(',"\'=cmd|""/c calc""!a@example.com",');
  });
});

describe('historyJsonLines()', () => {
  test('one JSON record per line, in the order given, each line ended', () => {
    const lines = historyJsonLines([ann, bare]);
    expect(lines.endsWith('\n')).toBe(true);
    expect(lines.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual([historyJsonRecord(ann), historyJsonRecord(bare)]);
  });

  test('a diagnostic with line breaks and quotes stays on its line', () => {
    const lines = historyJsonLines([entry({diagnostic: 'a\nb "c"\r\n\u2028d'})]);
    expect(lines.split('\n')).toHaveLength(2);
    expect((JSON.parse(lines) as {diagnostic: string}).diagnostic).toBe('a\nb "c"\r\n\u2028d');
  });

  test('nothing for no entries', () => {
    expect(historyJsonLines([])).toBe('');
  });
});

describe('addressesToSuppress() and suppressionList()', () => {
  const entries = [
    entry({recipient: 'zed@example.com'}),
    entry({recipient: 'ann@example.com'}),
    entry({recipient: 'ann@example.com'}),
    entry({recipient: 'full@example.com', hardBounce: false}),
    entry({recipient: '', domain: ''}),
  ];

  test('the hard bounces only, each once, sorted; no empty address', () => {
    expect(addressesToSuppress(entries)).toEqual(['ann@example.com', 'zed@example.com']);
  });

  test('one per line, ended by a line break', () => {
    expect(suppressionList(entries)).toBe('ann@example.com\nzed@example.com\n');
  });

  test.each([
    ['no entries', []],
    ['no hard bounce', [entry({hardBounce: false})]],
  ])('nothing for %s', (_name, none) => {
    expect(addressesToSuppress(none)).toEqual([]);
    expect(suppressionList(none)).toBe('');
  });
});

describe('exportFileName()', () => {
  test.each([
    ['csv', new Date(2026, 11, 3, 23, 59).getTime(), 'bounce-history-2026-12-03.csv'],
    ['jsonl', new Date(2027, 0, 1, 0, 0).getTime(), 'bounce-history-2027-01-01.jsonl'],
  ] as const)('%s', (extension, now, name) => {
    expect(exportFileName(extension, now)).toBe(name);
  });
});
