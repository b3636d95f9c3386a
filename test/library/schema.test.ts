// The JSON form's schema (schema/decode-record.schema.json) against what the decoder really gives:
// every email of test/corpus decoded and put in the JSON form validates, the records it must turn
// away are turned away, and its lists of ids are the code's own.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Ajv2020} from 'ajv/dist/2020.js';
import {beforeAll, describe, expect, test} from 'vitest';
import {decode, decodeText, reasons, providers, toJsonRecord, type JsonRecord} from '../../src/library/index.ts';
import {providerIds, reasonIds} from '../../src/rules/types.ts';
import {reasons as reasonRules} from '../../src/rules/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'decode-record.schema.json'), 'utf8')) as {$defs: Record<string, {properties: Record<string, {enum?: string[]; anyOf?: {enum?: string[]}[]}>}>};
const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema);

/** Why a record fails the schema, readable in a test failure; '' when it passes. */
function problems(record: unknown): string {
  return validate(record) ? '' : JSON.stringify(validate.errors);
}

const bounce: JsonRecord = {
  file: 'a.eml',
  kind: 'bounce',
  recipients: [{
    recipient: 'ann@example.com', replyCode: '550', status: '5.1.1', reason: 'userunknown', hardBounce: true, permanent: true,
    provider: 'google', action: 'suppress', diagnostic: '550 5.1.1 The email account that you tried to reach does not exist.',
  }],
};
const recipient = bounce.recipients[0]!;

describe('the schema takes', () => {
  test.each<[string, unknown]>([
    ['a decoded file', bounce],
    ['a record without its origin, as toJsonRecord() gives it alone', {kind: 'none', recipients: []}],
    ['a member of an mbox', {...bounce, message: 3}],
    ['nulls where the decoder found nothing', {kind: 'bounce', recipients: [{...recipient, recipient: null, replyCode: null, status: null, permanent: null, provider: null, diagnostic: null}]}],
    ['an input that could not be read', {file: 'gone.eml', error: 'no such file or directory'}],
    ['an mbox member that could not be decoded', {file: 'box.mbox', message: 2, error: 'decoder failed: x'}],
  ])('%s', (_name, record) => {
    expect(problems(record)).toBe('');
  });
});

describe('the schema turns away', () => {
  test.each<[string, unknown]>([
    ['a reason outside the vocabulary', {...bounce, recipients: [{...recipient, reason: 'nosuchreason'}]}],
    ['a provider it does not know', {...bounce, recipients: [{...recipient, provider: 'example'}]}],
    ['an action it does not know', {...bounce, recipients: [{...recipient, action: 'panic'}]}],
    ['a status that is not x.y.z', {...bounce, recipients: [{...recipient, status: '5.1'}]}],
    ['a reply code that is not three digits', {...bounce, recipients: [{...recipient, replyCode: '55'}]}],
    ['a recipient without its reason', {...bounce, recipients: [{...recipient, reason: undefined}]}],
    ['a field it does not define', {...bounce, extra: 1}],
    ['an unknown kind', {...bounce, kind: 'bounced'}],
    ['a message number of 0', {...bounce, message: 0}],
    ['an error without its file', {error: 'no such file or directory'}],
    ['an error with recipients', {file: 'a.eml', error: 'x', recipients: []}],
  ])('%s', (_name, record) => {
    expect(problems(record)).not.toBe('');
  });
});

describe('the schema lists the code\'s own ids', () => {
  const recipientFields = schema.$defs['recipient']!.properties;
  test('reasons', () => {
    expect(recipientFields['reason']!.enum).toEqual([...reasonIds]);
  });
  test('providers', () => {
    expect(recipientFields['provider']!.anyOf![0]!.enum).toEqual([...providerIds]);
  });
  test('actions: every action a reason can suggest', () => {
    const suggested = new Set(Object.values(reasonRules).flatMap((rule) => [rule.action.id, ...(rule.temporaryAction ? [rule.temporaryAction.id] : [])]));
    const listed = new Set(recipientFields['action']!.enum);
    expect([...suggested].filter((id) => !listed.has(id))).toEqual([]);
  });
});

describe('what the decoder gives validates', () => {
  const corpus = path.join(root, 'test', 'corpus', 'eml');
  let files: string[] = [];
  beforeAll(() => {
    files = readdirSync(corpus, {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile() && entry.name.endsWith('.eml'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  });

  test('every email of test/corpus, in the JSON form', async () => {
    expect(files.length).toBeGreaterThan(600);
    const invalid: string[] = [];
    for (const file of files) {
      const why = problems(JSON.parse(JSON.stringify(toJsonRecord(await decode(readFileSync(file)), {file: path.relative(root, file)}))));
      if (why !== '') invalid.push(`${path.relative(root, file)}: ${why}`);
    }
    expect(invalid).toEqual([]);
  }, 60_000);

  test.each([
    ['a reply pasted alone', '550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown'],
    ['a delay line', 'Mar  3 10:20:11 mx postfix/smtp[123]: ABC: to=<bo@example.org>, relay=mx.example.org[192.0.2.7]:25, status=deferred (host said: 451 4.7.1 Try again later)'],
    ['text that is no notice', 'Lunch at noon?'],
  ])('%s', (_name, text) => {
    expect(problems(toJsonRecord(decodeText(text)))).toBe('');
  });
});

describe('the tables a caller reads', () => {
  test('name every reason and provider by its id, without the maintainers\' fields', () => {
    expect(Object.keys(reasons).sort()).toEqual([...reasonIds].sort());
    expect(Object.keys(providers).sort()).toEqual([...providerIds].sort());
    for (const reason of Object.values(reasons)) expect(Object.keys(reason)).not.toContain('phrases');
  });
});

describe('README.md\'s field table', () => {
  test('names exactly the fields the schema defines', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('The JSON record, field by field'), readme.indexOf('**What stays stable.**'));
    const named = [...table.matchAll(/^\| `([\w[\].]+)` \|/gm)].map((match) => match[1]!).sort();
    const defined = [
      ...new Set([...Object.keys(schema.$defs['decoded']!.properties), ...Object.keys(schema.$defs['unreadable']!.properties)]),
      ...Object.keys(schema.$defs['recipient']!.properties).map((field) => `recipients[].${field}`),
    ].sort();
    expect(named).toEqual(defined);
  });
});
