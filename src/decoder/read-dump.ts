/**
 * A service's payload as a programming language printed it for a person to read: PHP's print_r
 * and var_dump, Ruby's inspect of a hash and Python's repr of a dict. Developers paste these from
 * their logs; the value is the same payload its JSON would be, and is read back into one, so that
 * the services' shapes (`read-webhook.ts`) read it as they read the JSON.
 */
import {parseJsonText} from './read-input.ts';

/** How much of a text is read for a printed value: a service's event is a few kilobytes. */
const maxPrintedLength = 64 * 1024;
/** The most lines read, and the deepest nesting followed: a payload is a few levels deep. */
const maxPrintedLines = 5000;
const maxDepth = 64;

type Entries = [key: string, value: unknown][];

/** A printed array's or object's entries as a value: a list when its keys are 0, 1, 2, ... in order, as PHP numbers a list. */
function valueOf(entries: Entries): unknown {
  if (entries.length > 0 && entries.every(([key], index) => key === String(index))) return entries.map(([, value]) => value);
  // Object.fromEntries defines each key as the object's own, "__proto__" too: no prototype is set from a key.
  return Object.fromEntries(entries);
}

/** A property's name without the visibility PHP prints after it ("secret:protected", "id:App\\Model:private"). */
function propertyName(key: string): string {
  return key.replace(/:(?:protected|[^:]{1,200}:private)$/, '');
}

/**
 * print_r (PHP manual, print_r; Zend's print_hash): "Array" or "<Class> Object", then "(" on a line
 * of its own, one "[key] => value" line per entry (a nested array or object opening on its line),
 * and ")". Scalars are printed bare: a string as itself, true as 1, false and null as nothing.
 */
const printRContainer = /^(?:Array|[A-Za-z_\\][\w\\]{0,200} Object)$/;
const printREntry = /^[ \t]*\[([^\]\n]{0,200})\] =>(?: (.*))?$/;
/** Where a dump starts: its container's line, or an entry's when a selection left the top-level "Array" out. */
const printROpening = /^(?:[ \t]*\[[^\]\n]{0,200}\] => )?(?:Array|[A-Za-z_\\][\w\\]{0,200} Object)[ \t]*\n[ \t]*\(/m;

function readPrintR(text: string): unknown {
  const opening = printROpening.exec(text);
  if (opening === null) return undefined;
  const stack: Entries[] = [];
  let root: Entries | undefined;
  // The entry whose container opens with the next "(" (the top-level one has no parent).
  let pending: {readonly parent?: Entries; readonly key?: string} | undefined;
  let lastString: {readonly entries: Entries; readonly index: number} | undefined;
  for (const line of text.slice(opening.index).split('\n', maxPrintedLines)) {
    const trimmed = line.trim();
    if (pending !== undefined && trimmed === '(') {
      if (stack.length >= maxDepth) return undefined;
      const entries: Entries = [];
      if (pending.parent === undefined) root = entries;
      else pending.parent.push([propertyName(pending.key!), entries]);
      stack.push(entries);
      pending = undefined;
      lastString = undefined;
      continue;
    }
    if (trimmed === ')' && pending === undefined && stack.length > 0) {
      stack.pop();
      lastString = undefined;
      if (stack.length === 0) break;
      continue;
    }
    const entry = printREntry.exec(line);
    if (entry !== null) {
      if (stack.length === 0) {
        // Entries of a top level whose own lines were left out: they are its entries.
        if (root !== undefined) break;
        root = [];
        stack.push(root);
      }
      const top = stack.at(-1)!;
      const value = entry[2] ?? '';
      if (printRContainer.test(value.trim())) {
        pending = {parent: top, key: entry[1]!};
        lastString = undefined;
      } else {
        lastString = {entries: top, index: top.push([propertyName(entry[1]!), value]) - 1};
      }
      continue;
    }
    if (root === undefined && pending === undefined && printRContainer.test(trimmed)) {
      pending = {};
      continue;
    }
    // A string value's own line breaks: its next lines go on with it.
    if (lastString !== undefined && trimmed !== '') {
      const [key, value] = lastString.entries[lastString.index]!;
      lastString.entries[lastString.index] = [key, `${value as string}\n${line}`];
    }
  }
  return root === undefined ? undefined : toValue(root);
}

/** A tree of printed entries as the value it prints. */
function toValue(entries: Entries): unknown {
  return valueOf(entries.map(([key, value]) => [key, Array.isArray(value) ? toValue(value as Entries) : value]));
}

/**
 * var_dump (PHP manual, var_dump): "array(<n>) {" or "object(<Class>)#<id> (<n>) {", then per entry
 * '["key"]=>' (or "[0]=>") on its line and the value on the next, and "}". Scalars carry their
 * type: 'string(<bytes>) "..."', "int(5)", "float(1.5)", "bool(true)", "NULL".
 */
const varDumpOpening = /(?:array\(\d{1,9}\)|object\([^()\n]{1,200}\)#\d{1,9} \(\d{1,9}\)) \{[ \t]*$/m;
const varDumpKey = /^[ \t]*\[(?:"([^\n]{0,200}?)"|(-?\d{1,19}))(?::[^\]\n]{0,200})?\]=>[ \t]*$/;
const varDumpContainer = /^[ \t]*(?:array\(\d{1,9}\)|object\([^()\n]{1,200}\)#\d{1,9} \(\d{1,9}\)) \{[ \t]*$/;
const varDumpScalar = /^[ \t]*(?:string\(\d{1,9}\) "(.*)"|int\((-?\d{1,20})\)|float\(([^()\n]{1,40})\)|bool\((true|false)\)|(NULL))[ \t]*$/;
const varDumpStringStart = /^[ \t]*string\(\d{1,9}\) "(.*)$/;

function readVarDump(text: string): unknown {
  const opening = varDumpOpening.exec(text);
  if (opening === null) return undefined;
  const lines = text.slice(opening.index).split('\n', maxPrintedLines);
  const root: Entries = [];
  const stack: Entries[] = [root];
  let key: string | undefined;
  // A string whose value runs over lines: its text so far, until a line that ends with its quote.
  let openString: string | undefined;
  for (const line of lines.slice(1)) {
    const top = stack.at(-1)!;
    if (openString !== undefined) {
      if (line.endsWith('"')) {
        top.push([key!, `${openString}\n${line.slice(0, -1)}`]);
        openString = undefined;
        key = undefined;
      } else {
        openString = `${openString}\n${line}`;
      }
      continue;
    }
    if (line.trim() === '') continue;
    if (key === undefined) {
      if (/^[ \t]*\}[ \t]*$/.test(line)) {
        stack.pop();
        if (stack.length === 0) break;
        continue;
      }
      const named = varDumpKey.exec(line);
      // What a selection cut or a log wrote after the dump ends it.
      if (named === null) break;
      key = propertyName(named[1] ?? named[2]!);
      continue;
    }
    if (varDumpContainer.test(line)) {
      if (stack.length >= maxDepth) return undefined;
      const entries: Entries = [];
      top.push([key, entries]);
      stack.push(entries);
      key = undefined;
      continue;
    }
    const scalar = varDumpScalar.exec(line);
    if (scalar !== null) {
      const [, text, integer, float, bool] = scalar;
      top.push([key, text ?? (integer !== undefined ? Number(integer) : float !== undefined ? Number(float) : bool !== undefined ? bool === 'true' : null)]);
      key = undefined;
      continue;
    }
    const started = varDumpStringStart.exec(line);
    if (started === null) break;
    openString = started[1]!;
  }
  return toValue(root);
}

/**
 * Ruby's inspect of a hash (Hash#inspect): '{"key"=>"value", :symbol=>1, "none"=>nil}', or since
 * Ruby 3.4 '{"key" => "value", symbol: 1}'. Its strings are written as JSON writes them; outside
 * them, "=>" is a colon, a symbol key a string, and nil is null.
 */
const rubyHashOpening = /\{(?=[ \t]*(?:"|:[A-Za-z_]))/;

/** A printed value read back, and the index in the text after its closing bracket. */
interface PrintedValue {
  readonly value: unknown;
  readonly end: number;
}

function readRubyHash(text: string): PrintedValue | undefined {
  const opening = rubyHashOpening.exec(text);
  if (opening === null) return undefined;
  const source = text.slice(opening.index);
  let json = '';
  let depth = 0;
  for (let at = 0; at < source.length; at++) {
    const character = source[at]!;
    if (character === '"') {
      // A string as it stands, its escapes kept: it ends at the first quote no backslash escapes.
      let end = at + 1;
      while (end < source.length && source[end] !== '"') end += source[end] === '\\' ? 2 : 1;
      // A line break a reader put in it (a long line re-lined at its reply) is escaped, as JSON writes one.
      json += source.slice(at, end + 1).replaceAll('\n', '\\n');
      at = end;
      continue;
    }
    if (character === '=' && source[at + 1] === '>') {
      json += ':';
      at++;
      continue;
    }
    if (character === ':' && /[A-Za-z_]/.test(source[at + 1] ?? '') && /[{,\s]/.test(json.at(-1) ?? '')) {
      // A symbol key (":event=>") is the string of its name.
      const name = /^[A-Za-z_]\w{0,200}[?!]?/.exec(source.slice(at + 1))![0];
      json += JSON.stringify(name);
      at += name.length;
      continue;
    }
    if (source.startsWith('nil', at) && !/\w/.test(source[at + 3] ?? '') && !/\w/.test(json.at(-1) ?? '')) {
      json += 'null';
      at += 2;
      continue;
    }
    if (character === '{' || character === '[') depth++;
    if (character === '}' || character === ']') depth--;
    json += character;
    if (depth === 0) return valueEndingAt(json, opening.index + at + 1);
  }
  return undefined;
}

/** The value of the JSON a printed value was rewritten into, ending at `end` of its text. */
function valueEndingAt(json: string, end: number): PrintedValue | undefined {
  const value = parseJsonText(json);
  return value === undefined ? undefined : {value, end};
}

/**
 * Python's repr of a dict or a list of them, as print() writes it (Python Language Reference,
 * "String and Bytes literals"; the repr of dict, list, tuple, str, bool and None): "{'key':
 * 'value', 'n': 1, 'ok': True, 'none': None}", its strings in single quotes unless they hold one and no double quote,
 * prefixed "u" by Python 2 (boto's SES notifications printed from a queue: "{u'notificationType':
 * u'Bounce', ...}"), tuples in parentheses. Read back into the JSON it stands for.
 */
const pythonDictOpening = /(?:\[[ \t\r\n]{0,40})?\{(?=[ \t\r\n]*[ub]?['"])/;

/** Python's one-character escapes, as JSON writes the character; the others are read by their code. */
const pythonEscapes: Readonly<Record<string, string>> = {'\\': '\\\\', '\'': '\'', '"': '\\"', 'n': '\\n', 'r': '\\r', 't': '\\t', 'b': '\\b', 'f': '\\f', 'a': '\\u0007', 'v': '\\u000b', '0': '\\u0000'};

/** The Python string literal whose quote stands at `at`, as a JSON string, and the index after its closing quote. */
function pythonString(source: string, at: number): {json: string; end: number} | undefined {
  const quote = source[at]!;
  let json = '"';
  let index = at + 1;
  while (index < source.length && source[index] !== quote) {
    const character = source[index]!;
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      const code = next === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(index + 2, index + 4))?.[0]
        : next === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(index + 2, index + 6))?.[0] : undefined;
      if (code !== undefined) {
        json += `\\u${code.padStart(4, '0')}`;
        index += 2 + code.length;
        continue;
      }
      json += pythonEscapes[next] ?? next;
      index += 2;
      continue;
    }
    if (character === '\n') return undefined;
    json += character === '"' ? '\\"' : character;
    index++;
  }
  return index < source.length ? {json: `${json}"`, end: index + 1} : undefined;
}

function readPythonDict(text: string): PrintedValue | undefined {
  const opening = pythonDictOpening.exec(text);
  if (opening === null) return undefined;
  const source = text.slice(opening.index);
  let json = '';
  let depth = 0;
  // A comma and the blanks after it, written once what follows is known: before a closing bracket
  // (a one-item tuple's "(1,)", a trailing comma) they go, as JSON has none there. Held, not taken
  // back from the JSON written, so that each character is handled once.
  let held = '';
  for (let at = 0; at < source.length; at++) {
    const character = source[at]!;
    if (held !== '') {
      if (/\s/.test(character)) {
        held += character;
        continue;
      }
      if (character !== ')' && character !== ']' && character !== '}') json += held;
      held = '';
    }
    if (character === ',') {
      held = ',';
      continue;
    }
    // A string's prefix ("u'", "b'") where a value or a key starts.
    const prefixed = (character === 'u' || character === 'b') && (source[at + 1] === '\'' || source[at + 1] === '"') && !/\w/.test(source[at - 1] ?? '');
    if (character === '\'' || character === '"' || prefixed) {
      const read = pythonString(source, prefixed ? at + 1 : at);
      if (read === undefined) return undefined;
      json += read.json;
      at = read.end - 1;
      continue;
    }
    const word = /^(?:True|False|None)(?!\w)/.exec(source.slice(at, at + 6))?.[0];
    if (word !== undefined && !/\w/.test(source[at - 1] ?? '')) {
      json += word === 'True' ? 'true' : word === 'False' ? 'false' : 'null';
      at += word.length - 1;
      continue;
    }
    if (character === '{' || character === '[' || character === '(') depth++;
    if (character === '}' || character === ']' || character === ')') depth--;
    if (depth > maxDepth) return undefined;
    // A tuple is a list.
    json += character === '(' ? '[' : character === ')' ? ']' : character;
    if (depth === 0) return valueEndingAt(json, opening.index + at + 1);
  }
  return undefined;
}

/**
 * The payload a text prints with PHP's print_r or var_dump, with Ruby's inspect or with Python's
 * repr, read back into the value it prints; undefined when the text holds none. Only its first
 * value is read.
 */
export function printedPayload(text: string): unknown {
  const head = text.slice(0, maxPrintedLength);
  // PHP's and Ruby's prints write "=>"; Python's quotes its keys, most in single quotes.
  if (head.includes('=>')) {
    const printed = readVarDump(head) ?? readPrintR(head) ?? readRubyHash(head)?.value;
    if (printed !== undefined) return printed;
  }
  return head.includes('{') ? readPythonDict(head)?.value : undefined;
}

/**
 * The payload a text is, printed by Ruby's inspect or Python's repr, when nothing but blanks
 * follows it: a text that goes on (the traceback under a Python exception's dict of refused
 * recipients) is a program's output that quotes a value, read as the text it is.
 */
export function wholePrintedPayload(text: string): unknown {
  if (text.length > maxPrintedLength) return undefined;
  const printed = (text.includes('=>') ? readRubyHash(text) : undefined) ?? readPythonDict(text);
  return printed !== undefined && text.slice(printed.end).trim() === '' ? printed.value : undefined;
}
