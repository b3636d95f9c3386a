// A service's payload as a language printed it for a person, pasted from a log: PHP's print_r and
// var_dump of the decoded JSON (json_decode's objects are stdClass, its lists arrays) and Ruby's
// inspect of the parsed hash, in the formats their manuals give. Generated from every service's
// documented events around the reply pool (webhook-templates.ts): each must read as its JSON does.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {kindWithoutRetryField, projected as project, webhookCases as cases, webhookTemplates as templates} from './webhook-templates.ts';

/** print_r (Zend's print_hash): "Array" or "stdClass Object", "(" indented, "[key] => value" four spaces deeper, ")" and a blank line. */
function printR(value: unknown, indent = 0): string {
  if (value === null || value === false) return '';
  if (value === true) return '1';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value !== 'object') return '';
  const pad = ' '.repeat(indent);
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  const lines = entries.map(([key, item]) => `${pad}    [${key}] => ${printR(item, indent + 8)}\n`);
  return `${Array.isArray(value) ? 'Array' : 'stdClass Object'}\n${pad}(\n${lines.join('')}${pad})\n`;
}

/** var_dump: 'array(<n>) {' or 'object(stdClass)#<id> (<n>) {', '["key"]=>' and the value two spaces deeper, '}'. */
function varDump(value: unknown, indent = 0, ids = {next: 1}): string {
  const pad = ' '.repeat(indent);
  if (value === null) return `${pad}NULL\n`;
  if (typeof value === 'boolean') return `${pad}bool(${value})\n`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${pad}int(${value})\n` : `${pad}float(${value})\n`;
  if (typeof value === 'string') return `${pad}string(${Buffer.byteLength(value)}) "${value}"\n`;
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value as object);
  const opening = Array.isArray(value) ? `array(${entries.length}) {` : `object(stdClass)#${ids.next++} (${entries.length}) {`;
  const body = entries.map(([key, item]) => `${pad}  [${typeof key === 'number' ? key : `"${key}"`}]=>\n${varDump(item, indent + 2, ids)}`).join('');
  return `${pad}${opening}\n${body}${pad}}\n`;
}

/** Ruby's Hash#inspect before 3.4: '{"key"=>"value", "n"=>1, "none"=>nil}', strings escaped as JSON escapes them. */
function rubyInspect(value: unknown): string {
  if (value === null) return 'nil';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  return `{${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}=>${rubyInspect(item)}`).join(', ')}}`;
}

/**
 * Python's repr (print() of a dict): strings in single quotes unless they hold one and no double
 * quote, backslash and quote escaped, True, False, None; Python 2 prefixes each string with "u".
 */
function pythonRepr(value: unknown, prefix: '' | 'u'): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const quote = value.includes('\'') && !value.includes('"') ? '"' : '\'';
    const escaped = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll(quote, `\\${quote}`);
    return `${prefix}${quote}${escaped}${quote}`;
  }
  if (Array.isArray(value)) return `[${value.map((item) => pythonRepr(item, prefix)).join(', ')}]`;
  return `{${Object.entries(value as object).map(([key, item]) => `${pythonRepr(key, prefix)}: ${pythonRepr(item, prefix)}`).join(', ')}}`;
}

const printers = [
  ['print_r', (payload: unknown) => `Response from the webhook:\n${printR(payload)}`],
  ['var_dump', (payload: unknown) => `$event = ${varDump(payload)}`],
  ['Ruby inspect', (payload: unknown) => `Parameters: ${rubyInspect(payload)}`],
  ['Python 3 repr', (payload: unknown) => pythonRepr(payload, '')],
  ['Python 2 repr', (payload: unknown) => pythonRepr(payload, 'u')],
] as const;

const generated = templates.flatMap((template) => cases.filter((item) => item.service === template.id && item.name.includes('| posted |')).slice(0, 6)
  .flatMap((item) => printers.map(([printer, print]) => {
    // print_r prints false as nothing: a "no next attempt" it printed is lost.
    return {...item, name: `${printer} | ${item.name}`, input: print(JSON.parse(item.input)), kind: printer === 'print_r' ? kindWithoutRetryField(template, item) : item.kind};
  })));

describe('generated: a service\'s event printed by PHP, Ruby or Python reads as its JSON does', () => {
  test.each(generated)('$name', async (item) => {
    const want = {kind: item.kind, recipients: item.recipients.map((recipient) => ({...recipient, reason: recipient.reason}))};
    expect(project(await decode(item.input), item)).toEqual(want);
  });
});

describe('a printed value that is no service\'s event is no notice', () => {
  test.each([
    ['a print_r of a configuration', 'Array\n(\n    [host] => smtp.example.org\n    [port] => 587\n    [user] => bob@example.org\n)\n'],
    ['a var_dump of a form', 'array(2) {\n  ["email"]=>\n  string(15) "bob@example.org"\n  ["name"]=>\n  string(3) "Bob"\n}\n'],
    ['a Ruby hash of a sign-up', 'Parameters: {"user"=>{"email"=>"bob@example.org", "name"=>"Bob"}, "commit"=>"Sign up"}'],
    ['arrows in prose', 'Settings => Mail => Outgoing: bob@example.org'],
    ['a Python dict of a sign-up', "{'user': {'email': 'bob@example.org', 'name': \"Bob O'Hara\"}, 'confirmed': False}"],
    ['braces and quotes in prose', "{see 'Settings'} and write to 'bob@example.org'"],
  ])('%s', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

// Mandrill's send API result as PHP prints it when a send fails (POST /messages/send's SendResult,
// one per recipient): Mandrill's own refusal, by its rejection's reason.
describe('Mandrill\'s send result printed by PHP', () => {
  const results = (status: string, reason: string | null) => [{email: 'bob@example.org', status, _id: 'abc123def456', reject_reason: reason}];
  test.each([
    ['rejected, unsigned', 'rejected', 'unsigned', 'bounce', 'authfailure'],
    ['rejected, hard-bounce', 'rejected', 'hard-bounce', 'bounce', 'suppressed'],
    ['sent', 'sent', null, 'none', undefined],
  ] as const)('%s', async (_name, status, reason, kind, reasonId) => {
    for (const printed of [printR(results(status, reason)), varDump(results(status, reason))]) {
      const result = await decode(`Below is the response :\n${printed}`);
      expect([result.kind, result.recipients[0]?.reason.id, result.recipients[0]?.provider?.id]).toEqual([kind, reasonId, reasonId === undefined ? undefined : 'mandrill']);
    }
  });
});
