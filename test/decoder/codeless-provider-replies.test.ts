/**
 * A provider's documented reply copied without its codes ("The email account that you tried to
 * reach does not exist.", a person's selection of Gmail's 5.1.1): the words only that provider's
 * replies carry say a server refused, and whose. Generated from the rules: every sentence and
 * every code among the providers' reply markers, and every reply of a provider's own list of its
 * replies (`ownWords`), pasted alone. Then what names no provider's reply: prose, a help link, words any server writes.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers, reasons} from '../../src/rules/index.ts';
import type {ProviderRow} from '../../src/rules/types.ts';

/** Words a reason's table lists are any server's, whoever documents them too. */
const commonWords = new Set(Object.values(reasons).flatMap((reason) => reason.phrases));

/** A marker that is a clause of a reply: several words, not a host, a link or a reply's tail ("- gsmtp"). */
const isSentence = (marker: string) => marker.length >= 24 && marker.split(' ').length >= 4 && !marker.includes('/');

/** The words as a person copies them: a sentence of its own. */
const pasted = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}.`;

/** A marker that is a provider's own code as its replies print it: bracketed, or two letter groups joined by "#" or ":". */
const isCode = (marker: string) => /^[[(][a-z0-9_]{3,14}[\])]$/.test(marker) || /^[a-z]{2,4}[#:][a-z]{2,5}$/.test(marker);

const codeCases = providers.flatMap((provider) => provider.info.replyMarkers.filter(isCode)
  .map((marker) => ({name: `${provider.info.id}: ${marker}`, text: `Message refused ${marker.toUpperCase()}`, provider: provider.info.id})));

const markerCases = providers.flatMap((provider) => provider.info.replyMarkers.filter(isSentence)
  .map((marker) => ({name: `${provider.info.id}: "${marker}"`, text: pasted(marker), provider: provider.info.id})));

const ownListCases = providers.flatMap((provider) => (provider.rows as readonly ProviderRow[]).filter((row) => row.ownWords === true)
  .flatMap((row) => row.text.filter((words) => words.length >= 30 && !commonWords.has(words))
    .map((words) => ({name: `${provider.info.id}: "${words}"`, text: pasted(words), provider: provider.info.id, reason: row.reason}))));

describe('a provider\'s reply sentence pasted without its codes', () => {
  test('the rules hold such sentences', () => {
    expect(markerCases.length).toBeGreaterThan(5);
  });

  test.each(markerCases)('$name', ({text, provider}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.provider?.id, got.replyCode])).toEqual([[provider, undefined]]);
  });
});

describe('a provider\'s own code in a reply pasted without its reply code', () => {
  test('the rules hold such codes', () => {
    expect(codeCases.length).toBeGreaterThan(10);
  });

  test.each(codeCases)('$name', ({text, provider}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => got.provider?.id)).toEqual([provider]);
  });
});

describe('a reply of a provider\'s own list, pasted without its codes', () => {
  test('the rules hold such replies', () => {
    expect(ownListCases.length).toBeGreaterThan(5);
  });

  test.each(ownListCases)('$name', ({text, provider, reason}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.provider?.id, got.reason.id])).toEqual([[provider, reason]]);
  });
});

// Gmail's reply for suspicious content or links (Google's list, google.ts), in both of its
// wordings, copied without its codes ("> Our system has detected ...", a quote in an issue).
describe('a provider\'s documented reply copied without its codes', () => {
  test.each([
    ['Gmail\'s list: "or"', '> Our system has detected that this message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.'],
    ['Gmail\'s replies: "and/or"', '> Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked.'],
  ])('%s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients[0]?.provider?.id, result.recipients[0]?.reason.id]).toEqual(['bounce', 'google', 'spamdetected']);
  });
});

describe('words that quote no provider\'s reply', () => {
  test.each([
    ['a person\'s note', 'Thanks for your message, I will get back to you soon.'],
    ['a help link alone', 'See https://support.google.com/mail/answer/81126 for the guidelines.'],
    ['providers named in prose', 'We send to Gmail, Yahoo and Outlook addresses every day.'],
    ['names that a provider\'s markers hold, in prose', 'We moved to Office 365 and check Spamhaus and Cloudmark before sending.'],
    ['a code in brackets that no provider writes', 'Message refused [ABC123]'],
    ['words any server writes', 'Recipient address rejected: User unknown in virtual mailbox table'],
    ['a reply\'s tail alone', 'Learn more at support.google.com - gsmtp'],
  ])('%s', (_name, text) => {
    expect(decodeText(text)).toMatchObject({kind: 'none', recipients: []});
  });
});
