import {readdirSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {foldTypography} from '../../src/decoder/match-text.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {noticeLanguages, type MtaFamily, type NoticeLanguage} from '../../src/rules/types.ts';

/** The fields of a family that hold template texts. */
const textFields = [
  'senders', 'subjects', 'headers', 'recipientHeaders', 'bodyMarkers', 'writerMarkers', 'recipientLeadIns', 'recipientHeadings', 'delivered',
  'replyIntroductions', 'permanent', 'temporary', 'stages', 'originalMessageMarkers',
] as const satisfies readonly (keyof MtaFamily)[];

const rows = mtaFamilies.flatMap((family) => textFields.flatMap((field) => ((family[field] ?? [])).map((row) => ({family: family.id, field, row}))));

describe('src/rules/mta', () => {
  test('lists every family file once, and each file\'s id is its name', () => {
    const files = readdirSync(new URL('../../src/rules/mta/', import.meta.url)).filter((file) => file !== 'index.ts').map((file) => file.replace(/\.ts$/, ''));
    expect(mtaFamilies.map((family) => family.id).sort()).toEqual(files.sort());
  });

  // A text may keep one space at an end: it stands for the word boundary there ("after ehlo ").
  test('every text is lower-case, folded and cited', () => {
    const bad = rows.filter(({row}) => row.text !== row.text.toLowerCase() || /\s{2,}|[\t\n]/.test(row.text)
      || row.text.trim().length < 2 || row.source.trim().length < 10);
    expect(bad).toEqual([]);
  });

  // The decoder folds a notice's typography (no-break spaces, typographic apostrophes, full-width
  // colons, decomposed accents) before it reads it: a text written otherwise would never match.
  test('every text is in the plain typography notices are folded to', () => {
    expect(rows.filter(({row}) => row.text !== foldTypography(row.text))).toEqual([]);
  });

  test('no family lists a text twice in one field', () => {
    const seen = new Set<string>();
    const twice = rows.filter(({family, field, row}) => {
      const key = `${family} ${field} ${row.text}`;
      const repeated = seen.has(key);
      seen.add(key);
      return repeated;
    });
    expect(twice).toEqual([]);
  });

  test('no text says both permanent and still retrying', () => {
    const permanent = new Set(rows.filter(({field}) => field === 'permanent').map(({row}) => row.text));
    const temporary = rows.filter(({field}) => field === 'temporary').map(({row}) => row.text);
    expect(temporary.filter((text) => permanent.has(text))).toEqual([]);
  });

  test.each([
    ['a delay warning', 'temporary', ['# this is a warning only. you do not need to resend your message. #', 'gmail will retry for 46 more hours']],
    ['a failure notice', 'permanent', ['this is a permanent error; i\'ve given up. sorry it didn\'t work out.', 'delivery to the following recipient failed permanently:']],
  ] as const)('%s is recognised by its own words (%s)', (_name, field, samples) => {
    const texts = rows.filter((row) => row.field === field).map(({row}) => row.text);
    for (const sample of samples) expect(texts.some((text) => sample.includes(text))).toBe(true);
  });

  test.each([
    ['an ordinary message', 'hi bob, the report is attached. let me know what you think.'],
    ['a meeting invitation', 'please join the meeting on monday at 10. the agenda is below.'],
    ['an ordinary German message', 'hallo anna, der statuscode der seite ist falsch; gemeldeter fehler: die datei konnte nicht hochgeladen werden.'],
    ['an ordinary French message', 'bonjour, l\'erreur signalée : le code d\'état est inconnu. le colis n\'a pas pu être livré hier.'],
    ['an ordinary Japanese message', 'お疲れ様です。状態コード:不明。報告されたエラー:ログインできません。'],
  ])('%s holds no permanent or temporary template words', (_name, text) => {
    const words = rows.filter(({field}) => field === 'permanent' || field === 'temporary').map(({row}) => row.text);
    expect(words.filter((word) => text.includes(word))).toEqual([]);
  });
});

/** Each language's words a family must know, by field: what its notice in that language is read by. */
const localizedWords: readonly [string, NoticeLanguage, readonly (keyof MtaFamily)[]][] = [
  // Exchange Online's new-style NDR: the headline (recipient and permanence) and the reply's headings.
  ...(['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja'] as const).map((language): [string, NoticeLanguage, (keyof MtaFamily)[]] => ['exchange', language, ['permanent', 'replyIntroductions']]),
  ...(['de', 'fr'] as const).map((language): [string, NoticeLanguage, (keyof MtaFamily)[]] => ['exchange', language, ['recipientLeadIns']]),
  // Gmail's "Address not found", in the languages its wording was found in.
  ...(['de', 'fr', 'it', 'ja', 'es'] as const).map((language): [string, NoticeLanguage, (keyof MtaFamily)[]] => ['gmail', language, ['recipientLeadIns', 'replyIntroductions', 'permanent']]),
  // Coremail's notice, written in Chinese (its two-language layout adds English).
  ['coremail', 'zh', ['subjects', 'bodyMarkers', 'recipientLeadIns', 'replyIntroductions', 'permanent']],
  // QQ Mail's notice, written in Chinese.
  ['qq-mail', 'zh', ['writerMarkers', 'recipientLeadIns', 'replyIntroductions', 'permanent']],
  // Providers' own notices in their languages.
  ['yandex', 'ru', ['subjects', 'bodyMarkers', 'permanent', 'delivered']],
  ['mailru', 'ru', ['subjects', 'bodyMarkers', 'permanent']],
  ['seznam', 'cs', ['bodyMarkers', 'recipientLeadIns', 'replyIntroductions', 'permanent']],
  ['naver', 'ko', ['subjects', 'permanent']],
  ['pec', 'it', ['subjects', 'temporary']],
];

describe('localized template words', () => {
  test.each(localizedWords)('%s knows its notice in %s: %j', (id, language, fields) => {
    const family = mtaFamilies.find((candidate) => candidate.id === id)!;
    const missing = fields.filter((field) => !((family[field] ?? []) as readonly {language?: NoticeLanguage}[]).some((row) => row.language === language));
    expect(missing).toEqual([]);
  });

  test('a text with letters beyond ASCII says its language', () => {
    const unmarked = rows.filter(({row}) => /[^\P{L}a-z]/u.test(row.text) && row.language === undefined);
    expect(unmarked.map(({family, row}) => `${family}: ${row.text}`)).toEqual([]);
  });

  // A language derived from a file's name (Roundcube's locales) is one the rules list.
  test('a text\'s language is one of noticeLanguages', () => {
    const unknown = rows.filter(({row}) => row.language !== undefined && !(noticeLanguages as readonly string[]).includes(row.language));
    expect(unknown.map(({family, row}) => `${family}: ${row.language} ${row.text}`)).toEqual([]);
  });
});
