#!/usr/bin/env node
// Scores the decoder on a corpus laid out like test/corpus: eml/{bsd,dos,mac,err,not}/*.eml and
// expected.json. Prints per-recipient agreement, the share of emails fully right, crashes, speed,
// and every disagreement so it can be studied. Then, as pasted: each labelled email's body as a
// webmail shows it (its text part, else its HTML as text), decoded alone, against the whole email's
// own decoding: whether the text still says the same kind and names the same providers.
//
//   npm run eval -- [DIR] [--check] [--quiet]
//     DIR      the corpus; test/corpus (in the repository) when left out
//     --check  exit 1 when a score falls below scripts/eval-floors.json (the ratchet CI holds)
//     --quiet  print the scores only, not the disagreements
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import PostalMime from 'postal-mime';
import {bundleSource, importBundle, loadDecoder} from './lib/load-decoder.mjs';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('../test/corpus', import.meta.url));
if (!existsSync(join(dir, 'expected.json'))) {
  console.error(`usage: npm run eval -- [DIR] [--check] [--quiet]   (DIR holds expected.json and eml/; ${dir} does not)`);
  process.exit(2);
}
const check = args.includes('--check');
const quiet = args.includes('--quiet');
const {decode, decodeText} = await loadDecoder();
/** @type {typeof import('../src/decoder/read-input.ts')} */
const {htmlToText} = await importBundle(await bundleSource('src/decoder/read-input.ts', 'read-input'));

/**
 * Codes like 5.0.911 (and 5.9.340 in the reference tool's newer versions: the registry has no
 * subject 9) are its stand-ins for "no code shown": not scored.
 */
const isRealStatus = (status) => status !== '' && !/^\d\.0\.9\d\d$/.test(status) && !/^\d\.9\.\d{1,3}$/.test(status);
/**
 * Reasons the reference tool's newer versions renamed or merged, by their names here: its
 * "emailtoolarge" was "mesgtoobig"; "ratelimited" took in "speeding" and "toomanyconn".
 */
const renamedReasons = new Map([['emailtoolarge', ['mesgtoobig']], ['ratelimited', ['speeding', 'toomanyconn']]]);

const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const totals = {status: [0, 0], replyCode: [0, 0], reason: [0, 0], hardBounce: [0, 0], emails: [0, 0]};
/** The same counts per family of the labels (`module`: the mail server or service that wrote the email). */
const byFamily = new Map();
const familyTotals = (module) => {
  if (!byFamily.has(module)) byFamily.set(module, {status: [0, 0], replyCode: [0, 0], reason: [0, 0], hardBounce: [0, 0], emails: [0, 0]});
  return byFamily.get(module);
};
const disagreements = [];
let crashes = 0;
let decoded = 0;
let bytes = 0;
const started = performance.now();

/** What each file decoded to, for the dos/mac copies to be compared with, without decoding it again. */
const results = new Map();
/** Each email's bytes, read once: the labelled ones' bodies are read again as pasted below. */
const contents = new Map();

async function decodeFile(file) {
  const content = readFileSync(join(dir, file));
  contents.set(file, content);
  bytes += content.length;
  decoded++;
  try {
    const result = await decode(new Uint8Array(content));
    results.set(file, result);
    return result;
  } catch (error) {
    crashes++;
    disagreements.push(`${file}: CRASH ${error?.stack ?? error}`);
    return undefined;
  }
}

for (const entry of expected) {
  const result = await decodeFile(entry.file);
  const got = result?.recipients ?? [];
  const family = familyTotals(entry.module.replace(/^lhost-/, ''));
  let allRight = got.length === entry.recipients.length;
  entry.recipients.forEach((want, index) => {
    const have = got[index];
    const fields = {
      status: [isRealStatus(want.status), want.status, have?.status?.code ?? ''],
      replyCode: [want.replyCode !== '', want.replyCode, have?.replyCode?.code ?? ''],
      reason: [true, want.reason, have?.reason.id ?? '(none)'],
      hardBounce: [true, want.hardBounce, have?.hardBounce ?? '(none)'],
    };
    const wrong = [];
    for (const [name, [scored, wanted, found]] of Object.entries(fields)) {
      if (!scored) continue;
      totals[name][1]++;
      family[name][1]++;
      if (wanted === found || (name === 'reason' && renamedReasons.get(wanted)?.includes(found) === true)) {
        totals[name][0]++;
        family[name][0]++;
      }
      else wrong.push(`${name} ${JSON.stringify(found)} want ${JSON.stringify(wanted)}`);
    }
    if (wrong.length > 0) {
      allRight = false;
      disagreements.push(`${entry.file}#${index} [${have?.recipient ?? '-'}]: ${wrong.join(', ')} | ${(have?.diagnostic ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  });
  if (got.length !== entry.recipients.length) {
    disagreements.push(`${entry.file}: ${got.length} recipients, want ${entry.recipients.length}`);
  }
  totals.emails[1]++;
  family.emails[1]++;
  if (allRight) {
    totals.emails[0]++;
    family.emails[0]++;
  }
}

// Every other email must decode without a crash; dos/ and mac/ copies exactly like their bsd twins.
const twinsDiffer = [];
let twins = 0;
const expectedFiles = new Set(expected.map((entry) => entry.file));
for (const sub of ['bsd', 'dos', 'mac', 'err', 'not']) {
  const subDir = join(dir, 'eml', sub);
  if (!existsSync(subDir)) continue;
  for (const name of readdirSync(subDir).sort()) {
    const file = `eml/${sub}/${name}`;
    if (sub === 'bsd' && expectedFiles.has(file)) continue;
    const result = await decodeFile(file);
    if ((sub === 'dos' || sub === 'mac') && result && existsSync(join(dir, 'eml', 'bsd', name))) {
      twins++;
      const twinFile = `eml/bsd/${name}`;
      const twin = results.get(twinFile) ?? await decode(new Uint8Array(readFileSync(join(dir, twinFile))));
      const strip = (value) => JSON.stringify(value, (key, item) => (key === 'diagnostic' || key === 'text' ? undefined : item));
      if (strip(twin) !== strip(result)) twinsDiffer.push(file);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

// As pasted: what a person copies from a webmail's view of the email (the body its text part or
// its HTML shows; headers and the report's parts are not on screen), decoded as text. The whole
// email's decoding is the reference: the text alone should say the same kind and name the same
// providers where its words hold them. Emails whose body shows no text are left out.
const asPasted = {kind: [0, 0], provider: [0, 0]};
const pastedDisagreements = [];
/** The providers a decoding names, one per recipient ("-" for none), as a set. */
const providersOf = (result) => [...new Set(result.recipients.map((recipient) => recipient.provider?.id ?? '-'))].sort().join(',');
for (const entry of expected) {
  const whole = results.get(entry.file);
  if (whole === undefined || whole.kind === 'none') continue;
  let shown = '';
  try {
    const mail = await PostalMime.parse(contents.get(entry.file));
    shown = mail.text !== undefined && mail.text.trim() !== '' ? mail.text : htmlToText(mail.html ?? '');
  } catch {
    // A message the MIME parser cannot read shows nothing to copy.
  }
  if (shown.trim() === '') continue;
  const pasted = decodeText(shown);
  asPasted.kind[1]++;
  asPasted.provider[1]++;
  if (pasted.kind === whole.kind) asPasted.kind[0]++;
  else pastedDisagreements.push(`${entry.file}: as pasted, kind ${pasted.kind} want ${whole.kind}`);
  if (providersOf(pasted) === providersOf(whole)) asPasted.provider[0]++;
  else pastedDisagreements.push(`${entry.file}: as pasted, providers ${providersOf(pasted)} want ${providersOf(whole)}`);
}

if (!quiet) {
  const cell = ([right, all]) => (all === 0 ? '     -' : `${right}/${all}`.padStart(6));
  console.log(`${'family'.padEnd(22)} ${['status', 'reply', 'reason', 'hard', 'emails'].map((name) => name.padStart(6)).join(' ')}`);
  for (const [module, counts] of [...byFamily].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${module.padEnd(22)} ${[counts.status, counts.replyCode, counts.reason, counts.hardBounce, counts.emails].map(cell).join(' ')}`);
  }
  console.log('');
  for (const line of disagreements) console.log(line);
  for (const file of twinsDiffer) console.log(`${file}: decoded differently from its bsd twin`);
  for (const line of pastedDisagreements) console.log(line);
  console.log('');
}
const percent = ([right, all]) => (all === 0 ? 100 : (100 * right) / all);
const scores = {
  status: percent(totals.status),
  replyCode: percent(totals.replyCode),
  reason: percent(totals.reason),
  hardBounce: percent(totals.hardBounce),
  emailsFullyRight: percent(totals.emails),
  pastedKind: percent(asPasted.kind),
  pastedProvider: percent(asPasted.provider),
};
const countsOf = {...totals, emailsFullyRight: totals.emails, pastedKind: asPasted.kind, pastedProvider: asPasted.provider};
for (const [name, value] of Object.entries(scores)) {
  const [right, all] = countsOf[name];
  console.log(`${name.padEnd(17)} ${value.toFixed(1).padStart(5)}%  (${right}/${all})`);
}
console.log(`crashes           ${crashes}`);
console.log(`twins differing   ${twinsDiffer.length} of ${twins} dos/mac copies`);
console.log(`speed             ${(decoded / seconds).toFixed(0)} emails/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (${decoded} emails in process)`);

if (check) {
  const floors = JSON.parse(readFileSync(new URL('./eval-floors.json', import.meta.url), 'utf8'));
  const failures = Object.entries(floors.scores).filter(([name, floor]) => scores[name] < floor)
    .map(([name, floor]) => `${name} ${scores[name].toFixed(1)}% < floor ${floor}%`);
  if (crashes > 0) failures.push(`${crashes} crashes`);
  if (twinsDiffer.length > 0) failures.push(`${twinsDiffer.length} dos/mac copies decode differently`);
  if (failures.length > 0) {
    console.log(`FAIL: ${failures.join('; ')}`);
    process.exit(1);
  }
  console.log('eval floors hold');
}
