// Checks the RFC tables in src/rules against the reference facts in ../shared/reference: the same
// codes and titles, well-formed keys, no duplicates, and descriptions in our own words.

import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {replyClassMeanings, replyCodes, replySubjectMeanings} from '../../src/rules/reply-codes.ts';
import {bulkSenderRequirements, defaultRetrySchedule, mtaRetryDefaults, reasonRetryGuidance} from '../../src/rules/retry.ts';
import {statusCodes} from '../../src/rules/status-codes.ts';
import {statusClasses, statusSubjects} from '../../src/rules/status-parts.ts';
import {
  reasonOfClassSubject, statusCodeForReason, statusReasons, unregisteredStatusCodes,
} from '../../src/rules/status-reasons.ts';
import {reasonIds} from '../../src/rules/types.ts';

interface ReferenceStatusCode {
  code: string;
  title: string;
  classes: string[];
  rfc: string[];
  description: string;
}

interface ReferencePart {
  class?: string;
  subject?: string;
  title: string;
  description: string;
}

interface ReferenceReplyCodes {
  meta: {firstDigit: Record<string, string>; secondDigit: Record<string, string>};
  codes: Array<{code: string; kind: string; description: string}>;
}

interface ReferenceStatusReason {
  standard_code: Record<string, string>;
  standard_code_raw_anomalies: Record<string, string>;
}

/** Reads a file of ../shared/reference, located from this test file (project root's parent). */
function readReference<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../reference/${name}`, import.meta.url), 'utf8')) as T;
}

const referenceStatus = readReference<ReferenceStatusCode[]>('enhanced-status.json');
const referenceParts = readReference<{classes: ReferencePart[]; subjects: ReferencePart[]}>('enhanced-status-subjects.json');
const referenceReply = readReference<ReferenceReplyCodes>('reply-codes.json');
const referenceReasons = readReference<ReferenceStatusReason>('status-reason.json');

const registryCode = /^X\.[0-7]\.(?:0|[1-9]\d{0,2})$/;
const fullCode = /^[245]\.[0-7]\.(?:0|[1-9]\d{0,2})$/;
const registry = new Map(referenceStatus.map(entry => [entry.code, entry]));
const knownReasons = new Set<string>(reasonIds);

/** `5.1.1` → `X.1.1` */
const classFree = (code: string): string => `X${code.slice(code.indexOf('.'))}`;
/** Lower case, single spaces: "the same words" however they are spaced. */
const normalize = (text: string): string => text.toLowerCase().replaceAll(/\s+/g, ' ').trim();
const duplicates = (values: readonly string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

describe('code patterns', () => {
  test.each(['X.0.0', 'X.1.1', 'X.1.10', 'X.7.30', 'X.7.999'])('registryCode accepts %s', code => {
    expect(code).toMatch(registryCode);
  });
  test.each(['5.1.1', 'x.1.1', 'X.8.1', 'X.1.01', 'X.1', 'X.1.1000', ' X.1.1'])('registryCode rejects %s', code => {
    expect(code).not.toMatch(registryCode);
  });
  test.each(['2.1.5', '4.7.24', '5.1.10', '5.7.606'])('fullCode accepts %s', code => {
    expect(code).toMatch(fullCode);
  });
  test.each(['3.1.1', '1.0.0', '5.8.1', '5.1', '5.1.1 ', '550', '5.0.01'])('fullCode rejects %s', code => {
    expect(code).not.toMatch(fullCode);
  });
});

describe('statusCodes', () => {
  const codes = statusCodes.map(rule => rule.code);

  test('has exactly 81 distinct codes', () => {
    expect(codes).toHaveLength(81);
    expect(new Set(codes).size).toBe(81);
  });

  test('has the same codes as enhanced-status.json', () => {
    expect(new Set(codes)).toEqual(new Set(referenceStatus.map(entry => entry.code)));
  });

  test.each(statusCodes.map(rule => [rule.code, rule] as const))('%s is well-formed', (code, rule) => {
    expect(code).toMatch(registryCode);
    expect(rule.classes.length).toBeGreaterThan(0);
    expect(duplicates(rule.classes)).toEqual([]);
    expect(rule.source.trim()).not.toBe('');
  });

  test.each(statusCodes.map(rule => [rule.code, rule] as const))('%s keeps the registry title and classes', (code, rule) => {
    const reference = registry.get(code);
    expect(rule.title).toBe(reference?.title);
    expect([...rule.classes]).toEqual(reference?.classes);
    for (const rfc of reference?.rfc ?? []) {
      expect(rule.source).toContain(rfc);
    }
  });

  test.each(statusCodes.map(rule => [rule.code, rule.description] as const))('%s has a description in our own words', (code, description) => {
    expect(description.trim()).not.toBe('');
    expect(normalize(description)).not.toBe(normalize(registry.get(code)?.description ?? ''));
  });
});

describe('statusClasses and statusSubjects', () => {
  test('statusClasses are 2, 4 and 5 with the registry titles', () => {
    expect(statusClasses.map(part => [part.code, part.title]))
      .toEqual(referenceParts.classes.map(part => [part.class, part.title]));
  });

  test('statusSubjects are X.0 to X.7 with the registry titles', () => {
    expect(statusSubjects.map(part => [part.code, part.title]))
      .toEqual(referenceParts.subjects.map(part => [`X.${part.subject}`, part.title]));
  });

  test.each([...statusClasses, ...statusSubjects].map(part => [part.code, part.description] as const))('%s has a description in our own words', (code, description) => {
    const reference = [...referenceParts.classes, ...referenceParts.subjects]
      .find(part => part.class === code || `X.${part.subject}` === code);
    expect(description.trim()).not.toBe('');
    expect(normalize(description)).not.toBe(normalize(reference?.description ?? ''));
  });
});

describe('replyCodes', () => {
  const codes = replyCodes.map(rule => rule.code);
  const reference = new Map(referenceReply.codes.map(entry => [entry.code, entry]));

  test('has the same 40 distinct codes as reply-codes.json', () => {
    expect(codes).toHaveLength(40);
    expect(duplicates(codes)).toEqual([]);
    expect(new Set(codes)).toEqual(new Set(reference.keys()));
  });

  test.each(replyCodes.map(rule => [rule.code, rule] as const))('%s is well-formed and in our own words', (code, rule) => {
    expect(code).toMatch(/^[2-5][0-5]\d$/);
    expect(rule.kind).toBe(reference.get(code)?.kind === 'core' ? 'core' : 'extension');
    expect(rule.meaning.trim()).not.toBe('');
    expect(normalize(rule.meaning)).not.toBe(normalize(reference.get(code)?.description ?? ''));
  });

  test.each(['199', '600', '5.1.1', '55'])('has no code %s', code => {
    expect(codes).not.toContain(code);
  });

  test('replyClassMeanings covers the first digits 2 to 5 in our own words', () => {
    expect(Object.keys(replyClassMeanings).sort()).toEqual(Object.keys(referenceReply.meta.firstDigit).sort());
    for (const [digit, meaning] of Object.entries(replyClassMeanings)) {
      expect(normalize(meaning)).not.toBe(normalize(referenceReply.meta.firstDigit[digit] ?? ''));
    }
  });

  test('replySubjectMeanings covers the second digits 0 to 5', () => {
    expect(Object.keys(replySubjectMeanings).sort()).toEqual(Object.keys(referenceReply.meta.secondDigit).sort());
  });
});

describe('statusReasons', () => {
  const entries = Object.entries(statusReasons);

  test.each(entries)('%s is a well-formed code with a known reason', (code, reason) => {
    expect(code).toMatch(fullCode);
    expect(knownReasons.has(reason)).toBe(true);
    const registered = registry.has(classFree(code));
    const vendor = (unregisteredStatusCodes as readonly string[]).includes(code);
    expect(registered || vendor).toBe(true);
  });

  test.each(unregisteredStatusCodes.map(code => [code]))('unregistered code %s is really outside the registry', code => {
    expect(registry.has(classFree(code))).toBe(false);
    expect(statusReasons).toHaveProperty([code]);
  });

  // Sisimai uses these classes although the registry does not list them; each has a comment.
  test('uses a class outside the registry only for the commented codes', () => {
    const outside = entries
      .map(([code]) => code)
      .filter(code => registry.has(classFree(code)) && !registry.get(classFree(code))?.classes.includes(code[0] ?? ''));
    expect(outside.sort()).toEqual(['4.1.6', '4.2.3', '4.7.2', '4.7.25', '4.7.26', '5.3.1', '5.5.3']);
  });

  test('follows status-reason.json except for the documented fixes', () => {
    const expected: Record<string, string> = {};
    for (const [code, reason] of Object.entries(referenceReasons.standard_code)) {
      expected[code] = reason.trim();
    }

    expected['5.7.30'] = 'failedstarttls'; // go-sisimai and reasons.md
    expected['4.7.26'] = 'authfailure'; // go-sisimai
    expect(statusReasons).toEqual(expected);
  });

  test.each([
    ['4.7.24', 'authfailure'], // trailing space in rb-sisimai removed
    ['5.7.30', 'failedstarttls'],
    ['4.7.26', 'authfailure'],
    ['4.2.1', 'suspend'],
    ['5.1.1', 'userunknown'],
  ])('%s is %s', (code, reason) => {
    expect(statusReasons).toHaveProperty([code], reason);
  });

  test.each(['4.7.13', '4.7.0', '4.3.0', '5.5.0', '5.0.0', '5.1.90'])('has no entry for %s', code => {
    expect(statusReasons).not.toHaveProperty([code]);
  });

  test('the raw anomaly of status-reason.json is not copied', () => {
    for (const reason of Object.values(statusReasons)) {
      expect(reason).toBe(reason.trim());
    }

    expect(Object.keys(referenceReasons.standard_code_raw_anomalies)).toEqual(['4.7.24']);
  });
});

describe('reasonOfClassSubject', () => {
  test.each(Object.entries(reasonOfClassSubject))('%s is a class.subject key with a known reason', (key, reason) => {
    expect(key).toMatch(/^[245]\.[0-7]$/);
    expect(knownReasons.has(reason)).toBe(true);
  });

  test.each(['5.1', '4.1', '5.2', '4.7', '5.5', '5.0', '4.0'])('has no fallback for the mixed subject %s', key => {
    expect(reasonOfClassSubject).not.toHaveProperty([key]);
  });

  test('every class-2 subject means delivered', () => {
    for (const subject of ['0', '1', '2', '3', '4', '5', '6', '7']) {
      expect(reasonOfClassSubject).toHaveProperty([`2.${subject}`], 'delivered');
    }
  });
});

describe('statusCodeForReason', () => {
  const rows = Object.entries(statusCodeForReason).flatMap(([reason, byClass]) =>
    Object.entries(byClass).map(([statusClass, code]) => [reason, statusClass, code] as const));

  test.each(rows)('%s (class %s) shows the real code %s', (reason, statusClass, code) => {
    expect(knownReasons.has(reason)).toBe(true);
    expect(code).toMatch(fullCode);
    expect(code[0]).toBe(statusClass);
    expect(registry.has(classFree(code))).toBe(true);
  });

  test.each(['vacation', 'feedback', 'onhold', 'suppressed'])('has no code for %s', reason => {
    expect(statusCodeForReason).not.toHaveProperty([reason]);
  });
});

describe('retry', () => {
  test('defaultRetrySchedule follows RFC 5321 §4.5.4.1', () => {
    expect(defaultRetrySchedule.schedule).toContain('30 minutes');
    expect(defaultRetrySchedule.giveUpAfter).toContain('4-5 days');
    expect(defaultRetrySchedule.source).toContain('RFC 5321');
  });

  test('reasonRetryGuidance has one row per known reason', () => {
    const reasons = reasonRetryGuidance.map(row => row.reason);
    expect(duplicates(reasons)).toEqual([]);
    for (const reason of reasons) {
      expect(knownReasons.has(reason)).toBe(true);
    }
  });

  test.each(['userunknown', 'hostunknown', 'delivered', 'vacation'])('reasonRetryGuidance has no row for the non-retryable %s', reason => {
    expect(reasonRetryGuidance.map(row => row.reason as string)).not.toContain(reason);
  });

  test.each(['Postfix', 'Exim', 'Sendmail', 'qmail', 'Microsoft 365 / Exchange Online'])('mtaRetryDefaults has %s', mta => {
    expect(mtaRetryDefaults.map(row => row.mta as string)).toContain(mta);
  });

  test('no duplicate MTAs or providers, and every row names a source', () => {
    expect(duplicates(mtaRetryDefaults.map(row => row.mta))).toEqual([]);
    expect(duplicates(bulkSenderRequirements.map(row => row.provider))).toEqual([]);
    for (const row of [...reasonRetryGuidance, ...mtaRetryDefaults, ...bulkSenderRequirements]) {
      expect(row.source.trim()).not.toBe('');
    }
  });

  test('bulkSenderRequirements covers Gmail, Yahoo, Outlook.com and iCloud', () => {
    expect(bulkSenderRequirements.map(row => row.provider)).toEqual(['Gmail', 'Yahoo', 'Outlook.com', 'Apple iCloud Mail']);
  });
});
