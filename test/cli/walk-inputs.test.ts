import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {walkInputs} from '../../src/cli/walk-inputs.ts';

let root = '';

/** Writes files (paths relative to `root`, folders made as needed). */
function files(...names: string[]): void {
  for (const name of names) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true});
    writeFileSync(path.join(root, name), name);
  }
}

/** The name of a maildir's folder of messages still being written, which a walk leaves out. */
const maildirTmp = 'tmp';

const walked = (...names: string[]) => walkInputs(names.map((name) => name === '-' ? name : path.join(root, name))).map(({file, error}) => {
  const relative = file === '-' ? file : path.relative(root, file);
  return error === undefined ? relative : `${relative}: ${error}`;
});

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bounce-decode-walk-'));
  files(
    'maildir/cur/1700000002.M1.host:2,S', 'maildir/cur/1700000001.M1.host:2,', 'maildir/new/1700000003.M1.host',
    path.join('maildir', maildirTmp, '1700000004.M1.host'), 'maildir/.hidden', 'maildir/.Sent/cur/1',
    'plain/b.eml', 'plain/a.eml', 'plain/B.eml', path.join('plain', maildirTmp, 'kept.eml'), 'plain/nested/deeper/z.eml', 'single.eml',
  );
  mkdirSync(path.join(root, 'empty'));
  symlinkSync(path.join(root, 'single.eml'), path.join(root, 'plain', 'link.eml'));
  symlinkSync(path.join(root, 'plain'), path.join(root, 'plain', 'loop'));
});

afterAll(() => {
  if (root) rmSync(root, {recursive: true, force: true});
});

describe('walkInputs()', () => {
  test('a maildir: cur/ then new/, sorted; not tmp/, not hidden files or folders', () => {
    expect(walked('maildir')).toStrictEqual([
      'maildir/cur/1700000001.M1.host:2,', 'maildir/cur/1700000002.M1.host:2,S', 'maildir/new/1700000003.M1.host',
    ]);
  });

  test('a folder, recursively, sorted by code unit; a tmp/ outside a maildir is kept; a linked file is read, a linked folder not followed', () => {
    expect(walked('plain')).toStrictEqual([
      'plain/B.eml', 'plain/a.eml', 'plain/b.eml', 'plain/link.eml', 'plain/nested/deeper/z.eml', path.join('plain', maildirTmp, 'kept.eml'),
    ]);
  });

  test('files, folders and - in the order given', () => {
    expect(walked('single.eml', '-', 'maildir/new', 'missing.eml')).toStrictEqual([
      'single.eml', '-', 'maildir/new/1700000003.M1.host', 'missing.eml',
    ]);
  });

  test('an empty folder says so', () => {
    expect(walked('empty')).toStrictEqual(['empty: no files in this folder']);
  });

  test('knows each file\'s size', () => {
    expect(walkInputs([path.join(root, 'single.eml')])).toStrictEqual([{file: path.join(root, 'single.eml'), size: 'single.eml'.length}]);
  });
});
