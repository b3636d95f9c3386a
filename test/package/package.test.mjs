// @ts-check
/**
 * The package as a user gets it (scripts/lib/library-package.mjs): the built library and command
 * line, packed with `npm pack`, installed into an empty folder, then imported there from plain ESM
 * and from TypeScript, its command line run, and README.md's example run. Runs after the build in
 * `npm test` (scripts/test.mjs), on what the build wrote.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';
import {Ajv2020} from 'ajv/dist/2020.js';
import {exampleBounce, packAndInstall, readmeExample, readReadme, root, runExample} from '../../scripts/lib/library-package.mjs';
import {loadDecoder} from '../../scripts/lib/load-decoder.mjs';

/** @type {ReturnType<typeof packAndInstall>} */
let installed;

before(() => {
  installed = packAndInstall();
  console.log(`packed: ${installed.packedBytes} bytes (${installed.unpackedBytes} unpacked) in ${installed.files.length} files`);
});

after(() => {
  if (installed) rmSync(path.dirname(installed.folder), {recursive: true, force: true});
});

/** Runs node in the user's folder on a module given as text; returns what it prints. */
function runModule(/** @type {string} */ name, /** @type {string} */ code, /** @type {string[]} */ args = []) {
  writeFileSync(path.join(installed.folder, name), code);
  return execFileSync(process.execPath, [name, ...args], {cwd: installed.folder, encoding: 'utf8'});
}

const bounceFile = path.join(root, exampleBounce);
const installedPackage = () => path.join(installed.folder, 'node_modules', 'bounce-decoder');

describe('the packed package', () => {
  test('holds the library, the command line, the schema and the documents, nothing else', () => {
    assert.deepEqual(installed.files, [
      'CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli/decode.mjs', 'dist/library/index.d.ts', 'dist/library/index.js',
      'package.json', 'schema/decode-record.schema.json',
    ]);
  });

  test('needs only the MIME parser at run time', () => {
    const manifest = JSON.parse(readFileSync(path.join(installedPackage(), 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(manifest.dependencies ?? {}), ['postal-mime']);
  });

  test('imports from plain ESM and decodes a bounce of test/corpus as labelled, and as the built command line does', () => {
    const printed = runModule('decode.mjs', [
      'import {readFileSync} from \'node:fs\';',
      'import {decode, toJsonRecord} from \'bounce-decoder\';',
      'console.log(JSON.stringify(toJsonRecord(await decode(readFileSync(process.argv[2])), {file: process.argv[2]})));',
    ].join('\n'), [bounceFile]);
    const record = JSON.parse(printed);
    const labels = JSON.parse(readFileSync(path.join(root, 'test', 'corpus', 'expected.json'), 'utf8'))
      .find((/** @type {{file: string}} */ entry) => path.join('test', 'corpus', entry.file) === exampleBounce);
    assert.deepEqual(
      record.recipients.map((/** @type {Record<string, unknown>} */ recipient) => ({status: recipient['status'], reason: recipient['reason'], hardBounce: recipient['hardBounce']})),
      labels.recipients.map((/** @type {Record<string, unknown>} */ recipient) => ({status: recipient['status'], reason: recipient['reason'], hardBounce: recipient['hardBounce']})),
    );
    const cli = execFileSync(process.execPath, [path.join(root, 'dist', 'cli', 'decode.mjs'), '--json', bounceFile], {encoding: 'utf8'});
    assert.deepEqual(record, JSON.parse(cli));
  });

  test('type-checks from TypeScript, and its types turn a wrong use away', () => {
    writeFileSync(path.join(installed.folder, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2023']},
      files: ['use.ts'],
    }));
    const use = [
      'import {decode, decodeText, reasons, providers, statusCodes, toJsonRecord, type DecodeResult, type JsonRecord, type ReasonId} from \'bounce-decoder\';',
      'const result: DecodeResult = await decode(new Uint8Array());',
      'const again: DecodeResult = decodeText(\'550 5.1.1 user unknown\');',
      'const id: ReasonId | undefined = again.recipients[0]?.reason.id;',
      'const title: string | undefined = id === undefined ? undefined : reasons[id].title;',
      'const record: JsonRecord = toJsonRecord(result, {file: \'a.eml\'});',
      'const named: string = providers.google.name;',
      'const code: string | undefined = statusCodes[0]?.code;',
      '// @ts-expect-error -- decode takes text or bytes, not a number',
      'await decode(42);',
      '// @ts-expect-error -- no such reason',
      'const unknown = reasons.nosuchreason;',
      'export {title, record, named, code, unknown};',
    ].join('\n');
    const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    /** What tsc reports for `source`: '' when the check passes. */
    const check = (/** @type {string} */ source) => {
      writeFileSync(path.join(installed.folder, 'use.ts'), source);
      try {
        execFileSync(process.execPath, [tsc, '-p', '.'], {cwd: installed.folder, encoding: 'utf8', stdio: 'pipe'});
        return '';
      } catch (error) {
        return /** @type {{stdout: string}} */ (error).stdout || String(error);
      }
    };
    assert.equal(check(use), '');
    // One wrong use more: the check can fail.
    assert.match(check(`${use}\nexport const wrong: number = toJsonRecord(decodeText('x'));\n`), /use\.ts\(\d+,\d+\): error TS2322/);
  });

  test('its command line prints records that the schema in the package takes, an unreadable file\'s included', () => {
    const schema = JSON.parse(readFileSync(path.join(installedPackage(), 'schema', 'decode-record.schema.json'), 'utf8'));
    const validate = new Ajv2020({strict: true}).compile(schema);
    const bin = path.join(installed.folder, 'node_modules', '.bin', 'bounce-decode');
    let printed = '';
    try {
      execFileSync(bin, ['--json', bounceFile, 'missing.eml'], {cwd: installed.folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
      assert.fail('a missing input exits with status 1');
    } catch (error) {
      // Exit status 1: one input could not be read. Its record is on standard output all the same.
      printed = /** @type {{stdout: string}} */ (error).stdout;
    }
    const records = printed.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.equal(records.length, 2);
    assert.equal(records[1].file, 'missing.eml');
    assert.equal(typeof records[1].error, 'string');
    for (const record of records) assert.ok(validate(record), JSON.stringify(validate.errors));
  });

  test('README.md\'s example prints what README.md says it prints', () => {
    const {code, output} = readmeExample(readReadme());
    assert.equal(runExample(installed.folder, code), output.text);
  });
});

describe('the build', () => {
  test('the built library, whose rules lose their citations and other maintainers\' fields, decodes every test/corpus email as the source does', async () => {
    const source = await loadDecoder();
    const built = await import(pathToFileURL(path.join(root, 'dist', 'library', 'index.js')).href);
    const corpus = path.join(root, 'test', 'corpus');
    const files = readdirSync(corpus, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.eml')).sort();
    assert.ok(files.length > 600, `${files.length} emails`);
    const differing = [];
    for (const name of files) {
      const bytes = readFileSync(path.join(corpus, name));
      if (JSON.stringify(await source.decode(bytes)) !== JSON.stringify(await built.decode(bytes))) differing.push(name);
    }
    assert.deepEqual(differing, []);
  });
});
