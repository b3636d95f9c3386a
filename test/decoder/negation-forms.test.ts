// A negation reads the same written in full or contracted ("does not exist", "doesn't exist";
// "cannot", "can't", "can not"): servers and people write either, and a reason's phrase table
// writes one. Generated over every phrase of every reason's table that holds a negation: a reply
// in the other form gives the reason the table's own form gives.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {negationVariants} from '../../src/decoder/match-text.ts';
import {reasons} from '../../src/rules/index.ts';

describe('negationVariants', () => {
  test.each([
    ['does not exist', ['doesn\'t exist']],
    ['user doesn\'t have a', ['user does not have a']],
    ['can\'t connect to', ['cannot connect to', 'can not connect to']],
    ['cannot deliver', ['can\'t deliver', 'can not deliver']],
    ['address couldn\'t be found', ['address could not be found']],
    ['mailbox is not active and was not found', ['mailbox isn\'t active and was not found', 'mailbox is not active and wasn\'t found']],
  ])('%s', (phrase, variants) => {
    expect(negationVariants(phrase)).toEqual(variants);
  });

  test.each([
    ['no negation', 'user unknown'],
    ['"is not" inside longer words', 'this notice is nothing'],
    ['"do not" inside a word', 'condo nothing'],
    ['a negation of another kind', 'never delivered'],
  ])('%s: none', (_name, phrase) => {
    expect(negationVariants(phrase)).toEqual([]);
  });
});

/** Every phrase of the reasons' tables with a negation, each with its other forms. */
const negated = Object.values(reasons).flatMap((rule) => rule.phrases.flatMap((phrase) => negationVariants(phrase).map((variant) => ({id: rule.id, phrase, variant}))));

describe('a reply whose negation is written the other way gives the same reason', () => {
  test('the tables hold negations', () => {
    expect(negated.length).toBeGreaterThan(50);
  });

  test.each(negated.map((item) => ({...item, name: `${item.id}: "${item.variant}" as "${item.phrase}"`})))('$name', ({phrase, variant}) => {
    const reasonOf = (words: string) => decodeText(`<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 ${words} (in reply to RCPT TO command)\n`).recipients[0]?.reason.id;
    expect(reasonOf(variant)).toBe(reasonOf(phrase));
  });
});
