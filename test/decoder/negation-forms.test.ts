// A negation reads the same written in full or contracted ("does not exist", "doesn't exist";
// "cannot", "can't", "can not"): servers and people write either, and a reason's phrase table
// writes one. Generated over every phrase of every reason's table that holds a negation: a reply
// in the other form gives the reason the table's own form gives; so do the words of every
// provider's documented reply, which give the provider and the reason its row gives.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {negationVariants} from '../../src/decoder/match-text.ts';
import {providers, reasons, type ProviderRow} from '../../src/rules/index.ts';

describe('negationVariants', () => {
  test.each([
    ['does not exist', ['doesn\'t exist']],
    ['user doesn\'t have a', ['user does not have a']],
    ['can\'t connect to', ['cannot connect to', 'can not connect to']],
    ['cannot deliver', ['can\'t deliver', 'can not deliver']],
    ['address couldn\'t be found', ['address could not be found']],
    ['mailbox is not active and was not found', ['mailbox isn\'t active and was not found', 'mailbox is not active and wasn\'t found']],
    ['not authenticated', ['n\'t authenticated']],
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

/** Every provider row's words with a negation, with the reply's codes the row documents them with. */
const negatedRows = providers.flatMap((provider) => (provider.rows as readonly ProviderRow[]).flatMap((row) => row.text.flatMap((words) => negationVariants(words).map((variant) => {
  const reply = row.reply ?? (row.status?.startsWith('4') ? '450' : '550');
  return {id: provider.info.id, codes: [reply, row.status].filter((code) => code !== undefined).join(' '), words, variant};
}))));

describe('a provider\'s documented reply whose negation is written the other way is still its reply', () => {
  test('the rows hold negations', () => {
    expect(negatedRows.length).toBeGreaterThan(20);
  });

  test.each(negatedRows.map((item) => ({...item, name: `${item.id} ${item.codes}: "${item.variant}"`})))('$name', ({codes, words, variant}) => {
    const read = (text: string) => {
      const found = decodeText(`${codes} ${text}\n`).recipients[0];
      return [found?.provider?.id, found?.reason.id];
    };
    expect(read(variant)).toEqual(read(words));
  });
});
