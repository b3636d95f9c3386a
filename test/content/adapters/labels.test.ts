/**
 * Labels in the interface languages, turned into selectors.
 */
import {describe, expect, test} from 'vitest';
import {labelled, type Labels} from '../../../src/content/adapters/labels.ts';

const body = {
  en: ['Message body'], de: ['Nachrichtentext'], fr: ['Corps du message'], es: ['Cuerpo del mensaje'],
  it: ['Corpo del messaggio'], nl: ['Berichttekst'], 'pt-BR': ['Corpo da mensagem'], ja: ['メッセージ本文'],
} satisfies Labels;

describe('labelled()', () => {
  test('one selector per label, in the order of the languages', () => {
    expect(labelled('div', 'aria-label', '=', body, ':not([contenteditable="true"])').slice(0, 2)).toEqual([
      'div[aria-label="Message body"]:not([contenteditable="true"])',
      'div[aria-label="Nachrichtentext"]:not([contenteditable="true"])',
    ]);
    expect(labelled('div', 'aria-label', '=', body)).toHaveLength(8);
  });

  test('a label two languages share gives one selector', () => {
    const from = {en: ['From:'], de: ['Von:'], fr: ['De :'], es: ['De:'], it: ['Da:'], nl: ['Van:'], 'pt-BR': ['De:'], ja: ['差出人:']} satisfies Labels;
    expect(labelled('', 'aria-label', '^=', from).filter((selector) => selector === '[aria-label^="De:"]')).toHaveLength(1);
    expect(labelled('', 'aria-label', '^=', from)).toHaveLength(7);
  });

  test('quotes and backslashes in a label are escaped', () => {
    const odd = {...body, en: ['Say "hi" \\ there']} satisfies Labels;
    const [selector] = labelled('div', 'aria-label', '=', odd);
    expect(selector).toBe('div[aria-label="Say \\"hi\\" \\\\ there"]');
  });
});
