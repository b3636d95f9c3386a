import {describe, expect, test} from 'vitest';
import {foldTypography} from '../../src/decoder/match-text.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {
  type NoticeSignal, noticePhraseRows, noticePhrases, noticeSenderRows, noticeSenders, noticeSubjectRows, noticeSubjects,
  renderedOriginalMarkerRows, renderedOriginalMarkers, undeliveredStatementRows, undeliveredStatements,
} from '../../src/rules/notice-signals.ts';
import {noticeLanguages} from '../../src/rules/types.ts';

const lists = [
  ['noticeSenderRows', noticeSenderRows, noticeSenders],
  ['noticeSubjectRows', noticeSubjectRows, noticeSubjects],
  ['noticePhraseRows', noticePhraseRows, noticePhrases],
  ['renderedOriginalMarkerRows', renderedOriginalMarkerRows, renderedOriginalMarkers],
  ['undeliveredStatementRows', undeliveredStatementRows, undeliveredStatements],
] as const;

const producers = new Set([...mtaFamilies.map((family) => family.id), 'various']);

describe.each(lists)('%s', (_name, rows: readonly NoticeSignal[], texts: readonly string[]) => {
  test('is lower case and in the plain typography texts are folded to before they are matched', () => {
    expect(rows.filter(({text}) => text !== text.toLowerCase() || text !== foldTypography(text) || text.trim() === '')).toEqual([]);
  });

  test('gives each row a language, the family that writes it and a source', () => {
    expect(rows.filter((row) => !([...noticeLanguages, 'zxx'] as string[]).includes(row.language) || !producers.has(row.producer)
      || row.source.trim().length < 10)).toEqual([]);
  });

  test('holds each text once, and exports the texts as they are', () => {
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toEqual(rows.map((row) => row.text));
  });
});

describe.each([
  ['noticeSenders', noticeSenders],
  ['noticeSubjects', noticeSubjects],
  ['undeliveredStatements', undeliveredStatements],
])('%s', (_name, list: readonly string[]) => {
  test('holds none that another entry already covers', () => {
    const covered = list.filter((entry, index) => list.some((other, otherIndex) => otherIndex !== index && entry.includes(other)));
    expect(covered).toEqual([]);
  });
});

/** The extension's interface languages other than English. */
const interfaceLanguages = ['de', 'fr', 'es', 'it', 'nl', 'pt', 'ja'] as const;

describe.each(interfaceLanguages)('notice signals in %s', (language) => {
  test('an Exchange NDR\'s subject', () => {
    expect(noticeSubjectRows.filter((row) => row.language === language && row.producer === 'exchange').length).toBeGreaterThan(0);
  });

  test('an Exchange Online NDR\'s heading of the reported error', () => {
    expect(noticePhraseRows.filter((row) => row.language === language && row.producer === 'exchange').length).toBeGreaterThan(0);
  });
});

/**
 * The content script and the background recognise a notice by `noticeSenders` and `noticeSubjects`
 * alone (they load no family file), so every subject and sender a family writes its notices under
 * must be among them; a family's confirmation subject is among its `delivered` words instead.
 */
const familySignals = (field: 'subjects' | 'senders') => mtaFamilies.flatMap((family) => (family[field] ?? []).map((row) => [family.id, row.text] as const));

describe('a subject a family writes its notices under is a notice\'s subject', () => {
  test.each(familySignals('subjects'))('%s: "%s"', (_family, subject) => {
    expect(noticeSubjects.some((text) => subject.includes(text))).toBe(true);
  });
});

describe('a sender a family writes its notices from is a notice\'s sender', () => {
  test.each(familySignals('senders'))('%s: "%s"', (_family, sender) => {
    expect(noticeSenders.some((text) => sender.includes(text))).toBe(true);
  });
});

describe('subjects of other mail are no notice\'s', () => {
  test.each([
    'Re: lunch on friday',
    'Your order has shipped',
    'Письмо успешно доставлено',
    'Delivery Status Notification (Relay)'.replace('Delivery Status Notification', 'Weekly status'),
    'Meeting notes: mail server migration',
  ])('%s', (subject) => {
    expect(noticeSubjects.some((text) => subject.toLowerCase().includes(text))).toBe(false);
  });
});
