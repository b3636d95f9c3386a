import {describe, expect, test} from 'vitest';
import {GroupTable, groupKeys, type GroupKey} from '../../src/cli/group-table.ts';
import {diagnosisOf} from '../popup/diagnoses.ts';

describe('groupKeys()', () => {
  test('provider, reason and lower-cased domain of each failed recipient', () => {
    expect(groupKeys({kind: 'bounce', format: 'text', recipients: [
      diagnosisOf({recipient: 'A@Example.COM', provider: {id: 'google', name: 'Google', docsUrl: 'https://x'}}),
      diagnosisOf({recipient: undefined}),
      diagnosisOf({reason: {id: 'delivered', title: 'Delivered'}}),
    ]})).toStrictEqual([['google', 'userunknown', 'example.com'], [null, 'userunknown', null]]);
  });
});

describe('GroupTable', () => {
  test('counts and shares by provider and reason, then by domain, most first', () => {
    const table = new GroupTable();
    const keys: GroupKey[] = [
      ['google', 'userunknown', 'gmail.com'], ['google', 'userunknown', 'gmail.com'], ['google', 'userunknown', 'example.com'],
      [null, 'mailboxfull', 'example.com'],
    ];
    table.add(keys.slice(0, 2));
    table.add(keys.slice(2));
    table.add([]);
    table.addUnreadable();
    expect(table.render()).toBe([
      'Messages decoded: 3 (1 could not be read or decoded)',
      'Failed recipients: 4',
      '',
      'By provider and reason',
      '  provider   reason       count  share',
      '  google     userunknown      3  75.0%',
      '  (unknown)  mailboxfull      1  25.0%',
      '',
      'By recipient domain',
      '  domain       count  share',
      '  example.com      2  50.0%',
      '  gmail.com        2  50.0%',
      '',
    ].join('\n'));
  });

  test('no groups when nothing failed', () => {
    const table = new GroupTable();
    table.add([]);
    expect(table.render()).toBe('Messages decoded: 1\nFailed recipients: 0\n');
  });

  test('hostile domains are made safe and short', () => {
    const table = new GroupTable();
    table.add([[null, 'userunknown', `evil\u001b[2J\u202e.example${'x'.repeat(100)}`]]);
    const output = table.render();
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(output).toContain('  evil\uFFFD[2J\uFFFD.examplexxx');
    expect(Math.max(...output.split('\n').map((line) => line.length))).toBeLessThan(80);
  });

  test('lists the largest provider and reason groups and counts the rest in one line', () => {
    const table = new GroupTable();
    table.add(Array.from({length: 42}, (_, index): GroupKey => [`p${String(index).padStart(2, '0')}`, 'blocked', 'example.com']));
    const lines = table.render().split('\n');
    expect(lines.filter((line) => /^ {2}p\d\d +blocked /.test(line))).toHaveLength(40);
    expect(lines).toContain(`  (2 more groups)${' '.repeat(15)}2   4.8%`);
  });

  test('lists the largest domains and counts the rest in one line', () => {
    const table = new GroupTable();
    table.add(Array.from({length: 45}, (_, index): GroupKey => [null, 'userunknown', `d${String(index).padStart(2, '0')}.example`]));
    const lines = table.render().split('\n');
    expect(lines.filter((line) => /^ {2}d\d\d\.example /.test(line))).toHaveLength(40);
    expect(lines).toContain('  (5 more domains)      5  11.1%');
  });
});
