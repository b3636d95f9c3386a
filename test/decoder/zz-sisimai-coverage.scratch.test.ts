// Scratch: Sisimai reason phrase coverage. Delete after use.
import {readFileSync, writeFileSync} from 'node:fs';
import {test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const ours: Record<string, string[]> = {emailtoolarge: ['mesgtoobig'], ratelimited: ['speeding', 'toomanyconn']};
const temporary = new Set(['toomanyconn', 'speeding', 'ratelimited', 'systemfull', 'expired', 'networkerror']);

test('sisimai coverage', async () => {
  const data = JSON.parse(readFileSync('/work/notes-tmp/sisimai-phrases.json', 'utf8')) as Record<string, string[]>;
  const rows = [];
  const summary: Record<string, {matched: number; total: number}> = {};
  for (const [sisimai, phrases] of Object.entries(data)) {
    const want = ours[sisimai] ?? [sisimai];
    summary[sisimai] = {matched: 0, total: 0};
    for (const phrase of phrases) {
      const text = `${temporary.has(sisimai) ? '450' : '550'} ${phrase.trim()}`;
      const result = (await decode(text)) as any;
      const r = result.recipients?.[0];
      const got = r?.reason?.id ?? `(none:${result.kind})`;
      const ev = (r?.evidence ?? []).filter((e: any) => e.about === 'reason').map((e: any) => e.text).join(' | ');
      const ok = want.includes(got);
      summary[sisimai].total++;
      if (ok) summary[sisimai].matched++;
      rows.push({sisimai, phrase, text, got, ok, ev});
    }
  }
  writeFileSync('/work/notes-tmp/sisimai-results.json', JSON.stringify({summary, rows}, null, 1));
  console.log(JSON.stringify(summary));
});
